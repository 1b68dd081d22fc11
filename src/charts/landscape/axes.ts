/** Grid lines and tick labels shared by the landscape charts. */
import type { Selection } from 'd3-selection';
import type { Frame } from '../../layout/landscape/charts';

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawAxes(
  root: G,
  f: Frame,
  xTicks: readonly { x: number; value: number }[],
  yTicks: readonly { y: number; value: number }[],
  text: { x(v: number): string; y(v: number): string; xName: string; yName: string },
): void {
  const g = root.append('g').attr('class', 'ls-axis');
  g.selectAll('line.h')
    .data(yTicks)
    .join('line')
    .attr('class', 'h')
    .attr('x1', f.left)
    .attr('x2', f.right)
    .attr('y1', (t) => t.y)
    .attr('y2', (t) => t.y);
  g.selectAll('text.h')
    .data(yTicks)
    .join('text')
    .attr('class', 'h')
    .attr('x', f.left - 6)
    .attr('y', (t) => t.y)
    .attr('dy', '0.32em')
    .attr('text-anchor', 'end')
    .text((t) => text.y(t.value));
  g.selectAll('line.v')
    .data(xTicks)
    .join('line')
    .attr('class', 'v')
    .attr('x1', (t) => t.x)
    .attr('x2', (t) => t.x)
    .attr('y1', f.top)
    .attr('y2', f.bottom);
  g.selectAll('text.v')
    .data(xTicks)
    .join('text')
    .attr('class', 'v')
    .attr('x', (t) => t.x)
    .attr('y', f.bottom + 16)
    .attr('text-anchor', 'middle')
    .text((t) => text.x(t.value));
  g.append('text')
    .attr('class', 'ls-axis-name')
    .attr('x', f.right)
    .attr('y', f.bottom + 32)
    .attr('text-anchor', 'end')
    .text(text.xName);
  g.append('text')
    .attr('class', 'ls-axis-name')
    .attr('x', f.left - 40)
    .attr('y', f.top - 16)
    .text(text.yName);
}
