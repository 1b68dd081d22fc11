import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browser';
import { PORT, SUBPATH, SUBPATH_PORT } from './tests/e2e/servers';

/**
 * End-to-end tests in Debian's Chromium (/usr/bin/chromium; `npx playwright install` cannot reach
 * its download host). The app is served by `vite preview` from dist/: CI builds first (.ci/run),
 * `npm run test:e2e` builds too. A second server builds the app for a sub-path into dist-subpath/
 * and serves it there (E2E_SUBPATH_PORT, else E2E_PORT + 1000).
 */

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : [['line']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1440, height: 1000 },
    // The same Chromium and flags as the bench and screenshot scripts.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // Every test starts in a fresh context; a service worker installing beside it would only
    // add work and timing noise. tests/e2e/offline.spec.ts allows them.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The same app built for a sub-path, as a course site would host it, and served under it.
      command: `npx vite build --base ${SUBPATH} --outDir dist-subpath --emptyOutDir --logLevel warn && npx vite preview --outDir dist-subpath --base ${SUBPATH} --port ${SUBPATH_PORT} --strictPort`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
