/**
 * The notation parser's words: every code says something in English and in Chinese with realistic
 * values; the Chinese keeps the numbers and holds no English word but the notation's own; the
 * parser and printer throw codes, and their English sentences are the ones the tests pin.
 */
import { describe, expect, it } from 'vitest';
import {
  NOTATION_ERROR_WORDS,
  NotationError,
  parseNotation,
  specToNotation,
  type NotationErrorWords,
} from '../../src/notation/index';
import { notationErrors as zhWords } from '../../src/i18n/zh/notation-errors';
import { wordProblems, type Samples } from '../words-check';

const SAMPLES: Samples<NotationErrorWords> = {
  'not-whole': { code: 'not-whole', what: 'conv-channels' },
  'out-of-range': { code: 'out-of-range', what: 'stride', min: 1, max: 65536 },
  'missing-size': { code: 'missing-size', what: 'pool-window' },
  'size-form': { code: 'size-form', what: 'padding' },
  'conv-option': { code: 'conv-option', option: 'q2' },
  'conv-form': { code: 'conv-form' },
  'pool-option': { code: 'pool-option', option: 'z' },
  'fc-option': { code: 'fc-option', option: 'bn' },
  'fc-form': { code: 'fc-form' },
  'no-options': { code: 'no-options', layer: 'relu' },
  'dropout-p': { code: 'dropout-p' },
  'unknown-layer': { code: 'unknown-layer', layer: 'cnov3-64' },
  'input-not-first': { code: 'input-not-first' },
  'input-form': { code: 'input-form' },
  'repeat-max': { code: 'repeat-max', max: 10000 },
  unexpected: { code: 'unexpected', word: 'x2x', after: 'conv3-64' },
  'not-chain': { code: 'not-chain', why: 'side' },
  parallel: { code: 'parallel', kind: 'inception', branches: 4, merge: 'concat' },
  'several-inputs': { code: 'several-inputs' },
  'not-last-output': { code: 'not-last-output', output: 'conv2' },
  'no-input': { code: 'no-input' },
  'full-window': { code: 'full-window' },
  'pool-padding-mode': { code: 'pool-padding-mode', padding: 'same' },
  'lrn-constants': { code: 'lrn-constants', alpha: 0.001, beta: 0.75, k: 1 },
  'bn-eps': { code: 'bn-eps', eps: 0.001 },
  'no-op-notation': { code: 'no-op-notation', op: 'add' },
};

/**
 * Latin words a Chinese notation sentence may hold: op names and notation words (grammar.ts),
 * spec field names and values, and the values quoted by the samples above.
 */
const ALLOWED = new Set([
  'conv',
  'pool',
  'maxpool',
  'dropout',
  'lrn',
  'relu',
  'softmax',
  'flatten',
  'nobias',
  'linear',
  'ceil',
  'global',
  'out',
  'from',
  'full',
  'same',
  'eps',
  'inception',
  'concat',
  'add',
]);

/** What the samples quote from the user's text (not words of the sentence). */
const QUOTED = ['cnov3-64', 'x2x', 'q2'];

describe('notation words', () => {
  it('every code says something in both languages, numbers kept, no stray English', () => {
    expect(wordProblems(NOTATION_ERROR_WORDS, zhWords, SAMPLES, ALLOWED, QUOTED)).toEqual([]);
  });

  it('the check fails on a Chinese sentence that keeps English words or loses a number', () => {
    const broken = { ...zhWords, 'repeat-max': () => 'the repeat count is too large' };
    expect(wordProblems(NOTATION_ERROR_WORDS, broken, SAMPLES, ALLOWED, QUOTED)).toEqual([
      'repeat-max: not Chinese: the repeat count is too large',
      'repeat-max: numbers 10000 lost: the repeat count is too large',
      'repeat-max: English words the, repeat, count, too, large in: the repeat count is too large',
    ]);
  });

  it('the parser throws a code with values; its English is the pinned sentence', () => {
    let caught: unknown;
    try {
      parseNotation('conv3-64 ×20000');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NotationError);
    const e = caught as NotationError;
    // MAX_REPEAT in src/notation/grammar.ts.
    expect(e.msg).toEqual({ code: 'repeat-max', max: 10000 });
    expect(e.detail).toBe('the repeat count must be at most 10000');
    expect(zhWords['repeat-max'](e.msg as never)).toBe('重复次数不能超过 10000');
  });

  it('the printer refuses with a code and keeps the English why', () => {
    const r = specToNotation({
      root: {
        op: 'block',
        name: 'n',
        layers: [
          { op: 'input', name: 'in', shape: [3, 8, 8] },
          { op: 'bn', name: 'bn1', eps: 0.001 },
        ],
      },
    });
    expect(r).toEqual({
      ok: false,
      path: 'bn1',
      msg: { code: 'bn-eps', eps: 0.001 },
      why: 'a batch norm with eps 0.001 has no notation',
    });
  });
});
