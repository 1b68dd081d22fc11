// @vitest-environment jsdom
/**
 * The comparison and landscape pages in jsdom: the totals shown equal the reference figures, a
 * setting changes every column, the picker adds/removes/reorders, and marks link to model pages.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import { parseHash } from '../../src/store/url';
import { ComparePage } from '../../src/views/compare/ComparePage';
import { LandscapePage } from '../../src/views/landscape/LandscapePage';
import { ReadyComparisons } from '../../src/views/compare/ReadyComparisons';

function renderCompare(hash: string) {
  const store = createAppStore(parseHash(hash).state);
  render(
    <AppStoreProvider store={store}>
      <ComparePage />
    </AppStoreProvider>,
  );
  return store;
}

const values = (metric: string) =>
  screen.getAllByTestId(`cell-${metric}`).map((c) => Number(c.getAttribute('data-value')));

// jsdom redraws four networks' charts per change: slow on a shared machine, not a timing check.
describe('ComparePage: #/compare/alexnet,vgg16,googlenet,resnet152', { timeout: 60_000 }, () => {
  const hash = '#/compare/alexnet,vgg16,googlenet,resnet152';

  it('shows each network’s totals as the reference figures give them', () => {
    renderCompare(hash);
    // architectures.md §1.1 (AlexNet, Caffe 2-tower), torchvision vgg16, §6 (GoogLeNet, Caffe,
    // no aux), torchvision resnet152.
    expect(values('params')).toEqual([60_965_224, 138_357_544, 6_998_552, 60_192_808]);
    // MACs: §1.1 724,406,816; torchvision vgg16 _ops 15.47 G = 15,470,264,320; §6 1,582,671,872;
    // ResNet-152 v1.5 11.514 G (torchvision _ops, architectures.md §8).
    const macs = values('compute');
    expect(macs.slice(0, 3)).toEqual([724_406_816, 15_470_264_320, 1_582_671_872]);
    expect(macs[3] / 1e9).toBeCloseTo(11.514, 3);
    // The papers' depths: 8, 16, 22, 152.
    expect(values('depth')).toEqual([8, 16, 22, 152]);
    expect(screen.getByTestId('ratios')).toHaveTextContent(
      'VGG-16 has 20× the parameters of GoogLeNet (Inception v1) and 9.8× its MACs.',
    );
  });

  it('a changed setting changes every column', () => {
    const store = renderCompare(hash);
    const macs1 = values('compute');
    const mem1 = values('memory');
    fireEvent.change(screen.getByTestId('compare-batch'), { target: { value: '8' } });
    expect(store.getState().batch).toBe(8);
    expect(values('compute')).toEqual(macs1.map((m) => 8 * m));
    const mem8 = values('memory');
    mem8.forEach((m, i) => expect(m).toBeGreaterThan(mem1[i]));
    fireEvent.change(screen.getByTestId('compare-compute'), { target: { value: 'flops' } });
    expect(values('compute')).toEqual(macs1.map((m) => 16 * m));
    fireEvent.change(screen.getByTestId('compare-precision'), { target: { value: 'fp16' } });
    values('memory').forEach((m, i) => expect(m).toBe(mem8[i] / 2));
  });

  it('the picker removes, reorders and adds networks', () => {
    const store = renderCompare(hash);
    fireEvent.click(screen.getByRole('button', { name: 'Remove VGG-16' }));
    expect(store.getState().compare.map((c) => c.id)).toEqual([
      'alexnet',
      'googlenet',
      'resnet152',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move ResNet-152 left' }));
    expect(store.getState().compare.map((c) => c.id)).toEqual([
      'alexnet',
      'resnet152',
      'googlenet',
    ]);
    fireEvent.change(screen.getByTestId('picker-select'), { target: { value: 'densenet121' } });
    fireEvent.click(screen.getByTestId('picker-add'));
    expect(store.getState().compare.map((c) => c.id)).toEqual([
      'alexnet',
      'resnet152',
      'googlenet',
      'densenet121',
    ]);
    // DenseNet-121, torchvision: 7,978,856 parameters.
    expect(values('params')[3]).toBe(7_978_856);
  });

  it('families with knobs: the knobs reach the engine', () => {
    renderCompare('#/compare/resnet;depth=18,resnet;depth=34');
    // torchvision resnet18 / resnet34: 11,689,512 / 21,797,672 parameters.
    expect(values('params')).toEqual([11_689_512, 21_797_672]);
    expect(values('depth')).toEqual([18, 34]);
  });

  it('draws per-stage bars, curves and one small multiple per network, each linking to its page', () => {
    renderCompare(hash);
    const params = screen.getByTestId('stages-params');
    expect(params.querySelectorAll('g.cmp-row')).toHaveLength(4);
    expect(screen.getByTestId('curves-params').querySelectorAll('g.cmp-line')).toHaveLength(4);
    const links = screen.getAllByTestId('multiple').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#/model/alexnet',
      '#/model/vgg16',
      '#/model/googlenet',
      '#/model/resnet152',
    ]);
  });

  it('the stage bars’ table fallback gives exact integers that add up to each network’s total', () => {
    renderCompare(hash);
    const table = screen.getByTestId('stages-params-table');
    // jsdom does not open <details> from a summary click: open it and send the toggle event.
    (table as HTMLDetailsElement).open = true;
    fireEvent(table, new Event('toggle'));
    // The stage cells are exact counts with grouping commas, never a rounded "138.4 M".
    const rows = [...table.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''),
    );
    for (const [, , cell] of rows) expect(cell).toMatch(/^\d{1,3}(,\d{3})*$/);
    const sum = (name: string) =>
      rows
        .filter(([n]) => n === name)
        .reduce((acc, [, , cell]) => acc + Number(cell.replace(/,/g, '')), 0);
    // torchvision vgg16: 138,357,544 parameters; architectures.md §6 GoogLeNet (no aux): 6,998,552.
    expect(sum('VGG-16')).toBe(138_357_544);
    expect(sum('GoogLeNet (Inception v1)')).toBe(6_998_552);
  });
});

describe('LandscapePage', { timeout: 60_000 }, () => {
  it('draws the three charts; every mark links to a model page', () => {
    const store = createAppStore({ page: 'landscape' });
    render(
      <AppStoreProvider store={store}>
        <LandscapePage />
      </AppStoreProvider>,
    );
    const acc = screen.getByTestId('chart-accuracy');
    const vgg = acc.querySelector('a[data-id="vgg16"]');
    expect(vgg).toHaveAttribute('href', '#/model/vgg16');
    // The CIFAR nets have no ImageNet figure: not plotted.
    expect(acc.querySelector('a[data-id="resnet110-cifar"]')).toBeNull();
    const winners = screen.getByTestId('chart-winners');
    expect(winners.querySelector('a[data-id="resnet152"]')).toHaveAttribute(
      'href',
      '#/model/resnet152',
    );
    expect(winners).toHaveTextContent('depth 152 (conv + fc)');
    expect(winners).toHaveTextContent('human: 5.1 %');
    const timing = screen.getByTestId('chart-timing');
    expect(timing.querySelectorAll('g.ls-line')).toHaveLength(6);
    // GoogLeNet (torchvision) at batch 1, fp32: 3.3687 ms (gpu-h200.json).
    const table = screen.getByTestId('timing-table');
    expect(within(table).getByText('3.37 ms')).toBeInTheDocument();
  });
});

describe('ReadyComparisons', () => {
  it('links each ready-made comparison to its #/compare URL', () => {
    render(<ReadyComparisons />);
    expect(screen.getByTestId('ready-ilsvrc-winners')).toHaveAttribute(
      'href',
      '#/compare/alexnet,zfnet,vgg16,googlenet,resnet152',
    );
  });
});
