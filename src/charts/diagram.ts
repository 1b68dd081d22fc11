/**
 * Imperative D3 renderer of the graph diagram. React renders an empty `<g>` inside the svg and
 * hands both over; D3 owns everything inside that `<g>` and the svg's zoom behaviour.
 *
 * Kept light for thousands of nodes: one `<g>` per node holding a rect and one text, all edges in
 * a single `<path>`, event delegation on the layers instead of a listener per node, no filters.
 * Levels of detail: text is hidden below zoom `TEXT_MIN_SCALE` (it could not be read), node
 * boxes and inner frames below `BOX_MIN_SCALE` (a box would be under 2 px tall; the edges and
 * outer frames still show the shape of the network). Culling: after each zoom/pan frame, nodes
 * and frames outside the view (plus half a screen) get `display: none`, and edges are drawn as
 * chunks of `EDGE_CHUNK` so the browser skips the off-screen ones: panning a fully expanded
 * ResNet-1202 paints only what is on screen.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { DiagramNode, GraphLayout, GroupBox, Point } from '../layout/graph';

export interface DiagramHandlers {
  /** Layer layer React leaves empty. */
  layer: SVGGElement;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  /** Expand a collapsed module or collapse an expanded one. */
  onToggle(path: string): void;
}

export interface DiagramState {
  selected: string | null;
  hovered: string | null;
}

export interface Diagram {
  update(layout: GraphLayout, state: DiagramState): void;
  /** `readable`: a tall drawing is shown from its top at a readable zoom instead. */
  fit(readable?: boolean): void;
  destroy(): void;
}

/** Below this zoom scale node text is hidden (11 px text would be under 4 px tall). */
export const TEXT_MIN_SCALE = 0.35;
/** Below this zoom scale node boxes and frames deeper than 1 are hidden (34 px box → 2 px). */
export const BOX_MIN_SCALE = 0.06;
const EDGE_CHUNK = 120;

