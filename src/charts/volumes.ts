/**
 * Imperative D3 renderer of the stacked-volumes drawing (geometry from src/layout/volumes.ts).
 * React renders an empty `<g>`; D3 owns its inside and the svg's zoom behaviour. The volumes are
 * arranged into rows for the svg's size when a set arrives and again on fit-to-screen when the
 * panel has changed size, so at the fitted zoom the labels sit at their set pixel size.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  arrangeVolumes,
  fitTransform,
  type Cuboid,
  type Volume,
  type VolumeSet,
  type VolumesLayout,
} from '../layout/volumes';
import { representative, type DiagramState } from './diagram';

export interface VolumesHandlers {
  layer: SVGGElement;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  /** Accessible name of a volume (its layer or module in words). */
  describe?(path: string): string;
}

export interface VolumesChart {
  update(set: VolumeSet, state: DiagramState): void;
  /** The current arrangement (rows and scale for the panel's size). */
  layout(): VolumesLayout | null;
  fit(): void;
  /** Keyboard focus to a volume (panned into view if needed); it becomes the one tab stop. */
  focus(path: string): void;
  /** The volume holding the tab stop (last focused, else the selection, else the first). */
  current(): string | null;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  destroy(): void;
}

const f = (n: number) => n.toFixed(1);
let arrowSerial = 0;

/** Top and right faces of an oblique box as SVG polygons' points. */
export function faces(c: Cuboid): { top: string; right: string } {
  const { x, y, w, h, dx, dy } = c;
  return {
    top: `${f(x)},${f(y)} ${f(x + dx)},${f(y - dy)} ${f(x + w + dx)},${f(y - dy)} ${f(x + w)},${f(y)}`,
    right: `${f(x + w)},${f(y)} ${f(x + w + dx)},${f(y - dy)} ${f(x + w + dx)},${f(y + h - dy)} ${f(x + w)},${f(y + h)}`,
  };
}

