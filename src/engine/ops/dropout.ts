/** Dropout: zeroes each unit with probability p while training, the identity at inference. */
import { prob, required } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { count } from './saved';

export interface DropoutOp extends NodeBase {
  op: 'dropout';
  /** Probability of dropping a unit. */
  p: number;
}

export const dropout: OpDef<'dropout'> = {
  op: 'dropout',
  doc: 'zeroes each unit with probability `p` while training; the identity at inference',
  family: 'other',
  fields: { p: required(prob({ doc: 'probability of dropping a unit, in [0, 1)' })) },
  arity: [1, 1],
  view: false,
  inPlace: true,
  evaluate: (node, { shapes, rfs }) => ({ out: shapes[0], label: `dropout ${node.p}`, rf: rfs[0] }),
  saved: {
    aten: 'aten::native_dropout (fused CUDA kernel, 0 < p < 1)',
    derivatives: [
      '- name: native_dropout(Tensor input, float p, bool? train) -> (Tensor, Tensor)',
      '  input: "GradMode::is_enabled() ? infinitely_differentiable_native_dropout_backward(grad, result1, …) : native_dropout_backward(grad, result1, …)"',
    ],
    // p = 0 returns the input itself (ATen's _dropout_impl): nothing kept, no new storage.
    saves: (l, node) =>
      node.p > 0 && node.p < 1
        ? [
            {
              role: { kind: 'internal', name: 'mask' },
              dtype: 'bool',
              elements: count(l.out),
              what: { code: 'dropoutMask' },
            },
          ]
        : [],
  },
};
