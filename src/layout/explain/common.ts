/**
 * What every walk-through shares: its editable inputs (whole numbers in a range), a result that
 * is either the lesson or the engine's message, and the arithmetic lines the engine wrote for a
 * layer. Walk-throughs never type a figure in: they build small specs with the catalog's
 * builders, run the engine, and read its numbers and arithmetic.
 */
import { scaleLinear } from 'd3-scale';
import type { Analysis, Arithmetic, LayerResult, Quantity } from '../../engine/analysis';
import { isSpecError, type SpecRule } from '../../engine/errors';

/** One editable input of a walk-through: a whole number between min and max. */
export interface Field {
  key: string;
  default: number;
  min: number;
  max: number;
}

export type Values = Record<string, number>;

/** The lesson, or why it cannot be drawn (a bad input, or the rule the engine says broke). */
export type Lesson<T> = { ok: true; value: T } | LessonError;

/**
 * Why a lesson cannot be drawn: `error` is the whole sentence; an engine error also carries its
 * rule and the engine's own sentence, so a view can name the rule in its language.
 */
export interface LessonError {
  ok: false;
  error: string;
  path?: string;
  rule?: SpecRule;
  detail?: string;
}

/** How a bad input field is said: the views pass their language's words. */
export interface FieldWords {
  whole(label: string, text: string): string;
  between(label: string, min: number, max: number, got: number): string;
}

/** The words of the CLI and the tests (the views use src/i18n's `errors.field`). */
const PLAIN_WORDS: FieldWords = {
  whole: (label, text) => `${label} must be a whole number, got "${text}"`,
  between: (label, min, max, got) => `${label} must be between ${min} and ${max}, got ${got}`,
};

/** Defaults of a field list. */
export function defaults(fields: readonly Field[]): Values {
  return Object.fromEntries(fields.map((f) => [f.key, f.default]));
}

/**
 * Read raw text for each field (from inputs): a whole number inside the field's range, else a
 * message naming the field. Missing keys take the default.
 */
export function readValues(
  fields: readonly Field[],
  raw: Record<string, string>,
  label: (key: string) => string = (k) => k,
  words: FieldWords = PLAIN_WORDS,
): Lesson<Values> {
  const out: Values = {};
  for (const f of fields) {
    const text = (raw[f.key] ?? String(f.default)).trim();
    if (!/^\d+$/.test(text)) return { ok: false, error: words.whole(label(f.key), text) };
    const n = Number(text);
    if (n < f.min || n > f.max)
      return { ok: false, error: words.between(label(f.key), f.min, f.max, n) };
    out[f.key] = n;
  }
  return { ok: true, value: out };
}

/** Run a lesson; the engine's SpecError (or a knob error) becomes a message with its layer path. */
export function run<T>(f: () => T): Lesson<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isSpecError(e))
      return {
        ok: false,
        error: e.path ? `${e.path}: ${e.detail}` : e.detail,
        path: e.path,
        rule: e.rule,
        detail: e.detail,
      };
    throw e;
  }
}

/** The engine's arithmetic line for one quantity of a layer. */
export function lineOf(l: LayerResult, q: Quantity): Arithmetic {
  const hit = l.arithmetic.find((a) => a.quantity === q);
  if (!hit) throw new Error(`${l.path} has no ${q} arithmetic`);
  return hit;
}

/** The output-size line(s) of a window op (one when both axes agree). */
export function sizeLines(l: LayerResult): Arithmetic[] {
  return l.arithmetic.filter(
    (a) => a.quantity === 'out' || a.quantity === 'out-height' || a.quantity === 'out-width',
  );
}

/** A leaf by path; throws when the spec has none (a builder and a lesson disagree). */
export function layer(a: Analysis, path: string): LayerResult {
  const l = a.layers.find((x) => x.path === path);
  if (!l) throw new Error(`no layer ${path}`);
  return l;
}

/** The leaves under a module path, in execution order. */
export function leavesUnder(a: Analysis, path: string): LayerResult[] {
  return a.layers.filter((l) => l.path.startsWith(`${path}/`));
}

/** One horizontal bar of a chart drawn on one scale: its length in px for its value. */
export interface Bar {
  id: string;
  value: number;
  width: number;
}

/** Bars for values on one linear scale from 0 to the largest (or to `max`), `width` px long. */
export function bars(
  items: readonly { id: string; value: number }[],
  width: number,
  max?: number,
): Bar[] {
  const top = max ?? Math.max(1, ...items.map((i) => i.value));
  const x = scaleLinear().domain([0, top]).range([0, width]);
  return items.map((i) => ({ id: i.id, value: i.value, width: x(i.value) }));
}
