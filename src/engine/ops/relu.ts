/** Rectified linear unit, max(0, x). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';
import { savedOutput } from './saved';

export interface ReluOp extends NodeBase {
  op: 'relu';
}

export const relu = elementwiseOp('relu', {
  doc: 'max(0, x) per element; runs in place',
  perElement: 1,
  inPlace: true,
  saved: {
    aten: 'aten::relu_ (in place) / aten::relu',
    derivatives: [
      '- name: relu(Tensor self) -> Tensor',
      '  self: threshold_backward(grad, result, 0)',
    ],
    saves: (l) => [savedOutput(l, { code: 'reluOutput' })],
  },
});
