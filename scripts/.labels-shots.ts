import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser';
const base = 'http://127.0.0.1:4651/';
const out = '/tmp/labels-shots';
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const overflow: string[] = [];
for (const vp of (process.env.VPS ?? '1280x720,1024x768').split(',')) {
  const [vw, vh] = vp.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width: vw, height: vh } });
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  for (const [hash, expand] of [
    ['#/model/resnet50?lang=en', 'layer2'],
    ['#/model/resnet50?layer=layer2/block1/conv2&lang=zh', ''],
    ['#/model/resnet50?lang=zh', 'layer2'],
    ['#/model/densenet121?lang=zh', ''],
    ['#/model/nasnet-a-mobile?lang=zh', ''],
  ] as const) {
    await page.goto(base + hash);
    await page.waitForTimeout(2500);
    if (expand) {
      await page.getByTestId('diagram-collapse-all').click();
      await page.waitForTimeout(800);
      await page.locator(`[data-node-path="${expand}"] .dg-toggle`).click();
      await page.waitForTimeout(1000);
      await page.locator(`[data-node-path="${expand}"]`).count();
    }
    // Every drawn box: does its label fit (rendered text width vs box width)?
    const bad = await page.evaluate(() => {
      const r: string[] = [];
      for (const g of document.querySelectorAll('g.dg-node')) {
        const rect = g.querySelector('rect')!;
        const w = Number(rect.getAttribute('width'));
        for (const t of g.querySelectorAll('tspan')) {
          const tw = (t as SVGTextContentElement).getComputedTextLength();
          if (tw > w - 4) r.push(`${g.getAttribute('data-node-path')}: ${t.textContent} ${tw.toFixed(1)} > ${w}`);
        }
      }
      for (const g of document.querySelectorAll('[data-group-path]')) {
        const rect = g.querySelector('rect.dg-group-box');
        const t = g.querySelector('text.dg-group-label') as SVGTextContentElement | null;
        if (!rect || !t) continue;
        const w = Number(rect.getAttribute('width'));
        const tw = t.getComputedTextLength() + 6;
        if (tw > w) r.push(`group ${g.getAttribute('data-group-path')}: ${t.textContent} ${tw.toFixed(1)} > ${w}`);
      }
      return r;
    });
    overflow.push(...bad.map((b) => `${vp} ${hash}: ${b}`));
    const name = `${vp}-${expand ? 'collapsed-' : ''}${hash.replace(/[^a-z0-9]+/gi, '_').replace(/^_+|_+$/g, '')}`;
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  }
  await page.close();
}
console.log(overflow.length ? overflow.join('\n') : 'no overflow');
await browser.close();
