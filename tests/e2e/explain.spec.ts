/**
 * Walk-throughs: every topic stepped through with the keyboard (the URL's step= follows), an
 * edited input changing the numbers, a bad input named in a message, the catalog's list and a
 * model card's link, and a new page starting at its top.
 */
import { test, expect } from './fixtures';
import { TOPICS } from './pages';
import type { Page } from '@playwright/test';

const slide = (page: Page) => page.getByTestId('explain-slide');

for (const topic of TOPICS) {
  test(`${topic}: → and ← step through every step, the URL follows`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`#/explain/${topic}`);
    await expect(slide(page)).toHaveAttribute('data-step', '1');
    const n = Number(await slide(page).getAttribute('data-steps'));
    expect(n).toBeGreaterThan(2);
    for (let i = 2; i <= n; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(slide(page)).toHaveAttribute('data-step', String(i));
      await expect(page).toHaveURL(new RegExp(`step=${i}$`));
      await expect(page.getByTestId('explain-count')).toHaveText(`Step ${i} of ${n}`);
    }
    await page.keyboard.press('ArrowRight'); // stays on the last step
    await expect(slide(page)).toHaveAttribute('data-step', String(n));
    await page.keyboard.press('ArrowLeft');
    await expect(slide(page)).toHaveAttribute('data-step', String(n - 1));
    await page.keyboard.press('Home');
    await expect(slide(page)).toHaveAttribute('data-step', '1');
    await page.keyboard.press('End');
    await expect(slide(page)).toHaveAttribute('data-step', String(n));
  });
}

test('inception: editing the input size recomputes the totals; a bad width is named', async ({
  page,
}) => {
  await page.goto('#/explain/inception?step=6');
  const total = page.getByTestId('naive-total');
  // 25,690,112 + 346,816,512 + 481,689,600 (architectures.md §1.2)
  await expect(total).toHaveAttribute('data-value', '854196224');
  await expect(total).toHaveText('854,196,224');
  await page.getByTestId('input-size').fill('14');
  // Every term is H·W·…: 14·14 is a quarter of 28·28.
  await expect(total).toHaveAttribute('data-value', String(854196224 / 4));
  await page.getByTestId('input-b1').fill('0');
  await expect(page.getByTestId('explain-error')).toContainText(
    '1×1 filters must be between 1 and 4096, got 0',
  );
  await page.getByTestId('explain-reset').click();
  await expect(total).toHaveAttribute('data-value', '854196224');
  // Typing in a field does not step the slides.
  await page.getByTestId('input-size').press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-step', '6');
});

test('inception: the lecture’s 358M is the six terms plus the 3×3 term again', async ({ page }) => {
  await page.goto('#/explain/inception?step=12');
  await expect(page.getByTestId('lecture-total')).toHaveText('358,055,936');
});

test('small-filters: C and n change the weights (27C² → 18C² for n = 2)', async ({ page }) => {
  await page.goto('#/explain/small-filters?step=5');
  await expect(page.getByTestId('stack-params')).toHaveAttribute(
    'data-value',
    String(27 * 64 * 64),
  );
  await expect(page.getByTestId('single-params')).toHaveAttribute(
    'data-value',
    String(49 * 64 * 64),
  );
  await page.getByTestId('input-n').fill('2');
  await page.getByTestId('input-C').fill('10');
  // Two 3×3 convs: 18C² = 1,800; one 5×5: 25C² = 2,500. The parameters step is now step 4.
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Parameters' }).click();
  await expect(page.getByTestId('stack-params')).toHaveText('1,800');
  await expect(page.getByTestId('single-params')).toHaveText('2,500');
});

test('alexnet: CONV1 at 227 is 55×55×96 with 34,944 parameters; 224 does not divide', async ({
  page,
}) => {
  await page.goto('#/explain/alexnet?step=2');
  await expect(page.getByTestId('out-shape')).toHaveText('55×55×96');
  await expect(page.getByTestId('params')).toHaveText('34,944');
  await page.getByTestId('input-size').fill('224');
  await expect(page.getByTestId('out-shape')).toHaveText('54×54×96');
});

test('the catalog lists the walk-throughs; GoogLeNet’s card links to the Inception one', async ({
  page,
  model,
}) => {
  await page.goto('#/');
  for (const t of TOPICS) await expect(page.getByTestId(`topic-${t}`)).toBeVisible();
  await model.goto('googlenet');
  const link = page.getByTestId('walkthrough-inception');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#\/explain\/inception$/);
  await expect(slide(page)).toBeVisible();
});

test('a page opened from far down the catalog starts at its top', async ({ page }) => {
  await page.goto('#/');
  const card = page.getByTestId('card-inception-bottleneck-demo');
  await expect(card).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await card.click();
  await expect(page.getByTestId('model-page')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // The card's computed "multiplies" is filled: 271,351,808 (the slide's six terms).
  await expect(page.getByTestId('published')).toContainText('271,351,808');
});

test('an unknown topic says so and lists the walk-throughs', async ({ page }) => {
  await page.goto('#/explain/nowhere');
  await expect(page.getByTestId('explain-unknown')).toContainText('nowhere');
  await expect(page.getByTestId('topic-inception')).toBeVisible();
});

test('inception: the bar chart’s data opens as a table from the keyboard, in both languages', async ({
  page,
}) => {
  for (const [lang, summary] of [
    ['en', 'Show as table'],
    ['zh', '以表格显示'],
  ] as const) {
    await page.goto(`#/explain/inception?step=6&lang=${lang}`);
    const table = page.getByTestId('bars-naive-table');
    // The language is in place (a switch re-renders the page) before the keyboard acts.
    await expect(table.locator('summary')).toContainText(summary);
    await table.locator('summary').focus();
    await page.keyboard.press('Enter');
    // The naive module's three conv terms (architectures.md §1.2): 28·28·128·1·1·256 = 25,690,112;
    // 28·28·192·3·3·256 = 346,816,512; 28·28·96·5·5·256 = 481,689,600.
    const cells = table.locator('td');
    await expect(cells).toContainText(['25,690,112', '346,816,512', '481,689,600']);
  }
});

test('inception in Chinese: a bad input is named in Chinese', async ({ page }) => {
  await page.goto('#/explain/inception?step=6&lang=zh');
  await expect(page.getByTestId('lang-zh')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('input-b1').fill('0');
  // src/i18n/zh/errors.ts field.between, with the field's Chinese label.
  await expect(page.getByTestId('explain-error')).toContainText('必须在 1 到 4096 之间，当前为 0');
});
