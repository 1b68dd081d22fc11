/**
 * How long axe-core takes per page here (the cost of the a11y E2E scans). Usage: vite preview on ATLAS_URL, then npx tsx scripts/axe-time.ts
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
  const t0 = Date.now();
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  console.log(`${route}: ${Date.now() - t0} ms, ${r.violations.length} violations`);
}
await browser.close();
