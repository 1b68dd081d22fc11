/** Softmax over the features: exponent, sum and divide per element (3 operations). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';
import { savedOutput } from './saved';

export interface SoftmaxOp extends NodeBase {
  op: 'softmax';
}

export const softmax = elementwiseOp('softmax', {
  doc: 'exp(x_i) / Σ exp(x_j) over the features; a new tensor',
  perElement: 3,
  inPlace: false,
  saved: {
    aten: 'aten::_softmax',
    derivatives: [
      '- name: _softmax(Tensor self, int dim, bool half_to_float) -> Tensor',
      '  self: _softmax_backward_data(grad, result, dim, self.scalar_type())',
    ],
    saves: (l) => [savedOutput(l, { code: 'softmaxOutput' })],
  },
});
