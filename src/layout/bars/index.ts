/**
 * Geometry of the per-layer charts. Pure: numbers in, numbers out; the renderers in src/charts
 * draw what this returns.
 *
 * - columns.ts: which layers become bar columns (in-place layers folded, aggregation per module
 *   or per run of columns when the plot is too narrow);
 * - scales.ts: the rows' y scales (linear or log) and ticks;
 * - labels.ts: direct labels on the largest bars;
 * - chart.ts: the whole bar chart (rows, module strip, leaf names);
 * - cumulative.ts: the cumulative curves.
 */
export { METRICS, CHAR_W, type Metric } from './metric';
export { shortNames } from './lookup';
export {
  barColumns,
  columnOfLayer,
  columnRange,
  leafColumns,
  type Aggregation,
  type BarColumn,
} from './columns';
export {
  CHART_SCALES,
  rowScale,
  valueText,
  type ChartScale,
  type RowScale,
  type Tick,
} from './scales';
export type { BarLabel } from './labels';
export {
  layoutBars,
  MIN_BAND,
  type AxisName,
  type BarRect,
  type BarsLayout,
  type BarsOptions,
  type ModuleSegment,
  type RowLayout,
  type RowSummary,
} from './chart';
export { cumulativeShares, layoutCumulative, type CumulativeLayout } from './cumulative';
export { barFamily, type BarFamily } from '../op-family';
