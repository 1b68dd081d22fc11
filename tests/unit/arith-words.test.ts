/**
 * The words of the engine's working-out (src/engine/arith-words.ts and its Chinese twin): every
 * code says something in both languages with realistic values, and the Chinese holds no English
 * word but notation. Then every arithmetic step of every catalog preset, said in Chinese, is
 * English-free apart from notation: the test that no worded step was left a plain string. And the
 * English words give back exactly the step's `formula` and `expression` (the English page, the
 * CLI and the tests read those).
 */
import { describe, expect, it } from 'vitest';
import { buildModel, listIds } from '../../src/catalog/index';
import { ARITH_WORDS, type ArithWords } from '../../src/engine/arith-words';
import {
  analyze,
  expressionIn,
  formulaIn,
  parseSpec,
  say,
  type Analysis,
} from '../../src/engine/index';
import { arithWords as zhWords } from '../../src/i18n/zh/arith';
import { wordProblems, type Samples } from '../words-check';

/** One realistic message per code: the values the engine puts in (a missing code fails tsc). */
const SAMPLES: Samples<ArithWords> = {
  'bn-affine': { code: 'bn-affine' },
  'bn-running': { code: 'bn-running' },
  'pool-no-params': { code: 'pool-no-params' },
  'lrn-no-params': { code: 'lrn-no-params' },
  'global-pool': { code: 'global-pool' },
  'adaptive-pool': { code: 'adaptive-pool' },
  // torchvision AlexNet at 3×224×224: features end at 256×6×6, avgpool to 6×6 (window 1×1).
  'adaptive-window': { code: 'adaptive-window', from: '6×6', to: '6×6', window: '1×1' },
  'prelu-per-channel': { code: 'prelu-per-channel' },
  'prelu-shared': { code: 'prelu-shared' },
  'pad-channels': { code: 'pad-channels' },
  'pad-height': { code: 'pad-height' },
  'pad-width': { code: 'pad-width' },
  'tf-same': { code: 'tf-same' },
  // NASNet's 3×3/2 separable conv on 42×42 ("same"): ⌈42/2⌉ = 21, (21 − 1)·2 + 3 − 42 = 1 → 0+1.
  'tf-same-pads': { code: 'tf-same-pads', top: 0, bottom: 1, left: 0, right: 1 },
  // A ceil-mode 2×2/2 pool on 5 with padding 1: ⌈(5 − 2 + 2)/2⌉ + 1 = 4, the last dropped → 3.
  'last-window-dropped': { code: 'last-window-dropped', expression: '⌈(5 − 2 + 2·1) / 2⌉ + 1' },
  'on-axis': { code: 'on-axis', formula: 'r = r_in + (K − 1)·j_in', axis: 'height' },
};

/**
 * Latin words of 3+ letters a Chinese step may keep: notation. `out` is the subscript of H_out,
 * W_out, C_out, N_out; `same` is the padding value "same" as written in a spec.
 */
const NOTATION = new Set(['out', 'same']);

/** Latin words of 3+ letters in `text` that are not notation. */
const english = (text: string) =>
  (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !NOTATION.has(w));

describe('the words of the working-out', () => {
  it('every code says something in English and in Chinese, without English words in the Chinese', () => {
    expect(wordProblems(ARITH_WORDS, zhWords, SAMPLES, NOTATION)).toEqual([]);
  });

  it('can fail: an English word left in a Chinese phrase is reported', () => {
    const leaky = { ...zhWords, 'bn-affine': () => '2·C（γ 和 β，learned）' };
    expect(wordProblems(ARITH_WORDS, leaky, SAMPLES, NOTATION)).toEqual([
      'bn-affine: English words learned in: 2·C（γ 和 β，learned）',
    ]);
  });

  it('says the English of the engine as it was', () => {
    // The sentences the inspector showed before the steps became messages.
    expect(say(ARITH_WORDS, SAMPLES['tf-same-pads'])).toBe('top/bottom 0+1, left/right 0+1');
    expect(say(ARITH_WORDS, SAMPLES['last-window-dropped'])).toBe(
      '⌈(5 − 2 + 2·1) / 2⌉ + 1 − 1 (last window would start in the padding)',
    );
    expect(say(ARITH_WORDS, SAMPLES['on-axis'])).toBe('r = r_in + (K − 1)·j_in (height)');
    expect(say(zhWords, SAMPLES['on-axis'])).toBe('r = r_in + (K − 1)·j_in（高度）');
  });
});

describe('every step of every catalog preset', () => {
  const ids = listIds();
  const analyses = new Map<string, Analysis>(
    ids.map((id) => [id, analyze(parseSpec(buildModel(id)))]),
  );
  const steps = [...analyses].flatMap(([id, a]) =>
    a.layers.flatMap((l) => l.arithmetic.map((s) => ({ where: `${id} ${l.path}`, s }))),
  );

  it('covers the catalog', () => {
    // 19 families, at least 48 presets (tests/unit/published-figures.test.ts).
    expect(ids.length).toBeGreaterThanOrEqual(48);
    expect(steps.length).toBeGreaterThan(10000);
  });

  it('is English-free in Chinese apart from notation', () => {
    // The check can fail: the English of the same steps holds words (BN's "γ and β", …).
    expect(
      steps.filter(({ s }) => english(`${s.formula} ${s.expression}`).length > 0).length,
    ).toBeGreaterThan(100);
    const bad = steps.flatMap(({ where, s }) => {
      const zh = `${formulaIn(zhWords, s)} | ${expressionIn(zhWords, s)}`;
      return english(zh).length > 0 ? [`${where} ${s.quantity}: ${zh}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('says in English exactly the strings the step holds', () => {
    const bad = steps.filter(
      ({ s }) =>
        formulaIn(ARITH_WORDS, s) !== s.formula || expressionIn(ARITH_WORDS, s) !== s.expression,
    );
    expect(bad).toEqual([]);
  });

  it('holds the worded steps the catalog has (BN, pools, LRN, "same" padding, adaptive pools)', () => {
    const codes = new Set(
      steps.flatMap(({ s }) => [s.said?.formula?.code, s.said?.expression?.code]),
    );
    // ResNet's BN, every network's pools, AlexNet's LRN, NASNet's "same" convs, torchvision's
    // adaptive avgpool, Inception v3's 1×7 and 7×1 convs (rf per axis).
    for (const c of [
      'bn-affine',
      'bn-running',
      'pool-no-params',
      'lrn-no-params',
      'global-pool',
      'adaptive-pool',
      'adaptive-window',
      'tf-same',
      'tf-same-pads',
      'on-axis',
    ])
      expect(codes, c).toContain(c);
  });
});
