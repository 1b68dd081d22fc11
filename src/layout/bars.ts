/**
 * Geometry of the per-layer charts: which layers become bar columns (in-place layers folded into
 * the layer whose output they overwrite, many layers aggregated per module or per pixel column),
 * the y scales of the three rows (activation memory, parameters, compute), their ticks, the
 * labels of the largest bars, the module strip under the shared x axis, and the cumulative curves.
 * Pure: numbers in, numbers out; the renderers in src/charts draw what this returns.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { ticks as linearTicks } from 'd3-array';
import type { Analysis, LayerResult, ModuleResult } from '../engine/analysis';
import { activationBytes, bytesText, computeFigure, type Conventions } from '../engine/conventions';
import { compact } from '../engine/format';

/**
 * The three rows: `memory` = bytes of the values a column stores (in-place rule) at the chosen
 * precision and batch; `params` = learnable parameters (a count); `compute` = MACs or FLOPs
 * (per the conventions) of the whole batch.
 */
export type Metric = 'memory' | 'params' | 'compute';
export const METRICS: readonly Metric[] = ['memory', 'params', 'compute'];
export type ChartScale = 'linear' | 'log';

/** Colour family of a column (one accent per op family). */
export type OpFamily = 'input' | 'conv' | 'pool' | 'norm' | 'fc' | 'merge' | 'act' | 'module';

const FAMILY: Record<string, OpFamily> = {
  input: 'input',
  conv: 'conv',
  pool: 'pool',
  zeropad: 'pool',
  bn: 'norm',
  lrn: 'norm',
  fc: 'fc',
  concat: 'merge',
  add: 'merge',
  mean: 'merge',
  scale: 'merge',
  relu: 'act',
  tanh: 'act',
  sigmoid: 'act',
  softmax: 'act',
  dropout: 'act',
  flatten: 'act',
  identity: 'act',
};

/** One x position: the leaves layers[start..end) of the analysis, in execution order. */
export interface BarColumn {
  /** Unique key: head leaf path, module path, or `bin:<start>`. */
  key: string;
  /** What a click selects: the head leaf's path or the module's path. */
  path: string;
  /** Unique short name for labels: `fc6`, `layer3/block2/conv2`, a module, or `first…last`. */
  name: string;
  /** The head leaf's or module's own name, for the x axis (the module strip gives the context). */
  short: string;
  start: number;
  end: number;
  family: OpFamily;
  values: Record<Metric, number>;
  /** Values stored for one image under the in-place rule (input and non-in-place outputs). */
  storedValues: number;
  /** The column stores nothing new (a run of in-place layers such as BN + ReLU). */
  inPlaceOnly: boolean;
  trainingOnly: boolean;
  /** Paths of every leaf in the column (head first). */
  layers: string[];
}

/**
 * How columns relate to leaves. `none`: one column per leaf, in-place layers folded into the
 * preceding column. `module`: one column per module at `depth`. `bins`: `perBin` consecutive
 * leaf columns per bar.
 */
export interface Aggregation {
  mode: 'none' | 'module' | 'bins';
  /** Leaf columns before aggregation (in-place layers already folded). */
  units: number;
  /** Leaves of the analysis, input included. */
  layers: number;
  bars: number;
  /** Module depth of one aggregated bar (module mode) or of one binned item (bins mode). */
  depth?: number;
  /** Most common module kind at that depth, e.g. `dense-layer`, `residual`. */
  kind?: string;
  /** Leaf columns, or modules at `depth`, per bar in bins mode. */
  perBin?: number;
}

/** A layer that is in place and has nothing to draw in any row (ReLU, dropout, flatten, a no-op pool). */
function weightless(l: LayerResult): boolean {
  return l.inPlace && l.params === 0 && l.macs === 0;
}

/** What the charts look up about an analysis whatever the width or conventions. */
interface Lookup {
  mods: Map<string, ModuleResult>;
  maxDepth: number;
  layerNames: string[];
  moduleNames: Map<string, string>;
}

// Analyses are immutable results: their lookups are computed once (ResNet-1202 has 4,211 leaves).
const lookups = new WeakMap<Analysis, Lookup>();

