/**
 * Accessibility: axe-core (through @axe-core/playwright) on every page type, in every theme and in
 * both languages, fails on any serious or critical violation (colour contrast, names, ARIA); and
 * one layer selected with the keyboard alone.
 *
 * Scans: each page twice, once in English and once in Chinese, in two different themes (the
 * themes rotate over the pages, so every theme meets model pages, charts and the editor); the
 * catalog and AlexNet also in the third. 22 scans: see the report of issue 13 for the run time.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// One axe run takes 20–50 s on this 2-core machine while it is loaded with other work (load
// average 20–30, scripts/axe-time.ts); the page itself is ready in a few seconds.
test.describe.configure({ timeout: 120_000 });

type Theme = 'light' | 'dark' | 'projector';
const THEMES: Theme[] = ['light', 'dark', 'projector'];

/** A page to scan: its route, and what shows it is drawn (the scan waits for it). */
interface Target {
  name: string;
  route: string;
  query?: string;
  ready: string;
  /** A button (test id) to press first: the editor opens from the saved-networks list. */
  open?: string;
}
const TARGETS: Target[] = [
  { name: 'catalog', route: '#/', ready: '[data-testid^="card-"]' },
  { name: 'alexnet', route: '#/model/alexnet', ready: '[data-testid="layer-table"]' },
  { name: 'googlenet', route: '#/model/googlenet', ready: '[data-testid="layer-table"]' },
  { name: 'resnet50', route: '#/model/resnet50', ready: '[data-testid="layer-table"]' },
  { name: 'compare', route: '#/compare/alexnet,vgg16', ready: 'main h1' },
  { name: 'landscape', route: '#/landscape', ready: 'main svg' },
  { name: 'walk-through', route: '#/explain/inception', query: 'step=3', ready: 'main h1' },
  {
    name: 'presentation',
    route: '#/model/vgg16',
    query: 'present=1&layer=features%2Fstage1%2Fconv1_1',
    ready: '[data-testid="inspector"]',
  },
  { name: 'editor', route: '#/edit', open: 'new-network', ready: '.cm-editor' },
  { name: 'import', route: '#/import', ready: 'main h1' },
];

function url(t: Target, theme: Theme, lang: 'en' | 'zh'): string {
  const q = [t.query, `theme=${theme}`, `lang=${lang}`].filter(Boolean).join('&');
  return `${t.route}?${q}`;
}

async function scan(page: Page, t: Target, theme: Theme, lang: 'en' | 'zh') {
  await page.goto(url(t, theme, lang));
  if (t.open) await page.getByTestId(t.open).click();
  await expect(page.locator(t.ready).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // The panels below the diagram arrive in a deferred render; let it land before scanning.
  await page.waitForTimeout(300);
  const t0 = Date.now();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  if (process.env.AXE_DUMP) console.log(`axe ${t.name} ${theme} ${lang}: ${Date.now() - t0} ms`);
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  if (process.env.AXE_DUMP)
    writeFileSync(
      `${process.env.AXE_DUMP}/${t.name}-${theme}-${lang}.json`,
      JSON.stringify(
        result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => [n.target.join(' '), n.any.map((a) => a.message).join('; ')]),
        })),
        null,
        1,
      ),
    );
  expect(bad, `${t.name} ${theme} ${lang}`).toEqual([]);
}

TARGETS.forEach((t, i) => {
  const pairs: [Theme, 'en' | 'zh'][] = [
    [THEMES[i % 3], 'en'],
    [THEMES[(i + 1) % 3], 'zh'],
  ];
  if (t.name === 'catalog' || t.name === 'alexnet') pairs.push([THEMES[(i + 2) % 3], 'en']);
  for (const [theme, lang] of pairs)
    test(`axe: ${t.name}, ${theme} theme, ${lang}: no serious or critical violation`, async ({
      page,
    }) => {
      await scan(page, t, theme, lang);
    });
});

test.describe('keyboard alone', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('skip link first; Tab into the diagram, arrows, Enter selects (inspector shows it), Esc clears', async ({
    page,
    model,
  }) => {
    await model.goto('alexnet');
    // The first tab stop is the skip link; it takes focus to the page's heading.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
    // Tab on until a diagram box has focus (one stop for the whole diagram).
    const focusedPath = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-node-path') ?? null);
    let tabs = 0;
    while ((await focusedPath()) === null && tabs < 80) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focusedPath()).toBe('input');
    // AlexNet (torchvision): input → features/conv1 → features/relu1.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedPath()).toBe('features/relu1');
    await page.keyboard.press('ArrowUp');
    expect(await focusedPath()).toBe('features/conv1');
    await expect(page).not.toHaveURL(/layer=/); // arrows move focus, not the selection
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/layer=features%2Fconv1|layer=features\/conv1/);
    // Krizhevsky et al. 2012: 11·11·3·96 weights + 96 biases = 34,944.
    await expect(model.inspector).toContainText('11·11·3·96 + 96 = 34,944');
    await expect(page.getByTestId('diagram-announce')).toContainText('conv1');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/layer=/);
    // Zoom from the keyboard changes the view; 0 fits again.
    const t0 = await page.locator('.dg-viewport').getAttribute('transform');
    await page.keyboard.press('+');
    await expect(page.locator('.dg-viewport')).not.toHaveAttribute('transform', t0!);
    // ? opens the keyboard help.
    await page.keyboard.press('?');
    await expect(page.getByTestId('diagram-keys')).toHaveAttribute('open', '');
  });

  test('opening a model from the catalog moves focus to its heading', async ({ page, catalog }) => {
    await catalog.goto();
    await catalog.card('alexnet').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
  });
});
