/**
 * Page objects: what a person sees on each page, named as they would name it. Specs talk to
 * these, never to selectors directly.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Every walk-through topic (#/explain/<topic>), as src/views/explain/topics.ts lists them. */
export const TOPICS = [
  'inception',
  'small-filters',
  'alexnet',
  'residual',
  'se',
  'fire',
  'dense',
  'fractal',
  'stochastic-depth',
  'nas',
];

export class CatalogPage {
  readonly search: Locator;
  readonly count: Locator;
  constructor(readonly page: Page) {
    this.search = page.getByTestId('catalog-search');
    this.count = page.getByTestId('catalog-count');
  }
  async goto(query = '') {
    await this.page.goto(query ? `#/?q=${encodeURIComponent(query)}` : '#/');
    await expect(this.search).toBeVisible();
  }
  card(id: string): Locator {
    return this.page.getByTestId(`card-${id}`);
  }
  /** Ids of the cards shown, in page order. */
  async cardIds(): Promise<string[]> {
    const ids = await this.page
      .locator('[data-testid^="card-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(5)));
    return ids;
  }
}

export class ModelPage {
  readonly diagram: Locator;
  readonly totalParams: Locator;
  readonly totalCompute: Locator;
  readonly inspector: Locator;
  readonly table: Locator;
  readonly error: Locator;
  constructor(readonly page: Page) {
    this.diagram = page.getByTestId('diagram');
    this.totalParams = page.getByTestId('total-params');
    this.totalCompute = page.getByTestId('total-compute');
    this.inspector = page.getByTestId('inspector');
    this.table = page.getByTestId('layer-table');
    this.error = page.getByTestId('model-error');
  }
  async goto(id: string, query = '') {
    await this.page.goto(`#/model/${id}${query ? `?${query}` : ''}`);
    await this.ready(id);
  }
  /** Wait until the page shows this model with its diagram drawn. */
  async ready(id: string) {
    await expect(this.page.getByTestId('model-page')).toHaveAttribute('data-model', id);
    await expect(this.diagram).toHaveAttribute('data-visible-nodes', /\d+/);
  }
  async visibleNodes(): Promise<number> {
    return Number(await this.diagram.getAttribute('data-visible-nodes'));
  }
  async drawnNodes(): Promise<number> {
    return this.diagram.locator('g[data-node-path]').count();
  }
  row(path: string): Locator {
    return this.table.locator(`tr[data-path="${path}"]`);
  }
  /** True when the row lies inside the table's scrolled area (below the sticky header). */
  async rowInTableView(path: string): Promise<boolean> {
    return this.row(path).evaluate((row) => {
      const box = row.closest('.table-scroll')!.getBoundingClientRect();
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
  }
  async selectRow(path: string) {
    await this.row(path).click();
  }
}
