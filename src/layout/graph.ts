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
  /**
   * For an open module: where its inner ports sit, as x offsets from the box centre. Keyed
   * `in␀far` / `out␀far` by the far end at this level (the item an edge comes from or goes to).
   */
  attach?: Map<string, number>;
  /** A module laid out as a cell (two-input block), open or collapsed. */
  cell?: boolean;
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
  /** Lay the content out as a cell (two-input block): inputs on top, branches in a row. */
  cell: boolean;
  /** Execution order of a visible node or module path (ports are sorted by their far end). */
  seq: (path: string) => number;
  /** True for a module path laid out as a cell. */
  cellPath: (path: string) => boolean;
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
  const seq = (path: string): number =>
    ix.leafIndex.get(path) ?? ix.modules.get(path)?.start ?? Number.MAX_SAFE_INTEGER;

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
      cell: isCell(m),
      seq,
      cellPath: (path: string) => {
        const cm = ix.modules.get(path);
        return !!cm && isCell(cm);
      },
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
    const cm = ix.modules.get(id);
    g.items.set(id, { id, width, height, cx: 0, cy: 0, port: false, cell: !!cm && isCell(cm) });
  }
  // Open modules (except the root) are items of their parent's graph; order follows children.
  for (const g of graphs.values()) {
    const m = ix.modules.get(g.module)!;
    for (const c of m.children) {
      if (g.items.has(c)) g.order.push(c);
      else if (graphs.has(c)) {
        const cm = ix.modules.get(c)!;
        g.items.set(c, { id: c, width: 0, height: 0, cx: 0, cy: 0, port: false, cell: isCell(cm) });
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
        it.attach = new Map();
        for (const p of child.items.values()) {
          if (!p.port) continue;
          const [, dir, far] = p.id.split(SEP);
          it.attach.set(dir + SEP + far, p.cx - child.width / 2);
        }
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

/**
 * Module kinds laid out as cells even when they read one input (NASNet's stem cell 0 reads conv0
 * twice): their branches go in a row under the inputs, as for every two-input block.
 */
const CELL_KINDS = new Set(['normal-cell', 'reduction-cell', 'cell-block']);

function isCell(m: ModuleResult): boolean {
  return m.inShapes.length >= 2 || CELL_KINDS.has(String(m.kind));
}

/**
 * Stack `ids` top to bottom in one centred column (ports half a rank apart, other items a rank);
 * returns the column's width and height.
 */
function stackColumn(
  g: LocalGraph,
  ids: readonly string[],
  o: Required<LayoutOptions>,
): { width: number; height: number } {
  let width = 0;
  for (const id of ids) width = Math.max(width, g.items.get(id)!.width);
  let y = 0;
  ids.forEach((id, k) => {
    const it = g.items.get(id)!;
    if (k > 0) y += it.port ? o.rankSep / 2 : o.rankSep;
    it.cx = width / 2;
    it.cy = y + it.height / 2;
    y += it.height;
  });
  return { width, height: y };
}

/** The far end of a local edge end: a port stands for the item outside it is keyed by. */
function farEnd(id: string): string {
  const k = id.lastIndexOf(SEP);
  return k < 0 ? id : id.slice(k + 1);
}

/** A frame's header: the module's label and, when it adds something, its kind ("features" once). */
function groupLabel(m: ModuleResult): string {
  return m.label === m.kind ? m.label : `${m.label} · ${m.kind}`;
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
  // A cell's output read by the next two cells leaves through two output ports: lay out one and
  // put the other on it (a cell output is one value, drawn as one exit).
  const twins = new Map<string, string>();
  const firstOut = new Map<string, string>();
  for (const e of g.edges.values()) {
    const it = g.items.get(e.w)!;
    if (!it.port || e.w.split(SEP)[1] !== 'out' || !g.cellPath(farEnd(e.w))) continue;
    const first = firstOut.get(e.v);
    if (first === undefined) firstOut.set(e.v, e.w);
    else twins.set(e.w, first);
  }
  if (twins.size > 0) {
    const items = g.items;
    const edges = g.edges;
    const order = g.order;
    g.items = new Map([...items].filter(([id]) => !twins.has(id)));
    g.edges = new Map([...edges].filter(([, e]) => !twins.has(e.w)));
    g.order = order.filter((id) => !twins.has(id));
    layoutLocal(g, o);
    for (const [twin, first] of twins) {
      const a = items.get(first)!;
      const b = items.get(twin)!;
      b.cx = a.cx;
      b.cy = a.cy;
    }
    for (const e of edges.values()) {
      const first = twins.get(e.w);
      if (first !== undefined)
        e.points = edges.get(e.v + SEP + first)!.points.map((p) => ({ ...p }));
    }
    g.items = items;
    g.edges = edges;
    g.order = order;
    return;
  }
  const chain = g.items.size === 1 ? [...g.items.keys()] : chainOrder(g);
  if (chain) {
    // Chain fast path: a centred column; edges are straight verticals.
    const { width, height } = stackColumn(g, chain, o);
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
    return;
  }
  if (g.cell) {
    cellLayout(g, o);
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
  applyShape(g, order, edgeList, shape);
}

/** Place a local graph's items (in `order`) and edges as a laid-out shape of the same signature says. */
function applyShape(
  g: LocalGraph,
  order: readonly string[],
  edgeList: readonly LocalEdge[],
  shape: LocalShape,
): void {
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
  const { width: spineW, height } = stackColumn(g, spine, o);
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
  // A spine with several skips (a sequence of two-input cells, each reading the previous two)
  // draws them instead as short detours left of the column, see `leftDetours`.
  const laneGap = 10;
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
 * down the gap below it
 * to a lane just outside the items it passes, runs down, and turns right in the gap above its
 * target into the target's top (at its inner input port, else a quarter in from the left).
 * Edges whose row spans overlap take lanes at least `laneGap` apart. Returns the leftmost x used.
 */
function leftDetours(
  g: LocalGraph,
  edges: LocalEdge[],
  spine: string[],
  rank: Map<string, number>,
  laneGap: number,
): number {
  const top = (it: LocalItem) => it.cy - it.height / 2;
  const bottom = (it: LocalItem) => it.cy + it.height / 2;
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

/**
 * Layered layout of a cell (a two-input block such as a NASNet cell or one of its comb blocks),
 * written out instead of left to dagre so that it reads the same in every cell:
 * - rows (ranks) by longest path from the inputs; the input ports on top, the earlier input (the
 *   skip input h_{i−1}) on the left; output ports below the last row, on the centre line;
 * - an edge spanning several rows runs through a zero-width slot in each row between;
 * - within a row, items are ordered by the barycentre of their neighbours (sweeps down and up,
 *   keeping the order with the fewest crossings), then packed and centred on one axis;
 * - every edge leaves its source at the bottom and enters its target at the top (spread across
 *   the target's width in the order of the sources), and bends only in the gaps between rows, so
 *   no edge crosses a box.
 */
function cellLayout(g: LocalGraph, o: Required<LayoutOptions>): void {
  const ids = g.order;
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  for (const id of ids) {
    succ.set(id, []);
    pred.set(id, []);
  }
  const edges = [...g.edges.values()];
  for (const e of edges) {
    succ.get(e.v)!.push(e.w);
    pred.get(e.w)!.push(e.v);
  }
  const isIn = (id: string) => !!g.items.get(id)?.port && pred.get(id)!.length === 0;
  const isOut = (id: string) => !!g.items.get(id)?.port && !isIn(id);
  // Ranks: longest path (execution order is a topological order of the real items).
  const rank = new Map<string, number>();
  const topo = [...ids].sort((p, q) => {
    const ip = isIn(p) ? 0 : isOut(p) ? 2 : 1;
    const iq = isIn(q) ? 0 : isOut(q) ? 2 : 1;
    return ip - iq || g.seq(farEnd(p)) - g.seq(farEnd(q));
  });
  // Identical cells (every normal cell of a stack, every comb block of one shape) lay out alike:
  // key the result on everything it depends on.
  const at = new Map<string, number>();
  topo.forEach((id, i) => at.set(id, i));
  let sig = 'cell;';
  for (const id of ids) {
    const it = g.items.get(id)!;
    sig += `${at.get(id)}:${it.width},${it.height}${it.port ? 'p' : ''};`;
  }
  sig += '|';
  for (const e of edges) {
    const so = g.items.get(e.v)!.attach?.get(`out${SEP}${farEnd(e.w)}`);
    const ti = g.items.get(e.w)!.attach?.get(`in${SEP}${farEnd(e.v)}`);
    sig += `${at.get(e.v)}>${at.get(e.w)}:${so ?? ''},${ti ?? ''};`;
  }
  const cached = layoutCache.get(sig);
  if (cached) {
    applyShape(g, ids, edges, cached);
    return;
  }
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

  // Rows with slots for long edges. A slot is `edgeIndex@rank`.
  interface Slot {
    id: string;
    width: number;
    /** Neighbours one row up and one row down (item ids or slot ids). */
    up: string[];
    down: string[];
  }
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
  for (let iter = 0; iter < 6 && bestN > 0; iter++) {
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
  const slotGap = 8;
  let half = 0;
  // A slot next to a frame keeps a full gap from it, so the edge does not read as its border.
  const frame = (id: string) => !!g.items.get(id)?.attach;
  const gapAfter = (row: string[], i: number) =>
    (slots.get(row[i])!.width === 0 || slots.get(row[i + 1])!.width === 0) &&
    !frame(row[i]) &&
    !frame(row[i + 1])
      ? slotGap
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
  for (let iter = 0; iter < 3; iter++) {
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
    x.set(id, Math.min(cx, -12 * (ins.length - 1 - k)));
  });
  for (const id of ins) half = Math.max(half, Math.abs(x.get(id)!));
  if (hasOut) for (const id of rows[nRanks - 1]) x.set(id, x.get(slots.get(id)!.up[0]) ?? 0);

  // y: rows top-aligned in bands; port rows are half a gap from their neighbours.
  const top: number[] = [];
  const bandH: number[] = [];
  let y = 0;
  for (let r = 0; r < nRanks; r++) {
    const portRow = rows[r].every((id) => !slots.get(id)!.width || g.items.get(id)?.port);
    // Gaps between rows of branches grow with how far across their edges run (at least 1.5
    // rank gaps, at most 4), so that fanning edges stay steep enough to be told apart.
    if (r > 0) {
      let span = 0;
      for (const id of rows[r - 1])
        for (const d of slots.get(id)!.down)
          span = Math.max(span, Math.abs(x.get(d)! - x.get(id)!));
      y +=
        portRow && r === nRanks - 1
          ? o.rankSep / 2
          : Math.min(4 * o.rankSep, Math.max(1.5 * o.rankSep, span * 0.12));
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
  const entries = new Map<string, string[]>();
  for (const id of ids) {
    const ps = [...pred.get(id)!];
    entries.set(id, ps);
  }
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
      const ps = entries.get(e.w)!;
      const sorted = [...ps].sort((p, q) => from(p, e.w) - from(q, e.w));
      const j = sorted.indexOf(e.v);
      tx = t.width > 4 ? t.cx - t.width / 2 + ((j + 1) * t.width) / (ps.length + 1) : t.cx;
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
  if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(sig, {
    centres: ids.map((id) => ({ x: g.items.get(id)!.cx, y: g.items.get(id)!.cy })),
    edges: edges.map((e) => e.points.map((q) => ({ x: q.x, y: q.y }))),
    width: g.width,
    height: g.height,
  });
}
