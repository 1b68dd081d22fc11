/**
 * Screenshots of the built app in Debian's headless Chromium, for looking at the pages.
 * Usage: npx vite preview --port 4174 & npx tsx scripts/screenshots.ts [outDir] [hash ...]
 * Default pages: the catalog, VGG-16 (both diagram styles), GoogLeNet, ResNet-50, DenseNet-121,
 * NASNet-A Large. Console errors are printed. VIEWPORT=1280x720 sets the window (default
 * 1440x1000); FULL=1 takes the whole page; WAIT=<ms> waits longer after loading (default 600).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser';

const base = process.env.ATLAS_URL ?? 'http://localhost:4174/';
const [outDir = 'screenshots', ...hashes] = process.argv.slice(2);
const pages = hashes.length
  ? hashes
  : [
      '#/',
      '#/model/vgg16',
      '#/model/vgg16?style=volumes',
      '#/model/googlenet',
      '#/model/resnet50',
      '#/model/densenet121',
      '#/model/nasnet-a-large',
    ];

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const [vw, vh] = (process.env.VIEWPORT ?? '1440x1000').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: vw, height: vh } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log(`console error: ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
for (const hash of pages) {
  await page.goto(base + hash);
  await page.waitForTimeout(hash === '#/' ? 1500 : Number(process.env.WAIT ?? 600));
  const name = hash.replace(/[^a-z0-9]+/gi, '_').replace(/^_+|_+$/g, '') || 'catalog';
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
  console.log(file);
}
await browser.close();
