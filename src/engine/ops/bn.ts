/** Batch normalization (inference form: a per-channel affine map). */
import { step } from '../arith-words';
import { num } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product } from './shared';
import { savedInput } from './saved';

export interface BatchNormOp extends NodeBase {
  op: 'bn';
  eps?: number;
}

export const bn: OpDef<'bn'> = {
  op: 'bn',
  doc: 'batch normalization: learnable γ and β per channel, running mean and variance as buffers',
  family: 'norm',
  fields: { eps: num({ doc: 'ε added to the variance (changes no count)' }) },
  arity: [1, 1],
  view: false,
  inPlace: true,
  evaluate(_node, { shapes, rfs }) {
    const c = shapes[0][0];
    return {
      out: shapes[0],
      label: 'batch norm',
      rf: rfs[0],
      arithmetic: [
        step('params', { code: 'bn-affine' }, `2·${c}`, 2 * c),
        step('buffers', { code: 'bn-running' }, `2·${c}`, 2 * c),
      ],
      params: 2 * c,
      buffers: 2 * c,
      // Per element: subtract the mean and scale (γ/σ folded), then add β.
      elementwise: 2 * product(shapes[0]),
    };
  },
  saved: {
    aten: 'aten::_batch_norm_with_update (cuDNN batch norm)',
    derivatives: [
      '- name: _batch_norm_with_update(Tensor input, Tensor? weight, Tensor? bias, Tensor(a!) running_mean, Tensor(b!) running_var, float momentum, float eps) -> (Tensor, Tensor, Tensor, Tensor)',
      '  input, weight, bias: "grad.defined() ? batch_norm_backward(grad, input, weight, running_mean, running_var, result1, result2, /*update*/true, eps, grad_input_mask, retain_variables ? result3.clone() : result3) : …"',
    ],
    // result1/result2 are the batch mean and inverse std, per channel, fp32 whatever the input's
    // precision; running_mean/var are buffers. Not the output: the ReLU after it keeps that.
    saves: (l) => [
      savedInput(l, 0, { code: 'bnInput' }),
      {
        role: { kind: 'internal', name: 'batch statistics' },
        dtype: 'float',
        elements: 2 * l.out[0],
        constant: true,
        what: { code: 'bnStats' },
      },
    ],
  },
};
