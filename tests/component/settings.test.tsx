// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppStoreProvider, createAppStore, type AppStore } from '../../src/store/index';
import { ModelPage } from '../../src/views/ModelPage';

// The diagram and charts have their own tests (and the e2e run renders them on every page); here
// they would only slow the settings checks down with layout work jsdom cannot show anyway.
vi.mock('../../src/views/DiagramPanel', () => ({
  DiagramPanel: () => <svg data-testid="diagram" />,
}));
vi.mock('../../src/views/ChartsPanel', () => ({ ChartsPanel: () => null }));
vi.mock('../../src/views/MemoryPanel', () => ({ MemoryPanel: () => null }));

function renderModel(id: string): AppStore {
  const store = createAppStore({ page: 'model', modelId: id });
  render(
    <AppStoreProvider store={store}>
      <ModelPage />
    </AppStoreProvider>,
  );
  return store;
}

function setInput(h: string, w: string) {
  fireEvent.change(screen.getByLabelText('Height'), { target: { value: h } });
  fireEvent.change(screen.getByLabelText('Width'), { target: { value: w } });
  fireEvent.submit(screen.getByLabelText('Height').closest('form')!);
}

describe('SettingsPanel on the model page', () => {
  it("starts at the model's default input", () => {
    renderModel('vgg16');
    expect(screen.getByLabelText('Height')).toHaveValue('224');
    expect(screen.getByText('default 3×224×224', { selector: 'button' })).toHaveClass('is-active');
    // torchvision vgg16: 138,357,544 parameters.
    expect(screen.getByTestId('total-params')).toHaveTextContent('138,357,544');
  });

  it('an input too small for the network shows the failing layer and keeps the page', async () => {
    const store = renderModel('vgg16');
    setInput('16', '16');
    expect(store.getState().input).toEqual([3, 16, 16]);
    const alert = screen.getByTestId('model-error');
    // Hand: 16 → 8 → 4 → 2 → 1 after pool4; pool5's 2×2 window does not fit a 1×1 map.
    expect(within(alert).getByTestId('model-error-path')).toHaveTextContent(
      'features/stage5/pool5',
    );
    expect(alert).toHaveTextContent('window height 2 is larger than the padded input 1');
    // The user's numbers stay in the fields, the table (at the default input) marks the layer.
    expect(screen.getByLabelText('Height')).toHaveValue('16');
    expect(screen.getByLabelText('Width')).toHaveValue('16');
    // The table loads with the page's deferred panels (a separate chunk): wait for it.
    // (Up to 5 s: on a shared machine the chunk's first import can take longer than 1 s.)
    await waitFor(
      () =>
        expect(document.querySelector('tr[data-path="features/stage5/pool5"]')).toHaveClass(
          'is-failing',
        ),
      { timeout: 5000 },
    );
    // Still usable: a valid size brings the results back.
    setInput('32', '32');
    expect(screen.queryByTestId('model-error')).toBeNull();
    expect(store.getState().input).toEqual([3, 32, 32]);
    // Hand: the conv/fc parameters do not depend on the input size (adaptive pool to 7×7).
    expect(screen.getByTestId('total-params')).toHaveTextContent('138,357,544');
  });

  it('the size presets set H = W, and "default" clears the override', () => {
    const store = renderModel('vgg16');
    fireEvent.click(screen.getByText('299', { selector: 'button' }));
    expect(store.getState().input).toEqual([3, 299, 299]);
    expect(screen.getByLabelText('Width')).toHaveValue('299');
    fireEvent.click(screen.getByText('default 3×224×224', { selector: 'button' }));
    expect(store.getState().input).toBeNull();
  });

  it('rejects a non-number locally without touching the store', () => {
    const store = renderModel('vgg16');
    setInput('abc', '224');
    expect(store.getState().input).toBeNull();
    expect(document.querySelector('.settings-invalid')).toHaveTextContent(
      'Height: Enter a whole number from 1 to 8192',
    );
  });

  it('batch, precision and MACs/FLOPs go to the store and the figures follow', () => {
    const store = renderModel('vgg16');
    const batch = screen.getByTestId('settings-batch');
    fireEvent.change(batch, { target: { value: '8' } });
    fireEvent.blur(batch);
    expect(store.getState().batch).toBe(8);
    fireEvent.change(screen.getByTestId('settings-precision'), { target: { value: 'fp16' } });
    expect(store.getState().precision).toBe('fp16');
    fireEvent.click(screen.getByLabelText(/FLOPs/));
    expect(store.getState().compute).toBe('flops');
    // 15,470,264,320 MACs · 2 · 8 images = 247,524,229,120 FLOPs.
    expect(screen.getByTestId('total-compute')).toHaveTextContent('247,524,229,120');
  });
});
