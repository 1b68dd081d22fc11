/**
 * Keyboard movement between the boxes of a drawing (the graph diagram or the stacked volumes),
 * along the network's data flow. Pure: boxes and edges in, the id to move to out.
 *
 * The model, as the on-screen keyboard help and the README state it:
 * - `next` (↓): the next layer along the data flow. At a fork (one output read by several
 *   layers) the first branch, the leftmost in the drawing.
 * - `prev` (↑): back against the data flow. At a merge (a layer reading several inputs) the branch
 *   the reader came down by, else the leftmost.
 * - `right` / `left` (→ / ←): across, to the sibling branch: the next / previous of the layers that
 *   read the same producer; inside a branch, the nearest box to the right / left on the same row.
 *   Where there is nothing across (a chain like AlexNet's), → and ← step along the flow like ↓
 *   and ↑, as presentation mode's ← / → do.
 * - `first` / `last` (Home / End): the network's input and its last layer.
 */

/** A drawn box in layout coordinates (y grows down the data flow). */
export interface NavBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type NavMove = 'next' | 'prev' | 'right' | 'left' | 'first' | 'last';

export interface KeyNav {
  /** Box ids in execution order. */
  readonly order: readonly string[];
  /** Where `move` leads from `from` (null: from nowhere, which starts at the first box). */
  move(from: string | null, how: NavMove): string | null;
}

const cx = (b: NavBox) => b.x + b.width / 2;
const cy = (b: NavBox) => b.y + b.height / 2;

/**
 * Navigation over boxes given in execution order, joined by `edges` (producer → consumer). With no
 * edges (the stacked volumes, one chain in reading order) each box leads to the next.
 */
export function keyNav(
  boxes: readonly NavBox[],
  edges: readonly { source: string; target: string }[] | null,
): KeyNav {
  const order = boxes.map((b) => b.id);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  const link = (m: Map<string, string[]>, a: string, b: string) => {
    const list = m.get(a);
    if (!list) m.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  if (edges) {
    for (const e of edges) {
      if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
      link(succ, e.source, e.target);
      link(pred, e.target, e.source);
    }
  } else
    for (let i = 1; i < order.length; i++) {
      link(succ, order[i - 1], order[i]);
      link(pred, order[i], order[i - 1]);
    }
  // Branches left to right as drawn.
  const byX = (a: string, b: string) => cx(byId.get(a)!) - cx(byId.get(b)!);
  for (const list of succ.values()) list.sort(byX);
  for (const list of pred.values()) list.sort(byX);

  /** The producer each box was last entered from going down, so ↑ climbs back the same branch. */
  const cameFrom = new Map<string, string>();

  /** The nearest box to the right (dir 1) or left (-1) whose middle lies within `b`'s rows. */
  function rowNeighbour(b: NavBox, dir: 1 | -1): string | null {
    let best: NavBox | null = null;
    for (const o of boxes) {
      if (o === b) continue;
      const m = cy(o);
      if (m < b.y || m > b.y + b.height) continue;
      const d = (cx(o) - cx(b)) * dir;
      if (d <= 0) continue;
      if (!best || d < (cx(best) - cx(b)) * dir) best = o;
    }
    return best ? best.id : null;
  }

  function move(from: string | null, how: NavMove): string | null {
    if (order.length === 0) return null;
    if (how === 'first' || from === null || !byId.has(from))
      return how === 'last' ? order[order.length - 1] : order[0];
    if (how === 'last') return order[order.length - 1];
    if (how === 'next') {
      const to = succ.get(from)?.[0];
      if (!to) return from;
      cameFrom.set(to, from);
      return to;
    }
    if (how === 'prev') {
      const ps = pred.get(from);
      if (!ps?.length) return from;
      const back = cameFrom.get(from);
      return back && ps.includes(back) ? back : ps[0];
    }
    const dir = how === 'right' ? 1 : -1;
    // Sibling branches: the layers that read the same producer as this one.
    const producer = cameFrom.get(from) ?? pred.get(from)?.[0];
    const siblings = producer ? (succ.get(producer) ?? []) : [];
    const i = siblings.indexOf(from);
    if (siblings.length > 1 && i >= 0) {
      const j = i + dir;
      if (j >= 0 && j < siblings.length) {
        cameFrom.set(siblings[j], producer!);
        return siblings[j];
      }
    }
    const across = rowNeighbour(byId.get(from)!, dir);
    if (across) return across;
    // Nothing across: step along the flow.
    return move(from, dir === 1 ? 'next' : 'prev');
  }

  return { order, move };
}