function lookup(a: Analysis): Lookup {
  let l = lookups.get(a);
  if (!l) {
    const moduleNames = shortNames(a.modules.map((m) => m.path));
    l = {
      mods: new Map(a.modules.map((m) => [m.path, m])),
      maxDepth: a.modules.reduce((d, m) => Math.max(d, m.depth), 0),
      layerNames: shortNames(a.layers.map((x) => x.path)),
      moduleNames: new Map(a.modules.map((m, i) => [m.path, moduleNames[i]])),
    };
    lookups.set(a, l);
  }
  return l;
}

/**
 * Short, unique names for paths, for labels: the leaf's own name when no other path ends the same
 * way, else the last two segments, else the numbered segments (`layer3`, `block2`, `denselayer6`)
 * before the leaf name, so `layer3/block2/body/residual/conv2` reads `layer3/block2/conv2`; the
 * last three segments when even that repeats.
 */
export function shortNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split('/'));
  const schemes: ((seg: string[]) => string)[] = [
    (seg) => seg.slice(-1).join('/'),
    (seg) => seg.slice(-2).join('/'),
    (seg) => numbered(seg).slice(-2).join('/'),
    (seg) => numbered(seg).slice(-3).join('/'),
    (seg) => seg.slice(-3).join('/'),
  ];
  const out = parts.map((seg) => seg.join('/'));
  let pending = parts.map((_, i) => i);
  for (const scheme of schemes) {
    if (pending.length === 0) break;
    const names = parts.map(scheme);
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    pending = pending.filter((i) => {
      if (counts.get(names[i]) === 1) {
        out[i] = names[i];
        return false;
      }
      return true;
    });
  }
  for (const i of pending) out[i] = parts[i].slice(-3).join('/');
  return out;
}

/** The segments that carry a number, then the leaf name. */
function numbered(seg: string[]): string[] {
  return [...seg.slice(0, -1).filter((x) => /\d/.test(x)), seg[seg.length - 1]];
}

function leafColumn(
  a: Analysis,
  c: Conventions,
  names: readonly string[],
  start: number,
  end: number,
): BarColumn {
  const head = a.layers[start];
  let stored = 0;
  let params = 0;
  let macs = 0;
  let trainingOnly = true;
  const layers: string[] = [];
  for (let i = start; i < end; i++) {
    const l = a.layers[i];
    if (!l.inPlace) stored += l.activations;
    params += l.params;
    macs += l.macs;
    trainingOnly = trainingOnly && l.trainingOnly;
    layers.push(l.path);
  }
  return {
    key: head.path,
    path: head.path,
    name: names[start],
    short: head.name,
    start,
    end,
    family: FAMILY[head.op] ?? 'module',
    values: {
      memory: activationBytes(stored, c),
      params,
      compute: computeFigure(macs, c),
    },
    storedValues: stored,
    inPlaceOnly: head.inPlace,
    trainingOnly,
    layers,
  };
}

/**
 * One column per leaf, in execution order. An in-place layer overwrites the output of the layer
 * before it, so it joins that layer's column: weightless ones (ReLU, dropout, flatten) always,
 * BN only inside the same module (a pre-activation BN opening a block gets a column of its own,
 * drawn faint in the memory row).
 */
export function leafColumns(a: Analysis, c: Conventions): BarColumn[] {
  const cols: BarColumn[] = [];
  const names = lookup(a).layerNames;
  let start = 0;
  for (let i = 1; i <= a.layers.length; i++) {
    const l = a.layers[i];
    const joins =
      l !== undefined &&
      l.inPlace &&
      (weightless(l) || l.parent === a.layers[start].parent) &&
      a.layers[i - 1].trainingOnly === l.trainingOnly;
    if (!joins) {
      cols.push(leafColumn(a, c, names, start, i));
      start = i;
    }
  }
  return cols;
}

function merge(group: BarColumn[], key: string, path: string, name: string): BarColumn {
  const first = group[0];
  const last = group[group.length - 1];
  const values = { memory: 0, params: 0, compute: 0 };
  let stored = 0;
  const layers: string[] = [];
  let hasConv = false;
  for (const g of group) {
    values.memory += g.values.memory;
    values.params += g.values.params;
    values.compute += g.values.compute;
    stored += g.storedValues;
    layers.push(...g.layers);
    hasConv = hasConv || g.family === 'conv';
  }
  if (group.length === 1) return first;
  return {
    key,
    path,
    name,
    short: name.split('/').pop()!,
    start: first.start,
    end: last.end,
    family: hasConv ? 'conv' : first.family,
    values,
    storedValues: stored,
    inPlaceOnly: group.every((g) => g.inPlaceOnly),
    trainingOnly: group.every((g) => g.trainingOnly),
    layers,
  };
}

