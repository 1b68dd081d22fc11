/**
 * A small, static drawing of a graph layout (the comparison's small multiples): boxes, edges and
 * module frames at a scale the caller chooses — the same for every network, so sizes compare.
 * No zoom, no selection: the whole drawing links to the network's model page.
 */
import { select } from 'd3-selection';
import type { GraphLayout } from '../../layout/graph';

export interface MiniGraphData {
  layout: GraphLayout;
  /** px per layout unit, shared by all small multiples. */
  scale: number;
}

export interface MiniGraphChart {
  update(data: MiniGraphData): void;
  destroy(): void;
}

/** Below this scale the 11 px node text would be under 6 px: leave it out. */
const TEXT_MIN_SCALE = 0.55;

export function createMiniGraph(g: SVGGElement): MiniGraphChart {
  const root = select(g).attr('class', 'cmp-mini');
  return {
    update({ layout: L, scale }) {
      root.selectAll('*').remove();
      const body = root.append('g').attr('transform', `scale(${scale})`);
      body
        .selectAll('rect.cmp-mini-group')
        .data(L.groups)
        .join('rect')
        .attr('class', 'cmp-mini-group')
        .attr('x', (b) => b.x)
        .attr('y', (b) => b.y)
        .attr('width', (b) => b.width)
        .attr('height', (b) => b.height)
        .attr('rx', 4);
      body
        .selectAll('polyline')
        .data(L.edges)
        .join('polyline')
        .attr('class', 'cmp-mini-edge')
        .attr('points', (e) => e.points.map((p) => `${p.x},${p.y}`).join(' '));
      const nodes = body
        .selectAll('g.cmp-mini-node')
        .data(L.nodes)
        .join('g')
        .attr('class', (n) => `cmp-mini-node fam-${n.family} is-${n.kind}`);
      nodes
        .append('rect')
        .attr('x', (n) => n.x)
        .attr('y', (n) => n.y)
        .attr('width', (n) => n.width)
        .attr('height', (n) => n.height)
        .attr('rx', 3);
      if (scale >= TEXT_MIN_SCALE) {
        nodes
          .append('text')
          .attr('x', (n) => n.x + n.width / 2)
          .attr('y', (n) => n.y + n.height / 2)
          .attr('dy', '0.35em')
          .attr('text-anchor', 'middle')
          .text((n) => n.label);
      }
      nodes.append('title').text((n) => `${n.label}\n${n.detail}`);
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
