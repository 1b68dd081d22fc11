// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONVENTIONS, type Analysis } from '../../src/engine/index';
import { LayerTable, WINDOW_MIN_ROWS } from '../../src/views/LayerTable';
import { analyzeId } from '../helpers';

const vgg = analyzeId('vgg16');

function renderTable(a: Analysis, props: Partial<Parameters<typeof LayerTable>[0]> = {}) {
  const onSelect = vi.fn();
  const onHover = vi.fn();
  const utils = render(
    <LayerTable
      analysis={a}
      conventions={DEFAULT_CONVENTIONS}
      modelKey="m"
      selected={null}
      hovered={null}
      onSelect={onSelect}
      onHover={onHover}
      {...props}
    />,
  );
  return { ...utils, onSelect, onHover };
}

const row = (path: string) => document.querySelector(`tr[data-path="${path}"]`) as HTMLElement;
const cells = (path: string) => [...row(path).children].map((c) => c.textContent);
const bodyPaths = () =>
  [...document.querySelectorAll('tbody tr[data-path]')].map((r) => r.getAttribute('data-path'));

describe('LayerTable on VGG-16', () => {
  it('groups leaves under their modules, with subtotals', () => {
    renderTable(vgg);
    expect(bodyPaths().slice(0, 4)).toEqual([
      'input',
      'features',
      'features/stage1',
      'features/stage1/conv1_1',
    ]);
    // Hand: conv1_1 3·3·3·64 + 64 = 1,792; conv1_2 3·3·64·64 + 64 = 36,928; sum 38,720.
    expect(cells('features/stage1/conv1_1')[3]).toBe('1,792');
    expect(cells('features/stage1')[3]).toBe('38,720');
    // Hand: fc6 25,088·4,096 + 4,096 + fc7 4,096·4,096 + 4,096 + fc8 4,096·1,000 + 1,000.
    expect(cells('classifier')[3]).toBe('123,642,856');
    // MACs of stage1: 224·224·64·(3·9) + 224·224·64·(64·9) = 86,704,128 + 1,849,688,064.
    expect(cells('features/stage1')[4]).toBe('1,936,392,192');
  });

  it('ends with the grand total (torchvision vgg16: 138,357,544 params, 15,470,264,320 MACs)', () => {
    renderTable(vgg);
    expect(screen.getByTestId('table-total-params')).toHaveTextContent('138,357,544');
    expect(screen.getByTestId('table-total-compute')).toHaveTextContent('15,470,264,320');
    // CS231n's table: 15,237,608 stored values × 4 B = 60,950,432 B = 58.1 MiB.
    expect(within(screen.getByTestId('table-total')).getByText('58.1 MiB')).toBeInTheDocument();
  });

  it('shows FLOPs (2 × MACs) for the whole batch when asked', () => {
    renderTable(vgg, { conventions: { compute: 'flops', precision: 'fp16', batch: 2 } });
    // 15,470,264,320 · 2 · 2 = 61,881,057,280.
    expect(screen.getByTestId('table-total-compute')).toHaveTextContent('61,881,057,280');
    // conv1_1 output 64·224·224 = 3,211,264 values · 2 B · 2 images = 12,845,056 B = 12.3 MiB.
    expect(cells('features/stage1/conv1_1')[5]).toBe('12.3 MiB');
  });

  it('collapses and expands a module group', () => {
    renderTable(vgg);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse stage1' }));
    expect(row('features/stage1/conv1_1')).toBeNull();
    expect(row('features/stage1')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Expand stage1' }));
    expect(row('features/stage1/conv1_1')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(bodyPaths()).toEqual(['input', 'features', 'avgpool', 'flatten', 'classifier']);
  });

  it('sorting by a column flattens the groups', () => {
    renderTable(vgg);
    fireEvent.click(screen.getByRole('button', { name: /^Params/ }));
    const paths = bodyPaths();
    expect(paths).toHaveLength(vgg.layers.length);
    expect(paths).not.toContain('features/stage1');
    // Largest first: fc6 25,088·4,096 + 4,096 = 102,764,544; then fc7 16,781,312; fc8 4,097,000.
    expect(paths.slice(0, 3)).toEqual(['classifier/fc6', 'classifier/fc7', 'classifier/fc8']);
    expect(cells('classifier/fc6')[3]).toBe('102,764,544');
    // Second click: ascending; third: back to the groups.
    fireEvent.click(screen.getByRole('button', { name: /^Params/ }));
    expect(bodyPaths().at(-1)).toBe('classifier/fc6');
    fireEvent.click(screen.getByRole('button', { name: /^Params/ }));
    expect(bodyPaths()).toContain('features/stage1');
  });

  it('reports clicks and hovers, and marks the selected and hovered rows', () => {
    const { onSelect, onHover, rerender } = renderTable(vgg);
    fireEvent.click(row('features/stage2/conv2_1'));
    expect(onSelect).toHaveBeenCalledWith('features/stage2/conv2_1');
    fireEvent.mouseEnter(row('classifier/fc7'));
    expect(onHover).toHaveBeenCalledWith('classifier/fc7');
    rerender(
      <LayerTable
        analysis={vgg}
        conventions={DEFAULT_CONVENTIONS}
        modelKey="m"
        selected="features/stage2/conv2_1"
        hovered="classifier/fc7"
        onSelect={onSelect}
        onHover={onHover}
      />,
    );
    expect(row('features/stage2/conv2_1')).toHaveAttribute('aria-selected', 'true');
    expect(row('features/stage2/conv2_1')).toHaveClass('is-selected');
    expect(row('classifier/fc7')).toHaveClass('is-hovered');
  });

  it('opens a collapsed group when a layer inside it is selected from elsewhere', () => {
    const { rerender, onSelect, onHover } = renderTable(vgg);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(row('features/stage4/conv4_2')).toBeNull();
    rerender(
      <LayerTable
        analysis={vgg}
        conventions={DEFAULT_CONVENTIONS}
        modelKey="m"
        selected="features/stage4/conv4_2"
        hovered={null}
        onSelect={onSelect}
        onHover={onHover}
      />,
    );
    expect(row('features/stage4/conv4_2')).toHaveClass('is-selected');
  });
});

describe('LayerTable on ResNet-1202 (CIFAR)', () => {
  const big = analyzeId('resnet1202-cifar');

  it('renders only a window of its thousands of rows, and scrolls the selected one in', () => {
    expect(big.layers.length).toBeGreaterThan(4000);
    const { rerender, onSelect, onHover } = renderTable(big);
    const first = bodyPaths().length;
    expect(first).toBeLessThan(WINDOW_MIN_ROWS);
    const deep = big.layers.at(-5)!.path;
    expect(row(deep)).toBeNull();
    rerender(
      <LayerTable
        analysis={big}
        conventions={DEFAULT_CONVENTIONS}
        modelKey="m"
        selected={deep}
        hovered={null}
        onSelect={onSelect}
        onHover={onHover}
      />,
    );
    expect(row(deep)).toHaveClass('is-selected');
    expect(bodyPaths().length).toBeLessThan(WINDOW_MIN_ROWS);
  });
});
