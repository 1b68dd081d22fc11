/**
 * ONNX import in the browser: each reference export is dropped on #/import, parsed in a worker,
 * and shows the catalog entry's totals (the same published figures the unit tests pin); it then
 * opens on the model page as a saved network.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { run } from '../../src/cli/analyze';
import { expect, test } from './fixtures';

const SHOTS = process.env.SHOTS_DIR;
const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/onnx/${f}`, import.meta.url));

/** The import page as a person uses it. */
class ImportPage {
  constructor(readonly page: Page) {}
  async goto() {
    await this.page.goto('#/import');
    await expect(this.page.getByRole('heading', { name: 'Import an ONNX model' })).toBeVisible();
  }
  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Choose a file…').setInputFiles(file);
  }
  get result() {
    return this.page.getByTestId('import-result');
  }
}

// Parameter totals and MACs: torchvision's models (architectures.md §19) and LeNet-5 §2; the
// MACs are the catalog entries' (checked against torchvision's reference data in the unit tests).
const FILES = [
  { file: 'alexnet_tv.onnx', params: '61,100,840', macs: '714,188,480' },
  { file: 'googlenet.onnx', params: '6,624,904', macs: '1,498,376,192' },
  { file: 'resnet18.onnx', params: '11,689,512', macs: '1,814,073,344' },
  { file: 'squeezenet1_1.onnx', params: '1,235,496', macs: '349,151,936' },
  { file: 'lenet5.onnx', params: '61,706', macs: '416,520' },
];

test.describe('ONNX import', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const f of FILES) {
    test(`${f.file} shows its exact totals and opens on the model page`, async ({
      page,
      model,
    }) => {
      const imp = new ImportPage(page);
      await imp.goto();
      await imp.choose(fixture(f.file));
      await expect(imp.result).toBeVisible();
      await expect(page.getByTestId('import-params')).toHaveText(f.params);
      await expect(page.getByTestId('import-macs')).toHaveText(f.macs);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-${f.file}.png` });
      await page.getByRole('link', { name: 'Open on the model page' }).click();
      await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', /^mine:/);
      await expect(model.diagram).toHaveAttribute('data-visible-nodes', /\d+/);
      await expect(model.totalParams).toContainText(f.params);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/model-${f.file}.png` });
    });
  }

  test('a file that is not ONNX is refused with a message; the page keeps working', async ({
    page,
  }) => {
    const imp = new ImportPage(page);
    await imp.goto();
    await imp.choose({
      name: 'notes.onnx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('hello, world'),
    });
    await expect(page.getByRole('alert')).toContainText('Could not import notes.onnx:');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-refused.png` });
    await imp.choose(fixture('lenet5.onnx'));
    await expect(page.getByTestId('import-params')).toHaveText('61,706');
  });

  test('an imported network exports and loads back: spec JSON, CSV, SVG and PNG', async ({
    page,
  }, info) => {
    const imp = new ImportPage(page);
    await imp.goto();
    await imp.choose(fixture('resnet18.onnx'));
    await page.getByRole('link', { name: 'Open on the model page' }).click();
    await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
    await page.getByText('Export', { exact: true }).click();
    const saved: Record<string, string> = {};
    for (const id of ['spec', 'csv', 'diagram-svg', 'diagram-png']) {
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`export-${id}`).click(),
      ]);
      saved[id] = info.outputPath(dl.suggestedFilename());
      await dl.saveAs(saved[id]);
    }
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();

    // The spec file loads back through the command line with the same totals.
    const cli = await run(['--spec', saved.spec, '--format', 'json'], (p) => readFile(p));
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout).totals.params).toBe(11_689_512);
    // The CSV's parameter column sums to the same total.
    const rows = parse(await readFile(saved.csv, 'utf8'), { columns: true }) as {
      params: string;
    }[];
    expect(rows.reduce((n, r) => n + Number(r.params), 0)).toBe(11_689_512);
    // The PNG is a PNG.
    expect((await readFile(saved['diagram-png'])).subarray(1, 4).toString()).toBe('PNG');
    // The SVG opens on its own in the browser, with its title, drawing and legend.
    await page.goto(pathToFileURL(saved['diagram-svg']).href);
    await expect(page.locator('.figure-title')).toHaveText('resnet18');
    expect(await page.locator('.figure-content rect').count()).toBeGreaterThan(50);
    expect(await page.locator('.legend-item').count()).toBeGreaterThan(5);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/exported-diagram.png` });
  });
});
