/**
 * Imperative D3 renderer of the graph diagram. React renders an empty `<g>` inside the svg and
 * hands both over; D3 owns everything inside that `<g>` and the svg's zoom behaviour.
 *
 * Virtualized for thousands of nodes: the layout holds every node, but a graph of more than
 * `VIRTUALIZE_ABOVE` nodes only gets DOM for the nodes, frames and edges that intersect the
 * drawn region (the view plus `MARGIN` screens on each side), found through a uniform grid built
 * once per layout. A keyed join reuses the elements that stay in view. Pan and zoom frames only
 * move one transform; the drawn set is recomputed (in a requestAnimationFrame) when the view
 * leaves the inner part of the drawn region, when the level of detail changes, or when the
 * region has grown far larger than the view. Smaller graphs are drawn whole, those over
 * `PROGRESSIVE_ABOVE` nodes in two steps: what is near the view first, the rest one frame later.
 *
 * Levels of detail, applied per drawn element (never as a class on the container, which would
 * restyle every element): text is hidden below zoom `TEXT_MIN_SCALE` (it could not be read);
 * in a virtualized graph below `BOX_MIN_SCALE` node boxes and frames deeper than 1 are not drawn
 * (a box would be under 2 px tall; edges and outer frames still show the network's shape).
 * All visible edges are one `<path>`; events are delegated to the layers.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { DiagramEdge, DiagramNode, GraphLayout, GroupBox, Point } from '../layout/graph';

/**
 * The zoom of a deep network's first view: 1, so box labels show at their CSS size (11 px names,
 * 10 px shapes); at the 0.6 used before, they were 6–7 px on screen, too small to read or project.
 */
export const READABLE_ZOOM = 1;

/** The smallest zoom the first view of a tall drawing goes down to for a wide top (labels ≥ 9 px). */
export const READABLE_MIN_ZOOM = 0.82;

/** Left and right edges (layout px) of the boxes and frames that begin above layout y `bottom`. */
function topBand(l: GraphLayout, bottom: number): [number, number] | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const b of [...l.nodes, ...l.groups]) {
    if (b.y >= bottom) continue;
    x0 = Math.min(x0, b.x);
    x1 = Math.max(x1, b.x + b.width);
  }
  return x0 <= x1 ? [x0, x1] : null;
}

/**
 * The first view of a drawing too tall for its panel (`w`×`h` screen px): its top, at
 * READABLE_ZOOM, with the boxes and frames that begin within that first screen centred across.
 * When they are wider than the panel the zoom drops until they fit, down to READABLE_MIN_ZOOM,
 * and below that the network's first box (its input) is centred. (Centring the whole
 * drawing cut off the start of a network whose lower part is wide: NASNet's cells with the
 * auxiliary head beside them.)
 */
export function readableView(
  l: GraphLayout,
  w: number,
  h: number,
  pad: number,
): { k: number; x: number } {
  let k = READABLE_ZOOM;
  let band = topBand(l, (h - pad) / k);
  if (band && (band[1] - band[0]) * k > w - 2 * pad) {
    k = Math.max(READABLE_MIN_ZOOM, (w - 2 * pad) / (band[1] - band[0]));
    band = topBand(l, (h - pad) / k);
  }
  if (!band) return { k, x: (w - l.width * k) / 2 };
  const [x0, x1] = band;
  if ((x1 - x0) * k <= w - 2 * pad) return { k, x: (w - (x0 + x1) * k) / 2 };
  // Still too wide: centre the network's first box (its input), where reading starts.
  let top = l.nodes[0];
  for (const n of l.nodes) if (n.y < top.y || (n.y === top.y && n.x < top.x)) top = n;
  return { k, x: w / 2 - (top.x + top.width / 2) * k };
}

export interface DiagramHandlers {
  /** Layer layer React leaves empty. */
  layer: SVGGElement;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  /** Expand a collapsed module or collapse an expanded one. */
  onToggle(path: string): void;
  /** Accessible name of a node (its layer in words), read by screen readers. */
  describe?(path: string): string;
}

export interface DiagramState {
  selected: string | null;
  hovered: string | null;
  /** Paths drawn with a mark (the layers that keep the most memory). */
  marks?: readonly string[];
}

