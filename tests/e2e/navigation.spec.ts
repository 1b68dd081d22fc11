/** Shareable state: selection in the URL, back/forward, catalog search, bad links. */
import { expect, test } from './fixtures';

test('a URL with layer= restores the selection after a reload', async ({ model, page }) => {
  await model.goto('vgg16');
  await model.selectRow('features/stage3/conv3_2');
  await expect(page).toHaveURL(/#\/model\/vgg16\?layer=features\/stage3\/conv3_2$/);
  await page.reload();
  await model.ready('vgg16');
  await expect(model.row('features/stage3/conv3_2')).toHaveAttribute('aria-selected', 'true');
  // Hand: 3·3·256·256 + 256 = 590,080 parameters.
  await expect(model.inspector).toContainText('3·3·256·256 + 256 = 590,080');
});

test('a shared link opens a deep selection in a collapsed network', async ({ model }) => {
  await model.goto('resnet50', 'layer=layer3/block2/conv2');
  await expect(model.row('layer3/block2/conv2')).toHaveAttribute('aria-selected', 'true');
  // Scrolled into the table's own view (the table may sit below the fold of the page).
  expect(await model.rowInTableView('layer3/block2/conv2')).toBe(true);
  await expect(model.inspector).toContainText('layer3/block2/conv2');
});

test('back and forward restore the previous model', async ({ catalog, model, page }) => {
  await catalog.goto();
  await catalog.card('vgg16').click();
  await model.ready('vgg16');
  await model.selectRow('classifier/fc6');
  await page.goto('#/model/alexnet');
  await model.ready('alexnet');
  await page.goBack();
  await model.ready('vgg16');
  await expect(model.row('classifier/fc6')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(catalog.search).toBeVisible();
  await page.goForward();
  await model.ready('vgg16');
  await page.goForward();
  await model.ready('alexnet');
});

test('knob changes go to the URL and land on the matching preset', async ({ model, page }) => {
  await model.goto('vgg16');
  // Scoped to the knobs: the cumulative chart's name ("… along depth") also matches 'Depth'.
  const knobs = page.getByTestId('knobs');
  await knobs.getByLabel('Depth').selectOption('19');
  await model.ready('vgg19');
  await expect(page).toHaveURL(/#\/model\/vgg19$/);
  await knobs.getByLabel('Classes').fill('10');
  await knobs.getByLabel('Classes').press('Enter');
  await model.ready('vgg');
  await expect(page).toHaveURL(/#\/model\/vgg\?depth=19&classes=10$/);
  await page.goBack();
  await model.ready('vgg19');
});

test('the catalog search filters the cards and stays in the URL', async ({ catalog, page }) => {
  await catalog.goto();
  const all = (await catalog.cardIds()).length;
  expect(all).toBeGreaterThan(10);
  await catalog.search.fill('vgg');
  expect(await catalog.cardIds()).toEqual(['vgg16', 'vgg19']);
  await expect(page).toHaveURL(/#\/\?q=vgg$/);
  await page.reload();
  await expect(catalog.search).toHaveValue('vgg');
  expect(await catalog.cardIds()).toEqual(['vgg16', 'vgg19']);
  await catalog.search.fill('no such network');
  expect(await catalog.cardIds()).toEqual([]);
});

test('an impossible input shows the failing layer; the page stays usable', async ({
  model,
  page,
}) => {
  await page.goto('#/model/vgg16?input=3x16x16');
  await expect(model.error).toContainText('features/stage5/pool5');
  await expect(page.getByLabel('Height')).toHaveValue('16');
  await expect(model.row('features/stage5/pool5')).toHaveClass(/is-failing/);
  await page.getByText('224', { exact: true }).click();
  await model.ready('vgg16');
  await expect(model.error).toHaveCount(0);
});

test('bad link values fall back to defaults with a visible notice', async ({ model, page }) => {
  await page.goto('#/model/vgg16?batch=zero&precision=fp64');
  await model.ready('vgg16');
  await expect(page.getByTestId('notices')).toContainText('batch="zero"');
  await expect(page.getByTestId('notices')).toContainText('precision="fp64"');
  await expect(page).toHaveURL(/#\/model\/vgg16$/);
});
