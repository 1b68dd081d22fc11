/**
 * The chain strategy, for a local graph that is one path through all its items (a plain
 * sequence, the commonest case): a centred column, edges straight down. No library, no cache.
 */
import { stackColumn, type LayoutStrategy, type LocalGraph } from '../local';

/** The items in path order when the local graph is one path through all of them, else null. */
export function chainOrder(g: LocalGraph): string[] | null {
  if (g.items.size === 1) return [...g.items.keys()];
  if (g.edges.size !== g.items.size - 1) return null;
  const next = new Map<string, string>();
  const indeg = new Map<string, number>();
  for (const e of g.edges.values()) {
    if (next.has(e.v)) return null;
    next.set(e.v, e.w);
    indeg.set(e.w, (indeg.get(e.w) ?? 0) + 1);
  }
  let start: string | undefined;
  for (const id of g.items.keys()) {
    const d = indeg.get(id) ?? 0;
    if (d > 1) return null;
    if (d === 0) {
      if (start !== undefined) return null;
      start = id;
    }
  }
  if (start === undefined) return null;
  const order: string[] = [];
  for (let id: string | undefined = start; id !== undefined; id = next.get(id)) order.push(id);
  return order.length === g.items.size ? order : null;
}

export const chain: LayoutStrategy = {
  name: 'chain',
  layout(g, o) {
    const order = chainOrder(g);
    if (!order) return false;
    const { width, height } = stackColumn(g, order, o);
    for (const e of g.edges.values()) {
      const s = g.items.get(e.v)!;
      const t = g.items.get(e.w)!;
      e.points = [
        { x: s.cx, y: s.cy + s.height / 2 },
        { x: t.cx, y: t.cy - t.height / 2 },
      ];
    }
    g.width = width;
    g.height = height;
    return true;
  },
};
