/**
 * Test fixtures: page objects, and a console watcher that fails any test whose page logged an
 * error or threw (checked after the test body, so every spec gets it).
 */
import { test as base, expect } from '@playwright/test';
import { CatalogPage, ModelPage } from './pages';

interface Fixtures {
  catalog: CatalogPage;
  model: ModelPage;
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  catalog: async ({ page }, use) => use(new CatalogPage(page)),
  model: async ({ page }, use) => use(new ModelPage(page)),
});

export { expect };
