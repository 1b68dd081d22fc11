/**
 * Routing: lifting the analysis's leaf-to-leaf edges to the visible nodes, and running each
 * through the modules it crosses. An edge that crosses a module boundary enters or leaves through
 * an invisible port item inside that module, so each open module is laid out on its own with
 * local edges only; the absolute polyline of an edge is its local pieces joined in order.
 */
import type { Analysis } from '../../engine/analysis';
import { shapeText } from './labels';
import { SEP, farEnd, type LocalGraph } from './local';
import type { DiagramEdge, Point } from './types';
import type { Index, Visibility } from './visibility';

/** A visible edge and the local edges it is drawn with. */
export interface Route {
  source: string;
  target: string;
  shape: string;
  /** Local edges in drawing order: [module, edge key]. */
  segs: [string, string][];
}

/**
 * Lift every leaf edge to the visible nodes that stand for its ends (duplicates and self-loops,
 * edges inside a collapsed module, go), climb from both ends to the lowest common open module,
 * and add the local edges and port items on the way to `graphs`.
 */
export function routeEdges(
  a: Analysis,
  ix: Index,
  vis: Visibility,
  graphs: Map<string, LocalGraph>,
  parentOf: (id: string) => string,
): Route[] {
  const depthOf = (moduleId: string): number => ix.modules.get(moduleId)!.depth;
  const routes: Route[] = [];
  const seen = new Set<string>();
  const addLocal = (module: string, v: string, w: string): string => {
    const g = graphs.get(module)!;
    const key = v + SEP + w;
    if (!g.edges.has(key)) g.edges.set(key, { v, w, points: [] });
    for (const id of [v, w]) {
      if (!g.items.has(id)) {
        g.items.set(id, { id, width: 1, height: 0, cx: 0, cy: 0, port: true });
        g.order.push(id);
      }
    }
    return key;
  };
  a.layers.forEach((l, i) => {
    const target = vis.rep[i];
    for (const p of l.inputs) {
      const pi = ix.leafIndex.get(p)!;
      const source = vis.rep[pi];
      if (source === target) continue;
      const key = source + SEP + target;
      if (seen.has(key)) continue;
      seen.add(key);
      // Climb from both ends to the lowest common open module.
      let u = source;
      let cu = parentOf(source);
      let v = target;
      let cv = parentOf(target);
      const up: [string, string][] = [];
      const down: [string, string][] = [];
      while (cu !== cv) {
        if (depthOf(cu) >= depthOf(cv)) {
          up.push([cu, u]);
          u = cu;
          cu = ix.modules.get(cu)!.parent ?? '';
        } else {
          down.push([cv, v]);
          v = cv;
          cv = ix.modules.get(cv)!.parent ?? '';
        }
      }
      const segs: [string, string][] = [];
      // Ports are keyed by the far end at the common level, so parallel crossings share them.
      for (const [mod, from] of up)
        segs.push([mod, addLocal(mod, from, `${mod}${SEP}out${SEP}${v}`)]);
      segs.push([cu, addLocal(cu, u, v)]);
      for (let k = down.length - 1; k >= 0; k--) {
        const [mod, to] = down[k];
        segs.push([mod, addLocal(mod, `${mod}${SEP}in${SEP}${u}`, to)]);
      }
      routes.push({ source, target, shape: shapeText(a.layers[pi].out), segs });
    }
  });
  return routes;
}

/**
 * Where a laid-out module's inner ports sit, as x offsets from its box centre, keyed
 * `in␀far` / `out␀far` (what the parent's strategies read as `LocalItem.attach`).
 */
export function portOffsets(child: LocalGraph): Map<string, number> {
  const attach = new Map<string, number>();
  for (const p of child.items.values()) {
    if (!p.port) continue;
    const [, dir, far] = p.id.split(SEP);
    attach.set(dir + SEP + far, p.cx - child.width / 2);
  }
  return attach;
}

/**
 * A cell's output read by the next two cells leaves through two output ports: lay out `g`
 * (with `run`) without the second and later ones, then put each on the first and copy the first
 * one's edge (a cell output is one value, drawn as one exit).
 */
export function withTwinOutputs(g: LocalGraph, run: () => void): void {
  const twins = new Map<string, string>();
  const firstOut = new Map<string, string>();
  for (const e of g.edges.values()) {
    const it = g.items.get(e.w)!;
    if (!it.port || e.w.split(SEP)[1] !== 'out' || !g.cellPath(farEnd(e.w))) continue;
    const first = firstOut.get(e.v);
    if (first === undefined) firstOut.set(e.v, e.w);
    else twins.set(e.w, first);
  }
  if (twins.size === 0) {
    run();
    return;
  }
  const items = g.items;
  const edges = g.edges;
  const order = g.order;
  g.items = new Map([...items].filter(([id]) => !twins.has(id)));
  g.edges = new Map([...edges].filter(([, e]) => !twins.has(e.w)));
  g.order = order.filter((id) => !twins.has(id));
  run();
  for (const [twin, first] of twins) {
    const a = items.get(first)!;
    const b = items.get(twin)!;
    b.cx = a.cx;
    b.cy = a.cy;
  }
  for (const e of edges.values()) {
    const first = twins.get(e.w);
    if (first !== undefined) e.points = edges.get(e.v + SEP + first)!.points.map((p) => ({ ...p }));
  }
  g.items = items;
  g.edges = edges;
  g.order = order;
}

/** The absolute polyline of each route: its local pieces moved to their modules' origins. */
export function absoluteEdges(routes: Route[], graphs: Map<string, LocalGraph>): DiagramEdge[] {
  return routes.map((r) => {
    const points: Point[] = [];
    for (const [mod, key] of r.segs) {
      const g = graphs.get(mod)!;
      for (const p of g.edges.get(key)!.points) points.push({ x: g.ox + p.x, y: g.oy + p.y });
    }
    return { source: r.source, target: r.target, shape: r.shape, points };
  });
}
