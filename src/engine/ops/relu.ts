/** Rectified linear unit, max(0, x). */
import type { NodeBase } from '../types';
import { elementwiseOp } from './elementwise';

export interface ReluOp extends NodeBase {
  op: 'relu';
}

export const relu = elementwiseOp('relu', {
  doc: 'max(0, x) per element; runs in place',
  perElement: 1,
  inPlace: true,
});
