/**
 * The notation parser's words: one English sentence per message code (see
 * src/engine/message.ts). A NotationError carries its message as data; `detail` is this sentence
 * (the tests and the CLI read it), and the editor says the same message with src/i18n's
 * `notationErrors` in the language shown.
 */
import { type MessageOf, say } from '../engine/message';

/** The number or size a message is about (the parser's `what`), named by the words. */
export type NotationPart =
  | 'conv-window'
  | 'conv-channels'
  | 'stride'
  | 'padding'
  | 'dilation'
  | 'groups'
  | 'pool-window'
  | 'pool-output'
  | 'fc-outputs'
  | 'lrn-size'
  | 'input-size'
  | 'repeat-count';

/** Each part in English, as the sentences begin with it. */
export const NOTATION_PARTS: Record<NotationPart, string> = {
  'conv-window': 'the conv window',
  'conv-channels': 'the conv channel count',
  stride: 'the stride',
  padding: 'the padding',
  dilation: 'the dilation',
  groups: 'the group count',
  'pool-window': 'the pool window',
  'pool-output': 'the pool output',
  'fc-outputs': 'the fc output count',
  'lrn-size': 'the LRN size',
  'input-size': 'an input size',
  'repeat-count': 'the repeat count',
};

const EXPECTED =
  'expected a layer such as conv3-64, maxpool, fc-4096, dropout, lrn, relu, bn, softmax or flatten';

/** What makes a layer more than a link of a chain, in English. */
const CHAIN_BREAKS = {
  from: 'reads named inputs (from)',
  side: 'is a side branch',
  'training-only': 'exists only in training',
};

export const NOTATION_ERROR_WORDS = {
  'not-whole': (m: { what: NotationPart }) => `${NOTATION_PARTS[m.what]} must be a whole number`,
  'out-of-range': (m: { what: NotationPart; min: number; max: number }) =>
    `${NOTATION_PARTS[m.what]} must be between ${m.min} and ${m.max}`,
  'missing-size': (m: { what: NotationPart }) => `${NOTATION_PARTS[m.what]} is missing a size`,
  'size-form': (m: { what: NotationPart }) => `${NOTATION_PARTS[m.what]} must be n or h×w`,
  /** `option`: the option as written, without its slash. */
  'conv-option': (m: { option: string }) =>
    `unknown conv option "/${m.option}" (expected /s<stride>, /p<padding>, /d<dilation>, /g<groups>, /bn, /nobias, /relu or /linear)`,
  'conv-form': (_: object) => 'a conv is written conv<window>-<channels>, e.g. conv3-64',
  'pool-option': (m: { option: string }) =>
    `unknown pool option "/${m.option}" (expected /s<stride>, /p<padding>, /ceil, /global or /out<size>)`,
  'fc-option': (m: { option: string }) =>
    `unknown fc option "/${m.option}" (expected /nobias, /relu or /linear)`,
  'fc-form': (_: object) => 'an fc layer is written fc-<outputs>, e.g. fc-4096',
  /** `layer`: the layer word as written (lower-cased), e.g. `relu`. */
  'no-options': (m: { layer: string }) => `"${m.layer}" takes no "/" options`,
  'dropout-p': (_: object) =>
    'the dropout probability must be a number from 0 to below 1, e.g. dropout-0.5',
  'unknown-layer': (m: { layer: string }) => `unknown layer "${m.layer}": ${EXPECTED}`,
  'input-not-first': (_: object) => 'the input can only be the first item',
  'input-form': (_: object) => 'the input is C×H×W (e.g. 3×224×224) or N',
  'repeat-max': (m: { max: number }) => `the repeat count must be at most ${m.max}`,
  /** `word`: the text after the first space; `after`: the layer word before it. */
  unexpected: (m: { word: string; after: string }) =>
    `unexpected "${m.word}" after "${m.after}" (a repeat is written ×2, or " x2" after a space; separate layers with commas)`,

  // Why a spec cannot be printed in the notation (print.ts); the sentence follows the layer path.
  /** `why`: the spec field that makes it more than a chain link. */
  'not-chain': (m: { why: 'from' | 'side' | 'training-only' }) =>
    `${CHAIN_BREAKS[m.why]}: the notation describes chains only`,
  /** `kind`: the module's kind as the spec names it (null: none); `merge`: the merge op. */
  parallel: (m: { kind: string | null; branches: number; merge: string }) =>
    `is a parallel module (${m.kind ?? 'branches'}) with ${m.branches} branches merged by ${m.merge}: the notation describes chains only`,
  'several-inputs': (_: object) => 'takes several inputs: the notation describes chains only',
  'not-last-output': (m: { output: string }) =>
    `outputs "${m.output}", not its last layer: the notation describes chains only`,
  'no-input': (_: object) => 'the network must begin with an input layer',
  'full-window': (_: object) => 'a conv with a "full" window has no notation',
  'pool-padding-mode': (m: { padding: string }) =>
    `a pool with "${m.padding}" padding has no notation`,
  'lrn-constants': (m: { alpha: number; beta: number; k: number }) =>
    `an LRN with α=${m.alpha}, β=${m.beta}, k=${m.k} has no notation (it writes α=1e-4, β=0.75, k=2)`,
  'bn-eps': (m: { eps: number }) => `a batch norm with eps ${m.eps} has no notation`,
  'no-op-notation': (m: { op: string }) =>
    `the ${m.op} layer has no notation (it writes chains of conv, pool, fc, dropout, lrn, bn, activations and flatten)`,
};

export type NotationErrorWords = typeof NOTATION_ERROR_WORDS;
/** Everything the parser can say about a text it refuses. */
export type NotationMessage = MessageOf<NotationErrorWords>;

/** The English sentence of a notation message. */
export const notationText = (m: NotationMessage): string => say(NOTATION_ERROR_WORDS, m);
