/** Fully connected layer (PyTorch's Linear) on a flat input. */
import { SpecError } from '../errors';
import { bool, int, required } from '../fields';
import { fmt, shapeText } from '../format';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { savedInput } from './saved';

export interface FcOp extends NodeBase {
  op: 'fc';
  /** Output features. The input must be flat: put a `flatten` before it. */
  out: number;
  bias?: boolean;
}

export const fc: OpDef<'fc'> = {
  op: 'fc',
  doc: 'fully connected: `out` features, each a weighted sum of every input feature',
  family: 'fc',
  fields: {
    out: required(int({ doc: 'output features' })),
    bias: bool({ doc: 'learnable per-feature bias', default: true }),
  },
  arity: [1, 1],
  view: false,
  inPlace: false,
  evaluate(node, { path, shapes, rfs }) {
    const s = shapes[0];
    if (s.length !== 1) {
      throw new SpecError(path, 'flat-input', {
        code: 'flat-input',
        op: 'fc',
        shape: shapeText(s),
      });
    }
    const bias = node.bias ?? true;
    const params = s[0] * node.out + (bias ? node.out : 0);
    const macs = s[0] * node.out;
    return {
      out: [node.out],
      label: `fc ${fmt(node.out)}`,
      rf: rfs[0],
      arithmetic: [
        {
          quantity: 'params',
          formula: `N_in·N_out${bias ? ' + N_out' : ''}`,
          expression: `${fmt(s[0])}·${fmt(node.out)}${bias ? ` + ${fmt(node.out)}` : ''}`,
          value: params,
        },
        {
          quantity: 'macs',
          formula: 'N_in·N_out',
          expression: `${fmt(s[0])}·${fmt(node.out)}`,
          value: macs,
        },
      ],
      params,
      macs,
      elementwise: bias ? node.out : 0,
    };
  },
  saved: {
    aten: 'aten::addmm (F.linear on a [batch, N] input)',
    derivatives: [
      '- name: addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor',
      '  mat2: mm_mat2_backward(grad, mat1, mat2.sym_sizes(), mat2.sym_strides(), mat2.layout(), alpha)',
    ],
    // mat1 is the input; mat2 is weight.t(), a view of a parameter.
    saves: (l) => [savedInput(l, 0, { code: 'fcInput' })],
  },
};
