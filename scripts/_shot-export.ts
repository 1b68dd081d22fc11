import { launchChromium, startPreview } from './browser';
const port = 4187;
const srv = await startPreview('dist', port);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(`http://127.0.0.1:${port}/#/model/${process.argv[2]}`);
await page.getByTestId('diagram').waitFor();
await page.waitForTimeout(1000);
await page.getByText('Export', { exact: true }).click();
for (const id of ['diagram-png', 'diagram-svg']) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${id}`).click()]);
  const path = `/tmp/shots-onnx/${dl.suggestedFilename()}`;
  await dl.saveAs(path);
  console.log('saved', path);
}
await browser.close();
srv.kill();
