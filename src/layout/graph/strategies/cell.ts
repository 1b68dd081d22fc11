/**
 * The cell strategy: layered layout of a cell (a two-input block such as a NASNet cell or one of
 * its comb blocks), written out instead of left to dagre so that it reads the same in every cell:
 * - rows (ranks) by longest path from the inputs; the input ports on top, the earlier input (the
 *   skip input h_{i−1}) on the left; output ports below the last row, on the centre line;
 * - an edge spanning several rows runs through a zero-width slot in each row between;
 * - within a row, items are ordered by the barycentre of their neighbours (sweeps down and up,
 *   keeping the order with the fewest crossings), then packed and centred on one axis;
 * - every edge leaves its source at the bottom and enters its target at the top (spread across
 *   the target's width in the order of the sources), and bends only in the gaps between rows, so
 *   no edge crosses a box.
 * Identical cells (every normal cell of a stack, every comb block of one shape) are laid out once,
 * through the layout cache. Declines every local graph that is not a cell.
 */
import type { ModuleResult } from '../../../engine/analysis';
import { cachedLayout, shapeKey } from '../cache';
import { SEP, farEnd, type LayoutStrategy, type LocalEdge, type LocalGraph } from '../local';
import type { LayoutConfig } from '../options';
import type { Point } from '../types';

/**
 * Module kinds laid out as cells even when they read one input (NASNet's stem cell 0 reads conv0
 * twice): their branches go in a row under the inputs, as for every two-input block.
 */
const CELL_KINDS = new Set(['normal-cell', 'reduction-cell', 'cell-block']);

/** True for a module laid out as a cell. */
export function isCell(m: ModuleResult): boolean {
  return m.inShapes.length >= 2 || CELL_KINDS.has(String(m.kind));
}

/** A place in a row: an item, or a zero-width slot `edgeIndex@rank` of a long edge. */
interface Slot {
  id: string;
  width: number;
  /** Neighbours one row up and one row down (item ids or slot ids). */
  up: string[];
  down: string[];
}

