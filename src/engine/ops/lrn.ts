/** Local response normalization across channels (AlexNet, GoogLeNet v1). */
import { step } from '../arith-words';
import { int, num, required } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product, spatial } from './shared';
import { savedInput } from './saved';

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
      arithmetic: [step('params', { code: 'lrn-no-params' }, '0', 0)],
      // Per element: a window sum of `size` squares, then scale, power and divide.
      elementwise: product(shapes[0]) * (node.size + 3),
    };
  },
  saved: {
    aten: 'F.local_response_norm: mul, constant_pad_nd, avg_pool3d, mul/add (scalars), pow, div',
    derivatives: [
      '- name: mul.Tensor(Tensor self, Tensor other) -> Tensor',
      '  self: mul_tensor_backward(grad, other, self.scalar_type())',
      '- name: avg_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
      '  self: avg_pool3d_backward(grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)',
      '- name: pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor',
      '  self: pow_backward(grad, self, exponent)',
      '- name: div.Tensor(Tensor self, Tensor other) -> Tensor',
      '  other: div_tensor_other_backward(grad, self, other)',
    ],
    // input.mul(input) keeps the input; pad → avg_pool3d keeps the zero-padded squares, C + n − 1
    // channels; .mul(α).add(k) keep nothing; .pow(β) keeps its base; input / div keeps both.
    saves: (l, node) => {
      const [c, h, w] = l.inShapes[0];
      return [
        savedInput(l, 0, { code: 'lrnInput' }),
        {
          role: { kind: 'internal', name: 'padded squares' },
          dtype: 'float',
          elements: (c + node.size - 1) * h * w,
          what: { code: 'lrnPadded', channels: c + node.size - 1 },
        },
        {
          role: { kind: 'internal', name: 'base' },
          dtype: 'float',
          elements: c * h * w,
          what: { code: 'lrnBase' },
        },
        {
          role: { kind: 'internal', name: 'denominator' },
          dtype: 'float',
          elements: c * h * w,
          what: { code: 'lrnDenominator' },
        },
      ];
    },
  },
};
