/**
 * The app built for a sub-path (`vite build --base /cnn-atlas/`, served under /cnn-atlas/ by the
 * second web server of playwright.config.ts): every page type loads with every file from under
 * the sub-path, no 404 and no console error (the fixture), and the service worker and the web
 * app manifest work there too.
 */
import { expect, test } from './fixtures';
import { PAGE_TYPES } from './page-types';
import { SUBPATH, SUBPATH_PORT } from './servers';

const root = `http://localhost:${SUBPATH_PORT}${SUBPATH}`;
test.use({ baseURL: root });

test('every page type works from the sub-path build', async ({ page }) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  for (const type of PAGE_TYPES) await test.step(type.name, () => type.open(page));
  expect(failed).toEqual([]);
  const http = requests.filter((u) => u.startsWith('http'));
  expect(http.filter((u) => !u.startsWith(root))).toEqual([]);
  // The pages' chunks, the dagre chunk and the ONNX worker all came from the sub-path's assets.
  for (const chunk of [/assets\/index-/, /assets\/with-dagre-/, /assets\/worker-/])
    expect(http.some((u) => chunk.test(u))).toBe(true);
});

test.describe('with a service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker and the manifest live under the sub-path', async ({ page }) => {
    await page.goto('#/');
    await expect(page.getByTestId('catalog-search')).toBeVisible();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(root);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(href!, page.url()).href;
    expect(manifestUrl).toBe(`${root}manifest.webmanifest`);
    const manifest = await (await page.request.get(manifestUrl)).json();
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(root);
    expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(res.status(), icon.src).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
    }
  });
});
