/**
 * Screenshots of the walk-throughs and of presentation mode, at a projector's 1280×720, for
 * looking at them. Usage: npx vite preview --port 4185 & ATLAS_URL=http://localhost:4185/
 * npx tsx scripts/explain-screenshots.ts [outDir] [topic ...]
 * Every step of each topic in the light theme; the first steps and the model page in
 * presentation mode in the light, dark and projector themes. Console errors are printed.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser';

const base = process.env.ATLAS_URL ?? 'http://localhost:4174/';
const [outDir = 'screenshots-explain', ...only] = process.argv.slice(2);
const TOPICS = [
  'inception',
  'small-filters',
  'alexnet',
  'residual',
  'se',
  'fire',
  'dense',
  'fractal',
  'stochastic-depth',
  'nas',
];
const topics = only.length ? only : TOPICS;

mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log(`console error: ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));

async function shot(hash: string, name: string) {
  await page.goto(base + hash);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`${outDir}/${name}.png`);
}

for (const topic of topics) {
  await page.goto(`${base}#/explain/${topic}`);
  const slide = page.getByTestId('explain-slide');
  await slide.waitFor();
  const n = Number(await slide.getAttribute('data-steps'));
  for (let i = 1; i <= n; i++) await shot(`#/explain/${topic}?step=${i}`, `${topic}-${i}`);
  for (const theme of ['light', 'dark', 'projector'])
    await shot(`#/explain/${topic}?step=2&present=1&theme=${theme}`, `${topic}-present-${theme}`);
}
if (!only.length) {
  for (const theme of ['light', 'dark', 'projector']) {
    await shot(
      `#/model/googlenet?present=1&theme=${theme}&layer=inception3a`,
      `model-present-${theme}`,
    );
    await shot(`#/model/vgg16?theme=${theme}`, `model-${theme}`);
  }
  await shot('#/', 'catalog');
}
await browser.close();
