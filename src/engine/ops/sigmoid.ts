/** Logistic sigmoid, 1 / (1 + e^−x). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';

export interface SigmoidOp extends NodeBase {
  op: 'sigmoid';
}

export const sigmoid = elementwiseOp('sigmoid', {
  doc: '1 / (1 + e^−x) per element; runs in place',
  perElement: 1,
  inPlace: true,
});
