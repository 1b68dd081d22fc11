/**
 * One open module's worth of layout: its direct visible children (leaves, collapsed modules and
 * open child modules as boxes of their computed size) plus invisible port items where an edge
 * crosses its boundary. A strategy places these items and routes the edges between them in
 * coordinates local to the module's content (top-left at 0, 0); the compound layout then moves
 * the result to its absolute place.
 */
import type { LayoutConfig } from './options';
import type { Point } from './types';

/** Separator inside port ids and edge keys (a character no path contains). */
export const SEP = '\u0000';

export interface LocalItem {
  id: string;
  width: number;
  height: number;
  /** Centre, local to the module's content origin. */
  cx: number;
  cy: number;
  /**
   * An invisible port: where an edge crosses the module boundary. Its id is
   * `module␀in␀far` or `module␀out␀far`, keyed by the far end of the edge at the outer level.
   */
  port: boolean;
  /**
   * For an open module: where its inner ports sit, as x offsets from the box centre. Keyed
   * `in␀far` / `out␀far` by the far end at this level (the item an edge comes from or goes to).
   */
  attach?: Map<string, number>;
  /** A module laid out as a cell (two-input block), open or collapsed. */
  cell?: boolean;
}

export interface LocalEdge {
  v: string;
  w: string;
  points: Point[];
}

export interface LocalGraph {
  module: string;
  items: Map<string, LocalItem>;
  order: string[];
  edges: Map<string, LocalEdge>;
  /** Size of the laid-out content (without padding/header). */
  width: number;
  height: number;
  /** Absolute top-left of the content area, filled top-down. */
  ox: number;
  oy: number;
  /** Lay the content out as a cell (two-input block): inputs on top, branches in a row. */
  cell: boolean;
  /** Execution order of a visible node or module path (ports are sorted by their far end). */
  seq: (path: string) => number;
  /** True for a module path laid out as a cell. */
  cellPath: (path: string) => boolean;
}

/**
 * A way of laying out one local graph. `layout` places every item (centre), gives every edge its
 * polyline and sets the content size, and returns true; or returns false when the graph does not
 * have the shape the strategy draws, and the next strategy runs (it overwrites anything this one
 * placed).
 */
export interface LayoutStrategy {
  readonly name: 'chain' | 'cell' | 'spine' | 'dagre';
  layout(g: LocalGraph, o: LayoutConfig): boolean;
}

/** The far end of a local edge end: a port stands for the item outside it is keyed by. */
export function farEnd(id: string): string {
  const k = id.lastIndexOf(SEP);
  return k < 0 ? id : id.slice(k + 1);
}

/** Top and bottom edge of an item. */
export const top = (it: LocalItem): number => it.cy - it.height / 2;
export const bottom = (it: LocalItem): number => it.cy + it.height / 2;

/**
 * Stack `ids` top to bottom in one centred column (ports half a rank apart, other items a rank);
 * returns the column's width and height.
 */
export function stackColumn(
  g: LocalGraph,
  ids: readonly string[],
  o: LayoutConfig,
): { width: number; height: number } {
  let width = 0;
  for (const id of ids) width = Math.max(width, g.items.get(id)!.width);
  let y = 0;
  ids.forEach((id, k) => {
    const it = g.items.get(id)!;
    if (k > 0) y += it.port ? o.rankSep / 2 : o.rankSep;
    it.cx = width / 2;
    it.cy = y + it.height / 2;
    y += it.height;
  });
  return { width, height: y };
}
