/**
 * Field declarations: what one field of a spec node may hold, declared once as data. From one
 * declaration the validator derives its check and its message (`conv1: conv.stride must be
 * positive, got [1,0]`), the JSON Schema its fragment, and the op registry its TypeScript type
 * check (a field's declared value type must match the node interface, see `FieldsOf`).
 *
 * Hand-written rather than a schema library: Valibot and Zod 4 give types, checks and a JSON
 * Schema from one definition, but their issue paths are array indices (`root.layers.3.stride`)
 * where ours must be layer names (`stage3/block2/conv1`), their recursive schemas recurse on the
 * stack (a spec nested 10,000 deep overflows it), and the "did you mean" on unknown keys and the
 * cross-field rules (pool needs a kernel, or global, or an output) would be custom code anyway.
 * The few field kinds below cover every op; each knows its check and its schema side by side.
 */
import { SpecError, type SpecRule } from './errors';
import type { WantMessage } from './messages';
import { MAX_NAME, MAX_SIZE, MAX_TEXT } from './limits';
import type { Meta, Pair, Padding, SpecNode } from './types';

export type FieldKind =
  | 'int'
  | 'number'
  | 'prob'
  | 'bool'
  | 'string'
  | 'enum'
  | 'pair'
  | 'padding'
  | 'kernel'
  | 'shape'
  | 'quad'
  | 'duo'
  // Fields of every node and of the structure nodes:
  | 'name'
  | 'text'
  | 'names'
  | 'meta'
  | 'node'
  | 'nodes'
  | 'merge';

/**
 * One field: its kind, whether it is required, a one-line doc (shown by editors as completion
 * help), and for numbers the inclusive range. `T` is the value type it admits (phantom: it only
 * lets the compiler match a declaration with the node interface's field).
 */
export interface Field<T = unknown, R extends boolean = boolean> {
  readonly kind: FieldKind;
  readonly required: R;
  readonly doc: string;
  /** Smallest allowed value (of each entry, for lists). */
  readonly min?: number;
  /** Largest allowed value (of each entry, for lists). */
  readonly max?: number;
  /** The allowed strings of an `enum` field. */
  readonly values?: readonly string[];
  /** The default, as documentation (the engine applies it). */
  readonly default?: T;
  readonly _type?: T;
}

type Opts<T> = { doc: string; default?: T; min?: number; max?: number };

/** The required form of a field. */
export function required<T>(f: Field<T, false>): Field<T, true> {
  return { ...f, required: true };
}

/** An integer in [min, max] (default [1, MAX_SIZE]). */
export function int(o: Opts<number>): Field<number, false> {
  return { kind: 'int', required: false, min: 1, max: MAX_SIZE, ...o };
}
/** Any finite number (a hyper-parameter that changes no count, e.g. batch norm's ε). */
export function num(o: Opts<number>): Field<number, false> {
  return { kind: 'number', required: false, ...o };
}
export function prob(o: Opts<number>): Field<number, false> {
  return { kind: 'prob', required: false, ...o };
}
export function bool(o: Opts<boolean>): Field<boolean, false> {
  return { kind: 'bool', required: false, ...o };
}
export function oneOf<const V extends string>(values: readonly V[], o: Opts<V>): Field<V, false> {
  return { kind: 'enum', required: false, values, ...o };
}
/** A size for both axes, or [height, width]: entries in [min, MAX_SIZE] (min 1 by default). */
export function pairField(o: Opts<Pair>): Field<Pair, false> {
  return { kind: 'pair', required: false, min: 1, max: MAX_SIZE, ...o };
}
export function padding(o: Opts<Padding>): Field<Padding, false> {
  return { kind: 'padding', required: false, min: 0, max: MAX_SIZE, ...o };
}
export function kernel(o: Opts<Pair | 'full'>): Field<Pair | 'full', false> {
  return { kind: 'kernel', required: false, min: 1, max: MAX_SIZE, ...o };
}
export function shapeField(o: Opts<readonly number[]>): Field<readonly number[], false> {
  return { kind: 'shape', required: false, min: 1, max: MAX_SIZE, ...o };
}
export function quad(
  o: Opts<readonly [number, number, number, number]>,
): Field<readonly [number, number, number, number], false> {
  return { kind: 'quad', required: false, min: -MAX_SIZE, max: MAX_SIZE, ...o };
}
export function duo(o: Opts<readonly [number, number]>): Field<readonly [number, number], false> {
  return { kind: 'duo', required: false, min: 0, max: MAX_SIZE, ...o };
}