interface Cullable {
  el: SVGGElement;
  x: number;
  y: number;
  w: number;
  h: number;
  shown: boolean;
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

function edgePath(edges: readonly { points: Point[] }[]): string {
  const parts: string[] = [];
  for (const e of edges) {
    if (e.points.length === 0) continue;
    let d = `M${e.points[0].x.toFixed(1)},${e.points[0].y.toFixed(1)}`;
    for (let i = 1; i < e.points.length; i++)
      d += `L${e.points[i].x.toFixed(1)},${e.points[i].y.toFixed(1)}`;
    parts.push(d);
  }
  return parts.join('');
}

export function createDiagram(svgEl: SVGSVGElement, handlers: DiagramHandlers): Diagram {
  const svg = select(svgEl);
  const root = select(handlers.layer);
  root.selectAll('*').remove();
  root.classed('dg-low-detail', false).classed('dg-min-detail', false);
  const viewport = root.append('g').attr('class', 'dg-viewport');
  const gGroups = viewport.append('g').attr('class', 'dg-groups');
  const gEdges = viewport.append('g').attr('class', 'dg-edge-chunks');
  const pHot = viewport.append('path').attr('class', 'dg-edges dg-edges-hot');
  const gNodes = viewport.append('g').attr('class', 'dg-nodes');

  let layout: GraphLayout | null = null;
  let ids = new Set<string>();
  let byId = new Map<string, SVGGElement>();
  let groupById = new Map<string, SVGGElement>();
  let marked: Element[] = [];
  let state: DiagramState = { selected: null, hovered: null };
  let lowDetail = false;
  let minDetail = false;
  let cullables: Cullable[] = [];
  let current: ZoomTransform = zoomIdentity;
  let cullPending = false;

  function cull() {
    cullPending = false;
    const t = current;
    const w = svgEl.clientWidth || 800;
    const h = svgEl.clientHeight || 600;
    const mx = w / 2;
    const my = h / 2;
    const x0 = (-mx - t.x) / t.k;
    const x1 = (w + mx - t.x) / t.k;
    const y0 = (-my - t.y) / t.k;
    const y1 = (h + my - t.y) / t.k;
    for (const c of cullables) {
      const show = c.x < x1 && c.x + c.w > x0 && c.y < y1 && c.y + c.h > y0;
      if (show !== c.shown) {
        c.shown = show;
        c.el.style.display = show ? '' : 'none';
      }
    }
  }
  const scheduleCull = () => {
    if (cullPending) return;
    cullPending = true;
    requestAnimationFrame(cull);
  };

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    // Explicit extent: d3's default reads svg.width.baseVal, which jsdom lacks.
    .extent(() => [
      [0, 0],
      [svgEl.clientWidth || 800, svgEl.clientHeight || 600],
    ])
    .scaleExtent([0.01, 4])
    .on('zoom', (ev: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      viewport.attr('transform', ev.transform.toString());
      const low = ev.transform.k < TEXT_MIN_SCALE;
      if (low !== lowDetail) {
        lowDetail = low;
        root.classed('dg-low-detail', low);
      }
      const min = ev.transform.k < BOX_MIN_SCALE;
      if (min !== minDetail) {
        minDetail = min;
        root.classed('dg-min-detail', min);
      }
      current = ev.transform;
      // Programmatic moves (fit) cull at once; gestures once per frame.
      if (ev.sourceEvent) scheduleCull();
      else cull();
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
      if (p && byId.get(p)?.classList.contains('dg-module')) handlers.onToggle(p);
    })
    .on('mouseover', (ev: MouseEvent) => {
      if (gesture) return;
      const p = pathOf(ev, 'data-node-path');
      if (p !== state.hovered) handlers.onHover(p);
    })
    .on('mouseleave', () => handlers.onHover(null));
  gGroups.on('click', (ev: MouseEvent) => {
    const p = pathOf(ev, 'data-group-path');
    if (!p) return;
    if ((ev.target as Element).closest('.dg-group-header')) handlers.onToggle(p);
    else handlers.onSelect(p);
  });
  svg.on('click.background', (ev: MouseEvent) => {
    if (ev.target === svgEl) handlers.onSelect(null);
  });

  function draw(l: GraphLayout) {
    const groups = gGroups
      .selectAll<SVGGElement, GroupBox>('g.dg-group')
      .data(l.groups, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'dg-group');
        g.append('rect').attr('class', 'dg-group-box');
        g.append('rect').attr('class', 'dg-group-header');
        g.append('text').attr('class', 'dg-group-label');
        return g;
      });
    groups
      .attr('data-group-path', (d) => d.id)
      .attr('data-depth', (d) => d.depth % 4)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    groups
      .select('rect.dg-group-box')
      .attr('width', (d) => d.width)
      .attr('height', (d) => d.height)
      .attr('rx', 6);
    groups
      .select('rect.dg-group-header')
      .attr('width', (d) => d.width)
      .attr('height', (d) => d.header)
      .attr('rx', 6);
    groups
      .select('text.dg-group-label')
      .attr('x', 6)
      .attr('y', (d) => d.header - 5)
      .text((d) => `− ${d.label}`);

