// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyzeSpec, cifarResnet } from '../helpers';
import { GridIndex, PROGRESSIVE_ABOVE } from '../../src/charts/diagram';
import { allModules, defaultExpanded, layoutGraph, visibleNodes } from '../../src/layout/graph';
import { DiagramPanel, type DiagramPanelProps } from '../../src/views/DiagramPanel';
import { analyzeId } from '../helpers';

function setup(over: Partial<DiagramPanelProps> = {}) {
  const analysis = over.analysis ?? analyzeId('resnet50');
  const props: DiagramPanelProps = {
    analysis,
    modelKey: 'resnet50',
    style: 'graph',
    selected: null,
    hovered: null,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
  const r = render(<DiagramPanel {...props} />);
  return { ...r, props, analysis };
}

const count = () => document.querySelectorAll('[data-node-path]').length;

describe('DiagramPanel', () => {
  it('draws one [data-node-path] per visible node at the default collapse level', async () => {
    const { analysis } = setup();
    const n = visibleNodes(analysis, defaultExpanded(analysis)).length;
    expect(screen.getByTestId('diagram').getAttribute('data-visible-nodes')).toBe(String(n));
    // ResNet-50's 144 boxes (over PROGRESSIVE_ABOVE) in a column many screens tall: first only
    // those near the view (jsdom's stand-in svg is 800×600), the input among them…
    expect(n).toBeGreaterThan(PROGRESSIVE_ABOVE);
    expect(count()).toBeGreaterThan(0);
    expect(count()).toBeLessThan(n / 2);
    expect(document.querySelector('[data-node-path="input"]')).not.toBeNull();
    // …then all of them.
    await waitFor(() => expect(count()).toBe(n));
  });

  it('a shared link to a deep layer opens the diagram centred on it, drawn and highlighted', () => {
    const path = 'layer3/block2/conv2';
    const { analysis } = setup({ selected: path });
    const node = layoutGraph(analysis, defaultExpanded(analysis)).nodes.find((n) => n.id === path)!;
    const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
      document.querySelector('.dg-viewport')!.getAttribute('transform')!,
    )!;
    const [tx, ty, k] = m.slice(1).map(Number);
    // jsdom's stand-in svg is 800×600: the node's centre lands on (400, 300).
    expect((node.x + node.width / 2) * k + tx).toBeCloseTo(400, 6);
    expect((node.y + node.height / 2) * k + ty).toBeCloseTo(300, 6);
    const el = document.querySelector(`[data-node-path="${path}"]`)!;
    expect(el.classList).toContain('dg-selected');
  });

  it('clicking a node selects its path', () => {
    const { props } = setup();
    const node = document.querySelector('[data-node-path="stem/conv1"]')!;
    fireEvent.click(node.querySelector('rect')!);
    expect(props.onSelect).toHaveBeenCalledWith('stem/conv1');
  });

  it('expand all shows every leaf, drawing only those near the view; collapse all the top level', async () => {
    // 6·20 + 2 = 122 deep, 600+ leaves: collapsed by default.
    const analysis = analyzeSpec(cifarResnet(20));
    setup({ analysis, modelKey: 'r122' });
    const svg = screen.getByTestId('diagram');
    const layer = svg.querySelector('g')!;
    await waitFor(() =>
      expect(count()).toBe(visibleNodes(analysis, defaultExpanded(analysis)).length),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(svg.getAttribute('data-visible-nodes')).toBe(String(analysis.layers.length));
    expect(visibleNodes(analysis, allModules(analysis))).toHaveLength(analysis.layers.length);
    // More than VIRTUALIZE_ABOVE nodes: DOM only near the view (the top of the column, zoom 0.6,
    // jsdom's stand-in 800×600 svg), never all of them.
    const drawn = count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(analysis.layers.length / 4);
    expect(layer.getAttribute('data-drawn-nodes')).toBe(String(drawn));
    expect(document.querySelector('[data-node-path="input"]')).not.toBeNull();
    const last = analysis.layers[analysis.layers.length - 1].path;
    expect(document.querySelector(`[data-node-path="${last}"]`)).toBeNull();
    // Fit: the whole 600-leaf column is under 2 px per box, so only the outer frames are drawn.
    fireEvent.click(screen.getByRole('button', { name: 'Fit to screen' }));
    expect(count()).toBe(0);
    expect(document.querySelector('[data-group-path="stage3"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    // input, stem, stage1..3, head: small graphs are drawn whole at any zoom.
    expect(count()).toBe(6);
  });

  it('a selected leaf inside a collapsed module highlights the module', () => {
    const analysis = analyzeSpec(cifarResnet(3));
    const { rerender, props } = setup({ analysis, modelKey: 'a' });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    const leaf = analysis.layers.find((l) => l.path.startsWith('stage2/'))!.path;
    rerender(<DiagramPanel {...props} selected={leaf} />);
    expect(document.querySelector('[data-node-path="stage2"]')!.classList).toContain('dg-selected');
    expect(document.querySelectorAll('.dg-selected')).toHaveLength(1);
  });

  it('the + on a collapsed module expands it; a new model key resets the collapse state', async () => {
    const analysis = analyzeSpec(cifarResnet(3));
    const { rerender, props } = setup({ analysis, modelKey: 'a' });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    const stage = document.querySelector('[data-node-path="stage1"] .dg-toggle')!;
    fireEvent.click(stage);
    // stage1 opens into block1 and the repeat `rest`: 6 − 1 + 2.
    expect(count()).toBe(7);
    rerender(<DiagramPanel {...props} modelKey="b" />);
    await waitFor(() =>
      expect(count()).toBe(visibleNodes(analysis, defaultExpanded(analysis)).length),
    );
  });

  it('volumes style draws the main-path volumes and selects on click', () => {
    const { props } = setup({ analysis: analyzeId('vgg16'), style: 'volumes', modelKey: 'vgg16' });
    // input + 13 conv + 5 pool + avgpool + 3 fc (Simonyan & Zisserman 2015, Table 1 D).
    expect(count()).toBe(23);
    fireEvent.click(document.querySelector('[data-node-path="classifier/fc6"] rect')!);
    expect(props.onSelect).toHaveBeenCalledWith('classifier/fc6');
  });
});

describe('GridIndex', () => {
  const rect = fc
    .tuple(fc.integer({ min: -50, max: 1000 }), fc.integer({ min: -50, max: 1000 }))
    .chain(([x0, y0]) =>
      fc
        .tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }))
        .map(([w, h]) => ({ x0, y0, x1: x0 + w, y1: y0 + h })),
    );
  it('returns exactly the boxes a brute-force scan finds, ascending, without duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(rect, { maxLength: 60 }),
        fc.array(rect, { maxLength: 5 }),
        (boxes, qs) => {
          const g = new GridIndex(boxes, 128, 1000, 1000);
          for (const q of qs) {
            const want = boxes
              .map((b, i) =>
                b.x0 <= q.x1 && b.x1 >= q.x0 && b.y0 <= q.y1 && b.y1 >= q.y0 ? i : -1,
              )
              .filter((i) => i >= 0);
            expect(g.query(q)).toEqual(want);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
