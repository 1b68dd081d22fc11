/**
 * Languages end to end: the switch from the keyboard on a model page, the choice kept across a
 * reload, `?lang=zh` opening Chinese, a Chinese browser getting Chinese on its first visit, and
 * the Chinese strings staying out of an English visit (they are a chunk of their own).
 */
import type { Page, Response } from '@playwright/test';
import { app as enApp } from '../../src/i18n/en/app';
import { app as zhApp } from '../../src/i18n/zh/app';
import { explain as zhExplain } from '../../src/i18n/zh/explain';
import { presets } from '../../src/catalog/index';
import { catalogTextsZh } from '../../src/i18n/zh/catalog-texts/index';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** Every JavaScript file the page fetched, by URL, with its text. */
function recordScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (r: Response) => {
    if (r.url().endsWith('.js') && r.status() === 200)
      scripts.set(
        r.url(),
        r.text().catch(() => ''),
      );
  });
  return scripts;
}

/** The scripts that carry Chinese: the tagline (strings) or VGG-16's key idea (catalog texts). */
async function chineseScripts(scripts: Map<string, Promise<string>>): Promise<string[]> {
  const idea = catalogTextsZh[presets.get('vgg16')!.info.keyIdea];
  const out: string[] = [];
  for (const [url, text] of scripts) {
    const body = await text;
    if (body.includes(zhApp.tagline) || body.includes(idea)) out.push(url);
  }
  return out;
}

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('switches to Chinese from the keyboard on a model page; a reload keeps it', async ({
    page,
  }) => {
    test.setTimeout(90_000); // Up to 40 Tab presses and a reload of a large model page.
    const scripts = recordScripts(page);
    await page.goto('./#/model/googlenet');
    await expect(page.getByTestId('summary')).toBeVisible();
    await expect(page.locator('.app-tagline')).toHaveText(enApp.tagline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The English visit fetched no Chinese.
    expect(await chineseScripts(scripts)).toEqual([]);

    // Tab from the top of the page to the switch's 中文 button, then Enter.
    const zh = page.getByTestId('lang-zh');
    await page.locator('body').focus();
    for (let i = 0; i < 40 && !(await zh.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(zh).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.locator('.app-tagline')).toHaveText(zhApp.tagline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('summary')).toContainText(zhApp.model.summary.params);
    await expect(page.getByTestId('lang-zh')).toHaveAttribute('aria-pressed', 'true');
    // Still GoogLeNet: 6,998,552 deployed parameters (the Caffe model, as
    // tests/unit/inception-knobs.test.ts pins it).
    await expect(page.getByTestId('total-params')).toHaveAttribute('data-value', '6998552');
    // Both Chinese files arrived: the strings and the catalog texts.
    expect((await chineseScripts(scripts)).length).toBe(2);
    // A plain link stays language-free: the reader's choice is remembered, not put in the URL.
    expect(page.url()).not.toContain('lang=');

    await page.reload();
    await expect(page.locator('.app-tagline')).toHaveText(zhApp.tagline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('?lang=zh opens Chinese, and switching back rewrites the pin', async ({ page }) => {
    await page.goto('./#/model/alexnet?lang=zh');
    await expect(page.locator('.app-tagline')).toHaveText(zhApp.tagline);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByTestId('lang-en').click();
    await expect(page.locator('.app-tagline')).toHaveText(enApp.tagline);
    await expect(page).toHaveURL(/lang=en/);
  });
});

test('the switch works in presentation mode, where the header is hidden', async ({ page }) => {
  await page.goto('./#/model/vgg16?present=1&lang=en');
  await expect(page.locator('.app-header')).toBeHidden();
  await page.getByTestId('lang-zh').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('present-leave')).toHaveText(zhExplain.present.leave);
  await expect(page).toHaveURL(/present=1/);
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('gets Chinese on its first visit; ?lang=en pins English', async ({ page }) => {
    await page.goto('./#/');
    await expect(page.locator('.app-tagline')).toHaveText(zhApp.tagline);
    await page.goto('./#/?lang=en');
    await expect(page.locator('.app-tagline')).toHaveText(enApp.tagline);
  });
});

test('a switch in one tab switches another tab of the same browser, not one whose URL pins', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  const pinned = await context.newPage();
  await page.goto('#/');
  await other.goto('#/model/vgg16');
  await pinned.goto('#/?lang=en');
  for (const p of [page, other, pinned])
    await expect(p.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('lang-zh').click();
  await expect(page.getByText(zhApp.tagline)).toBeVisible();
  // The other tab follows through the storage event, with no reload: same model page.
  await expect(other.getByText(zhApp.tagline)).toBeVisible();
  await expect(other.getByTestId('lang-zh')).toHaveAttribute('aria-pressed', 'true');
  await expect(other).toHaveURL(/#\/model\/vgg16$/);
  // The tab whose link pins English keeps it.
  await expect(pinned.getByText(enApp.tagline)).toBeVisible();
  await expect(pinned.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
  await other.close();
  await pinned.close();
});
