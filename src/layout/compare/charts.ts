/**
 * Geometry of the comparison charts: per-stage stacked bars (one row per network, one shared
 * horizontal scale per metric) and cumulative curves along depth (all networks on one depth axis
 * and one value axis). Pure: values in, rectangles, paths and tick positions out.
 */
import { scaleLinear } from 'd3-scale';
import type { Stage } from './stages';

/** Width in px of a character of the 12 px chart font (generous, so labels never collide). */
export const CHAR_PX = 7;

export interface StageRowInput {
  key: string;
  name: string;
  stages: readonly Stage[];
}

export interface StageSegment {
  x: number;
  width: number;
  stage: Stage;
  value: number;
  /** Index of the stage in its network (colours alternate by it). */
  index: number;
  /** The stage name when it fits inside the segment. */
  label?: string;
}

export interface StageRow {
  key: string;
  name: string;
  y: number;
  total: number;
  segments: StageSegment[];
  /** Where the total's text starts (right of the bar). */
  totalX: number;
}

export interface Tick {
  x: number;
  value: number;
}

export interface StageBarsLayout {
  rows: StageRow[];
  ticks: Tick[];
  /** Left edge of the bars (network names sit left of it). */
  left: number;
  right: number;
  rowHeight: number;
  width: number;
  height: number;
}

export interface StageBarsOptions {
  width: number;
  rowHeight?: number;
  /** Space kept right of the longest bar for its total. */
  totalSpace?: number;
  /** The largest total any row may reach (a shared scale across several layouts), else their own. */
  max?: number;
}

/**
 * One stacked bar per network; all rows share the scale 0 … max total, so lengths compare across
 * networks. A stage name is written in its segment when it fits.
 */
export function layoutStageBars(
  rows: readonly StageRowInput[],
  valueOf: (s: Stage) => number,
  o: StageBarsOptions,
): StageBarsLayout {
  const rowHeight = o.rowHeight ?? 26;
  // Row names are set at 13 px semibold: about 8 px a character.
  const nameWidth = Math.max(...rows.map((r) => r.name.length * 8), 40) + 12;
  const left = Math.min(nameWidth, o.width * 0.3);
  const right = o.width - (o.totalSpace ?? 80);
  const totals = rows.map((r) => r.stages.reduce((s, st) => s + valueOf(st), 0));
  const max = o.max ?? Math.max(...totals, 1);
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([left, right]);
  const top = 4;
  const out: StageRow[] = rows.map((r, i) => {
    let acc = 0;
    const segments = r.stages.map((stage, index) => {
      const value = valueOf(stage);
      const x0 = x(acc);
      acc += value;
      const width = x(acc) - x0;
      const fits = width >= stage.label.length * CHAR_PX + 6;
      return { x: x0, width, stage, value, index, ...(fits ? { label: stage.label } : {}) };
    });
    return {
      key: r.key,
      name: r.name,
      y: top + i * (rowHeight + 8),
      total: totals[i],
      segments,
      totalX: x(totals[i]) + 6,
    };
  });
  const ticks = x.ticks(4).map((value) => ({ x: x(value), value }));
  return {
    rows: out,
    ticks,
    left,
    right,
    rowHeight,
    width: o.width,
    height: top + rows.length * (rowHeight + 8) + 18,
  };
}

export interface CurveInput {
  key: string;
  name: string;
  /** values[d] for depth d = 0 … depth. */
  values: readonly number[];
}

export interface CurveLine {
  key: string;
  name: string;
  /** SVG path of the step curve. */
  d: string;
  /** Dashed continuation from the network's last layer to the right edge (its total, reached). */
  tail: string;
  /** The curve's last point (the network's depth and total). */
  end: { x: number; y: number };
  /** Label position after nudging apart from the other labels. */
  labelY: number;
}

export interface CurvesLayout {
  lines: CurveLine[];
  xTicks: Tick[];
  yTicks: { y: number; value: number }[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Step curves of cumulative values against depth, all on one depth axis (0 … the deepest
 * network) and one value axis (0 … the largest total). Every curve continues, dashed, to the
 * right edge, where the labels stand in one column, nudged apart vertically.
 */
export function layoutCurves(
  curves: readonly CurveInput[],
  o: { width: number; height: number; labelSpace?: number },
): CurvesLayout {
  const left = 64;
  const right = o.width - (o.labelSpace ?? 110);
  const top = 10;
  const bottom = o.height - 28;
  const maxDepth = Math.max(...curves.map((c) => c.values.length - 1), 1);
  const maxValue = Math.max(...curves.map((c) => c.values[c.values.length - 1] ?? 0), 1);
  const x = scaleLinear().domain([0, maxDepth]).range([left, right]);
  const y = scaleLinear().domain([0, maxValue]).range([bottom, top]).nice();
  const lines: CurveLine[] = curves.map((c) => {
    let d = `M${x(0).toFixed(1)},${y(c.values[0] ?? 0).toFixed(1)}`;
    for (let i = 1; i < c.values.length; i++) {
      d += `H${x(i).toFixed(1)}V${y(c.values[i]).toFixed(1)}`;
    }
    const last = c.values.length - 1;
    const end = { x: x(last), y: y(c.values[last] ?? 0) };
    const tail = `M${end.x.toFixed(1)},${end.y.toFixed(1)}H${right.toFixed(1)}`;
    return { key: c.key, name: c.name, d, tail, end, labelY: end.y };
  });
  // Nudge end labels apart: sort by y, keep 14 px between neighbours.
  const order = [...lines].sort((a, b) => a.end.y - b.end.y);
  for (let i = 1; i < order.length; i++) {
    if (order[i].labelY - order[i - 1].labelY < 14) order[i].labelY = order[i - 1].labelY + 14;
  }
  return {
    lines,
    xTicks: x.ticks(6).map((value) => ({ x: x(value), value })),
    yTicks: y.ticks(4).map((value) => ({ y: y(value), value })),
    left,
    right,
    top,
    bottom,
    width: o.width,
    height: o.height,
  };
}