export interface Diagram {
  update(layout: GraphLayout, state: DiagramState): void;
  /** `readable`: a tall drawing is shown from its top at a readable zoom instead. */
  fit(readable?: boolean): void;
  /**
   * Presentation view: the whole drawing when it fits at zoom `minZoom` or larger, else zoom
   * `minZoom` centred on `path` (or the first node), so labels show at `minZoom` × their CSS size.
   */
  present(path: string | null, minZoom: number): void;
  /** Keyboard focus to a node: pan it into view if needed, make it the diagram's one tab stop. */
  focus(path: string): void;
  /** The node holding the diagram's tab stop (the last focused, else the selection, else the first). */
  current(): string | null;
  /** Zoom about the view's centre by `factor` (keyboard and the +/− buttons). */
  zoomBy(factor: number): void;
  /** Pan by screen px (Shift+arrows). */
  panBy(dx: number, dy: number): void;
  destroy(): void;
}

export interface DiagramOptions {
  /** Graphs with more visible nodes than this get DOM only for what is near the view. */
  virtualizeAbove?: number;
}

/** Below this zoom scale node text is hidden (11 px text would be under 4 px tall). */
export const TEXT_MIN_SCALE = 0.35;
/** Below this zoom scale node boxes and frames deeper than 1 are not drawn (34 px box → 2 px). */
export const BOX_MIN_SCALE = 0.06;
/** Default of `virtualizeAbove`: the default collapse level (≤ 150 nodes) is always drawn whole. */
export const VIRTUALIZE_ABOVE = 400;
/**
 * A graph drawn whole with more nodes than this draws, at first, only what is near the view, and
 * the rest right after that frame is painted: the first picture of ResNet-50 (144 boxes, a
 * column many screens tall) does not wait for boxes nobody can see yet.
 */
export const PROGRESSIVE_ABOVE = 60;
/** Drawn region around the view, in screens on each side. */
const MARGIN = 0.75;

/** Level of detail: 0 outlines only, 1 boxes without text, 2 everything. */
type Lod = 0 | 1 | 2;
const lodOf = (k: number): Lod => (k < BOX_MIN_SCALE ? 0 : k < TEXT_MIN_SCALE ? 1 : 2);

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The visible node that stands for a path: itself, or the collapsed module that holds it. */
export function representative(ids: ReadonlySet<string>, path: string | null): string | null {
  if (path === null) return null;
  if (ids.has(path)) return path;
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    if (ids.has(prefix)) return prefix;
  }
  return null;
}

function edgeD(e: { points: Point[] }): string {
  if (e.points.length === 0) return '';
  let d = `M${e.points[0].x.toFixed(1)},${e.points[0].y.toFixed(1)}`;
  for (let i = 1; i < e.points.length; i++)
    d += `L${e.points[i].x.toFixed(1)},${e.points[i].y.toFixed(1)}`;
  return d;
}

/**
 * Uniform grid over the layout: item i is listed in every cell its box touches. `query` returns
 * the indices of the items whose boxes intersect a rectangle, ascending (layout order).
 */
export class GridIndex {
  private readonly cells: number[][];
  private readonly cols: number;
  private readonly rows: number;
  private readonly stamp: Uint32Array;
  private epoch = 0;
  constructor(
    private readonly boxes: readonly Rect[],
    private readonly size: number,
    width: number,
    height: number,
  ) {
    this.cols = Math.max(1, Math.ceil(width / size));
    this.rows = Math.max(1, Math.ceil(height / size));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    this.stamp = new Uint32Array(boxes.length);
    boxes.forEach((b, i) => {
      const [c0, c1, r0, r1] = this.span(b);
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) this.cells[r * this.cols + c].push(i);
    });
  }
  private span(b: Rect): [number, number, number, number] {
    const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, Math.floor(v / this.size)));
    return [
      clamp(b.x0, this.cols),
      clamp(b.x1, this.cols),
      clamp(b.y0, this.rows),
      clamp(b.y1, this.rows),
    ];
  }
  query(q: Rect, keep: (i: number) => boolean = () => true): number[] {
    this.epoch = (this.epoch + 1) >>> 0 || 1;
    if (this.epoch === 1) this.stamp.fill(0);
    const out: number[] = [];
    const [c0, c1, r0, r1] = this.span(q);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++)
        for (const i of this.cells[r * this.cols + c]) {
          if (this.stamp[i] === this.epoch) continue;
          this.stamp[i] = this.epoch;
          const b = this.boxes[i];
          if (b.x0 <= q.x1 && b.x1 >= q.x0 && b.y0 <= q.y1 && b.y1 >= q.y0 && keep(i)) out.push(i);
        }
    return out.sort((a, b) => a - b);
  }
}

