/**
 * Graph-diagram geometry: which nodes are visible at a collapse level, the edges between them and
 * where everything goes. Pure TypeScript (no DOM): the renderer in src/charts/diagram.ts draws it.
 *
 * Vocabulary:
 * - A module is *open* when it and all its ancestors are expanded (the root is always open).
 * - A *visible node* is a leaf whose parent is open, or a non-empty module that is not expanded
 *   but whose parent is open (a *collapsed* module, standing for all its leaves).
 * - Edges join visible nodes: every leaf-to-leaf edge of the analysis is lifted to the visible
 *   nodes that stand for its ends; duplicates and self-loops (edges inside a collapsed module) go.
 *
 * Layout is hierarchical: each open module is laid out on its own, bottom-up, with its direct
 * visible children as nodes (an open child is a box of its own computed size). An edge that
 * crosses a module boundary enters or leaves through an invisible port node inside that module.
 * A group box therefore contains its children by construction, siblings never overlap, and the
 * DAG library only ever sees one module's worth of nodes at a time, which keeps a fully expanded
 * ResNet-1202 (about 4,800 visible leaves) fast. A module whose content is a plain chain is laid
 * out as a column without the library (the "chain fast path").
 *
 * Units: pixels at zoom 1; x grows right, y grows down; data flows top to bottom.
 */
import dagre from '@dagrejs/dagre';
import type { Analysis, LayerResult, ModuleResult, Shape } from '../engine/analysis';

/** Colour family of a node (the legend): one accent per family. */
export type OpFamily =
  'input' | 'conv' | 'pool' | 'norm' | 'fc' | 'merge' | 'activation' | 'other' | 'module';

export const OP_FAMILIES: readonly OpFamily[] = [
  'input',
  'conv',
  'pool',
  'norm',
  'fc',
  'merge',
  'activation',
  'other',
  'module',
];

export function opFamily(op: string): OpFamily {
  switch (op) {
    case 'input':
      return 'input';
    case 'conv':
      return 'conv';
    case 'pool':
      return 'pool';
    case 'bn':
    case 'lrn':
      return 'norm';
    case 'fc':
      return 'fc';
    case 'concat':
    case 'add':
    case 'mean':
    case 'scale':
      return 'merge';
    case 'relu':
    case 'tanh':
    case 'sigmoid':
    case 'softmax':
      return 'activation';
    default:
      return 'other';
  }
}

/** The visible-node budget of the default collapse level. */
export const DEFAULT_NODE_BUDGET = 150;

/** Shape as text, C×H×W order: [256, 56, 56] → "256×56×56". */
function shapeText(s: Shape): string {
  return s.join('×');
}

/** Lookups over an analysis, built once per analysis. */
interface Index {
  a: Analysis;
  modules: Map<string, ModuleResult>;
  leafIndex: Map<string, number>;
}

const indexCache = new WeakMap<Analysis, Index>();

function indexOf(a: Analysis): Index {
  let ix = indexCache.get(a);
  if (!ix) {
    ix = {
      a,
      modules: new Map(a.modules.map((m) => [m.path, m])),
      leafIndex: new Map(a.layers.map((l, i) => [l.path, i])),
    };
    indexCache.set(a, ix);
  }
  return ix;
}

/** Which modules are open, and which visible node stands for each leaf. */
interface Visibility {
  open: Set<string>;
  /** rep[i]: the visible node (leaf path or collapsed module path) standing for layers[i]. */
  rep: string[];
  /** Visible node paths in execution order. */
  nodes: string[];
  collapsed: Set<string>;
}

function visibility(a: Analysis, expanded: ReadonlySet<string>): Visibility {
  const open = new Set<string>(['']);
  const collapsed = new Set<string>();
  const rep = a.layers.map((l) => l.path);
  for (const m of a.modules) {
    if (m.parent === null) continue;
    if (!open.has(m.parent) || m.end <= m.start) continue;
    if (expanded.has(m.path)) {
      open.add(m.path);
    } else {
      collapsed.add(m.path);
      for (let i = m.start; i < m.end; i++) rep[i] = m.path;
    }
  }
  const nodes: string[] = [];
  for (const r of rep) if (nodes[nodes.length - 1] !== r) nodes.push(r);
  return { open, rep, nodes, collapsed };
}

