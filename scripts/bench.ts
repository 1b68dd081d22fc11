/**
 * `npm run bench [-- --build] [-- --runs 5] [-- --dist dir] [-- --only sizes,first,switch,expand]`:
 * the size of every JavaScript chunk of the build (raw and gzip) and the initial JavaScript
 * against its 200 kB gzip budget (scripts/sizes.ts), then responsiveness figures of the
 * production build in headless Chromium (Debian's /usr/bin/chromium through Playwright). Prints
 * tables with the target beside each figure; asserts nothing (`npm run build` checks the
 * size budget).
 *
 * Figures (milliseconds, median of `runs` runs):
 * - first diagram: navigation start → first `atlas:diagram-rendered` mark (the diagram drawn into
 *   the DOM), fresh browser context; "painted": until the frame that puts it on screen is over. One untimed
 *   load runs first so the preview server's own warm-up is not measured.
 * - switch: `location.hash` change to another model → the next mark.
 * - expand all: click on "Expand all" → the next mark; "painted" adds the next animation frame.
 * - pan / wheel-zoom p95: 95th percentile of requestAnimationFrame deltas during scripted drags
 *   and wheel zooms on the fully expanded graph (60 Hz display: 16.7 ms per frame when nothing is
 *   dropped), and the renderer main thread's busy time per frame over the whole gesture (CDP
 *   Performance metrics: task, of which layout, style recalculation and script), which depends
 *   less on other processes sharing the CPU than frame deltas do.
 * - compare / landscape (`--only pages`): from the catalog page, a `location.hash` change to
 *   `#/compare/alexnet,vgg16,googlenet,resnet152` or `#/landscape` → the page's mark after all its
 *   charts are drawn (`atlas:compare-rendered`, `atlas:landscape-rendered`); a fresh browser
 *   context per run, so the page's chunk loads and every network is analyzed anew.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, type Page } from '@playwright/test';
import { freePort, launchChromium, markAfter, median, startPreview } from './browser';
import { budgetLine, chunkSizes, sizeTable } from './sizes';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const FORCE_BUILD = args.includes('--build');
/** `--dist <dir>`: serve another build directory (e.g. a saved "before" build) instead of dist/. */
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
const MARK = 'atlas:diagram-rendered';
/** `--only first,switch,expand`: run only those groups of figures (default: all). */
const ONLY_LIST = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const ONLY = (group: string) => !ONLY_LIST || ONLY_LIST.includes(group);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Resolves with the first diagram mark at or after `since` (page clock), in ms. */
const nextMark = (page: Page, since: number, timeout?: number) =>
  markAfter(page, MARK, since, timeout);

async function newContext(browser: Browser) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx compiles named closures inside page.evaluate callbacks to __name(...) calls.
  await ctx.addInitScript('window.__name = (f) => f;');
  // For every diagram mark, when the frame that puts it on screen is over: the first animation
  // frame after the mark, then a task posted from it at user-blocking priority, which the event
  // loop runs after that frame's style, layout and paint and before ordinary tasks already
  // queued (the page's next React work, timers). An upper bound still: a task that started
  // before it runs to its end first.
  await ctx.addInitScript(`(() => {
    const painted = (window.__painted = []);
    const mark = performance.mark.bind(performance);
    performance.mark = (name, opts) => {
      const m = mark(name, opts);
      if (name === '${MARK}')
        requestAnimationFrame(() => {
          const done = () => {
            painted.push([m.startTime, performance.now()]);
            // The first one also goes to the console, which Playwright reads without running
            // any script in the page (see firstDiagram).
            if (painted.length === 1) console.debug('atlas-bench ' + JSON.stringify(painted[0]));
          };
          if (window.scheduler?.postTask) window.scheduler.postTask(done, { priority: 'user-blocking' });
          else {
            const ch = new MessageChannel();
            ch.port1.onmessage = done;
            ch.port2.postMessage(0);
          }
        });
      return m;
    };
  })();`);
  return ctx;
}

/**
 * Navigation start → the first diagram mark, and → the frame after it (the drawing painted).
 * Read from the console: waiting with page.evaluate or waitForFunction would inject Playwright's
 * own script into the page during the load (~50 ms of evaluation on this machine), competing
 * with the page it measures.
 */
async function firstDiagram(
  browser: Browser,
  base: string,
  id: string,
): Promise<{ mark: number; painted: number }> {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const reported = page.waitForEvent('console', {
    predicate: (m) => m.text().startsWith('atlas-bench '),
    timeout: 60_000,
  });
  await page.goto(`${base}#/model/${id}`, { waitUntil: 'commit' });
  const [mark, painted] = JSON.parse((await reported).text().slice('atlas-bench '.length)) as [
    number,
    number,
  ];
  await ctx.close();
  return { mark, painted };
}

