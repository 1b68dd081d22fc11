/**
 * Cumulative curves: the share of parameters, compute and activation memory reached after each
 * column, along depth, on one 0–100 % axis aligned with the bar chart's columns. The selected
 * column is marked with a rule and its three shares.
 */
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import { METRICS, type BarsLayout, type CumulativeLayout } from '../layout/bars';

export interface CumulativeData {
  bars: BarsLayout;
  layout: CumulativeLayout;
  /** Columns [from, to) of the selection; the mark sits at the end of the range. */
  selected: [number, number] | null;
  /** Text of a share, e.g. "41.5 %". */
  shareText(share: number): string;
}

export interface CumulativeChart {
  update(data: CumulativeData): void;
  destroy(): void;
}

export function createCumulative(
  g: SVGGElement,
  handlers: { onSelect(path: string | null): void },
): CumulativeChart {
  const root = select(g).attr('class', 'charts-cumulative');
  const body = root.append('g');
  const mark = root.append('g').attr('class', 'charts-cum-mark');
  const hit = root.append('g').attr('class', 'charts-hit');
  let layout: CumulativeLayout | null = null;
  let bars: BarsLayout | null = null;

  root.on('click', (ev: MouseEvent) => {
    const el = (ev.target as Element | null)?.closest?.('[data-col]');
    if (el && bars) handlers.onSelect(bars.columns[Number(el.getAttribute('data-col'))].path);
  });

  function draw(d: CumulativeData) {
    const C = d.layout;
    const B = d.bars;
    body.selectAll('*').remove();
    hit.selectAll('*').remove();
    const ticks = body.append('g').attr('class', 'charts-ticks');
    ticks
      .selectAll('line')
      .data(C.ticks)
      .join('line')
      .attr('x1', C.left)
      .attr('x2', C.right)
      .attr('y1', (t) => t.y)
      .attr('y2', (t) => t.y);
    ticks
      .selectAll('text')
      .data(C.ticks)
      .join('text')
      .attr('x', C.left - 6)
      .attr('y', (t) => t.y)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text((t) => t.text);
    const path = line();
    body
      .selectAll('path.charts-cum-line')
      .data(METRICS)
      .join('path')
      .attr('class', (m) => `charts-cum-line charts-metric-${m}`)
      .attr('data-metric', (m) => m)
      .attr('d', (m) => path(C.points[m]));
    hit
      .selectAll('rect')
      .data(B.columns)
      .join('rect')
      .attr('data-col', (_, i) => i)
      .attr('x', (_, i) => B.x0[i])
      .attr('width', (_, i) => B.x1[i] - B.x0[i])
      .attr('y', C.top)
      .attr('height', C.bottom - C.top)
      .append('title')
      .text((c) => c.path);
  }

  function marker(d: CumulativeData) {
    mark.selectAll('*').remove();
    if (!d.selected) return;
    const C = d.layout;
    const i = d.selected[1] - 1;
    const x = d.bars.x1[i];
    mark
      .append('line')
      .attr('class', 'charts-cum-rule')
      .attr('x1', x)
      .attr('x2', x)
      .attr('y1', C.top)
      .attr('y2', C.bottom);
    const pts = METRICS.map((m) => ({ m, s: C.shares[m][i], y: C.yOf(C.shares[m][i]) }));
    mark
      .selectAll('circle')
      .data(pts)
      .join('circle')
      .attr('class', (p) => `charts-metric-${p.m}`)
      .attr('cx', x)
      .attr('cy', (p) => p.y)
      .attr('r', 3.5);
    // Value texts on the side with more room, spread so they do not overlap.
    const onLeft = x > (C.left + C.right) / 2;
    const sorted = [...pts].sort((p, q) => p.y - q.y);
    let prev = -Infinity;
    const placed = sorted.map((p) => {
      const y = Math.max(p.y, prev + 13);
      prev = y;
      return { ...p, ty: y };
    });
    const overflow = prev - C.bottom;
    mark
      .selectAll('text')
      .data(placed)
      .join('text')
      .attr('class', (p) => `charts-metric-${p.m}`)
      .attr('x', x + (onLeft ? -7 : 7))
      .attr('y', (p) => p.ty - Math.max(overflow, 0))
      .attr('dy', '0.32em')
      .attr('text-anchor', onLeft ? 'end' : 'start')
      .text((p) => d.shareText(p.s));
  }

  return {
    update(d) {
      if (d.layout !== layout) {
        layout = d.layout;
        bars = d.bars;
        draw(d);
      }
      marker(d);
    },
    destroy() {
      root.on('click', null);
      root.selectAll('*').remove();
    },
  };
}
