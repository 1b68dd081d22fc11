/**
 * Geometry of the landscape's three charts: accuracy against compute (log x, bubble area ∝
 * parameters), the ILSVRC winners' top-5 error by year, and measured time per image against
 * batch size (log–log). Pure: figures in, positions, radii, paths and ticks out.
 */
import { scaleLinear, scaleLog, scaleSqrt, scaleBand } from 'd3-scale';

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function frame(width: number, height: number, m: { l: number; r: number; t: number; b: number }) {
  return { width, height, left: m.l, right: width - m.r, top: m.t, bottom: height - m.b };
}

/** Ticks at 1, 2, 5 × 10^k inside [lo, hi] (log axes). */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out;
}

/** Nudge labels (sorted by y) at least `gap` px apart, keeping their order. */
function spread<T extends { labelY: number }>(items: T[], gap: number): void {
  const sorted = [...items].sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].labelY - sorted[i - 1].labelY < gap)
      sorted[i].labelY = sorted[i - 1].labelY + gap;
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Accuracy against compute

export interface AccuracyPoint {
  id: string;
  name: string;
  macs: number;
  params: number;
  top1: number;
}

export interface Bubble extends AccuracyPoint {
  cx: number;
  cy: number;
  r: number;
  /** Label position and anchor, placed clear of the other labels. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
  /** True when the label sits away from its bubble and a leader line joins them. */
  leader: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const LABEL_H = 13;

/**
 * Greedy label placement: smallest bubbles first, each label takes the first of a list of
 * candidate spots (right, left, above, below, then further out) whose box is inside the frame
 * and clear of the labels already placed and of the other bubbles' centres.
 */
function placeLabels(bubbles: Bubble[], f: Frame): void {
  const placed: Box[] = [];
  const hits = (b: Box) =>
    placed.some((p) => b.x0 < p.x1 && b.x1 > p.x0 && b.y0 < p.y1 && b.y1 > p.y0) ||
    bubbles.some((o) => o.cx > b.x0 && o.cx < b.x1 && o.cy > b.y0 && o.cy < b.y1);
  for (const bub of [...bubbles].sort((a, b) => a.r - b.r)) {
    const w = bub.name.length * 6.6;
    const cands: { x: number; y: number; anchor: Bubble['anchor']; leader: boolean }[] = [];
    for (const dy of [0, 14, -14, 28, -28, 42, -42]) {
      const far = dy !== 0;
      cands.push({ x: bub.cx + bub.r + 3, y: bub.cy + dy, anchor: 'start', leader: far });
      cands.push({ x: bub.cx - bub.r - 3, y: bub.cy + dy, anchor: 'end', leader: far });
    }
    cands.splice(2, 0, { x: bub.cx, y: bub.cy - bub.r - 8, anchor: 'middle', leader: false });
    cands.splice(3, 0, { x: bub.cx, y: bub.cy + bub.r + 9, anchor: 'middle', leader: false });
    const boxOf = (c: (typeof cands)[number]): Box => {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      return { x0, y0: c.y - LABEL_H / 2, x1: x0 + w, y1: c.y + LABEL_H / 2 };
    };
    const inside = (b: Box) =>
      b.x0 >= f.left && b.x1 <= f.right && b.y0 >= f.top && b.y1 <= f.bottom;
    // When no spot is free inside the frame, a spot within the chart's width (above or below
    // the frame, or overlapping) still beats one past its right edge, which a narrow window cuts off.
    const across = (b: Box) => b.x0 >= 0 && b.x1 <= f.width;
    const pick =
      cands.find((c) => inside(boxOf(c)) && !hits(boxOf(c))) ??
      cands.find((c) => across(boxOf(c)) && !hits(boxOf(c))) ??
      cands.find((c) => across(boxOf(c))) ??
      cands[0];
    placed.push(boxOf(pick));
    bub.labelX = pick.x;
    bub.labelY = pick.y;
    bub.anchor = pick.anchor;
    bub.leader = pick.leader;
  }
}

export interface AccuracyLayout extends Frame {
  bubbles: Bubble[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  /** Legend bubbles: parameter counts and their radii. */
  legend: { params: number; r: number }[];
}

export function layoutAccuracy(
  points: readonly AccuracyPoint[],
  o: { width: number; height: number },
): AccuracyLayout {
  const f = frame(o.width, o.height, { l: 56, r: 20, t: 30, b: 40 });
  const macs = points.map((p) => p.macs);
  const acc = points.map((p) => p.top1);
  const x = scaleLog()
    .domain([Math.min(...macs) / 1.6, Math.max(...macs) * 1.6])
    .range([f.left, f.right]);
  const y = scaleLinear()
    .domain([Math.floor(Math.min(...acc) - 2), Math.ceil(Math.max(...acc) + 2)])
    .range([f.bottom, f.top]);
  // Area ∝ parameters: radius ∝ √params; 140 M parameters (VGG-16's) ≈ 30 px.
  const r = scaleSqrt().domain([0, 140e6]).range([0, 30]);
  const bubbles: Bubble[] = points
    .map((p) => ({
      ...p,
      cx: x(p.macs),
      cy: y(p.top1),
      r: Math.max(3, r(p.params)),
      labelX: 0,
      labelY: 0,
      anchor: 'start' as const,
      leader: false,
    }))
    // Big bubbles first, so small ones draw on top.
    .sort((a, b) => b.r - a.r);
  placeLabels(bubbles, f);
  const [lo, hi] = x.domain();
  return {
    ...f,
    bubbles,
    xTicks: logTicks(lo, hi).map((value) => ({ x: x(value), value })),
    yTicks: y.ticks(6).map((value) => ({ y: y(value), value })),
    legend: [5e6, 25e6, 100e6].map((params) => ({ params, r: r(params) })),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. ILSVRC winners by year

export interface WinnerInput {
  key: string;
  year: number;
  entry: string;
  top5Error: number;
  /** Engine depth of the entry's network, or a word (`shallow`, `ensemble`). */
  depthText: string;
  place: 1 | 2;
  href?: string;
}

export interface WinnerBar extends WinnerInput {
  /** 0 for a year's first bar, 1 for its second: its labels sit one step lower. */
  line: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WinnersLayout extends Frame {
  bars: WinnerBar[];
  yTicks: { y: number; value: number }[];
  years: { x: number; year: number }[];
  /** y of the human reference line. */
  humanY: number;
}

export function layoutWinners(
  winners: readonly WinnerInput[],
  human: number,
  o: { width: number; height: number },
): WinnersLayout {
  const f = frame(o.width, o.height, { l: 48, r: 16, t: 34, b: 84 });
  const years = [...new Set(winners.map((w) => w.year))].sort((a, b) => a - b);
  const band = scaleBand<number>().domain(years).range([f.left, f.right]).padding(0.18);
  const maxErr = Math.max(...winners.map((w) => w.top5Error), human);
  const y = scaleLinear()
    .domain([0, Math.ceil(maxErr / 5) * 5])
    .range([f.bottom, f.top]);
  const bars = winners.map((w) => {
    const same = winners.filter((v) => v.year === w.year).sort((a, b) => a.place - b.place);
    const k = same.indexOf(w);
    const width = band.bandwidth() / same.length;
    const x = band(w.year)! + k * width;
    return {
      ...w,
      x,
      y: y(w.top5Error),
      width: width - 2,
      height: f.bottom - y(w.top5Error),
      /** Second bars of a year write their entry and depth one step lower. */
      line: k,
    };
  });
  return {
    ...f,
    bars,
    yTicks: y.ticks(6).map((value) => ({ y: y(value), value })),
    years: years.map((year) => ({ x: band(year)! + band.bandwidth() / 2, year })),
    humanY: y(human),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Time per image against batch size

export interface TimingSeries {
  id: string;
  name: string;
  /** [batch, ms per image] pairs, batch ascending. */
  points: readonly [number, number][];
}

export interface TimingLine extends TimingSeries {
  d: string;
  dots: { cx: number; cy: number; batch: number; ms: number }[];
  labelX: number;
  labelY: number;
}

export interface TimingLayout extends Frame {
  lines: TimingLine[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
}

export function layoutTiming(
  series: readonly TimingSeries[],
  o: { width: number; height: number; labelSpace: number },
): TimingLayout {
  const f = frame(o.width, o.height, { l: 56, r: o.labelSpace, t: 30, b: 40 });
  const all = series.flatMap((s) => s.points);
  const batches = all.map((p) => p[0]);
  const ms = all.map((p) => p[1]);
  const x = scaleLog()
    .domain([Math.min(...batches, 1), Math.max(...batches, 2)])
    .range([f.left, f.right]);
  const lo = Math.min(...ms, 1);
  const hi = Math.max(...ms, 1);
  const y = scaleLog()
    .domain([lo / 1.3, hi * 1.3])
    .range([f.bottom, f.top]);
  const lines = series.map((s) => {
    const dots = s.points.map(([batch, v]) => ({ cx: x(batch), cy: y(v), batch, ms: v }));
    const d = dots.map((p, i) => `${i ? 'L' : 'M'}${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join('');
    const last = dots[dots.length - 1];
    return { ...s, d, dots, labelX: f.right + 6, labelY: last?.cy ?? f.bottom };
  });
  spread(lines, 13);
  const [ylo, yhi] = y.domain();
  return {
    ...f,
    lines,
    xTicks: [...new Set(batches)].sort((a, b) => a - b).map((value) => ({ x: x(value), value })),
    yTicks: logTicks(ylo, yhi).map((value) => ({ y: y(value), value })),
  };
}
