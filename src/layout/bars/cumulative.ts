/** The cumulative curves: each metric's running share of its total, on the bar chart's x axis. */
import { scaleLinear } from 'd3-scale';
import type { BarsLayout } from './chart';
import type { BarColumn } from './columns';
import { METRICS, type Metric } from './metric';
import type { Tick } from './scales';

/** Default height in px of the cumulative plot, and its top and bottom padding. */
const HEIGHT = 170;
const PAD_TOP = 10;
const PAD_BOTTOM = 20;

/**
 * Cumulative share (0–1) of each metric after each column, in execution order. The last value
 * is exactly 1 for every metric with a non-zero total (0 throughout otherwise).
 */
export function cumulativeShares(columns: readonly BarColumn[]): Record<Metric, number[]> {
  const out = { memory: [], params: [], compute: [] } as Record<Metric, number[]>;
  for (const metric of METRICS) {
    let run = 0;
    const sums = columns.map((col) => (run += col.values[metric]));
    out[metric] = sums.map((s) => (run > 0 ? s / run : 0));
  }
  return out;
}

export interface CumulativeLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  shares: Record<Metric, number[]>;
  /** Polyline points per metric: (left edge, 0) then (right edge of column i, share after i). */
  points: Record<Metric, [number, number][]>;
  ticks: Tick[];
  /** Vertical position of a share (0–1). */
  yOf(share: number): number;
}

/** Cumulative curves on the bar chart's x positions, one 0–100 % axis. */
export function layoutCumulative(bars: BarsLayout, height = HEIGHT): CumulativeLayout {
  const top = PAD_TOP;
  const bottom = height - PAD_BOTTOM;
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const shares = cumulativeShares(bars.columns);
  const points = {} as Record<Metric, [number, number][]>;
  for (const metric of METRICS) {
    const pts: [number, number][] = [[bars.left, y(0)]];
    shares[metric].forEach((s, i) => pts.push([bars.x1[i], y(s)]));
    points[metric] = pts;
  }
  return {
    width: bars.width,
    height,
    left: bars.left,
    right: bars.right,
    top,
    bottom,
    shares,
    points,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, y: y(v), text: `${v * 100} %` })),
    yOf: (s) => y(s),
  };
}