export function createVolumes(svgEl: SVGSVGElement, handlers: VolumesHandlers): VolumesChart {
  const svg = select(svgEl);
  const root = select(handlers.layer);
  root.selectAll('*').remove();
  const viewport = root.append('g').attr('class', 'vol-viewport');
  const arrowId = `vol-arrow-${++arrowSerial}`;
  root
    .append('defs')
    .append('marker')
    .attr('id', arrowId)
    .attr('class', 'vol-arrowhead')
    .attr('viewBox', '0 0 8 8')
    .attr('refX', 8)
    .attr('refY', 4)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto')
    .append('path')
    .attr('d', 'M0,0 L8,4 L0,8 z');
  const gLinks = viewport.append('g').attr('class', 'vol-links');
  const gBoxes = viewport.append('g').attr('class', 'vol-boxes');
  let set: VolumeSet | null = null;
  let layout: VolumesLayout | null = null;
  let ids = new Set<string>();
  let byId = new Map<string, SVGGElement>();
  let marked: Element[] = [];
  let state: DiagramState = { selected: null, hovered: null };

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    // Explicit extent: d3's default reads svg.width.baseVal, which jsdom lacks.
    .extent(() => [
      [0, 0],
      [svgEl.clientWidth || 800, svgEl.clientHeight || 600],
    ])
    .scaleExtent([0.05, 8])
    .on('zoom', (ev: { transform: ZoomTransform }) => {
      transform = ev.transform;
      viewport.attr('transform', ev.transform.toString());
    });
  let gesture = false;
  // True while the view is the fitted one: a resized panel then re-flows the rows and fits again.
  let fitted = false;
  zoomer
    .on('start', (ev: { sourceEvent: Event | null }) => {
      gesture = true;
      if (ev.sourceEvent) fitted = false;
    })
    .on('end', () => {
      gesture = false;
    });
  svg.call(zoomer).on('dblclick.zoom', null);

  const pathOf = (ev: Event): string | null =>
    (ev.target as Element | null)?.closest?.('[data-node-path]')?.getAttribute('data-node-path') ??
    null;
  gBoxes
    .on('click', (ev: MouseEvent) => {
      const p = pathOf(ev);
      if (p) handlers.onSelect(p);
    })
    .on('mouseover', (ev: MouseEvent) => {
      if (gesture) return;
      const p = pathOf(ev);
      if (p !== state.hovered) handlers.onHover(p);
    })
    .on('mouseleave', () => handlers.onHover(null))
    .on('focusin', (ev: FocusEvent) => {
      const p = pathOf(ev);
      if (p && p !== focusedPath) {
        focusedPath = p;
        applyStop();
      }
    });
  svg.on('click.background', (ev: MouseEvent) => {
    if (ev.target === svgEl) handlers.onSelect(null);
  });

  function draw(l: VolumesLayout) {
    gLinks
      .selectAll('path')
      .data(l.links)
      .join('path')
      .attr('marker-end', `url(#${arrowId})`)
      .attr('d', (d) => 'M' + d.points.map(([x, y]) => `${f(x)},${f(y)}`).join('L'));
    const boxes = gBoxes
      .selectAll<SVGGElement, Volume>('g.vol-box')
      .data(l.volumes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('tabindex', -1).attr('role', 'button');
        g.append('title');
        g.append('g').attr('class', 'vol-streams');
        g.append('text').attr('class', 'vol-label');
        g.append('text').attr('class', 'vol-detail');
        return g;
      });
    boxes
      .attr('class', (d) => `vol-box dg-fam-${d.family}`)
      .attr('data-node-path', (d) => d.id)
      .attr('aria-label', (d) => handlers.describe?.(d.id) ?? d.title);
    boxes.select('title').text((d) => d.title);
    boxes
      .select('g.vol-streams')
      .selectAll<SVGGElement, Cuboid>('g.vol-stream')
      .data((d) => d.streams)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'vol-stream');
        g.append('rect').attr('class', 'vol-front');
        g.append('polygon').attr('class', 'vol-top');
        g.append('polygon').attr('class', 'vol-right');
        return g;
      })
      .each(function (c) {
        const g = select(this);
        const fc = faces(c);
        g.select('rect')
          .attr('x', f(c.x))
          .attr('y', f(c.y))
          .attr('width', f(c.w))
          .attr('height', f(c.h));
        g.select('polygon.vol-top').attr('points', fc.top);
        g.select('polygon.vol-right').attr('points', fc.right);
      });
    boxes
      .select('text.vol-label')
      .attr('x', (d) => f(d.cx))
      .attr('y', (d) => f(d.labelY))
      .style('font-size', `${l.font.label}px`)
      .text((d) => d.label);
    boxes
      .select('text.vol-detail')
      .attr('x', (d) => f(d.cx))
      .attr('y', (d) => f(d.detailY))
      .style('font-size', `${l.font.detail}px`)
      .text((d) => d.detail);
    ids = new Set(l.volumes.map((v) => v.id));
    byId = new Map();
    boxes.each(function (d) {
      byId.set(d.id, this);
    });
  }

  function highlight() {
    for (const el of marked) {
      el.classList.remove('dg-selected', 'dg-hovered');
      el.removeAttribute('aria-current');
    }
    marked = [];
    for (const [p, cls] of [
      [state.selected, 'dg-selected'],
      [state.hovered, 'dg-hovered'],
    ] as const) {
      const rep = representative(ids, p);
      const el = rep ? byId.get(rep) : undefined;
      if (el) {
        el.classList.add(cls);
        if (cls === 'dg-selected') el.setAttribute('aria-current', 'true');
        marked.push(el);
      }
    }
    applyStop();
  }

  // Roving tab stop: one volume has tabindex 0, the others -1.
  let focusedPath: string | null = null;
  let stopEl: Element | null = null;
  const stopPath = (): string | null =>
    representative(ids, focusedPath) ??
    representative(ids, state.selected) ??
    layout?.volumes[0]?.id ??
    null;
  function applyStop() {
    const p = stopPath();
    const el = (p && byId.get(p)) || null;
    if (stopEl && stopEl !== el) stopEl.setAttribute('tabindex', '-1');
    stopEl = el;
    el?.setAttribute('tabindex', '0');
  }
  let transform: ZoomTransform = zoomIdentity;
  function focusVolume(path: string) {
    if (!layout) return;
    const rep = representative(ids, path);
    const v = rep ? layout.volumes.find((o) => o.id === rep) : undefined;
    if (!v) return;
    focusedPath = v.id;
    applyStop();
    const el = byId.get(v.id) as (SVGGElement & { focus(o?: FocusOptions): void }) | undefined;
    if (!el) return;
    // Off screen: centre it.
    const { w, h } = size();
    const x0 = v.x * transform.k + transform.x;
    const x1 = (v.x + v.width) * transform.k + transform.x;
    const my = (v.labelY + v.detailY) / 2;
    const y = my * transform.k + transform.y;
    if (x0 < 0 || x1 > w || y < 0 || y > h) svg.call(zoomer.translateTo, v.cx, my);
    el.focus({ preventScroll: true });
  }

  const size = () => ({
    w: svgEl.clientWidth || svgEl.getBoundingClientRect().width || 800,
    h: svgEl.clientHeight || svgEl.getBoundingClientRect().height || 600,
  });

  /** Arrange the set for the panel's current size (again only if the size changed). */
  function arrange() {
    if (!set) return;
    const { w, h } = size();
    if (layout && layout.set === set && layout.panel.width === w && layout.panel.height === h)
      return;
    layout = arrangeVolumes(set, w, h);
    draw(layout);
    highlight();
  }

  function fit() {
    arrange();
    if (!layout) return;
    const { w, h } = size();
    const t = fitTransform(layout, w, h);
    zoomer.scaleExtent([Math.min(0.05, t.k), 8]);
    svg.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    fitted = true;
  }

  const resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (fitted && layout) {
            const { w, h } = size();
            if (w !== layout.panel.width || h !== layout.panel.height) fit();
          }
        });
  resize?.observe(svgEl);

  return {
    update(next, s) {
      state = s;
      if (next !== set) {
        set = next;
        arrange();
      }
      highlight();
    },
    layout: () => layout,
    fit,
    focus: focusVolume,
    current: stopPath,
    zoomBy(factor: number) {
      fitted = false;
      svg.call(zoomer.scaleBy, factor);
    },
    panBy(dx: number, dy: number) {
      fitted = false;
      svg.call(zoomer.translateBy, dx / transform.k, dy / transform.k);
    },
    destroy() {
      resize?.disconnect();
      svg.on('.zoom', null).on('click.background', null);
      root.selectAll('*').remove();
    },
  };
}
