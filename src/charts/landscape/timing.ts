/**
 * Measured forward time per image against batch size, log–log: one line per network (colour by
 * its slot), dots at the measured batches, labels at the right; a label links to the model page.
 */
import { select } from 'd3-selection';
import type { TimingLayout } from '../../layout/landscape/charts';
import { drawAxes } from './axes';

export interface TimingData {
  layout: TimingLayout;
  xName: string;
  yName: string;
  msText(v: number): string;
  dotTitle(name: string, batch: number, ms: number): string;
  href(id: string): string | undefined;
}

export function createTimingChart(g: SVGGElement) {
  const root = select(g).attr('class', 'ls-timing');
  return {
    update(d: TimingData) {
      const L = d.layout;
      root.selectAll('*').remove();
      drawAxes(root, L, L.xTicks, L.yTicks, {
        x: String,
        y: d.msText,
        xName: d.xName,
        yName: d.yName,
      });
      const lines = root
        .append('g')
        .selectAll('g')
        .data(L.lines)
        .join('g')
        .attr('class', (_, i) => `ls-line cmp-c${i % 8}`)
        .attr('data-id', (l) => l.id);
      lines.append('path').attr('d', (l) => l.d);
      lines.each(function (l) {
        const g2 = select(this);
        g2.selectAll('circle')
          .data(l.dots)
          .join('circle')
          .attr('cx', (p) => p.cx)
          .attr('cy', (p) => p.cy)
          .attr('r', 3)
          .append('title')
          .text((p) => d.dotTitle(l.name, p.batch, p.ms));
        const href = d.href(l.id);
        const parent = href ? g2.append('a').attr('href', href).attr('class', 'ls-mark') : g2;
        parent
          .append('text')
          .attr('x', l.labelX)
          .attr('y', l.labelY)
          .attr('dy', '0.32em')
          .text(l.name);
      });
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
