/**
 * Small screens and page changes (issue 13): the inspector stays in view when a row far down the
 * table is selected (a side sheet below 1,200 px, a sticky column above), closes with its button
 * and with Esc; a page opened from a scrolled page starts at its top, and back returns to where
 * the reader was.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The element's box lies inside the window (and is not empty). */
async function inWindow(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.top < window.innerHeight && r.left >= 0;
  });
}

/** Two frames: the scroll events of a scrollTo have been dispatched (a reader is that slow). */
function afterScrollEvents(page: Page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Scroll the page to the table, then the table to `path`'s row (the table renders a window). */
async function revealRow(page: Page, path: string) {
  const scroll = page.locator('[data-testid="layer-table"] .table-scroll');
  await scroll.scrollIntoViewIfNeeded();
  await scroll.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const row = page.locator(`[data-testid="layer-table"] tr[data-path="${path}"]`);
  await row.scrollIntoViewIfNeeded();
  return row;
}

test.describe('1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a row selected far down the table leaves the inspector in view, beside the table', async ({
    page,
    model,
  }) => {
    await model.goto('resnet50');
    // Nothing selected: no sheet, the knobs show.
    await expect(model.inspector).toBeHidden();
    await expect(page.getByTestId('knobs')).toBeVisible();
    const row = await revealRow(page, 'layer4/block3/conv3');
    await row.click();
    // ResNet-50's last 1×1 conv: 2048 maps from 512, no bias (He et al. 2016, Table 1):
    // 1·1·512·2048 = 1,048,576 parameters.
    await expect(model.inspector).toContainText('layer4/block3/conv3');
    await expect(model.inspector).toContainText('1,048,576');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
    expect(await inWindow(page, 'inspector')).toBe(true);
    // The sheet does not cover the row just selected.
    const [sheet, picked] = await Promise.all([model.inspector.boundingBox(), row.boundingBox()]);
    expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(picked!.x);
    // Its button closes it and clears the selection; Esc does the same.
    await page.getByTestId('inspector-close').click();
    await expect(model.inspector).toBeHidden();
    await expect(page).not.toHaveURL(/layer=/);
    await row.click();
    await expect(model.inspector).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(model.inspector).toBeHidden();
  });

  test('presenting in the projector theme, the inspector is a column beside the diagram', async ({
    page,
    model,
  }) => {
    await page.goto('#/model/resnet50?layer=layer3/block2/conv2&present=1&theme=projector');
    await model.ready('resnet50');
    await expect(model.inspector).toContainText('layer3/block2/conv2');
    const [sheet, diagram] = await Promise.all([
      model.inspector.boundingBox(),
      model.diagram.boundingBox(),
    ]);
    expect(diagram!.x + diagram!.width).toBeLessThanOrEqual(sheet!.x);
    expect(sheet!.y).toBeLessThan(768);
  });
});

test('at 1280×720 the inspector column sticks: a row far down leaves it in view', async ({
  page,
  model,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await model.goto('resnet50');
  const row = await revealRow(page, 'layer4/block3/conv3');
  await row.click();
  await expect(model.inspector).toContainText('layer4/block3/conv3');
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
  expect(await inWindow(page, 'inspector')).toBe(true);
});

test('a catalog card opens its model page at the top; back returns to the card', async ({
  page,
  catalog,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await catalog.goto();
  const card = catalog.card('densenet121');
  await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(300);
  await card.click();
  await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', 'densenet121');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Reading down the model page (drawn in full), then back: the catalog where it was left.
  await expect(page.getByTestId('layer-table')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 900));
  await afterScrollEvents(page);
  await page.goBack();
  await expect(catalog.search).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  // Forward: the model page where it was left.
  await page.goForward();
  await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', 'densenet121');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
});

test('compare → model and model → compare open at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('#/compare/alexnet,vgg16,googlenet,resnet50');
  const link = page.getByTestId('multiple').nth(3);
  await link.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 300));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await link.click();
  await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', 'resnet50');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.getByTestId('compare-with').click();
  await page.getByTestId('compare-with-select').selectOption('vgg16');
  // Read on down the page, then submit (a dispatched click: Playwright's own would first scroll
  // the page back to the button).
  await page.evaluate(() => window.scrollTo(0, 600));
  expect(await page.evaluate(() => window.scrollY)).toBe(600);
  await page.getByTestId('compare-with-go').dispatchEvent('click');
  await expect(page.getByTestId('compare-page')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
