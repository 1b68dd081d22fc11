/** Number and shape formatting shared by the engine's arithmetic, the CLI and the views. */
import type { Shape } from './analysis';

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 34944 → "34,944". */
export function fmt(n: number): string {
  return grouping.format(n);
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
