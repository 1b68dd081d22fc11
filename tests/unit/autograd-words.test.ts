/**
 * The words of what autograd keeps (src/engine/ops/saved-words.ts) and their Chinese twin
 * (src/i18n/zh/autograd.ts): every code says something in both languages with realistic values,
 * the Chinese keeps the numbers and leaves no English word but the notation listed below, and
 * the op rules still say the English lines they said before the words became a table.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { analyze } from '../../src/engine/analyze';
import { keptForBackward } from '../../src/engine/memory/index';
import { say } from '../../src/engine/message';
import { AUTOGRAD_WORDS, type KeptWhat } from '../../src/engine/ops/saved-words';
import { autogradWords as zh } from '../../src/i18n/zh/autograd';
import { type Samples, wordProblems } from '../words-check';

/** One message per code, with the values a real network gives. */
const SAMPLES: Samples<typeof AUTOGRAD_WORDS> = {
  convInput: { code: 'convInput' },
  fcInput: { code: 'fcInput' },
  bnInput: { code: 'bnInput' },
  bnStats: { code: 'bnStats' },
  dropoutMask: { code: 'dropoutMask' },
  lrnInput: { code: 'lrnInput' },
  // AlexNet's norm1: 96 channels, n = 5 → 96 + 5 − 1 = 100 (Krizhevsky et al. 2012, §3.3).
  lrnPadded: { code: 'lrnPadded', channels: 100 },
  lrnBase: { code: 'lrnBase' },
  lrnDenominator: { code: 'lrnDenominator' },
  maxPoolInput: { code: 'maxPoolInput' },
  maxPoolIndices: { code: 'maxPoolIndices' },
  avgPoolInput: { code: 'avgPoolInput' },
  preluInput: { code: 'preluInput' },
  reluOutput: { code: 'reluOutput' },
  scaleMap: { code: 'scaleMap' },
  scaleGate: { code: 'scaleGate' },
  sigmoidOutput: { code: 'sigmoidOutput' },
  softmaxOutput: { code: 'softmaxOutput' },
  tanhOutput: { code: 'tanhOutput' },
};

/**
 * Notation a Chinese line may quote: derivatives.yaml's variable names (self, other, result,
 * result1 …) and the ATen ops whose inputs they are (avg_pool3d, pow, div; PyTorch
 * tools/autograd/derivatives.yaml), the dtype int64, and the formula's mean. The checker reads
 * runs of 3+ Latin letters, so `avg_pool3d` is `avg` and `pool`, `int64` is `int`.
 */
const ALLOW = new Set(['self', 'other', 'result', 'int', 'avg', 'pool', 'pow', 'div', 'mean']);

describe('autograd words', () => {
  it('says every code in English and Chinese: numbers kept, no English but notation', () => {
    expect(wordProblems(AUTOGRAD_WORDS, zh, SAMPLES, ALLOW)).toEqual([]);
  });

  it('keeps large numbers grouped alike in both languages', () => {
    // An LRN over 1,024 channels with n = 4: 1,024 + 4 − 1 = 1,027 padded channels.
    const m: KeptWhat = { code: 'lrnPadded', channels: 1027 };
    expect(say(AUTOGRAD_WORDS, m)).toContain('= 1,027 channels');
    expect(say(zh, m)).toContain('= 1,027 个通道');
  });

  it('catches a stray English word and a lost number (the check itself can fail)', () => {
    const broken = {
      ...zh,
      softmaxOutput: () => '输出（the result）',
      lrnPadded: () => '补零后的 x²',
    } as typeof zh;
    expect(wordProblems(AUTOGRAD_WORDS, broken, SAMPLES, ALLOW)).toEqual([
      'lrnPadded: numbers 1, 100, 3 lost: 补零后的 x²',
      'softmaxOutput: English words the in: 输出（the result）',
    ]);
  });

  it('the op rules say the lines they said before (AlexNet norm1, conv1, pool1)', () => {
    // AlexNet (the paper's order): conv1 → relu1 → norm1 (LRN, n = 5, on 96×55×55) → pool1.
    const spec = buildModel('alexnet', {});
    const kept = keptForBackward(analyze(spec), spec);
    const lines = (path: string) =>
      kept.layers.find((l) => l.path === path)!.saved.map((s) => say(AUTOGRAD_WORDS, s.what));
    expect(lines('features/conv1')).toEqual([
      'input (the weight gradient is input ⋆ output gradient)',
    ]);
    expect(lines('features/norm1')).toEqual([
      'input (x·x, and the numerator of x / d)',
      "x² zero-padded to C + n − 1 = 100 channels (avg_pool3d's self)",
      'k + α·mean(x²), the base of pow (pow’s self)',
      'd = (k + α·mean(x²))^β (div’s other)',
    ]);
    expect(lines('features/pool1')).toEqual([
      'input (the backward scatters into its shape)',
      'indices of the maxima, int64 (result1)',
    ]);
  });
});
