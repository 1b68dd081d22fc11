// @vitest-environment jsdom
/**
 * The keyboard model of issue 13: Tab into the diagram (one stop), arrows along the network —
 * through GoogLeNet's first Inception fork — Enter selects (the inspector follows), Esc clears;
 * the layer table's rows likewise. Expected paths come from the networks' structure (GoogLeNet,
 * Szegedy et al. 2014, fig. 2b: four branches read the same input; AlexNet's features in order).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../src/engine/index';
import type { Analysis } from '../../src/engine/analysis';
import { keyNav } from '../../src/layout/keynav';
import { DiagramPanel, describer } from '../../src/views/DiagramPanel';
import { Inspector } from '../../src/views/Inspector';
import { LayerTable } from '../../src/views/LayerTable';
import { analyzeIdCached } from '../helpers';

/** The diagram (or table) and the inspector sharing one selection, as on the model page. */
function Harness({ analysis, table = false }: { analysis: Analysis; table?: boolean }) {
  const [selected, setSelected] = useState<string | null>(null);
  const common = {
    analysis,
    modelKey: analysis.id ?? 'net',
    selected,
    hovered: null,
    onSelect: setSelected,
    onHover: () => {},
  };
  return (
    <>
      {table ? (
        <LayerTable {...common} conventions={DEFAULT_CONVENTIONS} />
      ) : (
        <DiagramPanel {...common} style="graph" />
      )}
      <Inspector analysis={analysis} conventions={DEFAULT_CONVENTIONS} selected={selected} />
      <output data-testid="selected">{selected ?? ''}</output>
    </>
  );
}

const focusedPath = () => document.activeElement?.getAttribute('data-node-path') ?? null;

/** GoogLeNet inception3a's four branch heads: what reads the stem's last output (stem/pool2). */
const HEADS = [
  'stage3/inception3a/branch1/conv1x1',
  'stage3/inception3a/branch2/reduce',
  'stage3/inception3a/branch3/reduce',
  'stage3/inception3a/branch4/pool',
];

describe('keyboard model of the diagram', () => {
  it('keyNav: ↓ enters a fork, → ← cross its branches, ↑ climbs back; a chain steps with → ←', () => {
    const boxes = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      // a → {b, c, d} → e; b, c, d side by side on one row, left to right.
      x: i >= 1 && i <= 3 ? i * 100 : 200,
      y: i === 0 ? 0 : i === 4 ? 200 : 100,
      width: 50,
      height: 30,
    }));
    const edges = [
      { source: 'a', target: 'c' },
      { source: 'a', target: 'b' },
      { source: 'a', target: 'd' },
      { source: 'b', target: 'e' },
      { source: 'c', target: 'e' },
      { source: 'd', target: 'e' },
    ];
    const nav = keyNav(boxes, edges);
    expect(nav.move(null, 'next')).toBe('a');
    expect(nav.move('a', 'next')).toBe('b'); // leftmost branch
    expect(nav.move('b', 'right')).toBe('c');
    expect(nav.move('c', 'right')).toBe('d');
    expect(nav.move('d', 'left')).toBe('c');
    expect(nav.move('c', 'next')).toBe('e');
    expect(nav.move('e', 'prev')).toBe('c'); // the branch it came down by
    expect(nav.move('c', 'prev')).toBe('a');
    expect(nav.move('a', 'prev')).toBe('a'); // the input: nowhere further back
    expect(nav.move('b', 'last')).toBe('e');
    // A chain, no edges given: reading order; → and ← step along it.
    const chain = keyNav(boxes.slice(0, 3), null);
    expect(chain.move('a', 'right')).toBe('b');
    expect(chain.move('b', 'left')).toBe('a');
  });

  it('GoogLeNet: Tab reaches the diagram once, arrows cross the inception fork, Enter selects, Esc clears', async () => {
    const user = userEvent.setup();
    const analysis = analyzeIdCached('googlenet');
    render(<Harness analysis={analysis} />);
    // One node is the tab stop; the rest are reachable by arrows only.
    await waitFor(() =>
      expect(document.querySelectorAll('.dg-node[tabindex="0"]')).toHaveLength(1),
    );
    for (let i = 0; i < 12 && !focusedPath(); i++) await user.tab();
    expect(focusedPath()).toBe('input');
    // Tab again leaves the diagram (one stop), Shift+Tab comes back to the same node.
    await user.tab();
    expect(focusedPath()).toBeNull();
    await user.tab({ shift: true });
    expect(focusedPath()).toBe('input');

    // Down the stem: input → conv1 → … → pool2 (11 boxes, GoogLeNet's stem as drawn).
    await user.keyboard('{End}{Home}');
    expect(focusedPath()).toBe('input');
    for (let i = 0; i < 10; i++) await user.keyboard('{ArrowDown}');
    expect(focusedPath()).toBe('stem/pool2');
    // The fork: ↓ enters one branch head, → visits the other three, ↑ returns to the fork.
    await user.keyboard('{ArrowDown}');
    const seen = new Set([focusedPath()]);
    for (let i = 0; i < 3; i++) {
      await user.keyboard('{ArrowRight}');
      seen.add(focusedPath());
    }
    expect([...seen].sort()).toEqual(HEADS);
    await user.keyboard('{ArrowUp}');
    expect(focusedPath()).toBe('stem/pool2');
    // Arrows move focus only: nothing selected yet (no double handling with the page's ← / →).
    expect(screen.getByTestId('selected').textContent).toBe('');

    await user.keyboard('{ArrowDown}{ArrowRight}');
    const chosen = focusedPath()!;
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('selected').textContent).toBe(chosen);
    const node = document.querySelector(`[data-node-path="${chosen}"]`)!;
    expect(node.getAttribute('aria-current')).toBe('true');
    expect(
      within(screen.getByTestId('inspector')).getAllByText(chosen.split('/').pop()!, {
        exact: false,
      }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId('diagram-announce').textContent).toContain(chosen.split('/').pop());

    await user.keyboard('{Escape}');
    expect(screen.getByTestId('selected').textContent).toBe('');
    expect(screen.getByText(/Click a layer/)).toBeInTheDocument();
  }, 30_000);

  it('names each box in words from the engine (AlexNet conv1: 34,944 parameters)', () => {
    const name = describer(analyzeIdCached('alexnet'))('features/conv1');
    // Krizhevsky et al. 2012 / torchvision: 11·11·3·96 + 96 = 34,944 parameters (Inspector test).
    expect(name).toMatch(
      /^conv1, convolution conv 11×11, 96, \/4, output 96×55×55, 34,944 parameters$/,
    );
  });

  it('E expands a collapsed module and focus enters it; +/− zoom the view', async () => {
    const user = userEvent.setup();
    const analysis = analyzeIdCached('resnet50');
    render(<Harness analysis={analysis} />);
    await waitFor(() =>
      expect(document.querySelectorAll('.dg-node[tabindex="0"]')).toHaveLength(1),
    );
    const modules = [...document.querySelectorAll('.dg-node.dg-module')];
    expect(modules.length).toBeGreaterThan(0);
    const mod = modules[0].getAttribute('data-node-path')!;
    act(() => (modules[0] as SVGGElement).focus());
    await user.keyboard('e');
    await waitFor(() =>
      expect(
        focusedPath()?.startsWith(`${mod}/`),
        `${mod} ${focusedPath()} ${document.activeElement?.tagName}`,
      ).toBe(true),
    );
    const before = document.querySelector('.dg-viewport')!.getAttribute('transform');
    await user.keyboard('+');
    expect(document.querySelector('.dg-viewport')!.getAttribute('transform')).not.toBe(before);
  });
});

