/**
 * One visit to every page type, each waited for until what a reader sees is there, including the
 * chunks each loads on demand: the model page's lower panels and dagre (GoogLeNet's Inception
 * modules), the comparison, the landscape, a walk-through, the editor (CodeMirror) and the ONNX
 * import with its Web Worker. Shared by the offline and sub-path specs.
 */
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const squeezenet = fileURLToPath(new URL('../fixtures/onnx/squeezenet1_1.onnx', import.meta.url));

export const PAGE_TYPES: readonly { name: string; open(page: Page): Promise<void> }[] = [
  {
    name: 'catalog',
    async open(page) {
      await page.goto('#/');
      await expect(page.getByTestId('catalog-search')).toBeVisible();
    },
  },
  {
    name: 'model (GoogLeNet: dagre, lower panels)',
    async open(page) {
      await page.goto('#/model/googlenet');
      await expect(page.getByTestId('model-page')).toHaveAttribute('data-model', 'googlenet');
      await expect(page.getByTestId('diagram')).toHaveAttribute('data-visible-nodes', /\d+/);
      await page.getByTestId('charts-panel').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('charts-bars')).toHaveAttribute('data-bars', /[1-9]/);
    },
  },
  {
    name: 'compare',
    async open(page) {
      await page.goto('#/compare/alexnet,vgg16');
      // Depth as the papers count it: AlexNet 8, VGG-16 16.
      await expect(page.getByTestId('cell-depth')).toHaveText(['8', '16']);
    },
  },
  {
    name: 'landscape',
    async open(page) {
      await page.goto('#/landscape');
      await expect(page.getByTestId('chart-accuracy')).toBeVisible();
    },
  },
  {
    name: 'walk-through',
    async open(page) {
      await page.goto('#/explain/inception');
      await expect(page.getByTestId('explain-slide')).toBeVisible();
    },
  },
  {
    name: 'editor',
    async open(page) {
      await page.goto('#/model/lenet5');
      await page.getByTestId('edit-copy').click();
      await expect(page.getByTestId('code-editor')).toBeVisible();
    },
  },
  {
    name: 'ONNX import (worker)',
    async open(page) {
      await page.goto('#/import');
      await page.getByLabel('Choose a file…').setInputFiles(squeezenet);
      // SqueezeNet 1.1: 1,235,496 parameters, torchvision's (architectures.md §19; onnx.spec.ts).
      await expect(page.getByTestId('import-params')).toHaveText('1,235,496');
    },
  },
];
