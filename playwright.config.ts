import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browser';

/**
 * End-to-end tests in Debian's Chromium (/usr/bin/chromium; `npx playwright install` cannot reach
 * its download host). The app is served by `vite preview` from dist/: CI builds first (.ci/run),
 * `npm run test:e2e` builds too.
 */
// E2E_PORT lets several checkouts on one machine run their suites at once without sharing a server.
const PORT = Number(process.env.E2E_PORT) || 4173;

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
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
