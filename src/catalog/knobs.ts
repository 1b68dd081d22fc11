/** Knob values: fill defaults, coerce URL strings, and reject what a family cannot build. */
import { SpecError } from '../engine/errors';
import type { Family, Knob, KnobValue, KnobValues } from './types';

function coerce(knob: Knob, raw: KnobValue): KnobValue {
  const bad = (why: string): never => {
    throw new SpecError('', 'bad-knob', `${knob.label} (${knob.key}) ${why}, got "${String(raw)}"`);
  };
  switch (knob.kind) {
    case 'int':
    case 'number': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw)
            : NaN;
      if (!Number.isFinite(n)) bad('must be a number');
      if (knob.kind === 'int' && !Number.isInteger(n)) bad('must be a whole number');
      if (knob.min !== undefined && n < knob.min) bad(`must be at least ${knob.min}`);
      if (knob.max !== undefined && n > knob.max) bad(`must be at most ${knob.max}`);
      return n;
    }
    case 'bool': {
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === '1') return true;
      if (raw === 'false' || raw === '0') return false;
      return bad('must be true or false');
    }
    case 'choice': {
      const hit = knob.choices?.find((c) => c.value === raw || String(c.value) === String(raw));
      if (!hit)
        bad(`must be one of ${(knob.choices ?? []).map((c) => String(c.value)).join(', ')}`);
      return hit!.value;
    }
  }
}

/** Complete knob values for a family: defaults, then `values` (strings from a URL are coerced). */
export function resolveKnobs(
  family: Family,
  values: Record<string, KnobValue | undefined> = {},
): KnobValues {
  const out: KnobValues = {};
  for (const knob of family.knobs) {
    const raw = values[knob.key];
    out[knob.key] = raw === undefined ? knob.default : coerce(knob, raw);
  }
  for (const key of Object.keys(values)) {
    if (values[key] !== undefined && !family.knobs.some((k) => k.key === key)) {
      throw new SpecError(
        '',
        'bad-knob',
        `${family.name} has no knob "${key}"; its knobs are ${family.knobs.map((k) => k.key).join(', ')}`,
      );
    }
  }
  return out;
}

/** Throw a bad-knob error from inside a family builder. */
export function knobError(message: string): never {
  throw new SpecError('', 'bad-knob', message);
}

export const num = (v: KnobValues, key: string): number => v[key] as number;
export const str = (v: KnobValues, key: string): string => String(v[key]);
export const bool = (v: KnobValues, key: string): boolean => v[key] as boolean;
