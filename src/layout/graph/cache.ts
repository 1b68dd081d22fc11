/**
 * The layout cache. Identical modules (ResNet-1202's 600 blocks, DenseNet's layers, NASNet's
 * cells) give identical local graphs: each distinct shape is laid out once. One key builder says
 * what a shape is: the strategy, every option, and, in a given order, each item's size, whether it
 * is a port or a frame, and each edge with the inner ports it leaves from and enters at.
 */
import type { LocalEdge, LocalGraph } from './local';
import { SEP, farEnd } from './local';
import type { LayoutConfig } from './options';
import type { Point } from './types';

/** A laid-out local graph, content normalised to start at (0, 0). */
interface LocalShape {
  centres: Point[];
  edges: Point[][];
  width: number;
  height: number;
}

/** Most shapes kept; when full, the oldest is dropped. */
const LAYOUT_CACHE_SIZE = 4000;
const layoutCache = new Map<string, LocalShape>();

const optionKeys = new WeakMap<LayoutConfig, string>();

function optionsKey(o: LayoutConfig): string {
  let k = optionKeys.get(o);
  if (k === undefined) {
    k = Object.keys(o)
      .sort()
      .map((name) => `${name}=${o[name as keyof LayoutConfig]}`)
      .join(',');
    optionKeys.set(o, k);
  }
  return k;
}

/**
 * The cache key of laying out `g` with `strategy`: items listed in `ids` order, each with its
 * ordinal (`at`, default its position in `ids`), size and flags; edges in `edges` order by the
 * ordinals of their ends, with the x offsets of the inner ports they use.
 */
export function shapeKey(
  strategy: string,
  g: LocalGraph,
  o: LayoutConfig,
  ids: readonly string[],
  edges: readonly LocalEdge[],
  at?: ReadonlyMap<string, number>,
): string {
  const pos = at ?? new Map(ids.map((id, i) => [id, i]));
  let key = `${strategy};${optionsKey(o)};`;
  for (const id of ids) {
    const it = g.items.get(id)!;
    key += `${pos.get(id)}:${it.width},${it.height}${it.port ? 'p' : ''}${it.attach ? 'f' : ''};`;
  }
  key += '|';
  for (const e of edges) {
    const so = g.items.get(e.v)!.attach?.get(`out${SEP}${farEnd(e.w)}`);
    const ti = g.items.get(e.w)!.attach?.get(`in${SEP}${farEnd(e.v)}`);
    key += `${pos.get(e.v)}>${pos.get(e.w)}:${so ?? ''},${ti ?? ''};`;
  }
  return key;
}

/**
 * Lay `g` out through the cache: when `key` is known, place its items (in `ids` order) and edges
 * as the cached shape says; otherwise run `layout`, which places them, and remember the result.
 */
export function cachedLayout(
  key: string,
  g: LocalGraph,
  ids: readonly string[],
  edges: readonly LocalEdge[],
  layout: () => void,
): void {
  const cached = layoutCache.get(key);
  if (cached) {
    ids.forEach((id, i) => {
      const it = g.items.get(id)!;
      it.cx = cached.centres[i].x;
      it.cy = cached.centres[i].y;
    });
    edges.forEach((e, i) => {
      e.points = cached.edges[i].map((p) => ({ x: p.x, y: p.y }));
    });
    g.width = cached.width;
    g.height = cached.height;
    return;
  }
  layout();
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(key, {
    centres: ids.map((id) => ({ x: g.items.get(id)!.cx, y: g.items.get(id)!.cy })),
    edges: edges.map((e) => e.points.map((q) => ({ x: q.x, y: q.y }))),
    width: g.width,
    height: g.height,
  });
}
