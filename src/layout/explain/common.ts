/**
 * What every walk-through shares: its editable inputs (whole numbers in a range), a result that
 * is either the lesson or the engine's message, and the arithmetic lines the engine wrote for a
 * layer. Walk-throughs never type a figure in: they build small specs with the catalog's
 * builders, run the engine, and read its numbers and arithmetic.
 */
import { scaleLinear } from 'd3-scale';
import type { Analysis, Arithmetic, LayerResult, Quantity } from '../../engine/analysis';
import { isSpecError, type SpecRule } from '../../engine/errors';
import { say } from '../../engine/message';
import type { EngineMessage } from '../../engine/messages';
import { FIELD_WORDS, type FieldMessage } from './field-words';

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
 * Why a lesson cannot be drawn, as data: an input field's problem (`input`, a message of
 * ./field-words.ts), or the rule the engine says broke (the SpecError's `path`, `rule` and `msg`),
 * which a view says in its language. `error` is the same in one English sentence (the tests
 * read it), never shown by the views.
 */
export type LessonError = FieldError | EngineError;

export interface FieldError {
  ok: false;
  error: string;
  input: FieldMessage;
}

export interface EngineError {
  ok: false;
  error: string;
  /** The layer where the rule broke (`''`: the whole network). */
  path: string;
  rule: SpecRule;
  msg: EngineMessage;
}

/** Defaults of a field list. */
export function defaults(fields: readonly Field[]): Values {
  return Object.fromEntries(fields.map((f) => [f.key, f.default]));
}

const fieldError = (input: FieldMessage): FieldError => ({
  ok: false,
  error: say(FIELD_WORDS, input),
  input,
});

/**
 * Read raw text for each field (from inputs): a whole number inside the field's range, else the
 * problem of the first field that is not. Missing keys take the default.
 */
export function readValues(fields: readonly Field[], raw: Record<string, string>): Lesson<Values> {
  const out: Values = {};
  for (const f of fields) {
    const text = (raw[f.key] ?? String(f.default)).trim();
    if (!/^\d+$/.test(text)) return fieldError({ code: 'whole', field: f.key, text });
    const n = Number(text);
    if (n < f.min || n > f.max)
      return fieldError({ code: 'between', field: f.key, min: f.min, max: f.max, got: n });
    out[f.key] = n;
  }
  return { ok: true, value: out };
}

/** Run a lesson; the engine's SpecError (or a knob error) becomes data with its layer path. */
export function run<T>(f: () => T): { ok: true; value: T } | EngineError {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isSpecError(e))
      return {
        ok: false,
        error: e.path ? `${e.path}: ${e.detail}` : e.detail,
        path: e.path,
        rule: e.rule,
        msg: e.msg,
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
