/**
 * The spine strategy, for the common block shapes that are almost a chain: the longest path
 * through the local graph (the spine) becomes a centred column; every other item (a side child
 * such as ResNet's `downsample`, or a 1-input branch beside the spine) must read from and feed
 * only spine items, and goes into a second column to the right, vertically between its last
 * producer and first consumer. Spine edges that skip ahead (the identity shortcut into `add`, the
 * SE scale reading the residual map) run in lanes to the right of both columns. Declines, leaving
 * the work to dagre, when the graph does not have that shape or the side items would not fit
 * (two side items competing for the same rows, as in an Inception module). No cache: it is
 * linear in the items.
 */
import {
  SEP,
  bottom,
  farEnd,
  stackColumn,
  top,
  type LayoutStrategy,
  type LocalEdge,
  type LocalGraph,
  type LocalItem,
} from '../local';
import type { LayoutConfig } from '../options';

function spineLayout(g: LocalGraph, o: LayoutConfig): boolean {
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  for (const id of g.items.keys()) {
    succ.set(id, []);
    pred.set(id, []);
  }
  for (const e of g.edges.values()) {
    succ.get(e.v)!.push(e.w);
    pred.get(e.w)!.push(e.v);
  }
  // Topological order (Kahn), then the longest path by item count.
  const indeg = new Map<string, number>();
  const topo: string[] = [];
  for (const [id, ps] of pred) {
    indeg.set(id, ps.length);
    if (ps.length === 0) topo.push(id);
  }
  for (let k = 0; k < topo.length; k++)
    for (const w of succ.get(topo[k])!) {
      const d = indeg.get(w)! - 1;
      indeg.set(w, d);
      if (d === 0) topo.push(w);
    }
  if (topo.length !== g.items.size) return false;
  const len = new Map<string, number>();
  const back = new Map<string, string>();
  let end = topo[0];
  for (const id of topo) {
    let best = 1;
    for (const p of pred.get(id)!)
      if (len.get(p)! + 1 > best) {
        best = len.get(p)! + 1;
        back.set(id, p);
      }
    len.set(id, best);
    if (best > len.get(end)!) end = id;
  }
  const spine: string[] = [];
  for (let id: string | undefined = end; id !== undefined; id = back.get(id)) spine.push(id);
  spine.reverse();
  const rank = new Map<string, number>();
  spine.forEach((id, k) => rank.set(id, k));
  const side = topo.filter((id) => !rank.has(id));
  for (const id of side)
    for (const n of [...pred.get(id)!, ...succ.get(id)!]) if (!rank.has(n)) return false;

  // The spine column, as in the chain strategy.
  const { width: spineW, height } = stackColumn(g, spine, o);

  // Side column: each item centred in the free rows between its producers and its consumers.
  let sideW = 0;
  for (const id of side) sideW = Math.max(sideW, g.items.get(id)!.width);
  const sideX = spineW + o.nodeSep + sideW / 2;
  const placed: LocalItem[] = [];
  for (const id of side) {
    const it = g.items.get(id)!;
    let lo = 0;
    let hi = height;
    for (const p of pred.get(id)!) lo = Math.max(lo, bottom(g.items.get(p)!) + o.rankSep);
    for (const s of succ.get(id)!) hi = Math.min(hi, top(g.items.get(s)!) - o.rankSep);
    if (hi - lo < it.height) return false;
    it.cx = sideX;
    it.cy = (lo + hi) / 2;
    for (const q of placed)
      if (top(it) < bottom(q) + o.rankSep / 2 && top(q) < bottom(it) + o.rankSep / 2) return false;
    placed.push(it);
  }

  // Skip lanes, right of both columns; edges whose row spans overlap take different lanes.
  // A spine with several skips (a sequence of two-input cells, each reading the previous two)
  // draws them instead as short detours left of the column, see `leftDetours`.
  const laneGap = o.laneGap;
  let skips = 0;
  let cellSkips = true;
  for (const e of g.edges.values()) {
    const rs = rank.get(e.v);
    const rt = rank.get(e.w);
    if (rs !== undefined && rt !== undefined && rt > rs + 1) {
      if (!g.items.get(e.w)!.cell) cellSkips = false;
      skips++;
    }
  }
  const leftSkips = skips >= 2 && cellSkips;
  const leftEdges: LocalEdge[] = [];
  const lane0 = (side.length > 0 ? spineW + o.nodeSep + sideW : spineW) + laneGap;
  const lanes: [number, number][][] = [];
  let right = side.length > 0 ? spineW + o.nodeSep + sideW : spineW;
  for (const e of g.edges.values()) {
    const s = g.items.get(e.v)!;
    const t = g.items.get(e.w)!;
    const rs = rank.get(e.v);
    const rt = rank.get(e.w);
    if (rs !== undefined && rt !== undefined) {
      if (rt === rs + 1) {
        e.points = [
          { x: s.cx, y: bottom(s) },
          { x: t.cx, y: top(t) },
        ];
        continue;
      }
      if (leftSkips) {
        leftEdges.push(e);
        continue;
      }
      let k = 0;
      while (k < lanes.length && lanes[k].some(([a, b]) => a < t.cy && s.cy < b)) k++;
      if (k === lanes.length) lanes.push([]);
      lanes[k].push([s.cy, t.cy]);
      const x = lane0 + k * laneGap;
      right = Math.max(right, x);
      e.points = [
        { x: s.cx + s.width / 2, y: s.cy },
        { x, y: s.cy },
        { x, y: t.cy },
        { x: t.cx + t.width / 2, y: t.cy },
      ];
    } else if (rt !== undefined) {
      // Side item into the spine: down its column, then left into the target's side.
      e.points = [
        { x: s.cx, y: bottom(s) },
        { x: s.cx, y: t.cy },
        { x: t.cx + t.width / 2, y: t.cy },
      ];
    } else {
      // Spine into a side item: right along the producer's row, then down into its top.
      e.points = [
        { x: s.cx + s.width / 2, y: s.cy },
        { x: t.cx, y: s.cy },
        { x: t.cx, y: top(t) },
      ];
    }
  }
  let left = 0;
  if (leftEdges.length > 0) left = leftDetours(g, leftEdges, spine, rank, laneGap);
  if (left < 0) {
    for (const it of g.items.values()) it.cx -= left;
    for (const e of g.edges.values()) for (const p of e.points) p.x -= left;
  }
  g.width = right - Math.min(0, left);
  g.height = height;
  return true;
}