/**
 * Paths of the nodes drawn at this collapse level, in execution order: leaves whose modules are
 * all expanded, and collapsed modules (each standing for all its leaves). Empty modules (identity
 * shortcuts) have no leaves and are never drawn; their edge joins producer and consumer directly.
 */
export function visibleNodes(a: Analysis, expanded: ReadonlySet<string>): string[] {
  return visibility(a, expanded).nodes;
}

/** Every non-empty module path except the root: "expand all". */
export function allModules(a: Analysis): Set<string> {
  return new Set(a.modules.filter((m) => m.parent !== null && m.end > m.start).map((m) => m.path));
}

/** Number of drawn children of a module when it is expanded (leaves and non-empty modules). */
function drawnChildren(ix: Index, m: ModuleResult): number {
  let n = 0;
  for (const c of m.children) {
    const cm = ix.modules.get(c);
    if (!cm || cm.end > cm.start) n++;
  }
  return n;
}

/**
 * The default collapse level: expand whole nesting levels, shallowest first, while the visible
 * node count stays within `budget` (150: a screenful of readable boxes). Small networks end up
 * fully expanded; deep ones (ResNet-152's stages of blocks, ResNet-1202's 200-block stages) stop
 * at the level whose expansion would overflow, so repeats and stages stay collapsed.
 */
export function defaultExpanded(a: Analysis, budget = DEFAULT_NODE_BUDGET): Set<string> {
  const ix = indexOf(a);
  const expanded = new Set<string>();
  const root = a.modules[0];
  let count = drawnChildren(ix, root);
  let frontier = root.children
    .map((c) => ix.modules.get(c))
    .filter((m): m is ModuleResult => !!m && m.end > m.start);
  while (frontier.length > 0) {
    let gain = 0;
    for (const m of frontier) gain += drawnChildren(ix, m) - 1;
    if (count + gain > budget) break;
    count += gain;
    const next: ModuleResult[] = [];
    for (const m of frontier) {
      expanded.add(m.path);
      for (const c of m.children) {
        const cm = ix.modules.get(c);
        if (cm && cm.end > cm.start) next.push(cm);
      }
    }
    frontier = next;
  }
  // The level that did not fit: expand its modules one by one, in execution order, while they fit.
  for (const m of frontier) {
    const gain = drawnChildren(ix, m) - 1;
    if (count + gain > budget) continue;
    count += gain;
    expanded.add(m.path);
  }
  return expanded;
}

// ---------------------------------------------------------------------------------------------
// Layout

export interface Point {
  x: number;
  y: number;
}

export interface DiagramNode {
  /** Leaf path or collapsed-module path (the selection key). */
  id: string;
  kind: 'leaf' | 'module';
  /** Leaf op, or the module's kind. */
  op: string;
  family: OpFamily;
  /** First line: the op label (`conv 3×3, 64, /2`) or the module's name. */
  label: string;
  /** Second line: output shape C×H×W, and for a module its kind and leaf count. */
  detail: string;
  /** Leaves this node stands for (1 for a leaf). */
  leaves: number;
  /** Top-left corner and size, absolute. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  source: string;
  target: string;
  /** Shape of the value flowing along the edge (the producer's output). */
  shape: string;
  points: Point[];
}

/** The frame of an expanded module: clicking its header collapses it. */
export interface GroupBox {
  id: string;
  label: string;
  kind: string;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Height of the header band at the top (holds the label). */
  header: number;
}

export interface GraphLayout {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Outermost first, so inner boxes draw on top. */
  groups: GroupBox[];
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Width in px of one character of node text (11 px system font ≈ 6.4). */
  charWidth?: number;
  nodeHeight?: number;
  minNodeWidth?: number;
  /** Vertical gap between ranks, horizontal gap between nodes. */
  rankSep?: number;
  nodeSep?: number;
  /** Padding inside a group box, and its header band. */
  groupPad?: number;
  groupHeader?: number;
}

