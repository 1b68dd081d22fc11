/** Batch normalization (inference form: a per-channel affine map). */
import { num } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product } from './shared';

export interface BatchNormOp extends NodeBase {
  op: 'bn';
  eps?: number;
}

export const bn: OpDef<'bn'> = {
  op: 'bn',
  doc: 'batch normalization: learnable γ and β per channel, running mean and variance as buffers',
  family: 'norm',
  fields: { eps: num({ doc: 'ε added to the variance (changes no count)' }) },
  arity: [1, 1],
  view: false,
  inPlace: true,
  evaluate(_node, { shapes, rfs }) {
    const c = shapes[0][0];
    return {
      out: shapes[0],
      label: 'batch norm',
      rf: rfs[0],
      arithmetic: [
        { quantity: 'params', formula: '2·C (γ and β)', expression: `2·${c}`, value: 2 * c },
        {
          quantity: 'buffers',
          formula: '2·C (running mean and variance, not learned)',
          expression: `2·${c}`,
          value: 2 * c,
        },
      ],
      params: 2 * c,
      buffers: 2 * c,
      // Per element: subtract the mean and scale (γ/σ folded), then add β.
      elementwise: 2 * product(shapes[0]),
    };
  },
};