/**
 * Skip edges of a cell sequence, left of the spine column: each leaves its source at the bottom
 * (at the source's inner output port when it is an open module), turns left a third of the way
 * down the gap below it to a lane just outside the items it passes, runs down, and turns right in
 * the gap above its target (a third of the way up) into the target's top (at its inner input
 * port, else a quarter in from the left). Edges whose row spans overlap take lanes at least
 * `laneGap` apart. Returns the leftmost x used.
 */
function leftDetours(
  g: LocalGraph,
  edges: LocalEdge[],
  spine: string[],
  rank: Map<string, number>,
  laneGap: number,
): number {
  const placed: { a: number; b: number; x: number }[] = [];
  let leftmost = 0;
  const sorted = [...edges].sort((p, q) => rank.get(p.v)! - rank.get(q.v)!);
  for (const e of sorted) {
    const s = g.items.get(e.v)!;
    const t = g.items.get(e.w)!;
    const rs = rank.get(e.v)!;
    const rt = rank.get(e.w)!;
    let minLeft = Infinity;
    for (let r = rs + 1; r < rt; r++) {
      const it = g.items.get(spine[r])!;
      minLeft = Math.min(minLeft, it.cx - it.width / 2);
    }
    let x = minLeft - laneGap;
    const clash = () =>
      placed.some((q) => q.a < t.cy && s.cy < q.b && Math.abs(q.x - x) < laneGap - 0.01);
    while (clash()) x -= laneGap;
    placed.push({ a: s.cy, b: t.cy, x });
    leftmost = Math.min(leftmost, x);
    const next = g.items.get(spine[rs + 1])!;
    const prev = g.items.get(spine[rt - 1])!;
    const sx = s.cx + (s.attach?.get(`out${SEP}${farEnd(e.w)}`) ?? 0);
    const inner = t.attach?.get(`in${SEP}${farEnd(e.v)}`);
    const tx = inner !== undefined ? t.cx + inner : t.cx - t.width / 4;
    const y1 = bottom(s) + (top(next) - bottom(s)) / 3;
    const y2 = top(t) - (top(t) - bottom(prev)) / 3;
    e.points = [
      { x: sx, y: bottom(s) },
      { x: sx, y: y1 },
      { x, y: y1 },
      { x, y: y2 },
      { x: tx, y: y2 },
      { x: tx, y: top(t) },
    ];
  }
  return leftmost;
}

export const spine: LayoutStrategy = { name: 'spine', layout: spineLayout };
