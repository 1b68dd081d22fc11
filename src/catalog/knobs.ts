/**
 * Knobs declared once. A family lists its knobs as an object of definitions made by the makers
 * below (`choice`, `int`, `real`, `flag`, and the shared `classesKnob`…); `defineFamily` turns
 * that object into the form/URL description (`Family.knobs`) and hands `build` values whose
 * types follow from the same definitions (`choice([18, 34, 50])` gives `18 | 34 | 50`).
 * Parsing a knob value from text (URL, `--set`) and checking it happen here and nowhere else.
 */
import { SpecError } from '../engine/errors';
import type { EngineMessage, KnobWhy } from '../engine/messages';
import type { CatalogSpec, Family, Knob, KnobChoice, KnobValue, KnobValues } from './types';

interface KnobMeta {
  label: string;
  /** What the knob means, in one sentence. */
  help: string;
}

export interface ChoiceDef<T extends string | number> extends KnobMeta {
  kind: 'choice';
  default: T;
  choices: readonly { value: T; label: string }[];
}

export interface IntDef extends KnobMeta {
  kind: 'int';
  default: number;
  min: number;
  max: number;
  /** A form's step; any whole number in [min, max] is accepted. */
  step?: number;
  /** Values worth suggesting (a form's list); any whole number in [min, max] is accepted. */
  suggest?: readonly KnobChoice[];
}

export interface RealDef extends KnobMeta {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** A form's step; values between steps are accepted. */
  step: number;
}

export interface FlagDef extends KnobMeta {
  kind: 'bool';
  default: boolean;
}

// `any` here only widens the choice's value type so every ChoiceDef<T> is a KnobDef.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KnobDef = ChoiceDef<any> | IntDef | RealDef | FlagDef;
export type KnobDefs = Record<string, KnobDef>;

/** The value type a knob definition gives `build`. */
export type KnobValueOf<D extends KnobDef> =
  D extends ChoiceDef<infer T> ? T : D extends FlagDef ? boolean : number;

/** Complete, checked values of a family's knobs. */
export type ValuesOf<K extends KnobDefs> = { readonly [P in keyof K]: KnobValueOf<K[P]> };

// ---------------------------------------------------------------------------------------------
// Makers

/**
 * A knob with a fixed set of values. Labels default to the value itself; `labels` names some
 * or all of them (`{ tanh: 'tanh (1998)' }`) or maps every value (`(d) => \`${d} layers\``).
 */
export function choice<const T extends string | number>(
  values: readonly T[],
  meta: KnobMeta & {
    default: NoInfer<T>;
    labels?: Partial<Record<T, string>> | ((v: T) => string);
  },
): ChoiceDef<T> {
  const { labels, ...rest } = meta;
  const labelOf = (v: T): string =>
    typeof labels === 'function' ? labels(v) : (labels?.[v] ?? String(v));
  return {
    kind: 'choice',
    ...rest,
    choices: values.map((value) => ({ value, label: labelOf(value) })),
  };
}

/** A whole-number knob in [min, max]; `suggest` lists values a form offers. */
export function int(
  meta: KnobMeta & {
    default: number;
    min: number;
    max: number;
    step?: number;
    suggest?: readonly number[];
  },
): IntDef {
  const { suggest, ...rest } = meta;
  return {
    kind: 'int',
    ...rest,
    ...(suggest ? { suggest: suggest.map((value) => ({ value, label: String(value) })) } : {}),
  };
}

/** A real-valued knob in [min, max] (a rate, a probability). */
export function real(
  meta: KnobMeta & { default: number; min: number; max: number; step: number },
): RealDef {
  return { kind: 'number', ...meta };
}

/** An on/off knob. */
export function flag(meta: KnobMeta & { default: boolean }): FlagDef {
  return { kind: 'bool', ...meta };
}

/** The number of outputs of the last layer; every family has one. */
export function classesKnob(
  dflt: number,
  help = 'Outputs of the final fully connected layer.',
): IntDef {
  return int({ label: 'Classes', default: dflt, min: 1, max: 100000, help });
}

/** A dropout probability in [0, 0.9] in steps of 0.1; 0 usually removes the layer. */
export function dropoutKnob(dflt: number, help: string, label = 'Dropout'): RealDef {
  return real({ label, default: dflt, min: 0, max: 0.9, step: 0.1, help });
}

// ---------------------------------------------------------------------------------------------
// Families

/** The form/URL description of a definition: the knob's key plus its definition. */
function describe(key: string, def: KnobDef): Knob {
  if (def.kind === 'int') {
    const { suggest, ...rest } = def;
    return { key, ...rest, ...(suggest ? { choices: suggest } : {}) };
  }
  return { key, ...def };
}

/**
 * A family whose knobs are declared once: `build` receives complete values typed by `knobs`.
 * `Family.build` checks its argument against the same definitions before calling it.
 */
