/**
 * What autograd keeps for the backward pass, in Chinese: one line per code of
 * src/engine/ops/saved-words.ts. derivatives.yaml's variable names (self, other, result1 …) and
 * the ATen op names (pow, div, avg_pool3d) are quoted as written.
 */
import { fmt } from '../../engine/format';
import type * as en from '../en/autograd';

export const autogradWords: typeof en.autogradWords = {
  convInput: () => '输入（权重梯度 = 输入 ⋆ 输出梯度）',
  fcInput: () => '输入（权重梯度 = 输出梯度ᵀ · 输入）',
  bnInput: () => '输入（反向传播时再归一化一次）',
  bnStats: () => '每个通道的批均值与逆标准差（result1、result2）',
  dropoutMask: () => '保留掩码，每个元素 1 字节（result1）',
  lrnInput: () => '输入（用于 x·x，也是 x / d 的分子）',
  lrnPadded: (m) => `补零到 C + n − 1 = ${fmt(m.channels)} 个通道的 x²（avg_pool3d 的 self）`,
  lrnBase: () => 'k + α·mean(x²)，pow 的底数（pow 的 self）',
  lrnDenominator: () => 'd = (k + α·mean(x²))^β（div 的 other）',
  maxPoolInput: () => '输入（反向传播把梯度散回它的形状）',
  maxPoolIndices: () => '最大值的位置索引，int64（result1）',
  avgPoolInput: () => '输入（self，传给反向传播以取其形状）',
  preluInput: () => '输入（self：x 的符号，以及斜率梯度所需的 x 本身）',
  reluOutput: () => '输出（result：为正之处梯度才通过）',
  scaleMap: () => '特征图（self，用于门控值的梯度）',
  scaleGate: () => '门控值（other，用于特征图的梯度）',
  sigmoidOutput: () => '输出（result：y·(1 − y)）',
  softmaxOutput: () => '输出（result）',
  tanhOutput: () => '输出（result：1 − y²）',
};
