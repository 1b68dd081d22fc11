// @vitest-environment jsdom
/**
 * User networks in the React views: a saved network opens on the model page like a catalog entry
 * (name, totals, its own side panel), and the saved networks page reports a damaged store while
 * listing what could be kept.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseNotation } from '../../src/notation/index';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import {
  memoryStorage,
  openSavedStore,
  setSavedNetworks,
  userModelId,
} from '../../src/store/saved/index';
import { KEY_PREFIX } from '../../src/store/saved/storage';
import EditPage from '../../src/views/edit/EditPage';
import { ModelPage } from '../../src/views/ModelPage';

// LeNet-5 in the notation: C1 156, C3 2,416, C5 48,120, F6 10,164, output 850 = 61,706 params
// (LeCun et al. 1998; tests/fixtures/torch-reference-subset.json lenet5.params).
const LENET =
  'input 1x32x32, conv5-6/p0/linear, tanh, avgpool, conv5-16/p0/linear, tanh, avgpool, conv5-120/p0/linear, tanh, fc-84/linear, tanh, fc-10';

afterEach(() => setSavedNetworks(null));

describe('saved networks in the views', () => {
  it('a saved network opens on the model page with its name and totals', () => {
    const saved = openSavedStore(memoryStorage());
    setSavedNetworks(saved);
    const rec = saved.add('My LeNet', parseNotation(LENET).spec, {
      origin: 'test',
      source: { format: 'notation', text: LENET },
    });
    const store = createAppStore({ page: 'model', modelId: userModelId(rec.id) });
    render(
      <AppStoreProvider store={store}>
        <ModelPage />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My LeNet');
    expect(screen.getByTestId('total-params')).toHaveAttribute('data-value', '61706');
    expect(screen.getByTestId('edit-network')).toBeInTheDocument();
  });

  it('an unknown saved id says so instead of a blank page', () => {
    setSavedNetworks(openSavedStore(memoryStorage()));
    const store = createAppStore({ page: 'model', modelId: 'mine:nothere' });
    render(
      <AppStoreProvider store={store}>
        <ModelPage />
      </AppStoreProvider>,
    );
    expect(screen.getByTestId('model-error')).toHaveTextContent(
      'no saved network "nothere" in this browser',
    );
  });

  it('the saved networks page reports a damaged entry and lists the others', () => {
    const storage = memoryStorage();
    const first = openSavedStore(storage);
    const good = first.add('Kept', parseNotation(LENET).spec);
    const bad = first.add('Damaged', parseNotation(LENET).spec);
    storage.setItem(KEY_PREFIX + bad.id, '{"v": 2, "id": "');
    setSavedNetworks(openSavedStore(storage));
    const store = createAppStore({ page: 'edit', modelId: '' });
    render(
      <AppStoreProvider store={store}>
        <EditPage />
      </AppStoreProvider>,
    );
    const problems = screen.getByTestId('storage-problems');
    expect(problems).toHaveTextContent(`Saved network "${bad.id}" could not be read`);
    expect(within(problems).getByRole('button', { name: 'Download the raw text' })).toBeVisible();
    const rows = screen.getAllByTestId('saved-row');
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual([good.id]);
    expect(rows[0]).toHaveTextContent('61,706');
  });
});