/** The ancestor of a leaf at module depth `depth` (or the leaf's own module when shallower). */
function ancestorAt(mods: Map<string, ModuleResult>, parent: string, depth: number): ModuleResult {
  let m = mods.get(parent)!;
  while (m.depth > depth && m.parent !== null) m = mods.get(m.parent)!;
  return m;
}

/** Group leaf columns by their module at `depth`; columns directly in shallower modules stay alone. */
function groupByModule(a: Analysis, units: BarColumn[], depth: number): BarColumn[] {
  const { mods, moduleNames: names } = lookup(a);
  const out: BarColumn[] = [];
  let group: BarColumn[] = [];
  let groupKey = '';
  const flush = () => {
    if (group.length === 0) return;
    const m = mods.get(groupKey);
    out.push(
      m && m.depth === depth
        ? merge(group, m.path, m.path, names.get(m.path)!)
        : merge(group, group[0].key, group[0].path, group[0].name),
    );
    group = [];
  };
  for (const u of units) {
    const anc = ancestorAt(mods, a.layers[u.start].parent, depth);
    const key = anc.depth === depth ? anc.path : `leaf:${u.key}`;
    if (key !== groupKey || key.startsWith('leaf:')) flush();
    groupKey = key;
    group.push(u);
  }
  flush();
  return out;
}

/**
 * Columns for a plot that can show at most `maxBars` bars. When the leaf columns do not fit,
 * aggregate per module: of the module levels that fit and keep at least a quarter of the
 * available bars, the coarsest (one bar per dense layer rather than per branch of it). When no
 * level does, bin the coarsest level that does not fit into equal runs of consecutive modules.
 */
export function barColumns(
  a: Analysis,
  c: Conventions,
  maxBars = Infinity,
): { columns: BarColumn[]; aggregation: Aggregation } {
  const units = leafColumns(a, c);
  const base = { units: units.length, layers: a.layers.length };
  if (units.length <= maxBars) {
    return { columns: units, aggregation: { mode: 'none', ...base, bars: units.length } };
  }
  const { maxDepth } = lookup(a);
  let fitting: { cols: BarColumn[]; depth: number } | null = null;
  let tooMany: { cols: BarColumn[]; depth: number | undefined } = { cols: units, depth: undefined };
  for (let d = maxDepth; d >= 1; d--) {
    const grouped = groupByModule(a, units, d);
    if (grouped.length > maxBars) tooMany = { cols: grouped, depth: d };
    else if (grouped.length >= maxBars / 4) fitting = { cols: grouped, depth: d };
  }
  if (fitting) {
    return {
      columns: fitting.cols,
      aggregation: {
        mode: 'module',
        ...base,
        bars: fitting.cols.length,
        depth: fitting.depth,
        kind: levelKind(a, fitting.depth),
      },
    };
  }
  const src = tooMany.cols;
  const perBin = Math.ceil(src.length / Math.max(1, maxBars));
  const columns: BarColumn[] = [];
  for (let i = 0; i < src.length; i += perBin) {
    const g = src.slice(i, i + perBin);
    const first = g[0];
    const last = g[g.length - 1];
    columns.push(merge(g, `bin:${first.start}`, first.path, `${first.name}…${last.name}`));
  }
  return {
    columns,
    aggregation: {
      mode: 'bins',
      ...base,
      bars: columns.length,
      perBin,
      depth: tooMany.depth,
      kind: tooMany.depth === undefined ? undefined : levelKind(a, tooMany.depth),
    },
  };
}

