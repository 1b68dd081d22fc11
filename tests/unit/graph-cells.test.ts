/**
 * Geometry of cell layouts (two-input blocks, NASNet cells and their comb blocks) and of a
 * sequence of cells (each reading the previous two): frames hold their children, siblings do not
 * overlap, edges attach to the boxes they join and pass through no other box, and the skip edges
 * of a cell sequence stay on the left of the cell column.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSpec, twoInputCells } from '../helpers';
import type { Analysis } from '../../src/engine/index';
import {
  allModules,
  defaultExpanded,
  layoutGraph,
  type DiagramNode,
  type GraphLayout,
  type GroupBox,
  type Point,
} from '../../src/layout/graph';
import { analyzeId } from '../helpers';

type Box = { id: string; x: number; y: number; width: number; height: number };

const parentPath = (id: string) => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '');

/** Every node and frame lies inside its parent frame, at least `pad` px in from its sides. */
function checkContainment(L: GraphLayout, pad: number) {
  const groups = new Map(L.groups.map((g) => [g.id, g]));
  const bad: string[] = [];
  for (const n of [...L.nodes, ...L.groups]) {
    const g = groups.get(parentPath(n.id));
    if (!g) continue;
    if (n.x < g.x + pad - 0.01) bad.push(`${n.id} left of ${g.id}`);
    if (n.x + n.width > g.x + g.width - pad + 0.01) bad.push(`${n.id} right of ${g.id}`);
    if (n.y < g.y + g.header - 0.01) bad.push(`${n.id} above ${g.id}'s header`);
    if (n.y + n.height > g.y + g.height + 0.01) bad.push(`${n.id} below ${g.id}`);
  }
  expect(bad).toEqual([]);
}

/** No two sibling boxes (nodes or frames with the same parent) overlap. */
function checkSiblings(L: GraphLayout) {
  const byParent = new Map<string, Box[]>();
  for (const b of [...L.nodes, ...L.groups]) {
    const p = parentPath(b.id);
    if (!byParent.has(p)) byParent.set(p, []);
    byParent.get(p)!.push(b);
  }
  const bad: string[] = [];
  for (const sibs of byParent.values()) {
    sibs.sort((p, q) => p.y - q.y);
    for (let i = 0; i < sibs.length; i++)
      for (let j = i + 1; j < sibs.length && sibs[j].y < sibs[i].y + sibs[i].height; j++) {
        const [p, q] = [sibs[i], sibs[j]];
        if (!(p.x + p.width <= q.x + 0.5 || q.x + q.width <= p.x + 0.5))
          bad.push(`${p.id} overlaps ${q.id}`);
      }
  }
  expect(bad).toEqual([]);
}

/** Does the segment a–b pass through the inside of box r (shrunk by 1 px)? Liang–Barsky. */
function crosses(a: Point, b: Point, r: Box): boolean {
  const x0 = r.x + 1;
  const x1 = r.x + r.width - 1;
  const y0 = r.y + 1;
  const y1 = r.y + r.height - 1;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/**
 * Edges start on the bottom side of their source box, end on the top side of their target box
 * (the graph flows down), and no segment passes through any other node box. Checked for the
 * edges chosen by `which`.
 */
function checkEdges(L: GraphLayout, which: (source: string, target: string) => boolean) {
  const nodes = new Map(L.nodes.map((n) => [n.id, n]));
  // Candidate boxes per top-level item (an edge inside a cell can only meet that cell's boxes).
  const byTop = new Map<string, DiagramNode[]>();
  for (const n of L.nodes) {
    const k = n.id.split('/')[0];
    if (!byTop.has(k)) byTop.set(k, []);
    byTop.get(k)!.push(n);
  }
  let checked = 0;
  const bad: string[] = [];
  for (const e of L.edges) {
    if (!which(e.source, e.target)) continue;
    checked++;
    const name = `${e.source}→${e.target}`;
    const s = nodes.get(e.source)!;
    const t = nodes.get(e.target)!;
    const p0 = e.points[0];
    const p1 = e.points[e.points.length - 1];
    if (Math.abs(p0.y - (s.y + s.height)) >= 1) bad.push(`${name} does not leave the bottom`);
    if (p0.x < s.x - 0.5 || p0.x > s.x + s.width + 0.5)
      bad.push(`${name} leaves beside its source`);
    if (Math.abs(p1.y - t.y) >= 1) bad.push(`${name} does not enter the top`);
    if (p1.x < t.x - 0.5 || p1.x > t.x + t.width + 0.5)
      bad.push(`${name} enters beside its target`);
    const near =
      e.source.split('/')[0] === e.target.split('/')[0]
        ? byTop.get(e.source.split('/')[0])!
        : L.nodes;
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1];
      const b = e.points[i];
      for (const n of near) {
        if (n.id === e.source || n.id === e.target) continue;
        if (Math.max(a.y, b.y) < n.y || Math.min(a.y, b.y) > n.y + n.height) continue;
        if (crosses(a, b, n)) bad.push(`${name} cuts through ${n.id}`);
      }
    }
  }
  expect(bad).toEqual([]);
  expect(checked).toBeGreaterThan(0);
}

/** Root-level items that are cells (modules whose path has no '/' and which read two inputs). */
function cellsAtRoot(a: Analysis): Set<string> {
  return new Set(
    a.modules
      .filter((m) => m.parent === '' && (m.inShapes.length >= 2 || /cell/.test(String(m.kind))))
      .map((m) => m.path),
  );
}

