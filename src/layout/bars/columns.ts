/**
 * Which layers become bar columns: in-place layers folded into the layer whose output they
 * overwrite, and, when the leaves do not fit the plot, many layers aggregated per module or per
 * run of consecutive columns.
 */
import type { Analysis, LayerResult } from '../../engine/analysis';
import { activationBytes, computeFigure, type Conventions } from '../../engine/conventions';
import { barFamily, type BarFamily } from '../op-family';
import { ancestorAt, lookup } from './lookup';
import type { Metric } from './metric';

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
  family: BarFamily;
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
    family: barFamily(head.op),
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
