/**
 * Direct labels on the largest bars of a row: where each goes so that none overlaps another, the
 * row title, or floats so far above its bar that it reads as another bar's.
 */
import type { BarColumn } from './columns';
import type { BarRect } from './chart';
import { CHAR_W, type Metric } from './metric';
import { valueText } from './scales';

export interface BarLabel {
  i: number;
  x: number;
  /** Text baseline. */
  y: number;
  width: number;
  name: string;
  value: string;
}

/** Line height in px of chart text (11 px font). */
export const LINE = 13;
/** Largest distance from a label's baseline up from its bar's top (about two lines). */
/** Gap in px between a bar's top and its label's baseline. */
const LABEL_GAP = 4;
const MAX_LIFT = LABEL_GAP + 2 * LINE + 2;
/** Lift levels tried: on the bar, then up to two lines higher. */
const LIFT_LEVELS = 3;

/** A rectangle in px: x0 < x1, y0 < y1. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (p: Box, q: Box) => p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;

/**
 * Direct labels on the largest bars, largest first: over the bar, raised above every bar the
 * text spans, and lifted a line at a time (up to two) when it would overlap an earlier label or
 * the row title; a label that still collides, or would float more than two lines above its own
 * bar, is left out (the largest bar's label always fits: nothing is taller).
 */
export function placeLabels(
  metric: Metric,
  columns: readonly BarColumn[],
  values: readonly number[],
  bars: readonly BarRect[],
  x0: readonly number[],
  x1: readonly number[],
  o: { rowTop: number; left: number; right: number; title: Box; count: number },
): BarLabel[] {
  const order = values
    .map((v, i) => [v, i] as const)
    .filter(([v]) => v > 0)
    .sort((p, q) => q[0] - p[0] || p[1] - q[1])
    .slice(0, o.count);
  const placed: Box[] = [o.title];
  const labels: BarLabel[] = [];
  for (const [v, i] of order) {
    const name = columns[i].name;
    const value = valueText(metric, v);
    const w = (name.length + 1 + value.length) * CHAR_W;
    const cx = (x0[i] + x1[i]) / 2;
    const clampX = (x: number) => Math.min(Math.max(x, o.left), o.right - w);
    // Centred over the bar, or starting at its left edge, or ending at its right edge: whichever
    // sits lowest, so a label is not pushed up by a tall neighbour it need not cover.
    let best: { x: number; base: number; box: Box } | null = null;
    for (const lx of [clampX(cx - w / 2), clampX(x0[i]), clampX(x1[i] - w)]) {
      let minTop = bars[i].y;
      for (let j = 0; j < columns.length; j++) {
        if (x1[j] > lx && x0[j] < lx + w) minTop = Math.min(minTop, bars[j].y);
      }
      for (let level = 0; level < LIFT_LEVELS; level++) {
        const base = minTop - LABEL_GAP - level * LINE;
        const box = { x0: lx - 2, x1: lx + w + 2, y0: base - 10, y1: base + 2 };
        if (box.y0 < o.rowTop) break;
        if (placed.some((p) => overlaps(p, box))) continue;
        if (!best || base > best.base) best = { x: lx, base, box };
        break;
      }
    }
    // A label floating far above its bar would read as another bar's: leave it out.
    if (!best || bars[i].y - best.base > MAX_LIFT) continue;
    placed.push(best.box);
    labels.push({ i, x: best.x, y: best.base, width: w, name, value });
  }
  return labels;
}