function cellLayout(
  g: LocalGraph,
  o: LayoutConfig,
  edges: readonly LocalEdge[],
  topo: readonly string[],
  pred: ReadonlyMap<string, string[]>,
  isIn: (id: string) => boolean,
  isOut: (id: string) => boolean,
): void {
  const ids = g.order;
  // Ranks: longest path (execution order is a topological order of the real items).
  const rank = new Map<string, number>();
  let last = 0;
  for (const id of topo) {
    if (isOut(id)) continue;
    let r = 0;
    for (const p of pred.get(id)!) r = Math.max(r, (rank.get(p) ?? 0) + 1);
    rank.set(id, r);
    last = Math.max(last, r);
  }
  const hasOut = ids.some(isOut);
  for (const id of ids) if (isOut(id)) rank.set(id, last + 1);
  const nRanks = last + 1 + (hasOut ? 1 : 0);

  // Rows with slots for long edges.
  const slots = new Map<string, Slot>();
  const rows: string[][] = Array.from({ length: nRanks }, () => []);
  for (const id of topo) {
    slots.set(id, { id, width: g.items.get(id)!.width, up: [], down: [] });
    rows[rank.get(id)!].push(id);
  }
  const chains: string[][] = edges.map((e, k) => {
    const chain = [e.v];
    for (let r = rank.get(e.v)! + 1; r < rank.get(e.w)!; r++) {
      const sid = `${k}@${r}`;
      slots.set(sid, { id: sid, width: 0, up: [], down: [] });
      rows[r].push(sid);
      chain.push(sid);
    }
    chain.push(e.w);
    for (let i = 1; i < chain.length; i++) {
      slots.get(chain[i - 1])!.down.push(chain[i]);
      slots.get(chain[i])!.up.push(chain[i - 1]);
    }
    return chain;
  });

  // Ordering: barycentre sweeps; the input row stays in execution order of its far ends.
  const posOf = new Map<string, number>();
  const setPos = () => rows.forEach((row) => row.forEach((id, i) => posOf.set(id, i)));
  setPos();
  const crossings = (): number => {
    let n = 0;
    for (const row of rows) {
      const segs: [number, number][] = [];
      for (const id of row)
        for (const d of slots.get(id)!.down) segs.push([posOf.get(id)!, posOf.get(d)!]);
      for (let i = 0; i < segs.length; i++)
        for (let j = i + 1; j < segs.length; j++)
          if ((segs[i][0] - segs[j][0]) * (segs[i][1] - segs[j][1]) < 0) n++;
    }
    return n;
  };
  const sortRow = (r: number, dir: 'up' | 'down') => {
    const bary = new Map<string, number>();
    for (const id of rows[r]) {
      const ns = slots.get(id)![dir];
      bary.set(
        id,
        ns.length ? ns.reduce((t, n) => t + posOf.get(n)!, 0) / ns.length : posOf.get(id)!,
      );
    }
    rows[r].sort((p, q) => bary.get(p)! - bary.get(q)! || posOf.get(p)! - posOf.get(q)!);
    rows[r].forEach((id, i) => posOf.set(id, i));
  };
  let best = rows.map((row) => [...row]);
  let bestN = crossings();
  for (let iter = 0; iter < o.cellOrderSweeps && bestN > 0; iter++) {
    for (let r = 1; r < nRanks; r++) sortRow(r, 'up');
    for (let r = nRanks - 2; r >= 1; r--) sortRow(r, 'down');
    const n = crossings();
    if (n < bestN) {
      bestN = n;
      best = rows.map((row) => [...row]);
    }
  }
  best.forEach((row, r) => (rows[r] = row));
  setPos();

  // x: each row packed and centred on x = 0; slots take a narrow gap.
  const x = new Map<string, number>();
  let half = 0;
  // A slot next to a frame keeps a full gap from it, so the edge does not read as its border.
  const frame = (id: string) => !!g.items.get(id)?.attach;
  const gapAfter = (row: string[], i: number) =>
    (slots.get(row[i])!.width === 0 || slots.get(row[i + 1])!.width === 0) &&
    !frame(row[i]) &&
    !frame(row[i + 1])
      ? o.slotGap
      : o.nodeSep;
  // Minimum centre distance between neighbours i and i+1 of a row.
  const minDist = (row: string[], i: number) =>
    (slots.get(row[i])!.width + slots.get(row[i + 1])!.width) / 2 + gapAfter(row, i);
  for (const row of rows) {
    let w = 0;
    row.forEach((id, i) => {
      const s = slots.get(id)!;
      if (i > 0) w += gapAfter(row, i - 1);
      x.set(id, w + s.width / 2);
      w += s.width;
    });
    for (const id of row) x.set(id, x.get(id)! - w / 2);
  }
  // Pull each item towards the mean x of its neighbours in the row above (then below), keeping
  // the order and spacing: the mean of a left-to-right and a right-to-left packing of the wished
  // positions satisfies the spacing because both do.
  const align = (r: number, dir: 'up' | 'down') => {
    const row = rows[r];
    const want = row.map((id) => {
      const ns = slots.get(id)![dir].filter((n) => !isIn(n));
      return ns.length ? ns.reduce((t, n) => t + x.get(n)!, 0) / ns.length : x.get(id)!;
    });
    const l2r = [...want];
    for (let i = 1; i < row.length; i++)
      l2r[i] = Math.max(want[i], l2r[i - 1] + minDist(row, i - 1));
    const r2l = [...want];
    for (let i = row.length - 2; i >= 0; i--)
      r2l[i] = Math.min(want[i], r2l[i + 1] - minDist(row, i));
    row.forEach((id, i) => x.set(id, (l2r[i] + r2l[i]) / 2));
  };
  const realLast = hasOut ? nRanks - 2 : nRanks - 1;
  for (let iter = 0; iter < o.cellAlignSweeps; iter++) {
    for (let r = 2; r <= realLast; r++) align(r, 'up');
    for (let r = realLast - 1; r >= 1; r--) align(r, 'down');
  }
  // Centre line: the mean of the last real row (the concat or add the outputs leave from).
  const axis = rows[realLast].reduce((t, id) => t + x.get(id)!, 0) / rows[realLast].length;
  for (const [id, v] of x) x.set(id, v - axis);
  for (let r = 1; r <= realLast; r++)
    for (const id of rows[r]) {
      const w = slots.get(id)!.width / 2;
      half = Math.max(half, Math.abs(x.get(id)! - w), Math.abs(x.get(id)! + w));
    }
  // Input ports: the last-read input on the centre line (straight down from the cell above),
  // the others above their first consumer, left of the centre line.
  const ins = rows[0].filter(isIn);
  ins.forEach((id, k) => {
    if (k === ins.length - 1) {
      x.set(id, 0);
      return;
    }
    const first = slots.get(id)!.down[0];
    const cx = first !== undefined ? x.get(first)! : 0;
    x.set(id, Math.min(cx, -o.cellInputStep * (ins.length - 1 - k)));
  });
  for (const id of ins) half = Math.max(half, Math.abs(x.get(id)!));
  if (hasOut) for (const id of rows[nRanks - 1]) x.set(id, x.get(slots.get(id)!.up[0]) ?? 0);

  // y: rows top-aligned in bands; port rows are half a gap from their neighbours.
  const top: number[] = [];
  const bandH: number[] = [];
  let y = 0;
  for (let r = 0; r < nRanks; r++) {
    const portRow = rows[r].every((id) => !slots.get(id)!.width || g.items.get(id)?.port);
    // Gaps between rows of branches grow with how far across their edges run.
    if (r > 0) {
      let span = 0;
      for (const id of rows[r - 1])
        for (const d of slots.get(id)!.down)
          span = Math.max(span, Math.abs(x.get(d)! - x.get(id)!));
      y +=
        portRow && r === nRanks - 1
          ? o.rankSep / 2
          : Math.min(
              o.cellGapMax * o.rankSep,
              Math.max(o.cellGapMin * o.rankSep, span * o.cellGapPerRun),
            );
    }
    top.push(y);
    let h = 0;
    for (const id of rows[r]) h = Math.max(h, g.items.get(id)?.height ?? 0);
    bandH.push(h);
    y += h;
  }
  const height = y;
  for (const id of ids) {
    const it = g.items.get(id)!;
    it.cx = x.get(id)! + half;
    it.cy = top[rank.get(id)!] + it.height / 2;
  }

  // Edges: exits at the source's bottom (or its inner output port), entries spread over the
  // target's top (or at its inner input port), bends in the gaps between rows.
  edges.forEach((e, k) => {
    const chain = chains[k];
    const s = g.items.get(e.v)!;
    const t = g.items.get(e.w)!;
    const rs = rank.get(e.v)!;
    const rt = rank.get(e.w)!;
    const sx = s.cx + (s.attach?.get(`out${SEP}${farEnd(e.w)}`) ?? 0);
    let tx: number;
    const inner = t.attach?.get(`in${SEP}${farEnd(e.v)}`);
    if (inner !== undefined) tx = t.cx + inner;
    else {
      // Spread over the target's top in the left-to-right order of where the edges arrive from.
      const from = (id: string, w: string) => {
        const c = chains[edges.findIndex((q) => q.v === id && q.w === w)];
        return x.get(c[c.length - 2])!;
      };
      const ps = pred.get(e.w)!;
      const sorted = [...ps].sort((p, q) => from(p, e.w) - from(q, e.w));
      const j = sorted.indexOf(e.v);
      tx =
        t.width > o.spreadMinWidth
          ? t.cx - t.width / 2 + ((j + 1) * t.width) / (ps.length + 1)
          : t.cx;
    }
    const pts: Point[] = [{ x: sx, y: s.cy + s.height / 2 }];
    const bandBottom = top[rs] + bandH[rs];
    if (pts[0].y < bandBottom - 0.5) pts.push({ x: sx, y: bandBottom });
    for (let i = 1; i < chain.length - 1; i++) {
      const r = rs + i;
      const dx = x.get(chain[i])! + half;
      pts.push({ x: dx, y: top[r] }, { x: dx, y: top[r] + bandH[r] });
    }
    pts.push({ x: tx, y: top[rt] });
    e.points = pts;
  });
  g.width = 2 * half;
  g.height = height;
}

export const cell: LayoutStrategy = {
  name: 'cell',
  layout(g, o) {
    if (!g.cell) return false;
    const ids = g.order;
    const pred = new Map<string, string[]>();
    for (const id of ids) pred.set(id, []);
    const edges = [...g.edges.values()];
    for (const e of edges) pred.get(e.w)!.push(e.v);
    const isIn = (id: string) => !!g.items.get(id)?.port && pred.get(id)!.length === 0;
    const isOut = (id: string) => !!g.items.get(id)?.port && !isIn(id);
    // Input ports first, output ports last, the rest in execution order: the key lists items by
    // this order, so that cells whose items differ only in their paths share one layout.
    const topo = [...ids].sort((p, q) => {
      const ip = isIn(p) ? 0 : isOut(p) ? 2 : 1;
      const iq = isIn(q) ? 0 : isOut(q) ? 2 : 1;
      return ip - iq || g.seq(farEnd(p)) - g.seq(farEnd(q));
    });
    const at = new Map<string, number>();
    topo.forEach((id, i) => at.set(id, i));
    const key = shapeKey('cell', g, o, ids, edges, at);
    cachedLayout(key, g, ids, edges, () => cellLayout(g, o, edges, topo, pred, isIn, isOut));
    return true;
  },
};
