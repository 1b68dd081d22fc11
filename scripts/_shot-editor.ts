import { launchChromium } from './browser';
const base = 'http://localhost:4188/';
const b = await launchChromium();
for (const [w, h] of [[1280, 720], [1024, 768]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  const errs: string[] = [];
  p.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  p.on('pageerror', (e) => errs.push(e.message));
  await p.goto(base + '#/model/vgg16');
  await p.getByTestId('edit-copy').click();
  await p.getByTestId('editor-page').waitFor();
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/shots-editor/edit-${w}x${h}.png` });
  // break it
  const ed = p.getByTestId('code-editor');
  await ed.click();
  await p.keyboard.press('Control+End');
  await p.keyboard.type(', conv3-8/p0');
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/shots-editor/edit-error-${w}x${h}.png` });
  console.log(w, errs, p.url());
}
await b.close();