const DEFAULTS: Required<LayoutOptions> = {
  charWidth: 6.4,
  nodeHeight: 34,
  minNodeWidth: 72,
  rankSep: 22,
  nodeSep: 14,
  groupPad: 8,
  groupHeader: 18,
};

interface LocalItem {
  id: string;
  width: number;
  height: number;
  /** Centre, local to the module's content origin. */
  cx: number;
  cy: number;
  port: boolean;
}

interface LocalEdge {
  v: string;
  w: string;
  points: Point[];
}

interface LocalGraph {
  module: string;
  items: Map<string, LocalItem>;
  order: string[];
  edges: Map<string, LocalEdge>;
  /** Size of the laid-out content (without padding/header). */
  width: number;
  height: number;
  /** Absolute top-left of the content area, filled top-down. */
  ox: number;
  oy: number;
}

const SEP = '\u0000';

function weightLeaf(a: Analysis, m: ModuleResult): LayerResult | undefined {
  let found: LayerResult | undefined;
  for (let i = m.start; i < m.end; i++) {
    const l = a.layers[i];
    if (l.op === 'conv' || l.op === 'fc') {
      if (found) return undefined;
      found = l;
    }
  }
  return found;
}

function nodeText(
  a: Analysis,
  ix: Index,
  id: string,
): Omit<DiagramNode, 'x' | 'y' | 'width' | 'height'> {
  const li = ix.leafIndex.get(id);
  if (li !== undefined) {
    const l = a.layers[li];
    return {
      id,
      kind: 'leaf',
      op: l.op,
      family: opFamily(l.op),
      label: l.label,
      detail: shapeText(l.out),
      leaves: 1,
    };
  }
  const m = ix.modules.get(id)!;
  const n = m.end - m.start;
  // A collapsed conv unit reads best as its one conv: `conv 3×3, 64 +2`.
  const w = m.label === m.name ? weightLeaf(a, m) : undefined;
  const label = w ? `${m.name}: ${w.label}` : m.label;
  return {
    id,
    kind: 'module',
    op: String(m.kind),
    family: 'module',
    label,
    detail: `${shapeText(m.out)} · ${m.kind} · ${n} layer${n === 1 ? '' : 's'}`,
    leaves: n,
  };
}

/**
 * Lay out the visible graph. Returns absolute node boxes, edge polylines (one per lifted edge,
 * running through the ports of the modules it crosses) and group boxes for open modules.
 */
