/**
 * No horizontal scrolling on any page at the projector and laptop sizes of issue 13: 1024×768,
 * 1280×720, and 1280×720 at 150 % browser zoom. Browser zoom is emulated as the browser does it:
 * the CSS viewport shrinks by the zoom factor (1280 / 1.5 = 853, 720 / 1.5 = 480) and each CSS
 * pixel covers 1.5 device pixels (`deviceScaleFactor: 1.5`).
 *
 * On every page: the document is no wider than the window; no element sticks out of the window or
 * out of its column of the model page (knobs, main, inspector) unless it sits inside a scroll
 * container; no panel is cut off by a clipping ancestor; and every container whose content is
 * wider than itself scrolls (overflow auto/scroll) and can be reached from the keyboard.
 * One browser page per size visits every page type, so the suite stays fast.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TOPICS } from './pages';

const SIZES = [
  { name: '1024×768', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
  { name: '1280×720 at 150 % zoom', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 },
];

const MODELS = ['alexnet', 'googlenet', 'resnet50', 'densenet121', 'nasnet-a-large'];

/** Hash → what shows that the page has drawn what it will draw. */
interface Visit {
  hash: string;
  ready(page: Page): Promise<void>;
}

const modelReady = async (page: Page) => {
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
  await expect(page.getByTestId('inspector')).toBeAttached();
};
const presentReady = async (page: Page) => {
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
  await expect(page.getByTestId('inspector')).toBeVisible();
};
const byTestId = (id: string) => async (page: Page) => {
  await expect(page.getByTestId(id).first()).toBeVisible();
};

const VISITS: Visit[] = [
  { hash: '#/', ready: byTestId('catalog-search') },
  ...MODELS.map((id) => ({ hash: `#/model/${id}`, ready: modelReady })),
  // A bad input: the table shows the network at its default input beside the error.
  { hash: '#/model/alexnet?input=3x8x8', ready: byTestId('layer-table') },
  { hash: '#/model/resnet50?input=3x8x8', ready: byTestId('layer-table') },
  // A layer selected: the inspector is open (the side sheet below 1,200 px).
  { hash: '#/model/resnet50?layer=layer3/block2/conv2', ready: modelReady },
  { hash: '#/model/densenet121?layer=dense3/layer12/conv2', ready: modelReady },
  {
    hash: '#/model/resnet50?layer=layer3/block2/conv2&present=1&theme=projector',
    ready: presentReady,
  },
  { hash: '#/compare/alexnet,vgg16,googlenet,resnet50', ready: byTestId('compare-page') },
  { hash: '#/landscape', ready: byTestId('chart-timing') },
  ...TOPICS.map((t) => ({ hash: `#/explain/${t}`, ready: byTestId('explain-slide') })),
  { hash: '#/explain/residual?present=1&theme=projector', ready: byTestId('explain-slide') },
  { hash: '#/edit', ready: byTestId('saved-list') },
  { hash: '#/import', ready: (page) => expect(page.locator('main.import-page')).toBeVisible() },
];

/** What sticks out, is cut off, or scrolls without a keyboard way in; empty when all is well. */
function overflowProblems(): string[] {
  const problems: string[] = [];
  const overflowOf = new Map<Element, string>();
  const overflowX = (el: Element) => {
    let o = overflowOf.get(el);
    if (o === undefined) overflowOf.set(el, (o = getComputedStyle(el).overflowX));
    return o;
  };
  const root = document.documentElement;
  const vw = root.clientWidth;
  const name = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${id ? `[${id}]` : ''}`;
  };
  if (root.scrollWidth > vw) problems.push(`document is ${root.scrollWidth} px wide, window ${vw}`);
  for (const el of [root, document.body]) {
    const o = getComputedStyle(el).overflowX;
    if (o === 'hidden' || o === 'clip') problems.push(`${name(el)} hides overflow (${o})`);
  }
  // The columns of the model page: content must stay inside its own column.
  const columns = Array.from(
    document.querySelectorAll('.model-side, .model-main, .model-inspector'),
  ).filter((c) => c.getBoundingClientRect().width > 0);
  const PANEL = 'main, section, aside, nav, figure, table, svg, canvas, .panel, fieldset';
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (el.closest('details:not([open])')) continue;
    // Its bound: the window, or the model-page column it sits in.
    const column = columns.find((c) => c !== el && c.contains(el));
    const bound = column ? column.getBoundingClientRect() : { left: 0, right: vw };
    // Inside a scroll container (below the bound), sticking out is what scrolling is for; a
    // clipping (overflow hidden) ancestor cuts off what sticks out of it.
    let contained = false;
    for (let a = el.parentElement; a && a !== column && a !== document.body; a = a.parentElement) {
      const o = overflowX(a);
      if (o === 'visible') continue;
      const ab = a.getBoundingClientRect();
      if ((o === 'hidden' || o === 'clip') && el.matches(PANEL)) {
        if (box.right > ab.right + 1 || box.left < ab.left - 1)
          problems.push(`${name(el)} is cut off by ${name(a)}`);
      }
      contained = true;
      break;
    }
    if (contained) continue;
    if (box.right > bound.right + 1 || box.left < bound.left - 1)
      problems.push(
        `${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside ${
          column ? name(column) : 'the window'
        } (${Math.round(bound.left)}–${Math.round(bound.right)})`,
      );
  }
  // Wide content scrolls in its own panel, visibly and reachable from the keyboard.
  const focusable =
    'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    const o = overflowX(el);
    if (o !== 'auto' && o !== 'scroll') continue;
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    if (getComputedStyle(el).scrollbarWidth === 'none')
      problems.push(`${name(el)} hides its scrollbar`);
    // Reachable: something inside takes focus (arrow keys then scroll it), or the scroller itself
    // does (Chromium makes a scroller with nothing focusable inside a tab stop of its own).
    if (el.tabIndex >= 0 || el.querySelector(focusable)) continue;
    const before = document.activeElement;
    el.focus({ preventScroll: true });
    const reached = document.activeElement === el;
    (before as HTMLElement | null)?.focus?.({ preventScroll: true });
    if (!reached) problems.push(`${name(el)} scrolls sideways but takes no keyboard focus`);
  }
  return problems.slice(0, 12);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test(`no page scrolls sideways at ${size.name}`, async ({ page }) => {
      test.setTimeout(90_000);
      const found: Record<string, string[]> = {};
      for (const visit of VISITS) {
        await page.goto(visit.hash);
        await visit.ready(page);
        const problems = await page.evaluate(overflowProblems);
        if (problems.length) found[visit.hash] = problems;
        // Every step of a walk-through: the slides differ in width (tables, drawings).
        if (visit.hash.startsWith('#/explain/') && !visit.hash.includes('present')) {
          const next = page.getByTestId('explain-next');
          while (await next.isEnabled()) {
            const step = Number(await page.getByTestId('explain-slide').getAttribute('data-step'));
            await next.click();
            await expect(page.getByTestId('explain-slide')).toHaveAttribute(
              'data-step',
              String(step + 1),
            );
            const more = await page.evaluate(overflowProblems);
            if (more.length) found[`${visit.hash}?step=${step + 1}`] = more;
          }
        }
      }
      // The editor itself (not only the list of saved networks).
      await page.goto('#/edit');
      await page.getByTestId('new-network').click();
      await expect(page.getByTestId('editor-page')).toBeVisible();
      const editor = await page.evaluate(overflowProblems);
      if (editor.length) found['#/edit/<new>'] = editor;
      expect(found).toEqual({});
    });
  });
}
