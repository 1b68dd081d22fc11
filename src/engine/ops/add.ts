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
  saved: {
    aten: 'aten::add.Tensor / add_',
    derivatives: [
      '- name: add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor',
      '  self: handle_r_to_c(self.scalar_type(), grad)',
    ],
    saves: () => [],
  },
});