/** The most common module kind at a depth (what one aggregated bar stands for). */
function levelKind(a: Analysis, depth: number): string {
  const counts = new Map<string, number>();
  for (const m of a.modules) {
    if (m.depth === depth && m.end > m.start) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Index of the column holding layer `layerIndex` (columns are contiguous and ordered). */
export function columnOfLayer(columns: readonly BarColumn[], layerIndex: number): number {
  let lo = 0;
  let hi = columns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layerIndex < columns[mid].start) hi = mid - 1;
    else if (layerIndex >= columns[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Columns [from, to) covering a selected path: the column of a leaf, or every column overlapping
 * a module's leaves. Null when the path is unknown or empty.
 */
export function columnRange(
  a: Analysis,
  columns: readonly BarColumn[],
  path: string | null,
): [number, number] | null {
  if (path === null) return null;
  const exact = columns.findIndex((col) => col.path === path);
  const m = a.modules.find((x) => x.path === path);
  if (m && m.parent !== null) {
    if (m.end <= m.start) return null;
    const i0 = columnOfLayer(columns, m.start);
    const i1 = columnOfLayer(columns, m.end - 1);
    return i0 < 0 || i1 < 0 ? null : [i0, i1 + 1];
  }
  if (exact >= 0) return [exact, exact + 1];
  const li = a.layers.findIndex((l) => l.path === path);
  if (li < 0) return null;
  const ci = columnOfLayer(columns, li);
  return ci < 0 ? null : [ci, ci + 1];
}

// ─── y scales and ticks ──────────────────────────────────────────────────────────────────

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

// ─── the whole bar chart ─────────────────────────────────────────────────────────────────

export interface BarsOptions {
  /** Width of the svg in pixels. */
  width: number;
  scale: ChartScale;
  /** Height of each row's plot area (bars only). */
  rowHeight?: number;
  /**
   * Estimated pixel width of a row's title (drawn at the row's top-left; labels avoid it). A
   * function, because a title may quote the row's total and largest bar.
   */
  titleWidth?: (row: RowSummary) => number;
  /** Largest bars labelled per row. */
  labelsPerRow?: number;
}

/** A row's total and its largest column (index) with that column's share of the total (0–1). */
export interface RowSummary {
  metric: Metric;
  total: number;
  argmax: number;
  /** Name of the largest column. */
  name: string;
  maxShare: number;
}

export interface BarRect {
  /** Column index. */
  i: number;
  y: number;
  h: number;
  /** Nothing new stored (memory row of an in-place column): drawn as a faint stub. */
  faint: boolean;
}

export interface BarLabel {
  i: number;
  x: number;
  /** Text baseline. */
  y: number;
  width: number;
  name: string;
  value: string;
}

export interface RowLayout {
  metric: Metric;
  /** Row box top (title line) and the plot's top and baseline. */
  top: number;
  plotTop: number;
  baseline: number;
  total: number;
  /** Column with the largest value and its share of the row total (0–1). */
  argmax: number;
  maxShare: number;
  bars: BarRect[];
  ticks: Tick[];
  labels: BarLabel[];
}

export interface ModuleSegment {
  path: string;
  name: string;
  x0: number;
  x1: number;
  /** The name fits inside the segment. */
  showName: boolean;
}

export interface AxisName {
  i: number;
  x: number;
  text: string;
}

export interface BarsLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  columns: BarColumn[];
  aggregation: Aggregation;
  /** Left and right edge of each column's band (bars are inset by the padding). */
  x0: number[];
  x1: number[];
  barInset: number;
  rows: RowLayout[];
  /** y of the module strip and the rotated leaf names below the rows. */
  stripY: number;
  segments: ModuleSegment[];
  names: AxisName[];
  namesY: number;
  /** Rotation of the leaf names in degrees (drawn reading upwards, ending under the column). */
  namesAngle: number;
}

/** Pixel width of `n` characters of 11 px system UI text (an estimate; no DOM here). */
export const CHAR_W = 6.4;
const LINE = 13;
const ROW_PAD_TOP = 46;
const ROW_GAP = 10;
const MARGIN_LEFT = 70;
const MARGIN_RIGHT = 14;
/** Narrowest band a column may have before columns are aggregated. */
export const MIN_BAND = 2;
const NAME_MAX = 14;
/** Largest distance from a label's baseline up from its bar's top (about two lines). */
const MAX_LIFT = 4 + 2 * LINE + 2;

export function layoutBars(a: Analysis, c: Conventions, o: BarsOptions): BarsLayout {
  const width = Math.max(o.width, 240);
  const left = MARGIN_LEFT;
  const right = width - MARGIN_RIGHT;
  const plotW = right - left;
  const { columns, aggregation } = barColumns(a, c, Math.floor(plotW / MIN_BAND));
  const n = Math.max(columns.length, 1);
  const band = plotW / n;
  const x0 = columns.map((_, i) => left + i * band);
  const x1 = columns.map((_, i) => left + (i + 1) * band);
  const barInset = band >= 6 ? Math.min(band * 0.15, 6) : 0;
  const rowH = o.rowHeight ?? 110;
  const rows: RowLayout[] = [];
  let top = 0;
  for (const metric of METRICS) {
    const plotTop = top + ROW_PAD_TOP;
    const baseline = plotTop + rowH;
    const values = columns.map((col) => col.values[metric]);
    const sc = rowScale(metric, values, o.scale, baseline, plotTop);
    const bars: BarRect[] = columns.map((col, i) => {
      const y = sc.y(values[i]);
      return { i, y, h: baseline - y, faint: metric === 'memory' && col.inPlaceOnly };
    });
    let total = 0;
    let argmax = 0;
    values.forEach((v, i) => {
      total += v;
      if (v > values[argmax]) argmax = i;
    });
    const maxShare = total > 0 ? values[argmax] / total : 0;
    const titleW =
      o.titleWidth?.({ metric, total, argmax, name: columns[argmax]?.name ?? '', maxShare }) ?? 0;
    rows.push({
      metric,
      top,
      plotTop,
      baseline,
      total,
      argmax,
      maxShare,
      bars,
      ticks: sc.ticks,
      labels: placeLabels(metric, columns, values, bars, x0, x1, {
        rowTop: top,
        left,
        right,
        title: { x0: left, x1: left + titleW, y0: top, y1: top + LINE + 3 },
        count: o.labelsPerRow ?? 3,
      }),
    });
    top = baseline + ROW_GAP;
  }
  const stripY = top;
  const segments = moduleSegments(a, columns, x0, x1, plotW);
  const namesY = stripY + 22;
  // Rotated leaf names need a band of one text line measured across the slanted baseline:
  // band · sin(angle) ≥ 12 px, so 50° from 16 px bands, upright (90°) from 12 px, none below.
  const namesAngle = band >= 16 ? 50 : 90;
  const names: AxisName[] =
    aggregation.mode === 'none' && band >= 12
      ? columns.map((col, i) => ({
          i,
          x: (x0[i] + x1[i]) / 2,
          text: col.short.length > NAME_MAX ? `${col.short.slice(0, NAME_MAX - 1)}…` : col.short,
        }))
      : [];
  const sin = Math.sin((namesAngle * Math.PI) / 180);
  const namesH = names.length
    ? Math.ceil(Math.max(...names.map((nm) => nm.text.length)) * CHAR_W * sin) + 12
    : 0;
  return {
    width,
    height: namesY + namesH + 4,
    left,
    right,
    columns,
    aggregation,
    x0,
    x1,
    barInset,
    rows,
    stripY,
    segments,
    names,
    namesY,
    namesAngle,
  };
}

interface Box {
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
function placeLabels(
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
      for (let level = 0; level < 3; level++) {
        const base = minTop - 4 - level * LINE;
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

/**
 * The module strip under the x axis: the module level with the most segments that still leaves
 * them about 60 px wide on average (the shallower level on a tie: ResNet's stages, not the
 * single `body` inside each block); leaves directly under shallower modules get no segment.
 */
function moduleSegments(
  a: Analysis,
  columns: readonly BarColumn[],
  x0: readonly number[],
  x1: readonly number[],
  plotW: number,
): ModuleSegment[] {
  if (columns.length === 0) return [];
  const { mods, maxDepth } = lookup(a);
  const limit = Math.max(3, Math.floor(plotW / 60));
  let best: ModuleSegment[] = [];
  for (let d = 1; d <= maxDepth; d++) {
    const segs: ModuleSegment[] = [];
    for (let i = 0; i < columns.length; i++) {
      const m = ancestorAt(mods, a.layers[columns[i].start].parent, d);
      if (m.parent === null) continue;
      const last = segs[segs.length - 1];
      if (last && last.path === m.path && Math.abs(last.x1 - x0[i]) < 1e-6) last.x1 = x1[i];
      else segs.push({ path: m.path, name: m.name, x0: x0[i], x1: x1[i], showName: false });
    }
    if (best.length === 0 || (segs.length <= limit && segs.length > best.length)) best = segs;
  }
  for (const s of best) s.showName = s.name.length * CHAR_W + 6 <= s.x1 - s.x0;
  return best;
}

// ─── cumulative curves ───────────────────────────────────────────────────────────────────

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
export function layoutCumulative(bars: BarsLayout, height = 170): CumulativeLayout {
  const top = 10;
  const bottom = height - 20;
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
