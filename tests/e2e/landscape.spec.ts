/**
 * #/landscape in Chromium at a projector size and a laptop size: three charts with their
 * sources, marks that open model pages, and the timing chart's chosen set in the URL.
 */
import { expect, test } from './fixtures';

// Four analyses and their charts per page: generous on a shared CI machine (not a timing check;
// `npm run bench` prints the drawing times).
test.describe.configure({ timeout: 120_000 });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('three charts; a bubble opens its model page', async ({ page }) => {
      await page.goto('#/landscape');
      await expect(page.getByTestId('chart-accuracy')).toBeVisible();
      await expect(page.getByTestId('chart-winners')).toContainText('depth 152 (conv + fc)');
      await expect(page.getByTestId('chart-winners')).toContainText('human: 5.1 %');
      await expect(page.getByTestId('chart-timing').locator('g.ls-line')).toHaveCount(6);
      // Every bubble is a link to a model page, and none is outside the chart.
      const svg = await page.getByTestId('chart-accuracy').boundingBox();
      const marks = page.getByTestId('chart-accuracy').locator('a.ls-mark');
      expect(await marks.count()).toBeGreaterThan(15);
      for (const box of await marks.evaluateAll((els) =>
        els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect().toJSON()),
      )) {
        expect(box.x).toBeGreaterThanOrEqual(svg!.x - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(svg!.x + svg!.width + 1);
      }
      await page.getByTestId('chart-accuracy').locator('a[data-id="resnet50"]').click();
      await expect(page).toHaveURL(/#\/model\/resnet50$/);
      await expect(page.getByTestId('total-depth')).toHaveText('50');
    });

    test('a winner’s bar opens its model page', async ({ page }) => {
      await page.goto('#/landscape');
      await page.getByTestId('chart-winners').locator('a[data-id="googlenet"]').click();
      await expect(page).toHaveURL(/#\/model\/googlenet$/);
    });
  });
}

test('the timing chart’s networks are chosen and kept in the URL', async ({ page }) => {
  await page.goto('#/landscape?nets=googlenet-torchvision,resnet50');
  await expect(page.getByTestId('chart-timing').locator('g.ls-line')).toHaveCount(2);
  // gpu-h200.json: GoogLeNet (torchvision) 3.3687 ms at batch 1; ResNet-50 3.0731 ms.
  const table = page.getByTestId('timing-table');
  await expect(table).toContainText('3.37 ms');
  await expect(table).toContainText('3.07 ms');
  await page.locator('.ls-choose summary').click();
  await page.getByLabel('VGG-16').check();
  await expect(page).toHaveURL(/nets=googlenet-torchvision,resnet50,vgg16$/);
  await expect(page.getByTestId('chart-timing').locator('g.ls-line')).toHaveCount(3);
});
