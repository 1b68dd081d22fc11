/**
 * The three rows of the per-layer charts: `memory` = bytes of the values a column stores
 * (in-place rule) at the chosen precision and batch; `params` = learnable parameters (a count);
 * `compute` = MACs or FLOPs (per the conventions) of the whole batch.
 */
export type Metric = 'memory' | 'params' | 'compute';
export const METRICS: readonly Metric[] = ['memory', 'params', 'compute'];

/** Pixel width of one character of 11 px system UI text (an estimate; no DOM here). */
export const CHAR_W = 6.4;
