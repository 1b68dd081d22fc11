/**
 * Every catalog id's page: the diagram draws as many nodes as the layout module says for the
 * default collapse level, and the totals shown are the engine's, with no console errors.
 */
import { buildModel, listIds } from '../../src/catalog/index';
import { analyze } from '../../src/engine/analyze';
import { fmt } from '../../src/engine/format';
import { defaultExpanded, visibleNodes } from '../../src/layout/graph';
import { expect, test } from './fixtures';

for (const id of listIds()) {
  test(`model page ${id}`, async ({ model }) => {
    const a = analyze(buildModel(id));
    await model.goto(id);
    const expected = visibleNodes(a, defaultExpanded(a)).length;
    expect(await model.visibleNodes()).toBe(expected);
    // Drawn whole once the page settles (graphs over PROGRESSIVE_ABOVE boxes draw what is near
    // the view first, the rest a frame later).
    await expect.poll(() => model.drawnNodes()).toBe(expected);
    // Deployed totals (auxiliary heads left out), MACs at batch 1.
    await expect(model.totalParams).toHaveText(fmt(a.inference.params));
    await expect(model.totalCompute).toHaveText(fmt(a.inference.macs));
    // The table's grand total counts every leaf, training-only ones included.
    await expect(model.page.getByTestId('table-total-params')).toHaveText(fmt(a.totals.params));
  });
}
