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
 * ILSVRC winner entries and descriptions, knob labels, help and choice labels, the landscape's
 * protocol and the GPU machine line. What is not: names (networks, families, layers), paper
 * citations and every `source` (they say where to look a figure up, so they stay as printed).
 *
 * Callers pass `null` for English; functions then return their input unchanged.
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

/** English source text → its translation, for every free text of the catalog. */
export type CatalogTexts = Readonly<Record<string, string>>;

/**
 * Whether a text needs a translation: it holds a word in Latin letters. Numbers, symbols and
 * shapes ("50", "3×3", "1 / 2") read the same in every language and need no entry.
 */
export function needsTranslation(text: string): boolean {
  return /[A-Za-z]/.test(text);
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
 * memory lacks it (then a console warning, once).
 */
export function catalogText(text: string, zh: CatalogTexts | null): string {
  if (zh === null) return text;
  const t = Object.prototype.hasOwnProperty.call(zh, text) ? zh[text] : undefined;
  if (t === undefined) {
    if (needsTranslation(text)) missing(text);
    return text;
  }
  return t;
}

function opt(text: string | undefined, zh: CatalogTexts | null): string | undefined {
  return text === undefined ? undefined : catalogText(text, zh);
}

/**
 * A published figure with its note and `differs` reason translated. Its `label` stays English:
 * `figureLabelText` reads it (with the quantity names) and translates the whole label.
 */
export function localizeFigure<F extends PublishedFigure>(f: F, zh: CatalogTexts | null): F {
  if (zh === null) return f;
  const note = f.note === undefined ? {} : { note: catalogText(f.note, zh) };
  const differs =
    f.kind === 'count' && f.differs !== undefined ? { differs: catalogText(f.differs, zh) } : {};
  return { ...f, ...note, ...differs };
}

/**
 * A model card's info with every displayed free text translated: key idea, ILSVRC placing,
 * notes, recipe items and values, figures' notes and reasons. Name, family, paper and sources
 * are unchanged.
 */
export function localizeInfo(info: ModelInfo, zh: CatalogTexts | null): ModelInfo {
  if (zh === null) return info;
  return {
    ...info,
    keyIdea: catalogText(info.keyIdea, zh),
    ilsvrc: opt(info.ilsvrc, zh),
    notes: info.notes?.map((n) => catalogText(n, zh)),
    recipe: info.recipe?.map((r) => ({
      ...r,
      item: catalogText(r.item, zh),
      value: catalogText(r.value, zh),
    })),
    published: info.published?.map((f) => localizeFigure(f, zh)),
  };
}

/** A figure's name on a card ("top-1 error", "MACs", "conv1 params"), translated. */
export function figureLabelText(f: PublishedFigure, zh: CatalogTexts | null): string {
  return catalogText(figureLabel(f), zh);
}

/** An evaluation protocol in words ("ImageNet val, 10 crops, 224 px"), translated. */
export function protocolTextIn(p: EvalProtocol, zh: CatalogTexts | null): string {
  return catalogText(protocolText(p), zh);
}

/** The compare table's accuracy with its protocol text translated (source unchanged). */
export function localizeAccuracy(a: Accuracy, zh: CatalogTexts | null): Accuracy {
  return zh === null ? a : { ...a, protocol: catalogText(a.protocol, zh) };
}

/** A model card's depth note with its reason translated (the paper's source unchanged). */
export function localizeDepthNote(n: DepthNote, zh: CatalogTexts | null): DepthNote {
  return zh === null ? n : { ...n, why: catalogText(n.why, zh) };
}

/** A ready-made comparison with its title and text translated. */
export function localizeComparison(c: ReadyComparison, zh: CatalogTexts | null): ReadyComparison {
  return zh === null ? c : { ...c, title: catalogText(c.title, zh), what: catalogText(c.what, zh) };
}

/** An ILSVRC winner with its entry name and description translated (source unchanged). */
export function localizeWinner(w: IlsvrcWinner, zh: CatalogTexts | null): IlsvrcWinner {
  return zh === null ? w : { ...w, entry: catalogText(w.entry, zh), what: catalogText(w.what, zh) };
}

/** A family knob with its label, help and choice labels translated (values unchanged). */
export function localizeKnob(k: Knob, zh: CatalogTexts | null): Knob {
  if (zh === null) return k;
  return {
    ...k,
    label: catalogText(k.label, zh),
    help: catalogText(k.help, zh),
    ...(k.choices
      ? { choices: k.choices.map((c) => ({ ...c, label: catalogText(c.label, zh) })) }
      : {}),
  };
}