async function openModel(browser: Browser, base: string, id: string) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(`${base}#/model/${id}`);
  await nextMark(page, 0);
  return { ctx, page };
}

async function switchTime(page: Page, id: string): Promise<number> {
  const t0 = await page.evaluate((target) => {
    const t = performance.now();
    location.hash = `#/model/${target}`;
    return t;
  }, id);
  const m = await nextMark(page, t0);
  await page.waitForSelector(`[data-model="${id}"]`);
  return m - t0;
}

/** From the catalog, hash → `hash`, until `mark`: ms (fresh context, cold caches). */
async function pageTime(browser: Browser, base: string, hash: string, mark: string) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.goto(`${base}#/`);
  await page.waitForSelector('[data-testid="catalog-search"]');
  const t0 = await page.evaluate((h) => {
    const t = performance.now();
    location.hash = h;
    return t;
  }, hash);
  const m = await markAfter(page, mark, t0);
  await ctx.close();
  return m - t0;
}

async function expandAll(
  page: Page,
): Promise<{ mark: number; painted: number; nodes: number; layout: number }> {
  return page.evaluate(async (name) => {
    const btn = document.querySelector<HTMLButtonElement>('[data-testid="diagram-expand-all"]')!;
    const t0 = performance.now();
    btn.click();
    const mark = await new Promise<number>((resolve) => {
      const poll = () => {
        const m = performance.getEntriesByName(name).find((e) => e.startTime >= t0);
        if (m) resolve(m.startTime - t0);
        else setTimeout(poll, 0);
      };
      poll();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const painted = performance.now() - t0;
    const svg = document.querySelector('[data-testid="diagram"]')!;
    const measures = performance.getEntriesByName('atlas:diagram-layout');
    const layout = measures.length ? measures[measures.length - 1].duration : NaN;
    return { mark, painted, nodes: Number(svg.getAttribute('data-visible-nodes')), layout };
  }, MARK);
}

interface PanFigures {
  /** requestAnimationFrame deltas (ms) during the drags and during the wheel zooms. */
  drag: number[];
  wheel: number[];
  /** Renderer main-thread time over the whole gesture, per frame (CDP Performance metrics, ms). */
  busy: { task: number; layout: number; style: number; script: number };
}

async function panFrames(page: Page): Promise<PanFigures> {
  const box = (await page.locator('[data-testid="diagram"]').boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: ms } = await cdp.send('Performance.getMetrics');
    return new Map(ms.map((m) => [m.name, m.value]));
  };
  const record = () =>
    page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __rec: boolean };
      w.__frames = [];
      w.__rec = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.__frames.push(t - last);
        last = t;
        if (w.__rec) requestAnimationFrame(tick);
      };
      requestAnimationFrame((t) => {
        last = t;
        requestAnimationFrame(tick);
      });
    });
  const stop = () =>
    page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __rec: boolean };
      w.__rec = false;
      return w.__frames.slice(1);
    });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const m0 = await metrics();
  // Drag down and back up, zoom in and out with the wheel, then drag at the new zoom.
  await record();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(cx + i * 4, cy + i * 6);
  for (let i = 40; i >= 0; i--) await page.mouse.move(cx + i * 4, cy + i * 6);
  await page.mouse.up();
  const drag = await stop();
  await record();
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, -120);
  const wheel = await stop();
  await record();
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(cx - i * 5, cy - i * 5);
  await page.mouse.up();
  drag.push(...(await stop()));
  await record();
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 120);
  wheel.push(...(await stop()));
  const m1 = await metrics();
  await cdp.detach();
  const n = drag.length + wheel.length;
  const per = (k: string) => ((m1.get(k)! - m0.get(k)!) * 1000) / n;
  return {
    drag,
    wheel,
    busy: {
      task: per('TaskDuration'),
      layout: per('LayoutDuration'),
      style: per('RecalcStyleDuration'),
      script: per('ScriptDuration'),
    },
  };
}