/**
 * Skip edges (from a cell to a cell further down than the next item) run left of the column:
 * every point is at or left of the source's centre and of the target's centre, and the lane they
 * run down in is left of every box they pass.
 */
function checkSkipsLeft(a: Analysis, L: GraphLayout, boxes: Map<string, Box>) {
  const cells = cellsAtRoot(a);
  // Root children in order, without training-only side branches (the aux head is beside the
  // column, not in it).
  const aux = new Set(a.modules.filter((m) => m.trainingOnly).map((m) => m.path));
  const order = a.modules[0].children.filter((c) => !aux.has(c));
  const rank = new Map(order.map((p, i) => [p, i]));
  const top = (id: string) => id.split('/')[0];
  let skips = 0;
  for (const e of L.edges) {
    const [src, tgt] = [top(e.source), top(e.target)];
    const rs = rank.get(src)!;
    const rt = rank.get(tgt)!;
    if (rs === undefined || rt === undefined || !cells.has(tgt) || rt - rs < 2) continue;
    skips++;
    // The root-level boxes (a collapsed cell, or the frame of an open one).
    const s = boxes.get(src)!;
    const t = boxes.get(tgt)!;
    const lane = Math.min(...e.points.map((p) => p.x));
    for (const p of e.points) {
      expect(p.x, `${e.source}→${e.target} right of its source centre`).toBeLessThanOrEqual(
        s.x + s.width / 2 + 0.5,
      );
      expect(p.x, `${e.source}→${e.target} right of its target centre`).toBeLessThanOrEqual(
        t.x + t.width / 2 + 0.5,
      );
    }
    for (const between of order.slice(rs + 1, rt)) {
      const b = boxes.get(between);
      if (!b || b.y >= t.y) continue;
      expect(lane, `${e.source}→${e.target} lane not left of ${between}`).toBeLessThan(b.x);
    }
  }
  return skips;
}

const boxesOf = (L: GraphLayout) =>
  new Map<string, Box>([
    ...L.nodes.map((n): [string, DiagramNode] => [n.id, n]),
    ...L.groups.map((g): [string, GroupBox] => [g.id, g]),
  ]);

describe('cell layouts: NASNet-A Mobile', () => {
  const a = analyzeId('nasnet-a-mobile');
  const inCell = (id: string) => /^(cell_|reduction_cell_)/.test(id) && id.includes('/');

  it('default view: frames hold their children with padding, siblings never overlap', () => {
    const L = layoutGraph(a, defaultExpanded(a));
    checkContainment(L, 8);
    checkSiblings(L);
  });

  it('default view: edges inside cells leave bottoms, enter tops and cut through no box', () => {
    const L = layoutGraph(a, defaultExpanded(a));
    checkEdges(L, (s, t) => inCell(s) && inCell(t) && parentPath(s) === parentPath(t));
  });

  it('skip edges between cells stay left of the cell column (default, collapsed, expanded)', () => {
    for (const ex of [defaultExpanded(a), new Set<string>(), allModules(a)]) {
      const L = layoutGraph(a, ex);
      // 3·4 normal + 2 reduction + 2 stem cells; every cell after the first reads the one two
      // back (TF-slim cell_outputs[-2]): at least 15 skip edges.
      expect(checkSkipsLeft(a, L, boxesOf(L))).toBeGreaterThanOrEqual(15);
    }
  });

  it('collapsed cells: one column, edges from each cell to the next go straight down', () => {
    const L = layoutGraph(a, new Set());
    const cells = [...cellsAtRoot(a)];
    const boxes = boxesOf(L);
    const centres = cells.map((c) => boxes.get(c)!.x + boxes.get(c)!.width / 2);
    for (const c of centres) expect(c).toBeCloseTo(centres[0], 3);
    for (let i = 1; i < cells.length; i++) {
      const e = L.edges.find((q) => q.source === cells[i - 1] && q.target === cells[i]);
      if (!e) continue; // a reduction cell and the next cell may sit apart (aux head between)
      for (const p of e.points) expect(p.x).toBeCloseTo(centres[0], 3);
    }
    checkSiblings(L);
  });

  it('fully expanded: containment, no sibling overlap, edges inside comb blocks are clean', () => {
    const L = layoutGraph(a, allModules(a));
    checkContainment(L, 8);
    checkSiblings(L);
    // Edges between the branches and the add of a comb block (children of a cell-block).
    const comb = (id: string) => /\/comb_iter_\d\/(left|right|add)/.test(id);
    checkEdges(L, (s, t) => comb(s) && comb(t) && s.split('/')[1] === t.split('/')[1]);
  });
});

describe('cell layouts: a synthetic sequence of two-input cells', () => {
  it('skip edges go left, frames hold their children, siblings never overlap', () => {
    const a = analyzeSpec(twoInputCells(6));
    for (const ex of [new Set<string>(), allModules(a)]) {
      const L = layoutGraph(a, ex);
      // cell2..cell6 each read the cell two back (cell1 reads stem twice): 5 skip edges.
      expect(checkSkipsLeft(a, L, boxesOf(L))).toBe(5);
      checkContainment(L, 8);
      checkSiblings(L);
    }
    const L = layoutGraph(a, allModules(a));
    checkEdges(
      L,
      (s, t) => s.startsWith('cell') && t.startsWith('cell') && parentPath(s) === parentPath(t),
    );
  });
});
