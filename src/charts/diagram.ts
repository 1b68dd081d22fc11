/**
 * Imperative D3 renderer of the graph diagram. React renders an empty `<g>` inside the svg and
 * hands both over; D3 owns everything inside that `<g>` and the svg's zoom behaviour.
 *
 * Kept light for thousands of nodes: one `<g>` per node holding a rect and one text, all edges in
 * a single `<path>`, event delegation on the layers instead of a listener per node, no filters.
 * Text is hidden while zoomed far out (below `TEXT_MIN_SCALE`), where it could not be read anyway.
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
  fit(): void;
  destroy(): void;
}

/** Below this zoom scale node text is hidden (11 px text would be under 4 px tall). */
export const TEXT_MIN_SCALE = 0.35;

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
  const viewport = root.append('g').attr('class', 'dg-viewport');
  const gGroups = viewport.append('g').attr('class', 'dg-groups');
  const pEdges = viewport.append('path').attr('class', 'dg-edges');
  const pHot = viewport.append('path').attr('class', 'dg-edges dg-edges-hot');
  const gNodes = viewport.append('g').attr('class', 'dg-nodes');

  let layout: GraphLayout | null = null;
  let ids = new Set<string>();
  let byId = new Map<string, SVGGElement>();
  let groupById = new Map<string, SVGGElement>();
  let marked: Element[] = [];
  let state: DiagramState = { selected: null, hovered: null };
  let lowDetail = false;

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    // Explicit extent: d3's default reads svg.width.baseVal, which jsdom lacks.
    .extent(() => [
      [0, 0],
      [svgEl.clientWidth || 800, svgEl.clientHeight || 600],
    ])
    .scaleExtent([0.01, 4])
    .on('zoom', (ev: { transform: ZoomTransform }) => {
      viewport.attr('transform', ev.transform.toString());
      const low = ev.transform.k < TEXT_MIN_SCALE;
      if (low !== lowDetail) {
        lowDetail = low;
        root.classed('dg-low-detail', low);
      }
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
    pEdges.attr('d', edgePath(l.edges));

    ids = new Set(l.nodes.map((n) => n.id));
    byId = new Map();
    nodes.each(function (d) {
      byId.set(d.id, this);
    });
    groupById = new Map();
    groups.each(function (d) {
      groupById.set(d.id, this);
    });
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

  function fit() {
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
    const t = zoomIdentity
      .translate((w - layout.width * k) / 2, Math.max(pad, (h - layout.height * k) / 2))
      .scale(k);
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
    fit,
    destroy() {
      svg.on('.zoom', null).on('click.background', null);
      root.selectAll('*').remove();
      root.classed('dg-low-detail', false);
    },
  };
}
