/**
 * The words of the saved-for-backward rules (./saved.ts): what each tensor autograd keeps is
 * for, one English line per code. An op's rule says it as a message (`{ code: 'convInput' }`);
 * the memory panel says it with src/i18n's `autogradWords` in the language shown, and
 * src/i18n/zh/autograd.ts is the Chinese twin.
 *
 * The words quote PyTorch's derivatives.yaml names (self, other, result, result1 …) as written:
 * they are the formula's variables, not English.
 */
import { fmt } from '../format';
import type { MessageOf } from '../message';

export const AUTOGRAD_WORDS = {
  /** conv: convolution_backward needs the input for the weight gradient. */
  convInput: () => 'input (the weight gradient is input ⋆ output gradient)',
  /** fc: addmm's backward needs the input for the weight gradient. */
  fcInput: () => 'input (weight gradient = output gradientᵀ · input)',
  /** batch norm: the backward normalizes the input again with the saved statistics. */
  bnInput: () => 'input (normalized again in the backward)',
  bnStats: () => 'batch mean and inverse std per channel (result1, result2)',
  /** dropout: native_dropout's second result, one bool per element. */
  dropoutMask: () => 'the keep mask, 1 byte per element (result1)',
  /** LRN as F.local_response_norm runs it: the input and three intermediates. */
  lrnInput: () => 'input (x·x, and the numerator of x / d)',
  /** `channels`: C + n − 1, the input's channels plus the window's n − 1 zero channels. */
  lrnPadded: (m: { channels: number }) =>
    `x² zero-padded to C + n − 1 = ${fmt(m.channels)} channels (avg_pool3d's self)`,
  lrnBase: () => 'k + α·mean(x²), the base of pow (pow’s self)',
  lrnDenominator: () => 'd = (k + α·mean(x²))^β (div’s other)',
  /** max pooling: the input and the int64 indices of the maxima. */
  maxPoolInput: () => 'input (the backward scatters into its shape)',
  maxPoolIndices: () => 'indices of the maxima, int64 (result1)',
  /** average pooling (not to 1×1): the input, for its shape. */
  avgPoolInput: () => 'input (self, passed to the backward for its shape)',
  preluInput: () => 'input (self: the sign of x and, for the slope gradient, x itself)',
  reluOutput: () => 'output (result: where it is positive, the gradient passes)',
  /** scale (squeeze-and-excitation): x * gate keeps both factors. */
  scaleMap: () => 'the map (self, for the gate’s gradient)',
  scaleGate: () => 'the gate (other, for the map’s gradient)',
  sigmoidOutput: () => 'output (result: y·(1 − y))',
  softmaxOutput: () => 'output (result)',
  tanhOutput: () => 'output (result: 1 − y²)',
};

export type AutogradWords = typeof AUTOGRAD_WORDS;
/** What a kept tensor is for, as data: a code of AUTOGRAD_WORDS and its values. */
export type KeptWhat = MessageOf<AutogradWords>;
