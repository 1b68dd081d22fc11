/**
 * Cumulative curves of the comparison page: one step line per network on a shared depth axis,
 * labelled at its end (colour by the network's position, `cmp-c0` … `cmp-c5`).
 */
import { select } from 'd3-selection';
import type { CurvesLayout } from '../../layout/compare/charts';

export interface CurvesData {
  layout: CurvesLayout;
  valueText(v: number): string;
  /** Axis names. */
  xName: string;
  yName: string;
  /** Colour slot of a network (its position in the comparison). */
  slot(key: string): number;
}

export interface CurvesChart {
  update(data: CurvesData): void;
  destroy(): void;
}

export function createCurves(g: SVGGElement): CurvesChart {
  const root = select(g).attr('class', 'cmp-curves');
  return {
    update(d) {
      const L = d.layout;
      root.selectAll('*').remove();
      const grid = root.append('g').attr('class', 'cmp-axis');
      grid
        .selectAll('line.y')
        .data(L.yTicks)
        .join('line')
        .attr('class', 'y')
        .attr('x1', L.left)
        .attr('x2', L.right)
        .attr('y1', (t) => t.y)
        .attr('y2', (t) => t.y);
      grid
        .selectAll('text.y')
        .data(L.yTicks)
        .join('text')
        .attr('class', 'y')
        .attr('x', L.left - 6)
        .attr('y', (t) => t.y)
        .attr('dy', '0.32em')
        .attr('text-anchor', 'end')
        .text((t) => d.valueText(t.value));
      grid
        .selectAll('text.x')
        .data(L.xTicks)
        .join('text')
        .attr('class', 'x')
        .attr('x', (t) => t.x)
        .attr('y', L.bottom + 14)
        .attr('text-anchor', 'middle')
        .text((t) => String(t.value));
      grid
        .append('text')
        .attr('class', 'cmp-axis-name')
        .attr('x', L.right)
        .attr('y', L.bottom + 26)
        .attr('text-anchor', 'end')
        .text(d.xName);
      grid
        .append('text')
        .attr('class', 'cmp-axis-name')
        .attr('x', L.left)
        .attr('y', L.top - 2)
        .text(d.yName);
      const lines = root
        .selectAll('g.cmp-line')
        .data(L.lines)
        .join('g')
        .attr('class', (l) => `cmp-line cmp-c${d.slot(l.key)}`)
        .attr('data-key', (l) => l.key);
      lines.append('path').attr('d', (l) => l.d);
      lines
        .append('path')
        .attr('class', 'cmp-tail')
        .attr('d', (l) => l.tail);
      lines
        .append('text')
        .attr('x', L.right + 6)
        .attr('y', (l) => l.labelY)
        .attr('dy', '0.32em')
        .text((l) => l.name);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