/** Everything derived from one layout, built once per layout. */
interface Scene {
  layout: GraphLayout;
  ids: Set<string>;
  nodeById: Map<string, DiagramNode>;
  edgeD: string[];
  virtual: boolean;
  nodeGrid: GridIndex;
  groupGrid: GridIndex;
  edgeGrid: GridIndex;
}

function boxOf(b: { x: number; y: number; width: number; height: number }): Rect {
  return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
}

function edgeBox(e: DiagramEdge): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of e.points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  return e.points.length ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 0, y1: 0 };
}

function buildScene(l: GraphLayout, virtualizeAbove: number): Scene {
  // About 4,096 cells over the drawing, none under 256 px.
  const size = Math.max(256, Math.sqrt((Math.max(l.width, 1) * Math.max(l.height, 1)) / 4096));
  const grid = (boxes: Rect[]) => new GridIndex(boxes, size, l.width, l.height);
  return {
    layout: l,
    ids: new Set(l.nodes.map((n) => n.id)),
    nodeById: new Map(l.nodes.map((n) => [n.id, n])),
    edgeD: l.edges.map(edgeD),
    virtual: l.nodes.length > virtualizeAbove,
    nodeGrid: grid(l.nodes.map(boxOf)),
    groupGrid: grid(l.groups.map(boxOf)),
    edgeGrid: grid(l.edges.map(edgeBox)),
  };
}

/** What a drawn element was last drawn from: its datum, and whether its text shows. */
interface Drawn {
  datum: unknown;
  text: boolean;
}

