/**
 * The numbers of the graph layout, named. Lengths are pixels at zoom 1; factors are plain
 * numbers. Every strategy reads them from here, and the layout cache keys on all of them.
 */
export interface LayoutOptions {
  /** Width in px of one character of node text (11 px system font ≈ 6.4). */
  charWidth?: number;
  /** Width in px of one full-width (CJK) character of node text: 1 em of the 11 px font. */
  wideCharWidth?: number;
  /** Height of a leaf node box. */
  nodeHeight?: number;
  /** Extra height of a collapsed-module box over a leaf's. */
  moduleExtraHeight?: number;
  /** Narrowest node box; also the narrowest content of a group box. */
  minNodeWidth?: number;
  /** Horizontal padding added to a node's text width (both sides together). */
  nodePadX?: number;
  /**
   * Extra width of a collapsed module's box, so that its centred text clears the 14 px expand
   * button drawn 2 px inside its top-right corner (src/charts/diagram.ts): the text's right end,
   * at (width + text)/2, stays left of width − 17 when width ≥ text + nodePadX + this.
   */
  moduleTogglePad?: number;
  /** Vertical gap between ranks (rows); ports sit half of it from their neighbours. */
  rankSep?: number;
  /** Horizontal gap between two items of one row. */
  nodeSep?: number;
  /** Horizontal gap dagre keeps between parallel edges. */
  edgeSep?: number;
  /** Padding inside a group box, on every side of its content. */
  groupPad?: number;
  /** Height of a group box's header band (holds its label). */
  groupHeader?: number;
  /** Horizontal padding added to a group header's text width (both sides together). */
  headerPadX?: number;
  /** Distance between two skip-edge lanes beside a spine column, and from the column to the first. */
  laneGap?: number;
  /** Gap next to a zero-width slot (a long edge passing through a row) in a cell. */
  slotGap?: number;
  /** Horizontal step between a cell's input ports left of its centre line. */
  cellInputStep?: number;
  /**
   * The gap between two rows of a cell grows with the widest horizontal run of the edges between
   * them: `cellGapPerRun` px of gap per px of run, at least `cellGapMin` and at most `cellGapMax`
   * rank gaps (`rankSep`), so that fanning edges stay steep enough to be told apart.
   */
  cellGapPerRun?: number;
  cellGapMin?: number;
  cellGapMax?: number;
  /** Budget of barycentre sweep pairs (down and up) that order a cell's rows. */
  cellOrderSweeps?: number;
  /** Budget of alignment sweep pairs that pull a cell's items over their neighbours. */
  cellAlignSweeps?: number;
  /** Items narrower than this (ports, slots) take edges at their centre, not spread over the top. */
  spreadMinWidth?: number;
}

/** Every option filled in. */
export type LayoutConfig = Required<LayoutOptions>;

export const DEFAULT_LAYOUT: LayoutConfig = {
  charWidth: 6.4,
  wideCharWidth: 11,
  nodeHeight: 34,
  moduleExtraHeight: 4,
  minNodeWidth: 72,
  nodePadX: 16,
  moduleTogglePad: 18,
  rankSep: 22,
  nodeSep: 14,
  edgeSep: 6,
  groupPad: 8,
  groupHeader: 18,
  headerPadX: 12,
  laneGap: 10,
  slotGap: 8,
  cellInputStep: 12,
  cellGapPerRun: 0.12,
  cellGapMin: 1.5,
  cellGapMax: 4,
  cellOrderSweeps: 6,
  cellAlignSweeps: 3,
  spreadMinWidth: 4,
};
