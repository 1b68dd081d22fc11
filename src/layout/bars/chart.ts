/**
 * The whole per-layer bar chart: columns on a shared x axis, three rows (activation memory,
 * parameters, compute) with their scales, ticks and labels, the module strip under the rows and
 * the rotated leaf names below it. Pure: numbers in, numbers out; src/charts/bars.ts draws it.
 * Units: pixels of the svg; y grows down.
 */
import type { Analysis } from '../../engine/analysis';
import type { Conventions } from '../../engine/conventions';
import { barColumns, type Aggregation, type BarColumn } from './columns';
import { LINE, placeLabels, type BarLabel } from './labels';
import { ancestorAt, lookup } from './lookup';
import { CHAR_W, METRICS, type Metric } from './metric';
import { rowScale, type ChartScale, type Tick } from './scales';

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

/** Narrowest svg width laid out (a narrower panel gets this width). */
const MIN_WIDTH = 240;
/** Room above a row's plot for its title line and the labels of the tallest bars. */
const ROW_PAD_TOP = 46;
/** Gap between one row's baseline and the next row's title. */
const ROW_GAP = 10;
/** Left margin (tick labels) and right margin of the plots. */
const MARGIN_LEFT = 70;
const MARGIN_RIGHT = 14;
/** Narrowest band a column may have before columns are aggregated. */
export const MIN_BAND = 2;
/** Longest leaf name drawn under a column, in characters (longer ones end in "…"). */
const NAME_MAX = 14;
/** Default height of a row's plot area. */
const ROW_HEIGHT = 110;
/** Default number of largest bars labelled per row. */
const LABELS_PER_ROW = 3;
/**
 * Bars are inset from their band's sides by 15 % of the band, at most 6 px, once bands are at
 * least 6 px wide; narrower bands are not inset.
 */
const INSET_MIN_BAND = 6;
const INSET_SHARE = 0.15;
const INSET_MAX = 6;
/** Distance from the module strip's top to the anchor of the rotated leaf names. */
const NAMES_OFFSET = 22;
/** The module strip aims at segments about this wide on average. */
const SEGMENT_WIDTH = 60;

export function layoutBars(a: Analysis, c: Conventions, o: BarsOptions): BarsLayout {
  const width = Math.max(o.width, MIN_WIDTH);
  const left = MARGIN_LEFT;
  const right = width - MARGIN_RIGHT;
  const plotW = right - left;
  const { columns, aggregation } = barColumns(a, c, Math.floor(plotW / MIN_BAND));
  const n = Math.max(columns.length, 1);
  const band = plotW / n;
  const x0 = columns.map((_, i) => left + i * band);
  const x1 = columns.map((_, i) => left + (i + 1) * band);
  const barInset = band >= INSET_MIN_BAND ? Math.min(band * INSET_SHARE, INSET_MAX) : 0;
  const rowH = o.rowHeight ?? ROW_HEIGHT;
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
        count: o.labelsPerRow ?? LABELS_PER_ROW,
      }),
    });
    top = baseline + ROW_GAP;
  }
  const stripY = top;
  const segments = moduleSegments(a, columns, x0, x1, plotW);
  const namesY = stripY + NAMES_OFFSET;
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
  const limit = Math.max(3, Math.floor(plotW / SEGMENT_WIDTH));
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