export function layoutGraph(
  a: Analysis,
  expanded: ReadonlySet<string>,
  options: LayoutOptions = {},
): GraphLayout {
  const o = { ...DEFAULTS, ...options };
  const ix = indexOf(a);
  const vis = visibility(a, expanded);

  // Container (open module) of each visible node and of each open module.
  const parentOf = (id: string): string => {
    const li = ix.leafIndex.get(id);
    if (li !== undefined) return a.layers[li].parent;
    return ix.modules.get(id)!.parent ?? '';
  };
  const depthOf = (moduleId: string): number => ix.modules.get(moduleId)!.depth;

  const graphs = new Map<string, LocalGraph>();
  for (const m of a.modules) {
    if (!vis.open.has(m.path)) continue;
    graphs.set(m.path, {
      module: m.path,
      items: new Map(),
      order: [],
      edges: new Map(),
      width: 0,
      height: 0,
      ox: 0,
      oy: 0,
    });
  }

  // Visible nodes and their sizes.
  const texts = new Map<string, ReturnType<typeof nodeText>>();
  for (const id of vis.nodes) {
    const t = nodeText(a, ix, id);
    texts.set(id, t);
    const chars = Math.max(t.label.length, t.detail.length);
    const width = Math.max(o.minNodeWidth, Math.ceil(chars * o.charWidth + 16));
    const height = t.kind === 'module' ? o.nodeHeight + 4 : o.nodeHeight;
    const g = graphs.get(parentOf(id))!;
    g.items.set(id, { id, width, height, cx: 0, cy: 0, port: false });
  }
  // Open modules (except the root) are items of their parent's graph; order follows children.
  for (const g of graphs.values()) {
    const m = ix.modules.get(g.module)!;
    for (const c of m.children) {
      if (g.items.has(c)) g.order.push(c);
      else if (graphs.has(c)) {
        g.items.set(c, { id: c, width: 0, height: 0, cx: 0, cy: 0, port: false });
        g.order.push(c);
      }
    }
  }

  // Lift leaf edges to visible edges, then route each through the modules it crosses.
  interface Route {
    source: string;
    target: string;
    shape: string;
    /** Local edges in drawing order: [module, key]. */
    segs: [string, string][];
  }
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

  // Bottom-up: lay out each open module's content; its box size feeds its parent.
  const openList = a.modules.filter((m) => vis.open.has(m.path));
  for (let k = openList.length - 1; k >= 0; k--) {
    const g = graphs.get(openList[k].path)!;
    for (const id of g.order) {
      const child = graphs.get(id);
      if (child) {
        const it = g.items.get(id)!;
        // Wide enough for its header label (`− name · kind`).
        const labelW = (groupLabel(ix.modules.get(id)!).length + 2) * o.charWidth + 12;
        it.width = Math.max(child.width + 2 * o.groupPad, o.minNodeWidth + 2 * o.groupPad, labelW);
        it.height = child.height + o.groupPad * 2 + o.groupHeader;
      }
    }
    layoutLocal(g, o);
  }

  // Top-down: absolute origins. The root's content starts at (0, 0).
  const root = graphs.get('')!;
  root.ox = 0;
  root.oy = 0;
  const groups: GroupBox[] = [];
  for (const m of openList) {
    const g = graphs.get(m.path)!;
    for (const id of g.order) {
      const child = graphs.get(id);
      if (!child) continue;
      const it = g.items.get(id)!;
      const x = g.ox + it.cx - it.width / 2;
      const y = g.oy + it.cy - it.height / 2;
      child.ox = x + o.groupPad + (it.width - 2 * o.groupPad - child.width) / 2;
      child.oy = y + o.groupHeader + o.groupPad;
      const cm = ix.modules.get(id)!;
      groups.push({
        id,
        label: groupLabel(cm),
        kind: String(cm.kind),
        depth: cm.depth,
        x,
        y,
        width: it.width,
        height: it.height,
        header: o.groupHeader,
      });
    }
  }

  const nodes: DiagramNode[] = vis.nodes.map((id) => {
    const g = graphs.get(parentOf(id))!;
    const it = g.items.get(id)!;
    return {
      ...texts.get(id)!,
      x: g.ox + it.cx - it.width / 2,
      y: g.oy + it.cy - it.height / 2,
      width: it.width,
      height: it.height,
    };
  });

  const edges: DiagramEdge[] = routes.map((r) => {
    const points: Point[] = [];
    for (const [mod, key] of r.segs) {
      const g = graphs.get(mod)!;
      for (const p of g.edges.get(key)!.points) points.push({ x: g.ox + p.x, y: g.oy + p.y });
    }
    return { source: r.source, target: r.target, shape: r.shape, points };
  });

  return { nodes, edges, groups, width: root.width, height: root.height };
}

function groupLabel(m: ModuleResult): string {
  return `${m.label} · ${m.kind}`;
}

