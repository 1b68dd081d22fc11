import { describe, expect, it } from 'vitest';
import { READABLE_MIN_ZOOM, readableView } from '../../src/charts/diagram';
import { allModules, defaultExpanded, layoutGraph, type GraphLayout } from '../../src/layout/graph';
import { analyzeId } from '../helpers';

const box = (id: string, x: number, y: number, width: number, height = 40) => ({
  id,
  kind: 'leaf' as const,
  op: 'conv',
  family: 'conv' as const,
  label: id,
  detail: '',
  leaves: 1,
  x,
  y,
  width,
  height,
});

const layout = (nodes: ReturnType<typeof box>[]) =>
  ({ nodes, edges: [], groups: [], width: 2000, height: 5100 }) as unknown as GraphLayout;

describe('readableView: the first view of a drawing too tall for its panel', () => {
  // A 100 px wide column at x 900…1000 on top, and a wide part (x 0…2000) far below it.
  const column = [box('a', 900, 0, 100), box('b', 900, 100, 100), box('wide', 0, 5000, 2000)];

  it('centres what the first screen holds at zoom 1, not the whole drawing', () => {
    // Hand: panel 800 px: the band 900…1000 has its centre 950 at screen x 400,
    // so x = 400 − 950 = −550 (centring the whole 2000 px drawing would give −600).
    expect(readableView(layout(column), 800, 600, 16)).toEqual({ k: 1, x: -550 });
  });

  it('zooms out a little for a top slightly wider than the panel', () => {
    // Hand: band 100…1000 = 900 px in 800 − 2·16 = 768 px: k = 768 / 900 = 0.8533…;
    // centred: x = (800 − 1100·k) / 2 = 400 − 469.33… = −69.33….
    const v = readableView(layout([box('a', 100, 0, 900), ...column.slice(1)]), 800, 600, 16);
    expect(v.k).toBeCloseTo(768 / 900, 9);
    expect(v.x).toBeCloseTo((800 - 1100 * (768 / 900)) / 2, 9);
  });

  it('centres the first box of a much wider top at the smallest readable zoom', () => {
    const input = box('input', 700, 0, 100);
    const v = readableView(
      layout([input, box('a', 100, 60, 1500), ...column.slice(2)]),
      800,
      600,
      16,
    );
    // Hand: 768 / 1500 < 0.82, so k = 0.82; the input's centre 750 goes to screen x 400:
    // x = 400 − 750·0.82 = −215.
    expect(v.k).toBe(READABLE_MIN_ZOOM);
    expect(v.x).toBeCloseTo(400 - 750 * READABLE_MIN_ZOOM, 9);
  });

  it('keeps the start of NASNet-A Large on screen, by default and fully expanded', () => {
    const a = analyzeId('nasnet-a-large');
    const [w, h, pad] = [820, 680, 16];
    for (const expanded of [defaultExpanded(a), allModules(a)]) {
      const g = layoutGraph(a, expanded);
      const { k, x } = readableView(g, w, h, pad);
      expect(k).toBeGreaterThanOrEqual(READABLE_MIN_ZOOM);
      // The input box is on screen, whole.
      const input = g.nodes.find((n) => n.id === 'input')!;
      expect(input.x * k + x).toBeGreaterThanOrEqual(0);
      expect((input.x + input.width) * k + x).toBeLessThanOrEqual(w);
      // By default the first screen's boxes fit across (the first cell is not cut off).
      if (expanded.size < allModules(a).size) {
        const first = [...g.nodes, ...g.groups].filter((b) => b.y < (h - pad) / k);
        expect(Math.min(...first.map((b) => b.x * k + x))).toBeGreaterThanOrEqual(pad - 1e-6);
        expect(Math.max(...first.map((b) => (b.x + b.width) * k + x))).toBeLessThanOrEqual(
          w - pad + 1e-6,
        );
      }
    }
  });
});
