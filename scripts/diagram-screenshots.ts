/**
 * Screenshots of the diagram panel in both styles, for looking at (overlaps, readable labels):
 * `npx tsx scripts/diagram-screenshots.ts [outDir] [ids...]` against the production build
 * (run `npx vite build` first). Writes `<id>-graph.png` (the initial view), `<id>-graph-fit.png`
 * (after "Fit to screen") and `<id>-volumes.png`.
 */
import { mkdirSync } from 'node:fs';
import { freePort, launchChromium, startPreview } from './browser';

const [outDir = '/tmp/diagram-shots', ...rest] = process.argv.slice(2);
const ids = rest.length
  ? rest
  : ['vgg16', 'alexnet', 'googlenet', 'resnet50', 'densenet121', 'nasnet-a-large'];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const port = await freePort();
  const preview = await startPreview('dist', port);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await ctx.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`console error: ${m.text()}`);
    });
    for (const id of ids) {
      for (const style of ['graph', 'volumes'] as const) {
        await page.goto(`${base}#/model/${id}?style=${style}`);
        const svg = page.locator('[data-testid="diagram"]');
        await svg.waitFor();
        await page.waitForTimeout(300);
        await svg.screenshot({ path: `${outDir}/${id}-${style}.png` });
        if (style === 'graph') {
          // The whole drawing, fitted (thin for deep networks: this checks the overall shape).
          await page.click('[data-testid="diagram-fit"]');
          await page.waitForTimeout(200);
          await svg.screenshot({ path: `${outDir}/${id}-graph-fit.png` });
        }
        console.log(`${id} ${style}: ${await svg.getAttribute('data-visible-nodes')} nodes`);
      }
    }
  } finally {
    await browser.close();
    preview.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