export function createDiagram(
  svgEl: SVGSVGElement,
  handlers: DiagramHandlers,
  options: DiagramOptions = {},
): Diagram {
  const virtualizeAbove = options.virtualizeAbove ?? VIRTUALIZE_ABOVE;
  const svg = select(svgEl);
  const root = select(handlers.layer);
  root.selectAll('*').remove();
  const viewport = root.append('g').attr('class', 'dg-viewport');
  const gGroups = viewport.append('g').attr('class', 'dg-groups');
  const pEdges = viewport.append('path').attr('class', 'dg-edges');
  const pHot = viewport.append('path').attr('class', 'dg-edges dg-edges-hot');
  const gNodes = viewport.append('g').attr('class', 'dg-nodes');

  let scene: Scene | null = null;
  let state: DiagramState = { selected: null, hovered: null };
  let current: ZoomTransform = zoomIdentity;
  /** The drawn region (layout coordinates) and level of detail; null: nothing drawn yet. */
  let drawn: { region: Rect; lod: Lod; scene: Scene } | null = null;
  let framePending = false;
  const drawnState = new WeakMap<Element, Drawn>();
  let nodeEls = new Map<string, SVGGElement>();
  let groupEls = new Map<string, SVGGElement>();
  let marked: Element[] = [];

  /**
   * The svg's size in CSS px, read when a layout arrives, on fit and on resize, never inside a
   * pan/zoom frame: reading clientWidth right after the viewport transform changed would force a
   * synchronous style and layout pass on every wheel event.
   */
  let box: readonly [number, number] = [800, 600];
  /** Whether `box` holds a reading; after the first, the ResizeObserver keeps it current. */
  let measured = false;
  const measure = () => {
    const r = svgEl.clientWidth ? null : svgEl.getBoundingClientRect();
    box = [svgEl.clientWidth || r?.width || 800, svgEl.clientHeight || r?.height || 600];
    measured = true;
  };
  /**
   * One forced layout per chart at most: the first reading happens before any node is drawn (so
   * it lays out the page without the diagram's text), later ones arrive from the ResizeObserver
   * after the browser's own layout.
   */
  const ensureMeasured = () => {
    if (!measured) measure();
  };
  const size = () => box;
  const resizer =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure());
  resizer?.observe(svgEl);

  /** The view in layout coordinates, grown by `m` screens on each side. */
  function viewRect(t: ZoomTransform, m: number): Rect {
    const [w, h] = size();
    return {
      x0: (-m * w - t.x) / t.k,
      x1: ((1 + m) * w - t.x) / t.k,
      y0: (-m * h - t.y) / t.k,
      y1: ((1 + m) * h - t.y) / t.k,
    };
  }

  /** The scene drawn whole after its first, partial, drawing (see PROGRESSIVE_ABOVE). */
  let completed: Scene | null = null;
  let completing: Scene | null = null;
  /** Whether only the part of the scene near the view is drawn now. */
  const culled = (s: Scene) =>
    s.virtual || (s.layout.nodes.length > PROGRESSIVE_ABOVE && completed !== s);

  /** True when what is drawn no longer serves the current view. */
  function stale(): boolean {
    if (!scene) return false;
    if (!drawn || drawn.scene !== scene) return true;
    const lod = lodOf(current.k);
    if (lod !== drawn.lod) return true;
    if (!culled(scene)) return false;
    const v = viewRect(current, MARGIN / 3);
    const r = drawn.region;
    if (v.x0 < r.x0 || v.x1 > r.x1 || v.y0 < r.y0 || v.y1 > r.y1) return true;
    // Zoomed in far: the drawn region holds far more than the view needs.
    const area = (q: Rect) => (q.x1 - q.x0) * (q.y1 - q.y0);
    return area(r) > 16 * area(viewRect(current, MARGIN));
  }

  function render() {
    framePending = false;
    if (!scene) return;
    const s = scene;
    const l = s.layout;
    const lod = lodOf(current.k);
    const all: Rect = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
    const cull = culled(s);
    const region = cull ? viewRect(current, MARGIN) : all;
    const showText = lod === 2;
    let nodes: DiagramNode[];
    let groups: GroupBox[];
    let edgeIdx: number[] | null;
    if (!cull) {
      nodes = l.nodes;
      groups = l.groups;
      edgeIdx = null;
    } else {
      nodes = lod === 0 ? [] : s.nodeGrid.query(region).map((i) => l.nodes[i]);
      groups = s.groupGrid
        .query(region, (i) => lod > 0 || l.groups[i].depth <= 1)
        .map((i) => l.groups[i]);
      edgeIdx = s.edgeGrid.query(region);
    }

    // Drawing into empty layers (first drawing, another network): build them detached from the
    // document, so setting a few thousand SVG attributes does not invalidate the live drawing at
    // each one, and put them back with one insertion each.
    const fresh = nodeEls.size === 0 && groupEls.size === 0;
    const layers = [gGroups.node(), gNodes.node()] as SVGGElement[];
    const places = layers.map((el) => el.nextSibling);
    if (fresh) for (const el of layers) el.remove();

    const groupSel = gGroups
      .selectAll<SVGGElement, GroupBox>('g.dg-group')
      .data(groups, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'dg-group');
        g.append('rect').attr('class', 'dg-group-box').attr('rx', 6);
        g.append('rect').attr('class', 'dg-group-header').attr('rx', 6);
        return g;
      });
    groupEls = new Map();
    groupSel.each(function (d) {
      groupEls.set(d.id, this);
      const was = drawnState.get(this);
      if (was && was.datum === d && was.text === showText) return;
      const g = select(this);
      if (!was || was.datum !== d) {
        g.attr('data-group-path', d.id)
          .attr('data-depth', d.depth % 4)
          .attr('transform', `translate(${d.x},${d.y})`);
        g.select('rect.dg-group-box').attr('width', d.width).attr('height', d.height);
        g.select('rect.dg-group-header').attr('width', d.width).attr('height', d.header);
      }
      let label = g.select<SVGTextElement>('text.dg-group-label');
      if (showText && label.empty())
        label = g.append('text').attr('class', 'dg-group-label').attr('x', 6);
      if (!label.empty()) {
        label.style('display', showText ? '' : 'none');
        if (showText) label.attr('y', d.header - 5).text(`− ${d.label}`);
      }
      drawnState.set(this, { datum: d, text: showText });
    });

    const nodeSel = gNodes
      .selectAll<SVGGElement, DiagramNode>('g.dg-node')
      .data(nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('tabindex', -1).attr('role', 'button');
        g.append('rect').attr('rx', 3);
        return g;
      });
    nodeEls = new Map();
    nodeSel.each(function (d) {
      nodeEls.set(d.id, this);
      const was = drawnState.get(this);
      if (was && was.datum === d && was.text === showText) return;
      const g = select(this);
      if (!was || was.datum !== d) {
        g.attr('class', `dg-node dg-fam-${d.family}${d.kind === 'module' ? ' dg-module' : ''}`)
          .attr('data-node-path', d.id)
          .attr('aria-label', handlers.describe?.(d.id) ?? `${d.label}, ${d.detail}`)
          .attr('transform', `translate(${d.x},${d.y})`);
        g.select('rect').attr('width', d.width).attr('height', d.height);
        // Collapsed modules get an expand button in their top-right corner.
        const toggle = g.select('.dg-toggle');
        if (d.kind === 'module') {
          const t = toggle.empty() ? g.append('g').attr('class', 'dg-toggle') : toggle;
          if (toggle.empty()) {
            t.append('rect').attr('width', 14).attr('height', 14).attr('rx', 3);
            t.append('text').attr('x', 7).attr('y', 11).text('+');
          }
          t.attr('transform', `translate(${d.width - 16},2)`);
        } else toggle.remove();
      }
      let text = g.select<SVGTextElement>('text.dg-text');
      if (showText && text.empty()) {
        text = g.insert('text', '.dg-toggle').attr('class', 'dg-text');
        text.append('tspan').attr('class', 'dg-label');
        text.append('tspan').attr('class', 'dg-detail');
      }
      if (!text.empty()) {
        text.style('display', showText ? '' : 'none');
        if (showText && (!was || was.datum !== d || !was.text)) {
          text
            .select('tspan.dg-label')
            .attr('x', d.width / 2)
            .attr('y', d.height / 2 - 3)
            .text(d.label);
          text
            .select('tspan.dg-detail')
            .attr('x', d.width / 2)
            .attr('y', d.height / 2 + 10)
            .text(d.detail);
        }
      }
      g.select('.dg-toggle text').style('display', showText ? '' : 'none');
      drawnState.set(this, { datum: d, text: showText });
    });

    if (fresh) layers.forEach((el, i) => viewport.node()!.insertBefore(el, places[i]));

    const parts = edgeIdx ? edgeIdx.map((i) => s.edgeD[i]) : s.edgeD;
    pEdges.attr('d', parts.join('') || null);
    root.attr('data-drawn-nodes', nodes.length);
    drawn = { region, lod, scene: s };
    mark();
    if (cull && !s.virtual && completing !== s) {
      // The rest of a progressively drawn graph: after the frame that shows the first part.
      completing = s;
      const finish = () => {
        if (scene !== s || completed === s) return;
        completed = s;
        render();
      };
      if (typeof requestAnimationFrame === 'function')
        requestAnimationFrame(() => setTimeout(finish, 0));
      else setTimeout(finish, 0);
    }
  }

  /** Selection and hover classes on the drawn elements; hot edges of the selection. */
  function mark() {
    for (const el of marked) {
      el.classList.remove('dg-selected', 'dg-hovered', 'dg-marked');
      el.removeAttribute('aria-current');
    }
    marked = [];
    if (!scene) {
      applyStop();
      return;
    }
    const s = scene;
    const add = (path: string | null, cls: string) => {
      if (path === null) return;
      const rep = representative(s.ids, path);
      const el = (rep && nodeEls.get(rep)) || groupEls.get(path);
      if (el) {
        el.classList.add(cls);
        if (cls === 'dg-selected') el.setAttribute('aria-current', 'true');
        marked.push(el);
      }
    };
    add(state.selected, 'dg-selected');
    add(state.hovered, 'dg-hovered');
    for (const p of state.marks ?? []) add(p, 'dg-marked');
    applyStop();
  }

  /**
   * Roving tab stop: one node carries tabindex 0, the rest -1. When that node is not drawn (a
   * virtualized or progressively drawn graph), the svg itself is the stop and hands focus on.
   */
  let focusedPath: string | null = null;
  let stopEl: Element | null = null;
  function stopPath(): string | null {
    if (!scene) return null;
    return (
      representative(scene.ids, focusedPath) ??
      representative(scene.ids, state.selected) ??
      scene.layout.nodes[0]?.id ??
      null
    );
  }
  function applyStop() {
    const p = stopPath();
    const el = (p && nodeEls.get(p)) || null;
    if (stopEl && stopEl !== el) stopEl.setAttribute('tabindex', '-1');
    stopEl = el;
    if (el) {
      el.setAttribute('tabindex', '0');
      svgEl.removeAttribute('tabindex');
    } else if (p) svgEl.setAttribute('tabindex', '0');
    else svgEl.removeAttribute('tabindex');
  }

  function hotEdges() {
    const sel = scene && representative(scene.ids, state.selected);
    const d =
      sel && scene
        ? scene.layout.edges
            .map((e, i) => (e.source === sel || e.target === sel ? scene!.edgeD[i] : ''))
            .join('')
        : '';
    pHot.attr('d', d || null);
  }

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    // Explicit extent: d3's default reads svg.width.baseVal, which jsdom lacks.
    .extent(() => {
      const [w, h] = size();
      return [
        [0, 0],
        [w, h],
      ];
    })
    .scaleExtent([0.01, 4])
    .on('zoom', (ev: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      current = ev.transform;
      viewport.attr('transform', current.toString());
      if (!stale()) return;
      // Programmatic moves (fit) redraw at once; gestures at most once per frame.
      if (!ev.sourceEvent) render();
      else if (!framePending) {
        framePending = true;
        requestAnimationFrame(() => {
          if (stale()) render();
          else framePending = false;
        });
      }
    });
  // While a pan or zoom gesture runs, nodes slide under a still pointer: no hover then (a hover
  // change re-renders the linked table and charts).
  let gesture = false;
  zoomer
    .on('start', () => {
      gesture = true;
    })
    .on('end', () => {
      gesture = false;
    });
  svg.call(zoomer).on('dblclick.zoom', null);

  const pathOf = (ev: Event, attr: string): string | null => {
    const el = (ev.target as Element | null)?.closest?.(`[${attr}]`);
    return el ? el.getAttribute(attr) : null;
  };

  gNodes
    .on('click', (ev: MouseEvent) => {
      const toggle = (ev.target as Element).closest('.dg-toggle');
      const p = pathOf(ev, 'data-node-path');
      if (!p) return;
      if (toggle) handlers.onToggle(p);
      else handlers.onSelect(p);
    })
    .on('dblclick', (ev: MouseEvent) => {
      const p = pathOf(ev, 'data-node-path');
      if (p && scene?.nodeById.get(p)?.kind === 'module') handlers.onToggle(p);
    })
    .on('mouseover', (ev: MouseEvent) => {
      if (gesture) return;
      const p = pathOf(ev, 'data-node-path');
      if (p !== state.hovered) handlers.onHover(p);
    })
    .on('mouseleave', () => handlers.onHover(null))
    // Focus reached a node another way (a click, a screen reader's cursor): it is the stop now.
    .on('focusin', (ev: FocusEvent) => {
      const p = pathOf(ev, 'data-node-path');
      if (p && p !== focusedPath) {
        focusedPath = p;
        applyStop();
      }
    });
  gGroups.on('click', (ev: MouseEvent) => {
    const p = pathOf(ev, 'data-group-path');
    if (!p) return;
    if ((ev.target as Element).closest('.dg-group-header')) handlers.onToggle(p);
    else handlers.onSelect(p);
  });
  svg.on('click.background', (ev: MouseEvent) => {
    if (ev.target === svgEl) handlers.onSelect(null);
  });
  // The svg is the tab stop only while the stop node is not drawn: reached from the keyboard, it
  // hands focus on to that node (a pointer press on the background keeps it).
  let pressed = false;
  svg
    .on('pointerdown.focus', () => {
      pressed = true;
    })
    .on('pointerup.focus pointercancel.focus', () => {
      pressed = false;
    })
    .on('focus.rove', (ev: FocusEvent) => {
      if (ev.target !== svgEl || pressed) return;
      const p = stopPath();
      if (p) focusNode(p);
    });

  /** Whether a node's box lies inside the view (with a small margin). */
  function inView(n: DiagramNode): boolean {
    const [w, h] = size();
    const t = current;
    const x0 = n.x * t.k + t.x;
    const y0 = n.y * t.k + t.y;
    const x1 = (n.x + n.width) * t.k + t.x;
    const y1 = (n.y + n.height) * t.k + t.y;
    return x0 >= 4 && y0 >= 4 && x1 <= w - 4 && y1 <= h - 4;
  }

  function focusNode(path: string) {
    if (!scene) return;
    const rep = representative(scene.ids, path);
    const n = rep ? scene.nodeById.get(rep) : undefined;
    if (!n) return;
    focusedPath = n.id;
    ensureMeasured();
    // Off screen: centre it (a programmatic move draws at once, so its element exists next).
    if (!inView(n)) svg.call(zoomer.translateTo, n.x + n.width / 2, n.y + n.height / 2);
    if (stale()) render();
    else applyStop();
    const el = nodeEls.get(n.id) as (SVGGElement & { focus(o?: FocusOptions): void }) | undefined;
    el?.focus({ preventScroll: true });
  }

  /**
   * Fit the whole drawing; with `readable`, a drawing that would fit only below READABLE_ZOOM (a
   * deep network's tall column) is shown from its top at that zoom instead, with what the first
   * screen holds centred across (see readableView), or centred on the selection when the top
   * would not show it.
   */
  function fit(readable = false) {
    if (!scene) return;
    const l = scene.layout;
    ensureMeasured();
    const [w, h] = box;
    const pad = 16;
    const k = Math.min(
      4,
      Math.max(
        0.001,
        Math.min((w - 2 * pad) / Math.max(l.width, 1), (h - 2 * pad) / Math.max(l.height, 1)),
      ),
    );
    zoomer.scaleExtent([Math.min(0.01, k), 4]);
    const r = readable && k < READABLE_ZOOM ? readableView(l, w, h, pad) : null;
    // No smaller than fitting the whole drawing.
    const v = r && r.k > k ? r : null;
    const kk = v ? v.k : k;
    let tx = v ? v.x : (w - l.width * kk) / 2;
    let ty = Math.max(pad, (h - l.height * kk) / 2);
    // A selection that the first screen would not show (a shared link to a deep layer): centre
    // it instead, at the same zoom.
    const sel = v && scene.nodeById.get(representative(scene.ids, state.selected) ?? '');
    if (sel && (sel.y + sel.height) * kk + ty > h - pad) {
      tx = w / 2 - (sel.x + sel.width / 2) * kk;
      ty = h / 2 - (sel.y + sel.height / 2) * kk;
    }
    svg.call(zoomer.transform, zoomIdentity.translate(tx, ty).scale(kk));
  }

  function present(path: string | null, minZoom: number) {
    if (!scene) return;
    const l = scene.layout;
    ensureMeasured();
    const [w, h] = box;
    const pad = 16;
    const k = Math.min((w - 2 * pad) / Math.max(l.width, 1), (h - 2 * pad) / Math.max(l.height, 1));
    if (k >= minZoom) {
      fit();
      return;
    }
    const n = scene.nodeById.get(representative(scene.ids, path) ?? '') ?? l.nodes[0];
    if (!n) return;
    zoomer.scaleExtent([Math.min(0.01, k), Math.max(4, minZoom)]);
    const tx = w / 2 - (n.x + n.width / 2) * minZoom;
    const ty = h / 2 - (n.y + n.height / 2) * minZoom;
    svg.call(zoomer.transform, zoomIdentity.translate(tx, ty).scale(minZoom));
  }

  return {
    focus: focusNode,
    current: stopPath,
    zoomBy(factor: number) {
      ensureMeasured();
      svg.call(zoomer.scaleBy, factor);
    },
    panBy(dx: number, dy: number) {
      svg.call(zoomer.translateBy, dx / current.k, dy / current.k);
    },
    update(l, s) {
      const selChanged = s.selected !== state.selected;
      state = s;
      if (!scene || l !== scene.layout) {
        // Another network (no node carries over): drop the old drawing in one DOM operation per
        // layer instead of a removal per element, which cost ~60–90 ms on a model switch.
        if (scene && !l.nodes.some((n) => nodeEls.has(n.id))) {
          (gNodes.node() as SVGGElement).replaceChildren();
          (gGroups.node() as SVGGElement).replaceChildren();
          nodeEls = new Map();
          groupEls = new Map();
          marked = [];
          drawn = null;
        }
        scene = buildScene(l, virtualizeAbove);
        ensureMeasured();
        // Nothing on screen yet (first drawing, another network): the fit that follows draws
        // it, at the transform it will be seen at; otherwise (a module opened or closed) now.
        if (drawn) render();
        else
          queueMicrotask(() => {
            if (scene && !drawn) render();
          });
        hotEdges();
      } else {
        mark();
        if (selChanged) hotEdges();
      }
    },
    fit: (readable?: boolean) => fit(readable),
    present,
    destroy() {
      scene = null;
      resizer?.disconnect();
      svg.on('.zoom', null).on('click.background', null).on('.focus', null).on('.rove', null);
      svgEl.removeAttribute('tabindex');
      root.selectAll('*').remove();
      root.attr('data-drawn-nodes', null);
    },
  };
}
