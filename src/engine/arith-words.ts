/**
 * The words in the engine's working-out (`Arithmetic`, ./analysis.ts). Most of a formula is
 * notation (`K_h·K_w·C_in·C_out + C_out`, `⌊(N − K + 2P) / S⌋ + 1`) and reads the same in every
 * language; where a step carries words (`2·C (γ and β)`, `pooling has no parameters`, `top/bottom
 * 0+1, …`), the engine keeps it as a message (`Arithmetic.said`) whose English sentence is this
 * table's and whose Chinese twin is src/i18n/zh/arith.ts. The step's `formula` and `expression`
 * strings are the English sentences (the CLI, the tests and English pages read them).
 *
 * A table of its own, not a sub-table of ENGINE_WORDS: these are not messages about a refused
 * spec (a SpecError never carries one), so they stay out of `EngineMessage`.
 *
 * Values are notation (an expression in numbers, a ×-size) or numbers, never English words.
 */
import type { Arithmetic } from './analysis';
import { type MessageOf, say } from './message';

export const ARITH_WORDS = {
  /** BN's learnable parameters. */
  'bn-affine': () => '2·C (γ and β)',
  /** BN's buffers. */
  'bn-running': () => '2·C (running mean and variance, not learned)',
  'pool-no-params': () => 'pooling has no parameters',
  'lrn-no-params': () => 'local response normalization has no learnable parameters',
  'global-pool': () => 'global pooling: the whole H×W to 1×1',
  'adaptive-pool': () => 'adaptive pooling: fixed output size',
  /** An adaptive pool's sizes: `from` the input H×W, `to` the output, `window` the first window. */
  'adaptive-window': (m: { from: string; to: string; window: string }) =>
    `${m.from} → ${m.to} (window ${m.window})`,
  'prelu-per-channel': () => 'C (one slope per channel)',
  'prelu-shared': () => '1 (one shared slope)',
  'pad-channels': () => 'C + zeros before + zeros after',
  'pad-height': () => 'H + top + bottom',
  'pad-width': () => 'W + left + right',
  /** TensorFlow's "same" padding of a conv. */
  'tf-same': () => 'TF same: out = ⌈N / S⌉, padding = (out − 1)·S + K − N',
  /** The zeros "same" padding adds on each side. */
  'tf-same-pads': (m: { top: number; bottom: number; left: number; right: number }) =>
    `top/bottom ${m.top}+${m.bottom}, left/right ${m.left}+${m.right}`,
  /** Ceil mode dropping a window that would start in the padding: `expression` is the ceil's. */
  'last-window-dropped': (m: { expression: string }) =>
    `${m.expression} − 1 (last window would start in the padding)`,
  /** A formula of one axis when height and width differ: `formula` is notation. */
  'on-axis': (m: { formula: string; axis: 'height' | 'width' }) => `${m.formula} (${m.axis})`,
};

export type ArithWords = typeof ARITH_WORDS;
/** A worded part of an arithmetic step. */
export type ArithMessage = MessageOf<ArithWords>;

/** A part of a step: notation as it is, or a message said in English here. */
export type ArithText = string | ArithMessage;

/** One arithmetic step from its parts: the English strings, and the messages they came from. */
export function step(
  quantity: Arithmetic['quantity'],
  formula: ArithText,
  expression: ArithText,
  value: number,
): Arithmetic {
  const a: Arithmetic = {
    quantity,
    formula: typeof formula === 'string' ? formula : say(ARITH_WORDS, formula),
    expression: typeof expression === 'string' ? expression : say(ARITH_WORDS, expression),
    value,
  };
  const said: NonNullable<Arithmetic['said']> = {};
  if (typeof formula !== 'string') said.formula = formula;
  if (typeof expression !== 'string') said.expression = expression;
  if (said.formula || said.expression) a.said = said;
  return a;
}

/** A step's formula in the language of `words` (the English words give `a.formula`). */
export const formulaIn = (words: ArithWords, a: Arithmetic): string =>
  a.said?.formula ? say(words, a.said.formula) : a.formula;

/** A step's expression in the language of `words` (the English words give `a.expression`). */
export const expressionIn = (words: ArithWords, a: Arithmetic): string =>
  a.said?.expression ? say(words, a.said.expression) : a.expression;
