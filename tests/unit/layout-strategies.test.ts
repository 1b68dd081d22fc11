/**
 * The graph layout's strategies behind one interface: each lays out the local graphs of its shape
 * and declines the others (returns false), so the next one in STRATEGIES runs. Local graphs are
 * built by hand here; expected coordinates are worked out from the default options (rankSep 22,
 * nodeSep 14, laneGap 10) in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { LocalGraph } from '../../src/layout/graph/local';
import { DEFAULT_LAYOUT } from '../../src/layout/graph/options';
import { STRATEGIES } from '../../src/layout/graph/strategies/index';
import { chain } from '../../src/layout/graph/strategies/chain';
import { cell } from '../../src/layout/graph/strategies/cell';
import { spine } from '../../src/layout/graph/strategies/spine';
import { dagreStrategy } from '../../src/layout/graph/strategies/dagre';

const o = DEFAULT_LAYOUT;

/** A local graph of 34 px tall items (`name:width`, default 72 px wide) and edges `a>b`. */
function local(items: string[], edges: string[], isCell = false): LocalGraph {
  const g: LocalGraph = {
    module: 'm',
    items: new Map(),
    order: [],
    edges: new Map(),
    width: 0,
    height: 0,
    ox: 0,
    oy: 0,
    cell: isCell,
    seq: (p) => items.findIndex((s) => s.split(':')[0] === p),
    cellPath: () => false,
  };
  for (const s of items) {
    const [id, w] = s.split(':');
    g.items.set(id, { id, width: w ? Number(w) : 72, height: 34, cx: 0, cy: 0, port: false });
    g.order.push(id);
  }
  for (const e of edges) {
    const [v, w] = e.split('>');
    g.edges.set(`${v}\u0000${w}`, { v, w, points: [] });
  }
  return g;
}

const centre = (g: LocalGraph, id: string) => {
  const it = g.items.get(id)!;
  return [it.cx, it.cy];
};

describe('layout strategies', () => {
  it('are tried in the order chain, cell, spine, dagre', () => {
    expect(STRATEGIES.map((s) => s.name)).toEqual(['chain', 'cell', 'spine', 'dagre']);
  });

  it('chain: a path becomes a centred column, one rank gap apart', () => {
    const g = local(['a', 'b:100', 'c'], ['a>b', 'b>c']);
    expect(chain.layout(g, o)).toBe(true);
    // Column width 100 (the widest); centres 34/2 = 17, 17 + 34 + 22 = 73, 73 + 56 = 129.
    expect([centre(g, 'a'), centre(g, 'b'), centre(g, 'c')]).toEqual([
      [50, 17],
      [50, 73],
      [50, 129],
    ]);
    expect([g.width, g.height]).toEqual([100, 3 * 34 + 2 * 22]);
    expect(g.edges.get('a\u0000b')!.points).toEqual([
      { x: 50, y: 34 },
      { x: 50, y: 56 },
    ]);
  });

  it('chain declines a branch; spine takes one side item and a skip lane', () => {
    // A residual block: a → b → c → add, with the shortcut a → add.
    const res = local(['a', 'b', 'c', 'add'], ['a>b', 'b>c', 'c>add', 'a>add']);
    expect(chain.layout(res, o)).toBe(false);
    expect(spine.layout(res, o)).toBe(true);
    // The shortcut leaves a's right side (x 72), runs in the first lane at 72 + laneGap 10 = 82,
    // and enters add's right side at add's mid-height (17 + 3 · 56 = 185).
    expect(res.edges.get('a\u0000add')!.points).toEqual([
      { x: 72, y: 17 },
      { x: 82, y: 17 },
      { x: 82, y: 185 },
      { x: 72, y: 185 },
    ]);
    expect(res.width).toBe(82);
  });

  it('spine declines two side items competing for the same rows; dagre takes them', () => {
    // a → {b, c, d} → e: spine a, b, e; c and d would both sit between a and e.
    const g = local(['a', 'b', 'c', 'd', 'e'], ['a>b', 'a>c', 'a>d', 'b>e', 'c>e', 'd>e']);
    expect(spine.layout(g, o)).toBe(false);
    expect(dagreStrategy.layout(g, o)).toBe(true);
    // Three ranks of 34 px items, 22 px apart; the three branches side by side, 14 px apart.
    expect(g.height).toBe(3 * 34 + 2 * 22);
    expect(g.width).toBe(3 * 72 + 2 * 14);
    const ys = ['b', 'c', 'd'].map((id) => centre(g, id)[1]);
    expect(ys).toEqual([73, 73, 73]);
  });

  it('cell declines a local graph that is not a cell', () => {
    const g = local(['a', 'b', 'c'], ['a>b', 'a>c']);
    expect(cell.layout(g, o)).toBe(false);
    expect(cell.layout(local(['a', 'b', 'c'], ['a>b', 'a>c'], true), o)).toBe(true);
  });
});
