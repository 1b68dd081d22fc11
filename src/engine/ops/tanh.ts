/** Hyperbolic tangent (LeNet-5's squashing function). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';

export interface TanhOp extends NodeBase {
  op: 'tanh';
}

export const tanh = elementwiseOp('tanh', {
  doc: 'tanh(x) per element; runs in place',
  perElement: 1,
  inPlace: true,
});
