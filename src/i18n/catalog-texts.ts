/**
 * The catalog's human-readable texts in another language. English stays the source in
 * `src/catalog/`; a translation is a translation memory keyed by the exact English text
 * (`src/i18n/zh/catalog-texts/`, one file per catalog file, merged as `catalogTextsZh`), loaded
 * on demand and passed to these pure functions. Keying by the English text means that editing
 * the English makes its translation go missing, which `tests/unit/catalog-texts-zh.test.ts`
 * catches; in the app a missing text falls back to the English (and warns once in the console),
 * so a stale translation never blanks a card.
 *
 * What is translated: key ideas, ILSVRC placings, notes, recipe items and values, figure notes
 * and `differs` reasons, figure labels and evaluation protocols (as `figureLabel` and
 * `protocolText` compose them), depth-note reasons, ready-made comparison titles and texts,
 * ILSVRC winner entries and descriptions, knob labels, help and choice labels, the notes of
 * spec nodes (the inspector shows a module's), the landscape's protocol and the GPU machine line,
 * and the labels of spec nodes that hold words (`labelText` below: "Dense block 1: 6 layers,
 * 64 → 256"; a label that is all notation, "conv 7×7, 64, /2", stays). What is not: names
 * (networks, families, node names and paths), paper citations and every `source` (they say where
 * to look a figure up, so they stay as printed).
 *
 * A text built from a template with numbers (a module note such as "Option A: append 16 zero
 * channels") may be translated once for every number: the memory key writes the numbers as
 * `{0}`, `{1}` … in order of appearance ("Option A: append {0} zero channels"), and the
 * translation places them where Chinese wants them. An exact key wins over a pattern.
 *
 * Every function takes where translations come from as a `CatalogSource`: a memory (the loaded
 * `catalogTextsZh`), a lookup function (the one-argument `catalogText` of `src/i18n/index.ts`,
 * which knows the current language), or `null` for English, which returns the input unchanged.
 */
import type { Accuracy } from '../catalog/accuracy';
import type { IlsvrcWinner } from '../catalog/benchmarks';
import type { ReadyComparison } from '../catalog/comparisons';
import type { DepthNote } from '../catalog/depth-notes';
import {
  figureLabel,
  protocolText,
  type EvalProtocol,
  type ModelInfo,
  type PublishedFigure,
} from '../catalog/info';
import type { Knob } from '../catalog/types';

/** English source text (or number pattern) → its translation. */
export type CatalogTexts = Readonly<Record<string, string>>;

/** A memory, a lookup function that knows the language, or null for English. */
export type CatalogSource = CatalogTexts | ((text: string) => string) | null;

/**
 * Whether a text needs a translation: it holds a word in Latin letters. Numbers, symbols and
 * shapes ("50", "3×3", "1 / 2") read the same in every language and need no entry.
 */
export function needsTranslation(text: string): boolean {
  return /[A-Za-z]/.test(text);
}

/** A number as templates print it: 16, 0.15, 1,516. */
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The text with its numbers replaced by `{0}`, `{1}` …, and the numbers, in order. */
export function numberPattern(text: string): { key: string; numbers: string[] } {
  const numbers: string[] = [];
  const key = text.replace(NUMBER, (n) => `{${numbers.push(n) - 1}}`);
  return { key, numbers };
}

/** Is this memory key a number pattern rather than an exact text? */
export function isPattern(key: string): boolean {
  return /\{\d+\}/.test(key);
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The translation in a memory: the exact text's, else its number pattern's filled in. */
export function lookup(text: string, zh: CatalogTexts): string | undefined {
  if (own(zh, text)) return zh[text];
  const { key, numbers } = numberPattern(text);
  if (numbers.length === 0 || !own(zh, key)) return undefined;
  return zh[key].replace(/\{(\d+)\}/g, (_, i: string) => numbers[Number(i)] ?? '');
}

const warned = new Set<string>();

/** Report a text without translation once per text (the coverage test is the real guard). */
function missing(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`catalog text without translation: "${text}"`);
}

/**
 * The translation of one catalog text, or the text itself when `zh` is null (English) or the
 * memory lacks it (then a console warning, once, for a text with words in it).
 */
export function catalogText(text: string, zh: CatalogTexts | null): string {
  if (zh === null) return text;
  const t = lookup(text, zh);
  if (t === undefined) {
    if (needsTranslation(text)) missing(text);
    return text;
  }
  return t;
}

/** One text through a source of any kind. */
function tr(text: string, src: CatalogSource): string {
  if (src === null) return text;
  return typeof src === 'function' ? src(text) : catalogText(text, src);
}

function opt(text: string | undefined, src: CatalogSource): string | undefined {
  return text === undefined ? undefined : tr(text, src);
}

/**
 * A published figure with its note, `differs` reason and `of` (the network an accuracy is for,
 * where it is not the entry itself) translated. Its `label` stays English:
 * `figureLabelText` reads it (with the quantity names) and translates the whole label.
 */
export function localizeFigure<F extends PublishedFigure>(f: F, src: CatalogSource): F {
  if (src === null) return f;
  const note = f.note === undefined ? {} : { note: tr(f.note, src) };
  const differs =
    f.kind === 'count' && f.differs !== undefined ? { differs: tr(f.differs, src) } : {};
  const of = f.kind === 'accuracy' && f.of !== undefined ? { of: tr(f.of, src) } : {};
  return { ...f, ...note, ...differs, ...of };
}