    const nodes = gNodes
      .selectAll<SVGGElement, DiagramNode>('g.dg-node')
      .data(l.nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('rx', 3);
        const t = g.append('text');
        t.append('tspan').attr('class', 'dg-label');
        t.append('tspan').attr('class', 'dg-detail');
        return g;
      });
    nodes
      .attr('class', (d) => `dg-node dg-fam-${d.family}${d.kind === 'module' ? ' dg-module' : ''}`)
      .attr('data-node-path', (d) => d.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    nodes
      .select('rect')
      .attr('width', (d) => d.width)
      .attr('height', (d) => d.height);
    nodes
      .select('tspan.dg-label')
      .attr('x', (d) => d.width / 2)
      .attr('y', (d) => d.height / 2 - 3)
      .text((d) => d.label);
    nodes
      .select('tspan.dg-detail')
      .attr('x', (d) => d.width / 2)
      .attr('y', (d) => d.height / 2 + 10)
      .text((d) => d.detail);
    // Collapsed modules get an expand button in their top-right corner.
    nodes.each(function (d) {
      const g = select(this);
      const has = !g.select('.dg-toggle').empty();
      if (d.kind === 'module' && !has) {
        const t = g.append('g').attr('class', 'dg-toggle');
        t.append('rect').attr('width', 14).attr('height', 14).attr('rx', 3);
        t.append('text').attr('x', 7).attr('y', 11).text('+');
      } else if (d.kind !== 'module' && has) g.select('.dg-toggle').remove();
      if (d.kind === 'module')
        g.select('.dg-toggle').attr('transform', `translate(${d.width - 16},2)`);
    });
    // Edges in chunks ordered by their top, so each chunk has a small bounding box.
    const sorted = [...l.edges].sort(
      (a, b) => Math.min(a.points[0]?.y ?? 0) - Math.min(b.points[0]?.y ?? 0),
    );
    const chunks: string[] = [];
    for (let i = 0; i < sorted.length; i += EDGE_CHUNK)
      chunks.push(edgePath(sorted.slice(i, i + EDGE_CHUNK)));
    gEdges
      .selectAll('path')
      .data(chunks)
      .join('path')
      .attr('class', 'dg-edges')
      .attr('d', (d) => d);

    ids = new Set(l.nodes.map((n) => n.id));
    byId = new Map();
    nodes.each(function (d) {
      byId.set(d.id, this);
    });
    groupById = new Map();
    groups.each(function (d) {
      groupById.set(d.id, this);
    });
    cullables = [];
    nodes.each(function (d) {
      this.style.display = '';
      cullables.push({ el: this, x: d.x, y: d.y, w: d.width, h: d.height, shown: true });
    });
    groups.each(function (d) {
      this.style.display = '';
      cullables.push({ el: this, x: d.x, y: d.y, w: d.width, h: d.height, shown: true });
    });
    // Before the browser styles and paints the new elements.
    cull();
  }

  function highlight() {
    for (const el of marked) el.classList.remove('dg-selected', 'dg-hovered');
    marked = [];
    const mark = (path: string | null, cls: string) => {
      if (path === null) return;
      const rep = representative(ids, path);
      const el = (rep && byId.get(rep)) || groupById.get(path);
      if (el) {
        el.classList.add(cls);
        marked.push(el);
      }
    };
    mark(state.selected, 'dg-selected');
    mark(state.hovered, 'dg-hovered');
    // Edges into and out of the selection, drawn over the others.
    const sel = representative(ids, state.selected);
    pHot.attr(
      'd',
      sel && layout
        ? edgePath(layout.edges.filter((e) => e.source === sel || e.target === sel))
        : null,
    );
  }

  /**
   * Fit the whole drawing; with `readable`, a drawing that would fit only below zoom 0.6 (a deep
   * network's tall column) is shown from its top at zoom 0.6 instead, centred across.
   */
  function fit(readable = false) {
    if (!layout) return;
    const w = svgEl.clientWidth || svgEl.getBoundingClientRect().width || 800;
    const h = svgEl.clientHeight || svgEl.getBoundingClientRect().height || 600;
    const pad = 16;
    const k = Math.min(
      4,
      Math.max(
        0.001,
        Math.min(
          (w - 2 * pad) / Math.max(layout.width, 1),
          (h - 2 * pad) / Math.max(layout.height, 1),
        ),
      ),
    );
    zoomer.scaleExtent([Math.min(0.01, k), 4]);
    const kk = readable && k < 0.6 ? 0.6 : k;
    const t = zoomIdentity
      .translate((w - layout.width * kk) / 2, Math.max(pad, (h - layout.height * kk) / 2))
      .scale(kk);
    svg.call(zoomer.transform, t);
  }

  return {
    update(l, s) {
      if (l !== layout) {
        layout = l;
        draw(l);
      }
      state = s;
      highlight();
    },
    fit: (readable?: boolean) => fit(readable),
    destroy() {
      svg.on('.zoom', null).on('click.background', null);
      root.selectAll('*').remove();
      root.classed('dg-low-detail', false).classed('dg-min-detail', false);
    },
  };
}
