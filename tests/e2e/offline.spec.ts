/**
 * Offline after the first visit, and updated when a new version is deployed: the service worker
 * (vite-plugin-pwa, Workbox generateSW) precaches the whole build, so after one visit to the
 * catalog every page type opens with the network gone, including chunks the first visit never
 * loaded; a new deploy shows the update prompt, and its Reload brings the new version.
 * (The other specs block service workers: playwright.config.ts.)
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PAGE_TYPES } from './page-types';
import { serveStatic } from './static-server';

test.use({ serviceWorkers: 'allow' });

/** Until the service worker controls the page: installed, its precache complete, activated. */
async function controlled(page: Page) {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller?.state === 'activated',
    null,
    {
      timeout: 60_000,
    },
  );
}

test('after one visit to the catalog, every page type opens offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('#/');
  await expect(page.getByTestId('catalog-search')).toBeVisible();
  await controlled(page);

  await context.setOffline(true);
  // The network is really gone, for the service worker's own fetches too: a file the precache
  // does not hold cannot be fetched (asked from a second tab, whose console error is expected).
  const probe = await context.newPage();
  await probe.goto(page.url());
  const uncached = await probe.evaluate(() =>
    fetch('./not-in-the-build.txt').then(
      (r) => `answered ${r.status}`,
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  await probe.close();

  const fromNetwork: string[] = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker() && r.url().startsWith('http')) fromNetwork.push(r.url());
  });
  await page.reload();
  for (const type of PAGE_TYPES) await test.step(type.name, () => type.open(page));
  // A reload on a model page (a hash route) while offline.
  await page.goto('#/model/densenet121');
  await page.reload();
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
  expect(fromNetwork).toEqual([]);
});

test('a new deploy shows the update prompt; Reload from the keyboard brings the new version', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A plain static host serving dist/; "deploying" a new version changes index.html (a marker)
  // and sw.js (index.html's new revision in its precache list), as a new build would.
  const host = await serveStatic(fileURLToPath(new URL('../../dist/', import.meta.url)));
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.origin}/#/model/alexnet`);
    await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
    await controlled(page);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);

    host.rewrite.set('index.html', (html) =>
      html.replace('</head>', '<meta name="atlas-deploy" content="2"></head>'),
    );
    host.rewrite.set('sw.js', (js) =>
      js.replace(
        /\{url:"index\.html",revision:"[^"]*"\}/,
        '{url:"index.html",revision:"deploy-2"}',
      ),
    );
    // The browser looks for a new service worker on navigation.
    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toHaveAttribute('role', 'status');
    // Still the old version until the reader says so.
    await expect(page.locator('meta[name="atlas-deploy"]')).toHaveCount(0);

    // Keyboard only: Tab until the prompt's Reload button has focus, then Enter.
    const reload = page.getByTestId('update-reload');
    for (let i = 0; i < 80 && !(await reload.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(reload).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.locator('meta[name="atlas-deploy"]')).toHaveAttribute('content', '2');
    await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});