async function main() {
  if (FORCE_BUILD || (DIST === 'dist' && !existsSync('dist/index.html'))) {
    console.log('building (vite build)…');
    execSync('npx vite build', { stdio: 'inherit' });
  }
  if (ONLY('sizes')) {
    const chunks = chunkSizes(DIST);
    console.log(`\n${sizeTable(chunks)}\n\n${budgetLine(chunks)}\n`);
    if (ONLY_LIST && ONLY_LIST.length === 1) return;
  }
  const port = await freePort();
  console.log(`vite preview on port ${port}…`);
  const preview = await startPreview(DIST, port);
  console.log('chromium…');
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();
  const rows: [string, string, string][] = [];
  const fmt = (n: number) => `${n.toFixed(0)} ms`;
  try {
    // One untimed load first, so the preview server's own start-up (its first gzip of the bundle,
    // its JIT) is not charged to the first measured run. Every measured run still uses a fresh
    // browser context: empty HTTP cache, no compiled-code cache, as a first visit.
    await firstDiagram(browser, base, 'lenet5');
    for (const id of ONLY('first') ? ['vgg16', 'resnet50'] : []) {
      const xs: number[] = [];
      const ps: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await firstDiagram(browser, base, id);
        xs.push(r.mark);
        ps.push(r.painted);
      }
      console.log(`first diagram ${id}: ${xs.map((x) => x.toFixed(0)).join(', ')}`);
      rows.push([`first diagram ${id}`, fmt(median(xs)), '< 500 ms']);
      rows.push([`  … painted (next frame)`, fmt(median(ps)), '']);
    }
    if (ONLY('switch')) {
      const { ctx, page } = await openModel(browser, base, 'vgg16');
      const pairs = ['resnet50', 'googlenet', 'densenet121', 'vgg16'];
      const per = new Map<string, number[]>(pairs.map((p) => [p, []]));
      for (let i = 0; i < RUNS; i++)
        for (const p of pairs) per.get(p)!.push(await switchTime(page, p));
      for (const p of pairs) rows.push([`switch → ${p}`, fmt(median(per.get(p)!)), '< 100 ms']);
      await ctx.close();
    }
    for (const id of ONLY('expand') ? ['resnet1202-cifar', 'densenet264', 'nasnet-a-large'] : []) {
      const marks: number[] = [];
      const paints: number[] = [];
      const layouts: number[] = [];
      let nodes = 0;
      let pan: PanFigures | null = null;
      for (let i = 0; i < RUNS; i++) {
        const { ctx, page } = await openModel(browser, base, id);
        const r = await expandAll(page);
        marks.push(r.mark);
        paints.push(r.painted);
        layouts.push(r.layout);
        nodes = r.nodes;
        if (i === 0) pan = await panFrames(page);
        await ctx.close();
      }
      console.log(`expand all ${id}: ${marks.map((x) => x.toFixed(0)).join(', ')}`);
      rows.push([`expand all ${id} (${nodes} nodes)`, fmt(median(marks)), '< 1000 ms']);
      rows.push([`  … of which layoutGraph`, fmt(median(layouts)), '']);
      rows.push([`  … painted (next frame)`, fmt(median(paints)), '< 1000 ms']);
      const { drag, wheel, busy } = pan!;
      for (const [what, fs] of [
        ['pan p95', drag],
        ['wheel-zoom p95', wheel],
      ] as const)
        rows.push([
          `${what} ${id} (${fs.length} frames, max ${Math.max(...fs).toFixed(0)} ms)`,
          `${percentile(fs, 95).toFixed(1)} ms`,
          '< 20 ms',
        ]);
      rows.push([
        `  … main thread per frame (layout ${busy.layout.toFixed(1)}, style ${busy.style.toFixed(1)}, script ${busy.script.toFixed(1)})`,
        `${busy.task.toFixed(1)} ms`,
        '',
      ]);
    }
    for (const [what, hash, mark] of ONLY('pages')
      ? [
          [
            'compare of 4 networks',
            '#/compare/alexnet,vgg16,googlenet,resnet152',
            'atlas:compare-rendered',
          ],
          ['landscape (3 charts)', '#/landscape', 'atlas:landscape-rendered'],
        ]
      : []) {
      const xs: number[] = [];
      for (let i = 0; i < RUNS; i++) xs.push(await pageTime(browser, base, hash, mark));
      console.log(`${what}: ${xs.map((x) => x.toFixed(0)).join(', ')}`);
      rows.push([what, fmt(median(xs)), '< 500 ms']);
    }
  } finally {
    await browser.close();
    preview.kill();
  }
  const w0 = Math.max(...rows.map((r) => r[0].length), 6);
  const w1 = Math.max(...rows.map((r) => r[1].length), 6);
  console.log(`\n${'figure'.padEnd(w0)}  ${'median'.padStart(w1)}  target   (runs: ${RUNS})`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