/** A node's name: a path segment, non-empty, no `/` (checked with its own rule, bad-name). */
export function nameField(o: Opts<string>): Field<string, false> {
  return { kind: 'name', required: false, max: MAX_NAME, ...o };
}
/** Free text for people (label, note, kind), at most MAX_TEXT characters. */
export function text(o: Opts<string>): Field<string, false> {
  return { kind: 'text', required: false, max: MAX_TEXT, ...o };
}
export function names(o: Opts<readonly string[]>): Field<readonly string[], false> {
  return { kind: 'names', required: false, ...o };
}
export function meta(o: Opts<Meta>): Field<Meta, false> {
  return { kind: 'meta', required: false, ...o };
}
/** A child node, a list of them, or a parallel block's merge: checked by recursing into them. */
export function child(o: Opts<SpecNode>): Field<SpecNode, false> {
  return { kind: 'node', required: false, ...o };
}
export function children(o: Opts<readonly SpecNode[]>): Field<readonly SpecNode[], false> {
  return { kind: 'nodes', required: false, ...o };
}
export function mergeChild<T>(o: Opts<T>): Field<T, false> {
  return { kind: 'merge', required: false, ...o };
}

/**
 * A value as the user wrote it, for messages: `0`, `"3"`, `[1,0]`, `{…}`. Notation, not words,
 * so every language quotes it as it is. Bounded in length and depth (a value nested 10,000 deep
 * is described without recursing into it).
 */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return preview(v, 40);
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return '{…}';
  // Numbers, booleans and the rest as written: `got 0`, `got true`, `got undefined` (a string
  // shows its quotes: `got "3"`).
  return String(v);
}

/** An array as JSON, nested lists shown as `[…]` past the first level, cut at `max` characters. */
function preview(v: readonly unknown[], max: number): string {
  let out = '[';
  for (let i = 0; i < v.length && out.length <= max; i++) {
    const x = v[i];
    const item =
      Array.isArray(x) || (typeof x === 'object' && x !== null)
        ? Array.isArray(x)
          ? '[…]'
          : '{…}'
        : typeof x === 'string'
          ? JSON.stringify(x)
          : String(x);
    out += (i ? ',' : '') + item;
  }
  out += ']';
  return out.length > max ? `${out.slice(0, max)}` : out;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A failed check: the rule and what the field must be (`{ code: 'positive-int' }`). */
export interface FieldProblem {
  rule: SpecRule;
  want: WantMessage;
}

/** Check one value against its field; `undefined` when it is fine. */
export function checkValue(f: Field, v: unknown): FieldProblem | undefined {
  const wrong = (want: WantMessage): FieldProblem => ({ rule: 'wrong-type', want });
  const min = f.min ?? -Infinity;
  const max = f.max ?? Infinity;
  const range = (items: readonly number[], below: WantMessage): FieldProblem | undefined => {
    if (!items.every((n) => n >= min)) return { rule: 'positive-size', want: below };
    if (!items.every((n) => n <= max)) return { rule: 'too-large', want: { code: 'at-most', max } };
    return undefined;
  };
  switch (f.kind) {
    case 'int': {
      const want: WantMessage = {
        code: min === 1 ? 'positive-int' : min === 0 ? 'non-negative-int' : 'int',
      };
      if (!isInt(v)) return wrong(want);
      return range([v], want);
    }
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : wrong({ code: 'number' });
    case 'prob':
      return typeof v === 'number' && v >= 0 && v < 1 ? undefined : wrong({ code: 'prob' });
    case 'bool':
      return typeof v === 'boolean' ? undefined : wrong({ code: 'bool' });
    case 'string':
      return typeof v === 'string' ? undefined : wrong({ code: 'string' });
    case 'enum':
      return f.values!.includes(v as string)
        ? undefined
        : wrong({ code: 'one-of', values: f.values! });
    case 'kernel':
    case 'pair':
    case 'padding': {
      if (f.kind === 'padding' && (v === 'same' || v === 'valid')) return undefined;
      if (f.kind === 'kernel' && v === 'full') return undefined;
      if (f.kind === 'kernel' && typeof v === 'string') return wrong({ code: 'pair-kernel' });
      const want: WantMessage = { code: f.kind === 'padding' ? 'pair-padding' : 'pair' };
      const items = Array.isArray(v) ? v : [v];
      if (items.length !== 1 && items.length !== 2) return wrong(want);
      if (!items.every(isInt)) return wrong(want);
      return range(items, { code: min === 0 ? 'non-negative' : 'positive' });
    }
    case 'shape':
      if (!Array.isArray(v) || (v.length !== 3 && v.length !== 1) || !v.every(isInt))
        return wrong({ code: 'shape' });
      return range(v, { code: 'all-positive' });
    case 'quad':
      // Negative entries crop, as PyTorch's ZeroPad2d allows (NASNet's shifted reductions use it).
      if (!Array.isArray(v) || v.length !== 4 || !v.every(isInt)) return wrong({ code: 'quad' });
      return range(v, { code: 'at-least', min });
    case 'duo':
      if (!Array.isArray(v) || v.length !== 2 || !v.every(isInt)) return wrong({ code: 'duo' });
      return range(v, { code: 'non-negative' });
    case 'name':
    case 'text':
      if (typeof v !== 'string') return wrong({ code: 'string' });
      return v.length > max
        ? { rule: 'too-large', want: { code: 'at-most-chars', max } }
        : undefined;
    case 'names':
      return Array.isArray(v) && v.every((s) => typeof s === 'string')
        ? undefined
        : wrong({ code: 'names' });
    case 'meta':
      return typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => ['string', 'number', 'boolean'].includes(typeof x))
        ? undefined
        : wrong({ code: 'meta' });
    case 'node':
    case 'merge':
      return typeof v === 'object' && v !== null && !Array.isArray(v)
        ? undefined
        : wrong({ code: 'node' });
    case 'nodes':
      return Array.isArray(v) ? undefined : wrong({ code: 'nodes' });
  }
}

