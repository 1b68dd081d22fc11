/**
 * The dagre strategy, the fallback for every local graph no hand-written strategy takes (an
 * Inception module, a dense block's concatenations): the layered layout of @dagrejs/dagre, top
 * to bottom, through the layout cache.
 *
 * The library (about 19 kB gzip, a tenth of the app's first JavaScript) is not part of the first
 * load: only some networks need it (chains, cells and spines cover LeNet, AlexNet, VGG, ResNet…).
 * `../with-dagre.ts` hands it over (`provideDagre`), statically where a module always needs it
 * (Node scripts, tests, the comparison page) or through `loadDagre()`; until then a graph that
 * needs it throws `DagreNotLoaded`, which the views catch to load it and lay out again.
 */
import type dagreLib from '@dagrejs/dagre';
import { cachedLayout, shapeKey } from '../cache';
import type { LayoutStrategy, LocalEdge, LocalGraph } from '../local';
import type { LayoutConfig } from '../options';
import type { Point } from '../types';

/** The library once provided (null before). */
let dagre: typeof dagreLib | null = null;

/** Thrown by a layout that needs dagre before `provideDagre` ran: load it, then lay out again. */
export class DagreNotLoaded extends Error {
  constructor() {
    super('This layout needs the dagre library, which has not been loaded yet (loadDagre()).');
    this.name = 'DagreNotLoaded';
  }
}

/** Hand the library over (from `../with-dagre.ts`). */
export function provideDagre(lib: typeof dagreLib): void {
  dagre = lib;
}

/** Whether layouts that need dagre can run now. */
export function dagreLoaded(): boolean {
  return dagre !== null;
}

/** Run dagre on `g` (nodes in `g.order`), then place its items and edges with the content at (0, 0). */
function runDagre(g: LocalGraph, o: LayoutConfig, edgeList: readonly LocalEdge[]): void {
  if (!dagre) throw new DagreNotLoaded();
  const dg = new dagre.graphlib.Graph();
  dg.setGraph({
    rankdir: 'TB',
    nodesep: o.nodeSep,
    ranksep: o.rankSep,
    edgesep: o.edgeSep,
    marginx: 0,
    marginy: 0,
  });
  dg.setDefaultEdgeLabel(() => ({}));
  const key = new Map<string, string>();
  const sizes = g.order.map((id, i) => {
    const it = g.items.get(id)!;
    key.set(id, `n${i}`);
    dg.setNode(`n${i}`, { width: it.width, height: it.height });
    return it;
  });
  for (const e of edgeList) dg.setEdge(key.get(e.v)!, key.get(e.w)!, {});
  dagre.layout(dg);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const centres = sizes.map((it, i) => {
    const n = dg.node(`n${i}`);
    minX = Math.min(minX, n.x! - it.width / 2);
    maxX = Math.max(maxX, n.x! + it.width / 2);
    minY = Math.min(minY, n.y! - it.height / 2);
    maxY = Math.max(maxY, n.y! + it.height / 2);
    return { x: n.x!, y: n.y! };
  });
  const edges = edgeList.map((e) => {
    const pts = (dg.edge(key.get(e.v)!, key.get(e.w)!).points ?? []) as Point[];
    for (const p of pts) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    return pts;
  });
  sizes.forEach((it, i) => {
    it.cx = centres[i].x - minX;
    it.cy = centres[i].y - minY;
  });
  edgeList.forEach((e, i) => {
    e.points = edges[i].map((p) => ({ x: p.x - minX, y: p.y - minY }));
  });
  g.width = maxX - minX;
  g.height = maxY - minY;
}

export const dagreStrategy: LayoutStrategy = {
  name: 'dagre',
  layout(g, o) {
    const edgeList = [...g.edges.values()];
    const key = shapeKey('dagre', g, o, g.order, edgeList);
    cachedLayout(key, g, g.order, edgeList, () => runDagre(g, o, edgeList));
    return true;
  },
};
