/** Local response normalization across channels (AlexNet, GoogLeNet v1). */
import { int, num, required } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product, spatial } from './shared';

export interface LrnOp extends NodeBase {
  op: 'lrn';
  size: number;
  alpha?: number;
  beta?: number;
  k?: number;
}

export const lrn: OpDef<'lrn'> = {
  op: 'lrn',
  doc: 'local response normalization over `size` neighbouring channels; no parameters',
  family: 'norm',
  fields: {
    size: required(int({ doc: 'neighbouring channels summed over' })),
    alpha: num({ doc: 'scale α (changes no count)' }),
    beta: num({ doc: 'exponent β (changes no count)' }),
    k: num({ doc: 'additive constant k (changes no count)' }),
  },
  arity: [1, 1],
  view: false,
  inPlace: false,
  evaluate(node, { path, shapes, rfs }) {
    spatial(path, 'lrn', shapes[0]);
    return {
      out: shapes[0],
      label: `LRN, size ${node.size}`,
      rf: rfs[0],
      arithmetic: [
        {
          quantity: 'params',
          formula: 'local response normalization has no learnable parameters',
          expression: '0',
          value: 0,
        },
      ],
      // Per element: a window sum of `size` squares, then scale, power and divide.
      elementwise: product(shapes[0]) * (node.size + 3),
    };
  },
};
