/**
 * Chinese labels in real boxes: on a Chinese page every drawn diagram box and frame holds its
 * text as Chromium sets it (getComputedTextLength with the installed CJK font), a collapsed
 * module's label clears its expand button, and the module labels are Chinese (the catalog's
 * "Dense block 1: 6 layers, 64 → 256" reads "密集块 1：6 层，64 → 256").
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every drawn box or frame whose text runs past its edge (or under the expand button). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const g of document.querySelectorAll<SVGGElement>('g.dg-node')) {
      const w = Number(g.querySelector('rect')!.getAttribute('width'));
      const label = g.querySelector<SVGTextContentElement>('tspan.dg-label');
      const detail = g.querySelector<SVGTextContentElement>('tspan.dg-detail');
      // Centred text: a module's label must end left of its expand button (17 px from the edge).
      const room = g.classList.contains('dg-module') ? w - 2 * 17 : w - 4;
      if (label && label.getComputedTextLength() > room) out.push(label.textContent ?? '');
      if (detail && detail.getComputedTextLength() > w - 4) out.push(detail.textContent ?? '');
    }
    for (const g of document.querySelectorAll<SVGGElement>('g[data-group-path]')) {
      const w = Number(g.querySelector('rect.dg-group-box')?.getAttribute('width'));
      const t = g.querySelector<SVGTextContentElement>('text.dg-group-label');
      // The header text starts 6 px in.
      if (t && t.getComputedTextLength() + 6 > w) out.push(t.textContent ?? '');
    }
    return out;
  });
}

for (const [viewport, size] of [
  ['1280×720', { width: 1280, height: 720 }],
  ['1024×768', { width: 1024, height: 768 }],
] as const) {
  test.describe(viewport, () => {
    test.use({ viewport: size });

    test(`Chinese labels fit their boxes at ${viewport}`, async ({ page }) => {
      const pages: [string, string][] = [
        // GoogLeNet's default view opens every module: frames carry the labels.
        ['googlenet', 'Inception 3a：256 通道 · Inception 模块'],
        ['densenet121', '密集块 1：6 层，64 → 256'],
        ['nasnet-a-mobile', 'stem 单元 0：缩减，11 个卷积核 · 缩减单元'],
      ];
      for (const [id, frame] of pages) {
        await page.goto(`./#/model/${id}?lang=zh`);
        await expect(page.locator('.dg-group-label', { hasText: frame }).first()).toBeAttached();
        expect(await overflowing(page), id).toEqual([]);
      }
      // ResNet-50 with its stages collapsed, then layer2 open: its blocks are collapsed modules.
      await page.goto('./#/model/resnet50?lang=zh');
      await page.getByTestId('diagram-collapse-all').click();
      await expect(page.locator('[data-node-path="layer2"] .dg-label')).toHaveText(
        'layer2：4 × 瓶颈块，512，/2',
      );
      expect(await overflowing(page), 'resnet50 collapsed').toEqual([]);
      await page.locator('[data-node-path="layer2"] .dg-toggle').click();
      await expect(page.locator('[data-node-path="layer2/block1"] .dg-label')).toHaveText(
        '瓶颈块：1×1 128, 3×3 128, 1×1 512, /2',
      );
      expect(await overflowing(page), 'resnet50 layer2').toEqual([]);
    });
  });
}
