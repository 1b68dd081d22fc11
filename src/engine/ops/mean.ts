/** Element-wise mean of equal shapes (FractalNet's join): n − 1 adds and one divide per element. */
import type { NodeBase } from '../types';
import { elementwiseMerge } from './merge';

export interface MeanOp extends NodeBase {
  op: 'mean';
}

export const mean = elementwiseMerge('mean', {
  doc: 'element-wise mean of two or more equal shapes',
  label: 'mean join',
  extra: 1,
});
