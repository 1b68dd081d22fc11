import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser';
const out = '/tmp/shots-mem';
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
page.on('pageerror', (e) => console.log('page error:', e.message));
for (const arg of process.argv.slice(2)) {
  const [name, hash, part] = arg.split('|');
  await page.goto('http://localhost:4186/' + hash);
  const panel = page.getByTestId(part ?? 'memory-panel');
  await panel.waitFor({ timeout: 30000 });
  await panel.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await panel.screenshot({ path: `${out}/${name}.png` });
  await page.screenshot({ path: `${out}/${name}-viewport.png` });
  console.log(name);
}
await browser.close();
