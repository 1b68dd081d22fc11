/**
 * What every browser-driving script shares: Debian's Chromium with the flags this machine needs
 * (no download of Playwright's own browser; no background networking, which the closed network
 * refuses), a `vite preview` server of a build on a free port, and the median of a few runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Serve the build in `dist` on `port`; resolves once it answers. Kill the child to stop it. */
export async function startPreview(dist: string, port: number): Promise<ChildProcess> {
  // vite itself, not through npx: killing an npx wrapper left vite (and the script) running.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dist,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** The first performance mark `name` at or after `since` (page clock), in ms. */
export async function markAfter(
  page: Page,
  name: string,
  since: number,
  timeout = 60_000,
): Promise<number> {
  const h = await page.waitForFunction(
    ([n, t]) => {
      const m = performance.getEntriesByName(n as string).find((e) => e.startTime >= (t as number));
      return m ? m.startTime : false;
    },
    [name, since] as const,
    { timeout, polling: 'raf' },
  );
  return (await h.jsonValue()) as number;
}