export function defineFamily<const K extends KnobDefs>(def: {
  id: string;
  name: string;
  knobs: K;
  build(values: ValuesOf<K>): CatalogSpec;
}): Family {
  const family: Family = {
    id: def.id,
    name: def.name,
    knobs: Object.entries(def.knobs).map(([key, d]) => describe(key, d)),
    // resolveKnobs returns exactly one checked value of the declared type per key of `knobs`.
    build: (values) => def.build(resolveKnobs(family, values) as ValuesOf<K>),
  };
  return family;
}

// ---------------------------------------------------------------------------------------------
// Parsing and checking values

/** A checked knob value, or why it is refused (data, worded by src/engine/messages.ts). */
export type KnobParse = { ok: true; value: KnobValue } | { ok: false; why: KnobWhy };
/** A knob value of a family from text, or the whole message of why not (an unknown knob too). */
export type FamilyKnobParse = { ok: true; value: KnobValue } | { ok: false; msg: EngineMessage };

/** Decimal text only: `0x10`, `1e3`, `Infinity` or `' 5'` are not knob values. */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Check one knob value, from a URL/command-line string or from code. `why` completes the
 * sentence "<label> (<key>) …", e.g. `{ code: 'one-of', values: ['18', '34', …] }` for
 * "must be one of 18, 34, 50, 101, 152".
 */
export function parseKnob(knob: Knob, raw: KnobValue): KnobParse {
  const bad = (why: KnobWhy): KnobParse => ({ ok: false, why });
  switch (knob.kind) {
    case 'int':
    case 'number': {
      const text = typeof raw === 'string' ? raw : null;
      if (text !== null && !DECIMAL.test(text))
        return bad({
          code: text.trim() !== '' && !Number.isNaN(Number(text)) ? 'decimal' : 'number',
        });
      const n = typeof raw === 'number' ? raw : text !== null ? Number(text) : NaN;
      if (!Number.isFinite(n)) return bad({ code: 'number' });
      if (knob.kind === 'int' && !Number.isInteger(n)) return bad({ code: 'whole' });
      if (knob.min !== undefined && n < knob.min) return bad({ code: 'at-least', min: knob.min });
      if (knob.max !== undefined && n > knob.max) return bad({ code: 'at-most', max: knob.max });
      return { ok: true, value: n };
    }
    case 'bool': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (raw === 'true' || raw === '1') return { ok: true, value: true };
      if (raw === 'false' || raw === '0') return { ok: true, value: false };
      return bad({ code: 'bool' });
    }
    case 'choice': {
      const hit = knob.choices?.find((c) => c.value === raw || String(c.value) === String(raw));
      if (hit) return { ok: true, value: hit.value };
      return bad({ code: 'one-of', values: (knob.choices ?? []).map((c) => String(c.value)) });
    }
  }
}

function knobOf(family: Family, key: string): Knob | undefined {
  return family.knobs.find((k) => k.key === key);
}

function noSuchKnob(family: Family, key: string): EngineMessage {
  return { code: 'no-knob', family: family.name, key, knobs: family.knobs.map((k) => k.key) };
}

/** One knob value of a family from text, as the URL and the command line give it. */
export function parseFamilyKnob(family: Family, key: string, raw: string): FamilyKnobParse {
  const knob = knobOf(family, key);
  if (!knob) return { ok: false, msg: noSuchKnob(family, key) };
  const r = parseKnob(knob, raw);
  return r.ok
    ? r
    : { ok: false, msg: { code: 'knob-value', label: knob.label, key: knob.key, why: r.why } };
}

/**
 * Complete knob values for a family: defaults, then `values` (strings from a URL are parsed).
 * Throws a SpecError `bad-knob` naming the knob and the rule for an unknown key or bad value.
 */
export function resolveKnobs(
  family: Family,
  values: Readonly<Record<string, KnobValue | undefined>> = {},
): KnobValues {
  for (const key of Object.keys(values)) {
    if (values[key] !== undefined && !knobOf(family, key))
      throw new SpecError('', 'bad-knob', noSuchKnob(family, key));
  }
  const out: KnobValues = {};
  for (const knob of family.knobs) {
    const raw = Object.hasOwn(values, knob.key) ? values[knob.key] : undefined;
    if (raw === undefined) {
      out[knob.key] = knob.default;
      continue;
    }
    const r = parseKnob(knob, raw);
    if (!r.ok)
      throw new SpecError('', 'bad-knob', {
        code: 'knob-value',
        label: knob.label,
        key: knob.key,
        why: r.why,
        got: String(raw),
      });
    out[knob.key] = r.value;
  }
  return out;
}

/** Throw a bad-knob error from inside a family builder (a combination the family cannot build). */
export function knobError(msg: EngineMessage): never {
  throw new SpecError('', 'bad-knob', msg);
}
