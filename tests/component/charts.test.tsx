// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { analyzeId } from '../helpers';
import { ChartsPanel } from '../../src/views/ChartsPanel';
import { MemoryPanel } from '../../src/views/MemoryPanel';
import type { Analysis, Conventions } from '../../src/engine/index';
import { buildModel } from '../../src/catalog/index';
import { AppStoreProvider, createAppStore } from '../../src/store/index';

const vgg = analyzeId('vgg16');
const fp32: Conventions = { compute: 'macs', precision: 'fp32', batch: 1 };

function renderCharts(over: Partial<Parameters<typeof ChartsPanel>[0]> = {}) {
  const props = {
    analysis: vgg,
    conventions: fp32,
    scale: 'linear' as const,
    onScaleChange: vi.fn(),
    selected: null,
    hovered: null,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
  const r = render(<ChartsPanel {...props} />);
  return { ...r, props };
}

describe('ChartsPanel', () => {
  it('renders one bar per column in each of the three rows, with the largest bars labelled', () => {
    const { container } = renderCharts();
    const svg = screen.getByTestId('charts-bars');
    // VGG-16: 22 columns (input, 13 convs, 5 pools, 3 fc) × 3 rows.
    expect(svg.getAttribute('data-bars')).toBe('22');
    expect(container.querySelectorAll('rect.charts-bar')).toHaveLength(66);
    const labels = [...container.querySelectorAll('.charts-row-params .charts-labels text')].map(
      (x) => x.textContent,
    );
    expect(labels[0]).toBe('fc6102.8 M'); // name and value tspans
    expect(screen.getByTestId('charts-aggregation')).toHaveAttribute('data-mode', 'none');
    expect(container.querySelectorAll('path.charts-cum-line')).toHaveLength(3);
  });

  it('the log toggle calls onScaleChange', () => {
    const { props } = renderCharts();
    fireEvent.click(screen.getByRole('button', { name: 'Log' }));
    expect(props.onScaleChange).toHaveBeenCalledWith('log');
    expect(screen.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('clicking a bar selects its layer; hovering reports it', () => {
    const { container, props } = renderCharts();
    const fc6 = container.querySelector(
      '.charts-row-params rect.charts-bar[data-path="classifier/fc6"]',
    )!;
    fireEvent.click(fc6);
    expect(props.onSelect).toHaveBeenCalledWith('classifier/fc6');
    fireEvent.pointerOver(fc6);
    expect(props.onHover).toHaveBeenCalledWith('classifier/fc6');
  });

  it('highlights the selected layer and a selected module’s range', () => {
    const { container, rerender, props } = renderCharts({ selected: 'features/stage1/relu1_2' });
    const selectedPaths = () =>
      new Set(
        [...container.querySelectorAll('.charts-row-memory rect.charts-bar.is-selected')].map((r) =>
          r.getAttribute('data-path'),
        ),
      );
    // relu1_2 runs in place on conv1_2's output, so conv1_2's bar is the one highlighted.
    expect(selectedPaths()).toEqual(new Set(['features/stage1/conv1_2']));
    rerender(<ChartsPanel {...props} selected="features/stage3" />);
    expect(selectedPaths()).toEqual(
      new Set([
        'features/stage3/conv3_1',
        'features/stage3/conv3_2',
        'features/stage3/conv3_3',
        'features/stage3/pool3',
      ]),
    );
    expect(container.querySelectorAll('.charts-cum-mark circle')).toHaveLength(3);
  });

  it('says when bars are aggregated (DenseNet-264: one bar per dense layer)', () => {
    renderCharts({ analysis: analyzeId('densenet264') });
    const note = screen.getByTestId('charts-aggregation');
    expect(note).toHaveAttribute('data-mode', 'module');
    expect(note.textContent).toContain('dense-layer');
  });
});

/** The memory panel reads the training settings from a store. */
function renderMemory(analysis: Analysis, conventions: Conventions) {
  return render(
    <AppStoreProvider store={createAppStore({ page: 'model', modelId: 'vgg16' })}>
      <MemoryPanel
        analysis={analysis}
        conventions={conventions}
        spec={buildModel('vgg16')}
        selected={null}
        onSelect={vi.fn()}
      />
    </AppStoreProvider>,
  );
}

describe('MemoryPanel, VGG-16', () => {
  // Totals (architectures.md §5 and §1.4): 138,357,544 parameters, no BN buffers, 15,237,608
  // stored values per image.
  const P = 138_357_544;
  const A = 15_237_608;
  const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

  it('batch 1, fp32', () => {
    renderMemory(vgg, fp32);
    expect(value('memory-inference-params')).toBe(553_430_176); // 138,357,544 × 4
    expect(value('memory-inference-buffers')).toBe(0);
    expect(value('memory-inference-activations')).toBe(60_950_432); // 15,237,608 × 4 × 1
    expect(value('memory-inference-total')).toBe(614_380_608); // 553,430,176 + 60,950,432
    // Training: 553,430,176 × 3 + 60,950,432 × 2 = 1,660,290,528 + 121,900,864.
    expect(value('memory-training-total')).toBe(1_782_191_392);
    expect(value('memory-inference-total')).toBe(P * 4 + A * 4);
    expect(screen.getByTestId('memory-inference-activations').textContent).toContain('58.1 MiB');
    expect(screen.getByTestId('memory-stored').textContent).toBe(
      '15,237,608 stored values per image × 4 B × batch 1 = 58.1 MiB',
    );
    expect(screen.getByTestId('memory-lecture-note').textContent).toContain('24M × 4 bytes ≈ 96MB');
    expect(within(screen.getByTestId('memory-rule')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('batch 8, fp16', () => {
    renderMemory(vgg, { compute: 'macs', precision: 'fp16', batch: 8 });
    expect(value('memory-inference-params')).toBe(276_715_088); // 138,357,544 × 2
    expect(value('memory-inference-activations')).toBe(243_801_728); // 15,237,608 × 2 × 8
    expect(value('memory-inference-total')).toBe(520_516_816);
    // 276,715,088 × 3 + 243,801,728 × 2 = 830,145,264 + 487,603,456.
    expect(value('memory-training-params')).toBe(830_145_264);
    expect(value('memory-training-activations')).toBe(487_603_456);
    expect(value('memory-training-total')).toBe(1_317_748_720);
    expect(value('memory-training-total')).toBe(P * 2 * 3 + A * 2 * 8 * 2);
  });

  it('no lecture note away from the lecture’s setting', () => {
    renderMemory(analyzeId('vgg16', {}, [3, 256, 256]), fp32);
    expect(screen.queryByTestId('memory-lecture-note')).toBeNull();
  });
});