describe('keyboard model of the stacked volumes', () => {
  it('VGG-16: one tab stop, → steps to the next volume in reading order, Enter selects', async () => {
    const user = userEvent.setup();
    const analysis = analyzeIdCached('vgg16');
    function Volumes() {
      const [selected, setSelected] = useState<string | null>(null);
      return (
        <>
          <DiagramPanel
            analysis={analysis}
            modelKey="vgg16"
            style="volumes"
            selected={selected}
            hovered={null}
            onSelect={setSelected}
            onHover={() => {}}
          />
          <output data-testid="selected">{selected ?? ''}</output>
        </>
      );
    }
    render(<Volumes />);
    const stops = document.querySelectorAll<SVGGElement>('.vol-box[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const order = [...document.querySelectorAll('.vol-box')].map((b) =>
      b.getAttribute('data-node-path'),
    );
    act(() => stops[0].focus());
    expect(focusedPath()).toBe(order[0]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedPath()).toBe(order[2]);
    await user.keyboard('{ArrowLeft}');
    expect(focusedPath()).toBe(order[1]);
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('selected').textContent).toBe(order[1]);
    // Each volume is named in words (VGG-16's first conv: 3·3·3·64 + 64 = 1,792 parameters).
    expect(
      document
        .querySelector('[data-node-path="features/stage1/conv1_1"]')
        ?.getAttribute('aria-label'),
    ).toContain('1,792 parameters');
  });
});

describe('keyboard model of the layer table', () => {
  it('rows are one tab stop: ↓ moves, Enter selects (inspector follows), Esc clears', async () => {
    const user = userEvent.setup();
    const analysis = analyzeIdCached('alexnet');
    render(<Harness analysis={analysis} table />);
    const rows = () => [...document.querySelectorAll<HTMLElement>('tr[data-path]')];
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    act(() =>
      rows()
        .find((r) => r.tabIndex === 0)!
        .focus(),
    );
    const first = document.activeElement!.getAttribute('data-path');
    // AlexNet's first rows: the input, then the features module (torchvision's layout).
    expect(first).toBe('input');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.getAttribute('data-path')).toBe('features');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.getAttribute('data-path')).toBe('features/conv1');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('selected').textContent).toBe('features/conv1');
    expect(
      within(screen.getByTestId('inspector')).getByText('11·11·3·96 + 96 = 34,944'),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('selected').textContent).toBe('');
    // ← on the module row closes it; → opens it again.
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(document.querySelector('tr[data-path="features/conv1"]')).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(document.querySelector('tr[data-path="features/conv1"]')).not.toBeNull();
  });
});
