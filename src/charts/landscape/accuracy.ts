/**
 * Accuracy against compute: one bubble per network (area ∝ parameters), each a link to its
 * model page, labelled with its name.
 */
import { select } from 'd3-selection';
import type { AccuracyLayout } from '../../layout/landscape/charts';
import { drawAxes } from './axes';

export interface AccuracyData {
  layout: AccuracyLayout;
  xText(v: number): string;
  paramsText(v: number): string;
  xName: string;
  yName: string;
  title(b: AccuracyLayout['bubbles'][number]): string;
  href(id: string): string;
}

export function createAccuracyChart(g: SVGGElement) {
  const root = select(g).attr('class', 'ls-accuracy');
  return {
    update(d: AccuracyData) {
      const L = d.layout;
      root.selectAll('*').remove();
      drawAxes(root, L, L.xTicks, L.yTicks, {
        x: d.xText,
        y: (v) => `${v} %`,
        xName: d.xName,
        yName: d.yName,
      });
      const marks = root
        .append('g')
        .selectAll('a')
        .data(L.bubbles)
        .join('a')
        .attr('class', 'ls-mark')
        .attr('href', (b) => d.href(b.id))
        .attr('data-id', (b) => b.id);
      marks
        .append('circle')
        .attr('cx', (b) => b.cx)
        .attr('cy', (b) => b.cy)
        .attr('r', (b) => b.r);
      marks.append('title').text((b) => d.title(b));
      root
        .append('g')
        .attr('class', 'ls-leaders')
        .selectAll('line')
        .data(L.bubbles.filter((b) => b.leader))
        .join('line')
        .attr('x1', (b) => b.cx)
        .attr('y1', (b) => b.cy)
        .attr('x2', (b) => b.labelX)
        .attr('y2', (b) => b.labelY);
      const labels = root.append('g').attr('class', 'ls-labels');
      labels
        .selectAll('text')
        .data(L.bubbles)
        .join('text')
        .attr('x', (b) => b.labelX)
        .attr('y', (b) => b.labelY)
        .attr('dy', '0.32em')
        .attr('text-anchor', (b) => b.anchor)
        .text((b) => b.name);
      const legend = root
        .append('g')
        .attr('class', 'ls-legend')
        .attr('transform', `translate(${L.left + 12},${L.top + 2 * L.legend[2].r + 4})`);
      let x = 0;
      for (const l of L.legend) {
        legend
          .append('circle')
          .attr('cx', x + l.r)
          .attr('cy', -l.r)
          .attr('r', l.r);
        legend
          .append('text')
          .attr('x', x + l.r)
          .attr('y', 12)
          .attr('text-anchor', 'middle')
          .text(d.paramsText(l.params));
        x += 2 * l.r + 14;
      }
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
