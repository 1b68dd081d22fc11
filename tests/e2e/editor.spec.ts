/**
 * Your own networks in the browser: edit a copy of VGG-16 into VGG-11 in the notation, break it
 * and see the error at the right layer, reload and find everything saved; a damaged store is
 * recovered; a downloaded network loads back unchanged; a share link opens the same network.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';

// The editor's chunk (CodeMirror) is the largest the app loads: on a loaded machine its first
// load and the full analyses take longer than the default waits.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// VGG-11, the paper's configuration A (Table 1), one stage per line.
const VGG11 = [
  'input 3x224x224,',
  'conv3-64, maxpool,',
  'conv3-128, maxpool,',
  'conv3-256 ×2, maxpool,',
  'conv3-512 ×2, maxpool,',
  'conv3-512 ×2, maxpool,',
  'fc-4096, dropout, fc-4096, dropout, fc-1000',
].join('\n');
// Hand count (tests/unit/notation.test.ts): convs 9,220,480 + fc 123,642,856; torchvision vgg11.
const VGG11_PARAMS = '132863336';

async function replaceText(page: Page, text: string) {
  const ed = page.getByTestId('code-editor');
  await ed.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

test('edit a copy of VGG-16 into VGG-11, break it, reload and find it saved', async ({
  model,
  page,
}) => {
  await model.goto('vgg16');
  await page.getByTestId('edit-copy').click();
  await expect(page).toHaveURL(/#\/edit\/[a-z0-9]+$/);
  const editUrl = page.url();
  await expect(page.getByTestId('format-notation')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('code-editor')).toContainText('conv3-256 ×3, maxpool,');
  // torchvision vgg16 num_params.
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', '138357544');

  await replaceText(page, VGG11);
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', VGG11_PARAMS);
  await page.getByTestId('network-name').fill('My VGG-11');
  await page.getByTestId('network-name').press('Enter');

  // Break it: at 16×16 the fifth 2×2 pool meets a 1×1 map (16 → 8 → 4 → 2 → 1).
  await replaceText(page, VGG11.replace('3x224x224', '3x16x16'));
  const error = page.getByTestId('editor-error');
  // The line names the rule in words (errors.rules['kernel-fits']); its id stays on the element.
  await expect(error).toContainText(
    'line 6 · pool5 · the kernel (window) must fit the padded input',
  );
  await expect(error).toHaveAttribute('data-rule', 'kernel-fits');
  // The mark sits on the failing item in the text, and the last valid result stays, marked stale.
  await expect(page.locator('.cm-lintRange-error')).toHaveText('maxpool');
  await expect(page.getByTestId('editor-result')).toHaveAttribute('data-stale', 'true');
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', VGG11_PARAMS);

  // Reload: the text as typed (still broken), the name, and the last valid network are kept.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByTestId('editor-error')).toHaveAttribute('data-rule', 'kernel-fits');
  await expect(page.getByTestId('editor-error')).toContainText('line 6 · pool5 · ');
  await expect(page.getByTestId('network-name')).toHaveValue('My VGG-11');
  await expect(page.getByTestId('code-editor')).toContainText('input 3x16x16');
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', VGG11_PARAMS);

  // Fixed again, it opens on the model page like a catalog entry.
  await replaceText(page, VGG11);
  await expect(page.getByTestId('editor-error')).toHaveCount(0);
  await expect(page.getByTestId('editor-result')).toHaveAttribute('data-stale', 'false');
  await page.getByTestId('open-model-page').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My VGG-11');
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', VGG11_PARAMS);
  // torchvision vgg11 MACs: 7.609 GMACs; hand: the convs of Table 1 A at 224 plus 123,633,664 fc.
  await expect(page.getByTestId('total-compute')).toHaveAttribute('data-value', '7609090048');
  await expect(page.getByTestId('user-network')).toContainText('copy of vgg16');
  expect(editUrl).toContain('#/edit/');
});

test('a damaged saved store is recovered and reported; the other networks stay', async ({
  page,
}) => {
  await page.goto('#/edit');
  await page.getByTestId('new-network').click();
  await expect(page.getByTestId('editor-page')).toBeVisible();
  await page.goto('#/edit');
  await page.getByTestId('new-network').click();
  await expect(page.getByTestId('editor-page')).toBeVisible();
  const damagedId = page.url().replace(/.*#\/edit\//, '');
  const raw = await page.evaluate((id) => {
    const key = `cnn-atlas/net/${id}`;
    const text = localStorage.getItem(key)!;
    localStorage.setItem(key, text.slice(0, 50));
    localStorage.setItem('cnn-atlas/net-index', '{"order": [');
    return text.slice(0, 50);
  }, damagedId);

  await page.goto('#/edit');
  await page.reload();
  const problems = page.getByTestId('storage-problems');
  await expect(problems).toContainText(`Saved network "${damagedId}" could not be read`);
  await expect(problems).toContainText('rebuilt');
  await expect(page.getByTestId('saved-row')).toHaveCount(1);
  const backup = await page.evaluate(
    (id) => localStorage.getItem(`cnn-atlas/backup/${id}`),
    damagedId,
  );
  expect(backup).toBe(raw);
  // The raw text can be downloaded.
  const dl = page.waitForEvent('download');
  await problems.getByRole('button', { name: 'Download the raw text' }).click();
  expect(readFileSync(await (await dl).path(), 'utf8')).toBe(raw);
});

test('a downloaded network loads back unchanged', async ({ page }, info) => {
  await page.goto('#/model/alexnet');
  await page.getByTestId('edit-copy').click();
  await expect(page.getByTestId('editor-page')).toBeVisible();
  await page.goto('#/edit');
  const row = page.getByTestId('saved-row');
  await expect(row).toHaveCount(1);
  const first = page.waitForEvent('download');
  await row.getByTestId('download').click();
  const file = info.outputPath('network.cnn.json');
  await (await first).saveAs(file);
  const original = readFileSync(file, 'utf8');
  expect(JSON.parse(original)).toMatchObject({ cnnAtlas: 'network', name: 'AlexNet (copy)' });

  page.once('dialog', (d) => d.accept());
  await row.getByTestId('delete').click();
  await expect(page.getByTestId('saved-empty')).toBeVisible();

  await page.getByTestId('load-file-input').setInputFiles(file);
  await expect(page.getByTestId('load-status')).toHaveText('Loaded "AlexNet (copy)".');
  await expect(row).toHaveCount(1);
  const again = page.waitForEvent('download');
  await row.getByTestId('download').click();
  expect(readFileSync(await (await again).path(), 'utf8')).toBe(original);
});

test('a share link opens the network on the model page and saves it', async ({ page }) => {
  await page.goto('#/model/lenet5');
  await page.getByTestId('edit-copy').click();
  await page.getByTestId('share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/#\/model\/shared:/);
  await page.evaluate(() => localStorage.clear());
  // A new page load (a hash change alone would keep this tab's networks in memory).
  await page.goto(url);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LeNet-5 (copy)');
  // LeNet-5: 61,706 parameters (tests/fixtures/torch-reference-subset.json lenet5.params).
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', '61706');
  await page.getByTestId('save-shared').click();
  await expect(page.getByTestId('editor-page')).toBeVisible();
  await page.goto('#/edit');
  await expect(page.getByTestId('saved-row')).toHaveCount(1);
});

test('Import ONNX on the saved networks page saves the file and opens it', async ({ page }) => {
  await page.goto('#/edit');
  await page.getByTestId('import-onnx').click();
  // PyTorch's export of LeNet-5 with weights (shared/reference/onnx), copied to tests/fixtures.
  await page.getByLabel('Choose a file…').setInputFiles('tests/fixtures/onnx/lenet5.onnx');
  await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', /^mine:/);
  // tests/fixtures/torch-reference-subset.json lenet5.params.
  await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', '61706');
  await expect(page.getByTestId('user-network')).toContainText('ONNX file');
  await page.goto('#/edit');
  await expect(page.getByTestId('saved-row')).toHaveCount(1);
});

test('in spec JSON, completion offers what the schema allows for the node', async ({ page }) => {
  await page.goto('#/model/lenet5');
  await page.getByTestId('edit-copy').click();
  await page.getByTestId('format-json').click();
  await expect(page.getByTestId('code-editor')).toContainText('"op": "conv"');
  // The first conv's "op" line is line 17 of the indented JSON: type a new key after it.
  await page.getByTestId('code-editor').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"st');
  const popup = page.locator('.cm-tooltip-autocomplete');
  await expect(popup.locator('li[aria-selected="true"]')).toContainText('stride');
  // CodeMirror's autocompletion treats Enter as a plain newline until `interactionDelay` (75 ms)
  // has passed since the popup last updated; wait past it before accepting.
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-line').nth(17)).toHaveText(/^\s*"stride": $/);
});
