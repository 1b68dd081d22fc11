// @vitest-environment jsdom
/**
 * The memory panel's three rules, training budget and card, on VGG-16. Expected figures: the
 * H200 measurement of what autograd keeps (gpu-h200.json), torchvision's parameter and activation
 * counts, and the arithmetic written beside each number.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { buildModel } from '../../src/catalog/index';
import { analyze, type Conventions } from '../../src/engine/index';
import { AppStoreProvider, createAppStore, type UrlState } from '../../src/store/index';
import * as i18n from '../../src/i18n/index';
import { MemoryPanel } from '../../src/views/MemoryPanel';

const spec = buildModel('vgg16');
const vgg = analyze(spec);
const P = 138_357_544; // torchvision VGG-16 parameters
const KEPT = 73_330_688; // H200: (586,645,504 − 73,330,688) / 7 bytes kept per image

function renderPanel(initial: Partial<UrlState> = {}) {
  const store = createAppStore({ page: 'model', modelId: 'vgg16', ...initial });
  const onSelect = vi.fn();
  const Panel = () => {
    const s = store.getState();
    const c: Conventions = { compute: 'macs', precision: s.precision, batch: s.batch };
    return (
      <MemoryPanel analysis={vgg} conventions={c} spec={spec} selected={null} onSelect={onSelect} />
    );
  };
  const r = render(
    <AppStoreProvider store={store}>
      <Panel />
    </AppStoreProvider>,
  );
  return { store, onSelect, ...r };
}
const value = (id: string) => Number(screen.getByTestId(id).getAttribute('data-value'));

describe('MemoryPanel: three rules', () => {
  it('shows the table rule, every output and what autograd keeps, each written out', () => {
    renderPanel();
    const rules = screen.getByTestId('memory-rules');
    expect(within(rules).getByText('The table rule (CS231n)')).toBeInTheDocument();
    expect(within(rules).getByText('Every output')).toBeInTheDocument();
    expect(within(rules).getByText('What autograd keeps')).toBeInTheDocument();
    expect(screen.getByTestId('memory-rule-kept').textContent).toMatch(/int64 indices/);
    // 15,237,608 stored values × 4 B (the lecture's table, architectures.md §1.4).
    expect(value('memory-rule-table-image')).toBe(60_950_432);
    // torchvision's reference: 28,676,072 output values, plus the 3·224·224 = 150,528 input.
    expect(value('memory-rule-every-image')).toBe((28_676_072 + 150_528) * 4);
    expect(value('memory-rule-kept-image')).toBe(KEPT);
    // 73,330,688 / 60,950,432 = 1.203: the "VGG-16 1.20×".
    expect(screen.getByTestId('memory-rule-kept').textContent).toContain('1.20×');
  });
});

describe('MemoryPanel: training budget', () => {
  it('batch, precision and optimizer change the parts', () => {
    const { store } = renderPanel();
    // Batch 1, fp32, momentum: weights = gradients = momentum = 138,357,544 × 4.
    expect(value('memory-budget-weights')).toBe(P * 4);
    expect(value('memory-budget-optimizerState')).toBe(P * 4);
    expect(value('memory-budget-activations')).toBe(KEPT);

    fireEvent.change(screen.getByTestId('memory-batch'), { target: { value: '4' } });
    fireEvent.keyDown(screen.getByTestId('memory-batch'), { key: 'Enter' });
    expect(store.getState().batch).toBe(4);
    expect(value('memory-budget-activations')).toBe(4 * KEPT); // 293,322,752

    fireEvent.click(screen.getByTestId('memory-optimizer-adam'));
    expect(store.getState().optimizer).toBe('adam');
    expect(value('memory-budget-optimizerState')).toBe(P * 4 * 2); // m and v

    fireEvent.change(screen.getByTestId('memory-precision'), { target: { value: 'bf16' } });
    expect(store.getState().precision).toBe('bf16');
    expect(value('memory-budget-weights')).toBe(P * 2);
    // Per image in bf16: VGG-16's five max pools keep 1,530,368 int64 indices (12,242,944 B) and
    // its two dropouts 8,192 one-byte masks; the other (73,330,688 − 12,242,944 − 8,192) / 4 =
    // 15,269,888 values halve: 30,539,776 + 12,242,944 + 8,192 = 42,790,912 B, × 4 images.
    expect(value('memory-budget-activations')).toBe(4 * 42_790_912);
    const parts = ['weights', 'gradients', 'optimizerState', 'activations', 'transient'];
    expect(value('memory-budget-peak')).toBe(
      parts.reduce((s, p) => s + value(`memory-budget-${p}`), 0),
    );
  });

  it('the largest batch for a chosen card, within the hand bounds', () => {
    const { store } = renderPanel();
    fireEvent.change(screen.getByTestId('memory-card'), { target: { value: '8' } });
    expect(store.getState().card).toBe(8);
    // 8 GiB = 8,589,934,592 B; weights + gradients + momentum = 3 × 553,430,176 = 1,660,290,528.
    // Upper bound (no transient): (8,589,934,592 − 1,660,290,528) / 73,330,688 = 94.5 → 94.
    // Lower bound (transient under 1 GiB): (… − 1,073,741,824) / 73,330,688 = 79.8 → 79.
    const n = value('memory-largest');
    expect(n).toBeGreaterThanOrEqual(79);
    expect(n).toBeLessThanOrEqual(94);
    expect(screen.getByTestId('memory-largest').textContent).toBe(
      `Largest batch that fits on 8 GB: ${n}`,
    );
  });

  it('a typed card size', () => {
    const { store } = renderPanel();
    fireEvent.change(screen.getByTestId('memory-card'), { target: { value: 'other' } });
    const typed = screen.getByTestId('memory-card-typed');
    fireEvent.change(typed, { target: { value: '1' } });
    fireEvent.keyDown(typed, { key: 'Enter' });
    expect(store.getState().card).toBe(1);
    // 1 GiB < 1,660,290,528 B of weights, gradients and momentum: not one image fits.
    expect(screen.getByTestId('memory-largest').textContent).toBe('Not one image fits on 1 GB.');
  });

  it('lists the layers that keep the most; a click selects one', () => {
    const { onSelect } = renderPanel();
    const items = within(screen.getByTestId('memory-dominant')).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    // relu1_1 keeps 64·224·224 values × 4 B = 12,845,056 B = 12.3 MiB, the most of any layer.
    expect(items[0].textContent).toMatch(/^features\/stage1\/relu1_1 12\.3 MiB/);
    fireEvent.click(within(items[0]).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('features/stage1/relu1_1');
  });
});

describe('MemoryPanel: measured beside computed', () => {
  it('VGG-16: kept bytes and the training step, with the difference', () => {
    renderPanel();
    expect(value('memory-measured-saved')).toBe(KEPT);
    expect(screen.getByTestId('memory-diff-saved').textContent).toBe('+0.0 %');
    // train_peak_mib_fp32_b32 = 2,614.1 MiB.
    expect(screen.getByTestId('memory-measured-peak').textContent).toBe('2,614.1 MiB');
    const diff = value('memory-computed-peak') / (2614.1 * 2 ** 20) - 1;
    expect(Math.abs(diff)).toBeLessThan(0.1);
    expect(screen.queryByTestId('memory-left-out')).toBeNull();
  });
});

describe('MemoryPanel: the selected layer', () => {
  it('fc6 keeps its input (through the flatten view) and cites addmm', () => {
    const store = createAppStore({ page: 'model', modelId: 'vgg16' });
    render(
      <AppStoreProvider store={store}>
        <MemoryPanel
          analysis={vgg}
          conventions={{ compute: 'macs', precision: 'fp32', batch: 1 }}
          spec={spec}
          selected="classifier/fc6"
          onSelect={vi.fn()}
        />
      </AppStoreProvider>,
    );
    const box = screen.getByTestId('memory-layer-keeps');
    // fc6 reads the flattened 7×7 adaptive pool output, 512·7·7 = 25,088 values: 100,352 B =
    // 98.0 KiB, kept first by fc6 itself (the pool keeps its own input).
    expect(box.textContent).toContain('25,088 float values per image, 98.0 KiB');
    expect(box.textContent).toContain('Adds 98.0 KiB per image (fp32)');
    expect(box.textContent).toContain('- name: addmm(Tensor self, Tensor mat1, Tensor mat2');
  });
});

describe('MemoryPanel: what autograd keeps, in Chinese', () => {
  it('says each kept tensor of the selected layer in Chinese (fc6, then pool5 of VGG-16)', async () => {
    await i18n.setLang('zh');
    try {
      const store = createAppStore({ page: 'model', modelId: 'vgg16' });
      const panel = (selected: string) => (
        <AppStoreProvider store={store}>
          <MemoryPanel
            analysis={vgg}
            conventions={{ compute: 'macs', precision: 'fp32', batch: 1 }}
            spec={spec}
            selected={selected}
            onSelect={vi.fn()}
          />
        </AppStoreProvider>
      );
      const { rerender } = render(panel('classifier/fc6'));
      const box = () => screen.getByTestId('memory-layer-keeps').textContent ?? '';
      // fc6's input: 512·7·7 = 25,088 values, 100,352 B = 98.0 KiB (as in English above).
      expect(box()).toContain('输入（权重梯度 = 输出梯度ᵀ · 输入）：每张图片 25,088 个 float 值');
      expect(box()).not.toContain('weight gradient');
      // pool5 (max 2×2 on 512×14×14) keeps its input and the int64 indices of its 512·7·7 outputs.
      rerender(panel('features/stage5/pool5'));
      expect(box()).toContain('输入（反向传播把梯度散回它的形状）：每张图片 100,352 个 float 值');
      expect(box()).toContain('最大值的位置索引，int64（result1）：每张图片 25,088 个 int64 值');
      expect(box()).not.toMatch(/backward scatters|indices of the maxima/);
    } finally {
      await i18n.setLang('en');
    }
  });
});
