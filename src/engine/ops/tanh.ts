/** Hyperbolic tangent (LeNet-5's squashing function). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';
import { savedOutput } from './saved';

export interface TanhOp extends NodeBase {
  op: 'tanh';
}

export const tanh = elementwiseOp('tanh', {
  doc: 'tanh(x) per element; runs in place',
  perElement: 1,
  inPlace: true,
  saved: {
    aten: 'aten::tanh',
    derivatives: ['- name: tanh(Tensor self) -> Tensor', '  self: tanh_backward(grad, result)'],
    saves: (l) => [savedOutput(l, { code: 'tanhOutput' })],
  },
});
