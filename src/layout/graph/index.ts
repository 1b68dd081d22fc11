/**
 * Graph-diagram geometry: which nodes are visible at a collapse level, the edges between them and
 * where everything goes. Pure TypeScript (no DOM): the renderer in src/charts/diagram.ts draws it.
 *
 * - visibility.ts: the collapse policy (open modules, visible nodes, the default level);
 * - routing.ts: edges lifted to visible nodes and run through ports across module boundaries;
 * - compound.ts: each open module laid out on its own, bottom-up, then placed top-down;
 * - strategies/: one way of laying out a module's content per file (chain, cell, spine, dagre),
 *   behind the `LayoutStrategy` interface of local.ts; cache.ts keeps their results by shape;
 * - options.ts: the named numbers (gaps, paddings, budgets) in `LayoutOptions`.
 *
 * Units: pixels at zoom 1; x grows right, y grows down; data flows top to bottom.
 */
export { layoutGraph } from './compound';
export { DagreNotLoaded, dagreLoaded, loadDagre } from './load-dagre';
export { allModules, defaultExpanded, visibleNodes, DEFAULT_NODE_BUDGET } from './visibility';
export { DEFAULT_LAYOUT, type LayoutOptions } from './options';
export { ENGLISH_GRAPH_TEXT, GRAPH_WORDS, type GraphText, type GraphWords } from './words';
export type { DiagramEdge, DiagramNode, GraphLayout, GroupBox, Point } from './types';
export { OP_FAMILIES, opFamily, type OpFamily } from '../op-family';
