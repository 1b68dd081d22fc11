/**
 * The y scales of the chart rows and their ticks: linear or logarithmic, memory on binary units.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { ticks as linearTicks } from 'd3-array';
import { bytesText } from '../../engine/conventions';
import { compact } from '../../engine/format';
import type { ChartScale } from './chart-scale';
import type { Metric } from './metric';

export { CHART_SCALES, type ChartScale } from './chart-scale';

export interface Tick {
  value: number;
  y: number;
  text: string;
}

export interface RowScale {
  /** Value → y (pixels); zero maps to the baseline on both scales. */
  y(v: number): number;
  ticks: Tick[];
  domain: [number, number];
}

function stripZero(s: string): string {
  return s.replace('.0 ', ' ');
}

/** Axis text of a value in a row: bytes in binary units for memory, compact counts otherwise. */
export function valueText(metric: Metric, v: number): string {
  if (v === 0) return '0';
  return metric === 'memory' ? stripZero(bytesText(v)) : compact(v);
}

/**
 * A row's y scale between `bottom` (baseline) and `top`. Linear: from 0, nice ticks (memory ticks
 * on binary units so they read "4 MiB", not "3.81 MiB"). Log: from a power below the smallest
 * non-zero value, so every non-zero bar has height; zeros sit on the baseline (height 0). Log
 * ticks are powers of 10 (powers of 32 bytes for memory: 1 KiB, 32 KiB, 1 MiB …), at most five.
 */
export function rowScale(
  metric: Metric,
  values: readonly number[],
  scale: ChartScale,
  bottom: number,
  top: number,
): RowScale {
  const maxV = values.reduce((m, v) => Math.max(m, v), 0);
  if (scale === 'linear') {
    const unit = metric === 'memory' ? binaryUnit(maxV) : 1;
    const s0 = scaleLinear()
      .domain([0, maxV > 0 ? maxV / unit : 1])
      .nice(3);
    const hi = s0.domain()[1] * unit;
    const s = scaleLinear().domain([0, hi]).range([bottom, top]);
    const ticks = linearTicks(0, hi / unit, 3).map((t) => t * unit);
    return {
      y: (v) => s(v),
      ticks: ticks.map((t) => ({ value: t, y: s(t), text: valueText(metric, t) })),
      domain: [0, hi],
    };
  }
  const base = metric === 'memory' ? 32 : 10;
  const positive = values.filter((v) => v > 0);
  const minPos = positive.length ? Math.min(...positive) : 1;
  const logb = (v: number) => Math.log(v) / Math.log(base);
  // Exponents are rounded to absorb float error (log10(1000) = 2.9999999999999996).
  const e0 = Math.ceil(round6(logb(minPos))) - 1;
  const e1 = Math.max(Math.ceil(round6(logb(Math.max(maxV, 1)))), e0 + 1);
  const lo = base ** e0;
  const hi = Math.max(maxV, base ** (e0 + 1));
  const s = scaleLog().domain([lo, hi]).range([bottom, top]).clamp(true);
  const exps: number[] = [];
  for (let e = e0; e <= e1; e++) if (base ** e <= hi * (1 + 1e-9)) exps.push(e);
  const step = Math.ceil(exps.length / 5);
  const kept = exps.filter((e) => (e - exps[exps.length - 1]) % step === 0);
  return {
    y: (v) => (v > 0 ? s(Math.max(v, lo)) : bottom),
    ticks: kept.map((e) => {
      const v = base ** e;
      return { value: v, y: s(v), text: valueText(metric, v) };
    }),
    domain: [lo, hi],
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function binaryUnit(maxV: number): number {
  let u = 1;
  while (maxV / u >= 1024) u *= 1024;
  return u;
}