/**
 * A model card's info with every displayed free text translated: key idea, ILSVRC placing,
 * notes, recipe items and values, figures' notes and reasons. Name, family, paper and sources
 * are unchanged.
 */
export function localizeInfo(info: ModelInfo, src: CatalogSource): ModelInfo {
  if (src === null) return info;
  return {
    ...info,
    keyIdea: tr(info.keyIdea, src),
    ilsvrc: opt(info.ilsvrc, src),
    notes: info.notes?.map((n) => tr(n, src)),
    recipe: info.recipe?.map((r) => ({
      ...r,
      item: tr(r.item, src),
      value: tr(r.value, src),
    })),
    published: info.published?.map((f) => localizeFigure(f, src)),
  };
}

/** A figure's name on a card ("top-1 error", "MACs", "conv1 params"), translated. */
export function figureLabelText(f: PublishedFigure, src: CatalogSource): string {
  return tr(figureLabel(f), src);
}

/** An evaluation protocol in words ("ImageNet val, 10 crops, 224 px"), translated. */
export function protocolTextIn(p: EvalProtocol, src: CatalogSource): string {
  return tr(protocolText(p), src);
}

/** The compare table's accuracy with its protocol text translated (source unchanged). */
export function localizeAccuracy(a: Accuracy, src: CatalogSource): Accuracy {
  return src === null ? a : { ...a, protocol: tr(a.protocol, src) };
}

/** A model card's depth note with its reason translated (the paper's source unchanged). */
export function localizeDepthNote(n: DepthNote, src: CatalogSource): DepthNote {
  return src === null ? n : { ...n, why: tr(n.why, src) };
}

/** A ready-made comparison with its title and text translated. */
export function localizeComparison(c: ReadyComparison, src: CatalogSource): ReadyComparison {
  return src === null ? c : { ...c, title: tr(c.title, src), what: tr(c.what, src) };
}

/** An ILSVRC winner with its entry name and description translated (source unchanged). */
export function localizeWinner(w: IlsvrcWinner, src: CatalogSource): IlsvrcWinner {
  return src === null ? w : { ...w, entry: tr(w.entry, src), what: tr(w.what, src) };
}

/** A family knob with its label, help and choice labels translated (values unchanged). */
export function localizeKnob(k: Knob, src: CatalogSource): Knob {
  if (src === null) return k;
  return {
    ...k,
    label: tr(k.label, src),
    help: tr(k.help, src),
    ...(k.choices ? { choices: k.choices.map((c) => ({ ...c, label: tr(c.label, src) })) } : {}),
  };
}

/**
 * Latin words that are notation in a spec node's label, in any language: op names and the words
 * of their descriptions as the engine and the papers print them (conv, fc, avg/max pool, sep,
 * depthwise, identity, join …), fields (groups, bias, size, valid/same padding), network and
 * module names (Inception, ResNet, NASNet, TF's "Mixed", Inception-v4's "Reduction-A", the
 * "stem" the Chinese texts also keep) and acronyms (BN, ReLU, SE, LRN, GPU, RBF, px). Lower case;
 * compared case-insensitively. src/i18n/GLOSSARY.md says why each is kept.
 */
export const LABEL_NOTATION: ReadonlySet<string> = new Set([
  // ops and their descriptions
  'conv',
  'fc',
  'pool',
  'avg',
  'max',
  'global',
  'adaptive',
  'sep',
  'depthwise',
  'pointwise',
  'mlpconv',
  'relu',
  'prelu',
  'bn',
  'lrn',
  'se',
  'dropout',
  'flatten',
  'concat',
  'add',
  'identity',
  'sigmoid',
  'tanh',
  'softmax',
  'join',
  // fields
  'groups',
  'bias',
  'size',
  'valid',
  'same',
  // names
  'stem',
  'inception',
  'resnet',
  'nasnet',
  'mixed',
  'reduction',
  // acronyms and units
  'gpu',
  'rbf',
  'px',
]);

/**
 * The words of a label that are neither notation nor names: a run of Latin letters (with digits
 * and `_` after the first letter) is notation when it holds a digit or `_` (a name: layer2,
 * fire9, C3, cell_7), is one letter (a symbol: r, x, the "a" of 3a) or is in LABEL_NOTATION.
 */
export function labelWords(label: string): string[] {
  return (label.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter(
    (w) => w.length > 1 && !/[\d_]/.test(w) && !LABEL_NOTATION.has(w.toLowerCase()),
  );
}

/** Does a node label need a translation (does it hold a word that is not notation)? */
export function labelNeedsTranslation(label: string): boolean {
  return labelWords(label).length > 0;
}

/**
 * A spec node's label (a module's "Dense block 1: 6 layers, 64 → 256", a leaf's "batch norm")
 * as shown in the language of `zh`: all-notation labels stay as they are, the rest go through
 * the memory (exact text, else its number pattern); a missing one stays English with a warning.
 * Node names, which stand in for a module without a label, are never passed here.
 */
export function labelText(label: string, zh: CatalogTexts | null): string {
  if (zh === null || !labelNeedsTranslation(label)) return label;
  const t = lookup(label, zh);
  if (t === undefined) {
    missing(label);
    return label;
  }
  return t;
}
