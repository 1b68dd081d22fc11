/** Logistic sigmoid, 1 / (1 + e^−x). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';
import { savedOutput } from './saved';

export interface SigmoidOp extends NodeBase {
  op: 'sigmoid';
}

export const sigmoid = elementwiseOp('sigmoid', {
  doc: '1 / (1 + e^−x) per element; runs in place',
  perElement: 1,
  inPlace: true,
  saved: {
    aten: 'aten::sigmoid',
    derivatives: [
      '- name: sigmoid(Tensor self) -> Tensor',
      '  self: sigmoid_backward(grad, result)',
    ],
    saves: (l) => [savedOutput(l, { code: 'sigmoidOutput' })],
  },
});
