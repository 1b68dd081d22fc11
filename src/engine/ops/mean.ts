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
  saved: {
    aten: 'aten::stack + aten::mean.dim',
    derivatives: [
      '- name: mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
      '  self: mean_backward(grad, self.sym_sizes(), dim, self.sym_numel(), keepdim)',
    ],
    saves: () => [],
  },
});
