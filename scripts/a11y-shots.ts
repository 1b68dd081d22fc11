/**
 * Screenshots of the keyboard and screen-reader work (issue 13), for looking at them: the focus
 * ring on a diagram box reached by keyboard (GoogLeNet, inception3a's fork, one branch selected,
 * the next focused), the keyboard help, and a chart's "Show as table", in the light and projector
 * themes at 1280×720.
 * Usage: npx vite preview --port 4304 & ATLAS_URL=http://127.0.0.1:4304/ npx tsx scripts/a11y-shots.ts [outDir]
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
const base = process.env.ATLAS_URL ?? 'http://127.0.0.1:4304/';
const out = process.argv[2] ?? '/tmp/a11y-shots';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const theme of ['light', 'projector']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${base}#/model/googlenet?theme=${theme}`);
  await page.getByTestId('layer-table').waitFor();
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-node-path') ?? null);
  for (let i = 0; i < 80 && !(await focused()); i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/focus-${theme}.png` });
  await page.keyboard.press('?');
  await page.getByTestId('diagram-keys').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/keys-${theme}.png` });
  const t = page.getByTestId('charts-bars-table');
  await t.locator('summary').focus();
  await page.keyboard.press('Enter');
  await t.locator('table').waitFor();
  await t.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/table-${theme}.png` });
  await page.close();
}
await browser.close();
