/**
 * How long axe-core takes per page here (the a11y E2E scans' cost), with and without collecting
 * passing results. Usage: vite preview on ATLAS_URL, then npx tsx scripts/axe-time.ts
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

const base = process.env.ATLAS_URL ?? 'http://127.0.0.1:4304/';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
const page = await context.newPage();
for (const route of ['#/', '#/model/alexnet', '#/model/resnet50']) {
  await page.goto(`${base}${route}`);
  await page.waitForTimeout(1500);
  for (const only of [false]) {
    const b = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
    if (only) b.options({ resultTypes: ['violations'] });
    const t0 = Date.now();
    const r = await b.analyze();
    console.log(
      `${route} violations-only=${only}: ${Date.now() - t0} ms, ${r.violations.length} violations`,
    );
  }
}
await browser.close();