/** Check `v` as field `key` of a node with op `op` at `path`; throws the SpecError users see. */
export function checkField(path: string, op: string, key: string, f: Field, v: unknown): void {
  const p = checkValue(f, v);
  if (p)
    throw new SpecError(path, p.rule, {
      code: 'field-value',
      op,
      field: key,
      want: p.want,
      got: describe(v),
    });
}

type Json = Record<string, unknown>;

/** The JSON Schema (draft 2020-12) fragment of a field. */
export function fieldSchema(f: Field): Json {
  const int = (min = f.min, max = f.max): Json => ({
    type: 'integer',
    ...(min !== undefined ? { minimum: min } : {}),
    ...(max !== undefined ? { maximum: max } : {}),
  });
  const pairOf = (): Json[] => [int(), { type: 'array', items: int(), minItems: 1, maxItems: 2 }];
  const body = ((): Json => {
    switch (f.kind) {
      case 'int':
        return int();
      case 'number':
        return { type: 'number' };
      case 'prob':
        return { type: 'number', minimum: 0, exclusiveMaximum: 1 };
      case 'bool':
        return { type: 'boolean' };
      case 'string':
        return { type: 'string' };
      case 'enum':
        return { enum: [...f.values!] };
      case 'pair':
        return { anyOf: pairOf() };
      case 'padding':
        return { anyOf: [...pairOf(), { enum: ['same', 'valid'] }] };
      case 'kernel':
        return { anyOf: [...pairOf(), { const: 'full' }] };
      case 'shape':
        return {
          type: 'array',
          items: int(),
          anyOf: [
            { minItems: 3, maxItems: 3 },
            { minItems: 1, maxItems: 1 },
          ],
        };
      case 'quad':
        return { type: 'array', items: int(), minItems: 4, maxItems: 4 };
      case 'duo':
        return { type: 'array', items: int(), minItems: 2, maxItems: 2 };
      case 'name':
        return { type: 'string', minLength: 1, maxLength: f.max, pattern: '^[^/]+$' };
      case 'text':
        return { type: 'string', maxLength: f.max };
      case 'names':
        return { type: 'array', items: { type: 'string' } };
      case 'meta':
        return {
          type: 'object',
          additionalProperties: {
            anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
          },
        };
      case 'node':
        return { $ref: '#/$defs/node' };
      case 'nodes':
        return { type: 'array', items: { $ref: '#/$defs/node' }, minItems: f.min ?? 0 };
      case 'merge':
        return { $ref: '#/$defs/merge' };
    }
  })();
  return {
    description: f.doc,
    ...body,
    ...(f.default !== undefined ? { default: f.default } : {}),
  };
}

/** Edit distance (Levenshtein), for "did you mean" suggestions on unknown keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(
        row[j] + 1,
        row[j - 1] + 1,
        prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1),
      );
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest of `known` to `key`, when it is close enough to be a typo (≤ 2 edits, or a prefix). */
export function suggest(key: string, known: Iterable<string>): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(2, Math.floor(best.length / 3) + 1);
  return bestD <= limit ? best : undefined;
}
