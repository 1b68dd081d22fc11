/** Number and shape formatting shared by the engine's arithmetic, the CLI and the views. */
import type { Shape } from './analysis';

/**
 * 34944 → "34,944": rounded to an integer (halves away from zero), thousands grouped with commas,
 * as en-US Intl.NumberFormat with no fraction digits prints it. Written out because the engine
 * formats a few numbers per layer and Intl's first call alone (loading ICU data) cost ~15 ms of
 * a cold page load.
 */
export function fmt(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const digits = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) {
    out = i > 3 ? `,${digits.slice(i - 3, i)}${out}` : `${digits.slice(0, i)}${out}`;
  }
  return n < 0 && digits !== '0' ? `-${out}` : out;
}

/** [96, 55, 55] → "96×55×55"; [4096] → "4096". */
export function shapeText(s: Shape): string {
  return s.join('×');
}

/** 15470264320 → "15.47 G"; keeps three significant figures at most. */
export function compact(n: number): string {
  const abs = Math.abs(n);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, unit] of units) {
    if (abs >= size) {
      const v = n / size;
      const digits = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 10 ? 2 : 3;
      return `${Number(v.toFixed(digits))} ${unit}`;
    }
  }
  return String(n);
}
