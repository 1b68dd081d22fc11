/**
 * The per-layer bar chart: three rows (activation memory, parameters, compute) on one x axis of
 * columns in execution order. Built once inside a `<g>` React leaves empty; `update` redraws when
 * the layout changes and only restyles when just the selection or hover changes.
 */
import { select } from 'd3-selection';
import type { BarsLayout, Metric } from '../layout/bars';

export interface BarsHandlers {
  /** A click on a column: the column's leaf or module path. */
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
}

export interface BarsData {
  layout: BarsLayout;
  /** Columns [from, to) of the selected and hovered paths. */
  selected: [number, number] | null;
  hovered: [number, number] | null;
  /** Row titles and their summaries (strings come from the view's i18n table). */
  titles: Record<Metric, { title: string; summary: string }>;
  /** Native tooltip of column i. */
  tooltip(i: number): string;
}

export interface BarsChart {
  update(data: BarsData): void;
  destroy(): void;
}

const STRIP_H = 16;

export function createBars(g: SVGGElement, handlers: BarsHandlers): BarsChart {
  const root = select(g).attr('class', 'charts-bars');
  const bands = root.append('g').attr('class', 'charts-bands');
  const body = root.append('g');
  const hit = root.append('g').attr('class', 'charts-hit');
  let layout: BarsLayout | null = null;
  let lastHover: string | null = null;

  const columnOf = (ev: Event): number => {
    const el = (ev.target as Element | null)?.closest?.('[data-col]');
    return el ? Number(el.getAttribute('data-col')) : -1;
  };
  root.on('click', (ev: MouseEvent) => {
    const i = columnOf(ev);
    if (layout && i >= 0) handlers.onSelect(layout.columns[i].path);
  });
  root.on('pointerover', (ev: PointerEvent) => {
    const i = columnOf(ev);
    const path = layout && i >= 0 ? layout.columns[i].path : null;
    if (path !== lastHover) {
      lastHover = path;
      handlers.onHover(path);
    }
  });
  root.on('pointerleave', () => {
    if (lastHover !== null) {
      lastHover = null;
      handlers.onHover(null);
    }
  });

  function draw(d: BarsData) {
    const L = d.layout;
    // Narrow bars are highlighted by the band and full opacity alone; an outline would swallow them.
    root.classed('charts-narrow', L.columns.length > 0 && L.x1[0] - L.x0[0] < 8);
    body.selectAll('*').remove();
    hit.selectAll('*').remove();
    for (const row of L.rows) {
      const rg = body.append('g').attr('class', `charts-row charts-row-${row.metric}`);
      const title = rg
        .append('text')
        .attr('class', 'charts-row-title')
        .attr('x', L.left)
        .attr('y', row.top + 13);
      title.append('tspan').text(d.titles[row.metric].title);
      title
        .append('tspan')
        .attr('class', 'charts-row-summary')
        .attr('dx', 8)
        .text(d.titles[row.metric].summary);
      const ticks = rg.append('g').attr('class', 'charts-ticks');
      ticks
        .selectAll('line')
        .data(row.ticks)
        .join('line')
        .attr('x1', L.left)
        .attr('x2', L.right)
        .attr('y1', (t) => t.y)
        .attr('y2', (t) => t.y);
      ticks
        .selectAll('text')
        .data(row.ticks)
        .join('text')
        .attr('x', L.left - 6)
        .attr('y', (t) => t.y)
        .attr('dy', '0.32em')
        .attr('text-anchor', 'end')
        .text((t) => t.text);
      const inset = L.barInset;
      rg.append('g')
        .attr('class', 'charts-barset')
        .selectAll('rect')
        .data(row.bars)
        .join('rect')
        .attr(
          'class',
          (b) =>
            `charts-bar charts-op-${L.columns[b.i].family}` +
            (b.faint ? ' is-faint' : '') +
            (L.columns[b.i].trainingOnly ? ' is-training' : ''),
        )
        .attr('data-col', (b) => b.i)
        .attr('data-path', (b) => L.columns[b.i].path)
        .attr('x', (b) => L.x0[b.i] + inset)
        .attr('width', (b) => Math.max(L.x1[b.i] - L.x0[b.i] - 2 * inset, 0.6))
        .attr('y', (b) => (b.faint && b.h < 2 ? row.baseline - 2 : b.y))
        .attr('height', (b) => (b.faint && b.h < 2 ? 2 : b.h));
      rg.append('line')
        .attr('class', 'charts-baseline')
        .attr('x1', L.left)
        .attr('x2', L.right)
        .attr('y1', row.baseline)
        .attr('y2', row.baseline);
      const labels = rg
        .append('g')
        .attr('class', 'charts-labels')
        .selectAll('text')
        .data(row.labels)
        .join('text')
        .attr('x', (l) => l.x)
        .attr('y', (l) => l.y);
      labels
        .append('tspan')
        .attr('class', 'charts-label-name')
        .text((l) => l.name);
      labels
        .append('tspan')
        .attr('dx', 4)
        .text((l) => l.value);
    }
    const strip = body.append('g').attr('class', 'charts-strip');
    const seg = strip
      .selectAll('g')
      .data(L.segments)
      .join('g')
      .attr('data-module-path', (s) => s.path);
    seg
      .append('rect')
      .attr('x', (s) => s.x0)
      .attr('width', (s) => Math.max(s.x1 - s.x0 - 1, 0.5))
      .attr('y', L.stripY)
      .attr('height', STRIP_H)
      .attr('class', (_, i) => (i % 2 ? 'is-odd' : ''));
    seg.append('title').text((s) => s.path);
    seg
      .filter((s) => s.showName)
      .append('text')
      .attr('x', (s) => (s.x0 + s.x1) / 2)
      .attr('y', L.stripY + STRIP_H / 2)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'middle')
      .text((s) => s.name);
    body
      .append('g')
      .attr('class', 'charts-names')
      .selectAll('text')
      .data(L.names)
      .join('text')
      .attr('data-col', (nm) => nm.i)
      .attr('text-anchor', 'end')
      .attr('dy', '0.32em')
      .attr('transform', (nm) => `translate(${nm.x},${L.namesY}) rotate(-${L.namesAngle})`)
      .text((nm) => nm.text);
    hit
      .selectAll('rect')
      .data(L.columns)
      .join('rect')
      .attr('data-col', (_, i) => i)
      .attr('x', (_, i) => L.x0[i])
      .attr('width', (_, i) => L.x1[i] - L.x0[i])
      .attr('y', 0)
      .attr('height', L.stripY)
      .append('title')
      .text((_, i) => d.tooltip(i));
  }

  function highlight(d: BarsData) {
    const L = d.layout;
    const band = (range: [number, number] | null, cls: string) =>
      range ? [{ cls, x: L.x0[range[0]], w: L.x1[range[1] - 1] - L.x0[range[0]] }] : [];
    bands
      .selectAll('rect')
      .data([...band(d.hovered, 'charts-band-hover'), ...band(d.selected, 'charts-band-selected')])
      .join('rect')
      .attr('class', (b) => b.cls)
      .attr('x', (b) => b.x)
      .attr('width', (b) => Math.max(b.w, 1))
      .attr('y', 0)
      .attr('height', L.stripY);
    const sel = d.selected;
    body
      .selectAll<SVGRectElement, { i: number }>('rect.charts-bar')
      .classed('is-selected', (b) => sel !== null && b.i >= sel[0] && b.i < sel[1]);
  }

  return {
    update(d) {
      if (d.layout !== layout) {
        layout = d.layout;
        draw(d);
      }
      highlight(d);
    },
    destroy() {
      root.on('click', null).on('pointerover', null).on('pointerleave', null);
      root.selectAll('*').remove();
    },
  };
}
