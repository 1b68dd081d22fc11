/** Concatenation along channels (Inception, DenseNet): equal spatial sizes, channels add up. */
import { SpecError } from '../errors';
import { shapeText } from '../format';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { maxRf } from './shared';

export interface ConcatOp extends NodeBase {
  op: 'concat';
}

export const concat: OpDef<'concat'> = {
  op: 'concat',
  doc: 'joins one or more inputs along channels; spatial sizes must agree',
  family: 'merge',
  fields: {},
  arity: [1, Infinity],
  view: false,
  inPlace: false,
  evaluate(_node, { path, shapes, rfs }) {
    const first = shapes[0];
    for (const s of shapes) {
      const same =
        s.length === first.length && (s.length === 1 || (s[1] === first[1] && s[2] === first[2]));
      if (!same) {
        throw new SpecError(path, 'concat-spatial', {
          code: 'concat-spatial',
          shapes: shapes.map(shapeText),
        });
      }
    }
    const c = shapes.reduce((a, s) => a + s[0], 0);
    const out = first.length === 1 ? [c] : [c, first[1], first[2]];
    return {
      out,
      label: 'concat',
      rf: maxRf(rfs),
      arithmetic: [
        {
          quantity: 'out-channels',
          formula: 'C = Σ C_i',
          expression: shapes.map((s) => s[0]).join(' + '),
          value: c,
        },
      ],
    };
  },
  saved: {
    aten: 'aten::cat',
    derivatives: [
      '- name: cat(Tensor[] tensors, int dim=0) -> Tensor',
      '  tensors: cat_tensors_backward(grad, to_args_sizes_symint(tensors), to_args_scalartypes(tensors), dim)',
    ],
    saves: () => [],
  },
};
