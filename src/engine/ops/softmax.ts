/** Softmax over the features: exponent, sum and divide per element (3 operations). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';

export interface SoftmaxOp extends NodeBase {
  op: 'softmax';
}

export const softmax = elementwiseOp('softmax', {
  doc: 'exp(x_i) / Σ exp(x_j) over the features; a new tensor',
  perElement: 3,
  inPlace: false,
});
