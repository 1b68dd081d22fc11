/**
 * Presentation mode, embed form and themes: entering and leaving on a model page, → / ← through
 * the diagram's layers with layer= following, on-screen text sizes at a projector's 1280×720,
 * and the contrast of each theme's text on its background.
 */
import { test, expect } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('model page: Present hides the chrome, → steps through layers (layer= follows), Esc leaves', async ({
  page,
  model,
}) => {
  await model.goto('vgg16');
  await expect(page.locator('.app-header')).toBeVisible();
  await page.getByTestId('present-enter').click();
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page).toHaveURL(/present=1/);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/layer=input/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/layer=features%2Fstage1%2Fconv1_1|layer=features\/stage1\/conv1_1/);
  await expect(model.inspector).toContainText('conv 3×3, 64');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const url = page.url();
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(url);

  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-present', '');
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page).toHaveURL(/layer=/); // the slide reached is kept
});

test('?present=1 at 1280×720: every diagram label in view is at least 18 CSS px on screen', async ({
  page,
  model,
}) => {
  await model.goto('googlenet', 'present=1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  const sizes = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="diagram"]')!.getBoundingClientRect();
    const out: number[] = [];
    for (const el of document.querySelectorAll<SVGTextElement>('[data-testid="diagram"] text')) {
      const r = el.getBoundingClientRect();
      if (!r.width || r.bottom < svg.top || r.top > svg.bottom) continue;
      if (r.right < svg.left || r.left > svg.right) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      out.push(px * el.getScreenCTM()!.a);
    }
    return out;
  });
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
});

test('walk-through in presentation: chart labels and numbers at least 18 px', async ({ page }) => {
  await page.goto('#/explain/inception?step=3&present=1');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.ex-bars text').first()).toBeVisible();
  const sizes = await page
    .locator('.ex-bars text')
    .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(sizes.length).toBeGreaterThan(5);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  const formula = await page
    .locator('.ex-formula-line')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(formula).toBeGreaterThanOrEqual(18);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=4/);
});

test('?embed=1 has no page chrome on every kind of page', async ({ page }) => {
  for (const hash of ['#/?embed=1', '#/model/alexnet?embed=1', '#/explain/se?embed=1']) {
    await page.goto(hash);
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.locator('.app-header')).toBeHidden();
  }
});

/** WCAG contrast ratio of two CSS colours (rgb()). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number);
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const [theme, min] of [
  ['light', 7],
  ['dark', 7],
  ['projector', 12],
] as const) {
  test(`${theme} theme: body text and muted text contrast (≥ ${min}:1 and ≥ 4.5:1)`, async ({
    page,
  }) => {
    await page.goto(`#/explain/residual?theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('.explain-lead')).toBeVisible();
    const c = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const muted = getComputedStyle(document.querySelector('.explain-lead')!);
      return { fg: body.color, bg: body.backgroundColor, muted: muted.color };
    });
    expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(min);
    expect(contrast(c.muted, c.bg)).toBeGreaterThanOrEqual(4.5);
  });
}
