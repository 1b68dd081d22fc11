/**
 * The ILSVRC winners: top-5 error by year as bars, each labelled with its error and its depth
 * (computed by the engine), the human reference as a dashed line. Bars of catalog networks link
 * to their model pages.
 */
import { select } from 'd3-selection';
import type { WinnersLayout } from '../../layout/landscape/charts';
import { drawAxes } from './axes';

export interface WinnersData {
  layout: WinnersLayout;
  yName: string;
  humanText: string;
  title(b: WinnersLayout['bars'][number]): string;
}

export function createWinnersChart(g: SVGGElement) {
  const root = select(g).attr('class', 'ls-winners');
  return {
    update(d: WinnersData) {
      const L = d.layout;
      root.selectAll('*').remove();
      drawAxes(root, L, [], L.yTicks, {
        x: String,
        y: (v) => `${v} %`,
        xName: '',
        yName: d.yName,
      });
      root
        .append('g')
        .attr('class', 'ls-years')
        .selectAll('text')
        .data(L.years)
        .join('text')
        .attr('x', (y) => y.x)
        .attr('y', L.bottom + 16)
        .attr('text-anchor', 'middle')
        .text((y) => String(y.year));
      const bars = root
        .append('g')
        .selectAll('g')
        .data(L.bars)
        .join('g')
        .attr(
          'class',
          (b) => `ls-bar ${b.place === 2 ? 'is-second' : ''} ${b.href ? '' : 'is-nolink'}`,
        )
        .attr('data-year', (b) => b.year);
      const link = bars
        .filter((b) => b.href !== undefined)
        .append('a')
        .attr('href', (b) => b.href!)
        .attr('class', 'ls-mark')
        .attr('data-id', (b) => b.key)
        // The bar's own name: a link holding only a rectangle has no text.
        .attr('aria-label', (b) => d.title(b));
      link
        .append('rect')
        .attr('x', (b) => b.x)
        .attr('y', (b) => b.y)
        .attr('width', (b) => b.width)
        .attr('height', (b) => b.height);
      bars
        .filter((b) => b.href === undefined)
        .append('rect')
        .attr('x', (b) => b.x)
        .attr('y', (b) => b.y)
        .attr('width', (b) => b.width)
        .attr('height', (b) => b.height);
      bars.append('title').text((b) => d.title(b));
      bars
        .append('text')
        .attr('class', 'ls-bar-value')
        .attr('x', (b) => b.x + b.width / 2)
        .attr('y', (b) => b.y - 4)
        .attr('text-anchor', 'middle')
        .text((b) => `${b.top5Error}`);
      // Entry and depth under the year: two short lines.
      bars
        .append('text')
        .attr('class', 'ls-bar-entry')
        .attr('x', (b) => b.x + b.width / 2)
        .attr('y', (b) => L.bottom + 30 + 28 * b.line)
        .attr('text-anchor', 'middle')
        .text((b) => b.entry);
      bars
        .append('text')
        .attr('class', 'ls-bar-depth')
        .attr('x', (b) => b.x + b.width / 2)
        .attr('y', (b) => L.bottom + 44 + 28 * b.line)
        .attr('text-anchor', 'middle')
        .text((b) => b.depthText);
      root
        .append('line')
        .attr('class', 'ls-human')
        .attr('x1', L.left)
        .attr('x2', L.right)
        .attr('y1', L.humanY)
        .attr('y2', L.humanY);
      root
        .append('text')
        .attr('class', 'ls-human-text')
        .attr('x', L.right)
        .attr('y', L.humanY - 4)
        .attr('text-anchor', 'end')
        .text(d.humanText);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
