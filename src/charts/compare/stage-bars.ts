/**
 * Per-stage stacked bars of the comparison page: one row per network, segments per stage, on the
 * scale the layout computed. Clicking a row's name or a segment opens that network's page.
 */
import { select } from 'd3-selection';
import type { StageBarsLayout } from '../../layout/compare/charts';

export interface StageBarsData {
  layout: StageBarsLayout;
  /** Text of a value (the metric's unit). */
  valueText(v: number): string;
  /** Tooltip of a segment. */
  segmentTitle(network: string, stage: string, value: string, share: string): string;
  /** Link of a network's model page. */
  href(key: string): string;
}

export interface StageBarsChart {
  update(data: StageBarsData): void;
  destroy(): void;
}

export function createStageBars(g: SVGGElement): StageBarsChart {
  const root = select(g).attr('class', 'cmp-stages');
  return {
    update(d) {
      const L = d.layout;
      root.selectAll('*').remove();
      const axis = root.append('g').attr('class', 'cmp-axis');
      const axisY = L.height - 14;
      axis
        .selectAll('line')
        .data(L.ticks)
        .join('line')
        .attr('x1', (t) => t.x)
        .attr('x2', (t) => t.x)
        .attr('y1', 0)
        .attr('y2', axisY - 10);
      axis
        .selectAll('text')
        .data(L.ticks)
        .join('text')
        .attr('x', (t) => t.x)
        .attr('y', axisY)
        .attr('dy', '0.6em')
        .attr('text-anchor', 'middle')
        .text((t) => d.valueText(t.value));
      const rows = root
        .selectAll<SVGGElement, (typeof L.rows)[number]>('g.cmp-row')
        .data(L.rows)
        .join('g')
        .attr('class', 'cmp-row')
        .attr('data-key', (r) => r.key)
        .attr('transform', (r) => `translate(0,${r.y})`);
      rows
        .append('a')
        .attr('href', (r) => d.href(r.key))
        .append('text')
        .attr('class', 'cmp-row-name')
        .attr('x', L.left - 8)
        .attr('y', L.rowHeight / 2)
        .attr('dy', '0.35em')
        .attr('text-anchor', 'end')
        .text((r) => r.name);
      rows.each(function (r) {
        const row = select(this);
        const segs = row
          .selectAll('g.cmp-seg')
          .data(r.segments)
          .join('g')
          .attr('class', (s) => `cmp-seg ${s.index % 2 ? 'is-odd' : 'is-even'}`);
        segs
          .append('rect')
          .attr('x', (s) => s.x)
          .attr('y', 0)
          .attr('width', (s) => Math.max(0, s.width))
          .attr('height', L.rowHeight);
        segs
          .append('title')
          .text((s) =>
            d.segmentTitle(
              r.name,
              s.stage.path,
              d.valueText(s.value),
              r.total > 0 ? `${((100 * s.value) / r.total).toFixed(1)} %` : '—',
            ),
          );
        segs
          .filter((s) => s.label !== undefined)
          .append('text')
          .attr('x', (s) => s.x + s.width / 2)
          .attr('y', L.rowHeight / 2)
          .attr('dy', '0.35em')
          .attr('text-anchor', 'middle')
          .text((s) => s.label!);
        row
          .append('text')
          .attr('class', 'cmp-row-total')
          .attr('x', r.totalX)
          .attr('y', L.rowHeight / 2)
          .attr('dy', '0.35em')
          .text(d.valueText(r.total));
      });
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