/** True when the local graph is one path through all its items (a plain sequence). */
function chainOrder(g: LocalGraph): string[] | null {
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

function layoutLocal(g: LocalGraph, o: Required<LayoutOptions>): void {
  if (g.items.size === 0) return;
  const chain = g.items.size === 1 ? [...g.items.keys()] : chainOrder(g);
  if (chain) {
    // Chain fast path: a centred column; edges are straight verticals.
    let width = 0;
    for (const id of chain) width = Math.max(width, g.items.get(id)!.width);
    let y = 0;
    chain.forEach((id, k) => {
      const it = g.items.get(id)!;
      if (k > 0) y += it.port ? o.rankSep / 2 : o.rankSep;
      it.cx = width / 2;
      it.cy = y + it.height / 2;
      y += it.height;
    });
    for (const e of g.edges.values()) {
      const s = g.items.get(e.v)!;
      const t = g.items.get(e.w)!;
      e.points = [
        { x: s.cx, y: s.cy + s.height / 2 },
        { x: t.cx, y: t.cy - t.height / 2 },
      ];
    }
    g.width = width;
    g.height = y;
    return;
  }
  if (spineLayout(g, o)) return;
  // Identical modules (ResNet-1202's 600 blocks, DenseNet's layers, NASNet's cells) give
  // identical local graphs: lay each distinct shape out once.
  const order = g.order;
  const pos = new Map<string, number>();
  order.forEach((id, i) => pos.set(id, i));
  const edgeList = [...g.edges.values()];
  let sig = '';
  for (const id of order) {
    const it = g.items.get(id)!;
    sig += `${it.width},${it.height}${it.port ? 'p' : ''};`;
  }
  sig += '|';
  for (const e of edgeList) sig += `${pos.get(e.v)}>${pos.get(e.w)};`;
  let shape = layoutCache.get(sig);
  if (!shape) {
    shape = runDagre(g, o, edgeList);
    if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
    layoutCache.set(sig, shape);
  }
  order.forEach((id, i) => {
    const it = g.items.get(id)!;
    it.cx = shape.centres[i].x;
    it.cy = shape.centres[i].y;
  });
  edgeList.forEach((e, i) => {
    e.points = shape.edges[i].map((p) => ({ x: p.x, y: p.y }));
  });
  g.width = shape.width;
  g.height = shape.height;
}

/** A laid-out local graph, content normalised to start at (0, 0). */
interface LocalShape {
  centres: Point[];
  edges: Point[][];
  width: number;
  height: number;
}

const LAYOUT_CACHE_SIZE = 4000;
const layoutCache = new Map<string, LocalShape>();

function runDagre(g: LocalGraph, o: Required<LayoutOptions>, edgeList: LocalEdge[]): LocalShape {
  const dg = new dagre.graphlib.Graph();
  dg.setGraph({
    rankdir: 'TB',
    nodesep: o.nodeSep,
    ranksep: o.rankSep,
    edgesep: 6,
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
  return {
    centres: centres.map((p) => ({ x: p.x - minX, y: p.y - minY })),
    edges: edges.map((pts) => pts.map((p) => ({ x: p.x - minX, y: p.y - minY }))),
    width: maxX - minX,
    height: maxY - minY,
  };
}

/**
 * The "spine" fast path, for the common block shapes that are almost a chain: the longest path
 * through the local graph (the spine) becomes a centred column; every other item (a side child
 * such as ResNet's `downsample`, or a 1-input branch beside the spine) must read from and feed
 * only spine items, and goes into a second column to the right, vertically between its last
 * producer and first consumer. Spine edges that skip ahead (the identity shortcut into `add`, the
 * SE scale reading the residual map) run in lanes to the right of both columns. Returns false,
 * leaving the work to dagre, when the graph does not have that shape or the side items would not
 * fit (two side items competing for the same rows, as in an Inception module).
 */
function spineLayout(g: LocalGraph, o: Required<LayoutOptions>): boolean {
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

  // The spine column, as in the chain fast path.
  let spineW = 0;
  for (const id of spine) spineW = Math.max(spineW, g.items.get(id)!.width);
  let y = 0;
  spine.forEach((id, k) => {
    const it = g.items.get(id)!;
    if (k > 0) y += it.port ? o.rankSep / 2 : o.rankSep;
    it.cx = spineW / 2;
    it.cy = y + it.height / 2;
    y += it.height;
  });
  const height = y;
  const top = (it: LocalItem) => it.cy - it.height / 2;
  const bottom = (it: LocalItem) => it.cy + it.height / 2;

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
  const laneGap = 10;
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
  g.width = right;
  g.height = height;
  return true;
}
