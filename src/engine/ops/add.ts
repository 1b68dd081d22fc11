/** Element-wise sum of equal shapes (the residual connection). */
import type { NodeBase } from '../types';
import { elementwiseMerge } from './merge';

export interface AddOp extends NodeBase {
  op: 'add';
}

export const add = elementwiseMerge('add', {
  doc: 'element-wise sum of two or more equal shapes',
  label: 'add',
  extra: 0,
});
