/**
 * `npx tsx scripts/probe-model-page.ts [--dist dist] [--runs 3] [--profile]`: where the time of
 * the model page goes in headless Chromium on a production build. Prints, per model, the time to
 * the first `atlas:diagram-rendered` mark and to each `atlas:*` measure; the browser's own
 * durations (script, style, layout) from CDP Performance.getMetrics; with `--profile`, the
 * functions with the most self time (build with `--minify false` for readable names). Then the
 * same for a hash switch between models. Asserts nothing: it prints figures.
 */
import { type Browser, type CDPSession, type Page } from '@playwright/test';
import { freePort, launchChromium, markAfter, median, startPreview } from './browser';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const DIST = opt('--dist', 'dist');
const RUNS = Number(opt('--runs', '3'));
const PROFILE = args.includes('--profile');
const FIRST = opt('--first', 'vgg16,resnet50').split(',');
const SWITCH = opt('--switch', 'resnet50,googlenet,densenet121,vgg16').split(',');
const MARK = 'atlas:diagram-rendered';
const INCLUSIVE = opt(
  '--inclusive',
  'ModelPage,DiagramPanel,LayerTable,ChartsPanel,MemoryPanel,Inspector,ModelCard,KnobsPanel,SettingsPanel,deriveModel,analyze,buildModel,layoutGraph,layoutBars,createDiagram,fit,cull,update,commitRoot,flushPassiveEffects,performWorkOnRoot,evaluate',
).split(',');

const nextMark = (page: Page, since: number, timeout?: number) =>
  markAfter(page, MARK, since, timeout);

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const r = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
}
const KEYS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];
const diff = (a: Metrics, b: Metrics) =>
  KEYS.map((k) => `${k.replace('Duration', '')} ${((b[k] - a[k]) * 1000).toFixed(0)}`).join(', ');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
function topSelf(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  n = 25,
) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i])!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  // Inclusive time of named functions (a recursive function counts once per sample).
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const incl = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName;
      if (INCLUSIVE.includes(name) && !seen.has(name)) {
        seen.add(name);
        incl.set(name, (incl.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  }
  for (const name of INCLUSIVE) top.push([`[inclusive] ${name}`, incl.get(name) ?? 0]);
  return top;
}

async function entries(page: Page, since: number) {
  return page.evaluate((t) => {
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const res = performance
      .getEntriesByType('resource')
      .map(
        (e) =>
          `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}→${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`,
      );
    const own = performance
      .getEntries()
      .filter((e) => e.name.startsWith('atlas:') && e.startTime >= t)
      .map(
        (e) =>
          `${e.name} @${e.startTime.toFixed(0)}${e.duration ? ` (${e.duration.toFixed(1)} ms)` : ''}`,
      );
    return {
      nav: nav
        ? `domInteractive ${nav.domInteractive.toFixed(0)}, DCL ${nav.domContentLoadedEventEnd.toFixed(0)}`
        : '',
      res,
      own,
    };
  }, since);
}

async function first(browser: Browser, base: string, id: string, profile: boolean) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await ctx.addInitScript('window.__name = (f) => f;');
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const m0 = await metrics(cdp);
  await page.goto(`${base}#/model/${id}`);
  const t = await nextMark(page, 0);
  const m1 = await metrics(cdp);
  const e = await entries(page, 0);
  let top: [string, number][] = [];
  if (profile) top = topSelf(((await cdp.send('Profiler.stop')) as { profile: never }).profile);
  await ctx.close();
  return { t, m: diff(m0, m1), e, top };
}

async function main() {
  const port = await freePort();
  const preview = await startPreview(DIST, port);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();
  try {
    for (const id of FIRST) {
      const ts: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await first(browser, base, id, PROFILE && i === RUNS - 1);
        ts.push(r.t);
        if (i === RUNS - 1) {
          console.log(
            `\n== first diagram ${id}: ${ts.map((x) => x.toFixed(0)).join(', ')} → median ${median(ts).toFixed(0)} ms`,
          );
          console.log(`   browser: ${r.m}`);
          console.log(`   ${r.e.nav}; ${r.e.res.join('; ')}`);
          for (const x of r.e.own) console.log(`   ${x}`);
          for (const [k, v] of r.top) console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
        }
      }
    }
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await ctx.addInitScript('window.__name = (f) => f;');
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${base}#/model/vgg16`);
    await nextMark(page, 0);
    const per = new Map<string, number[]>(SWITCH.map((p) => [p, []]));
    for (let i = 0; i < RUNS; i++)
      for (const id of SWITCH) {
        const last = i === RUNS - 1;
        if (last && PROFILE) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const m0 = await metrics(cdp);
        const t0 = await page.evaluate((target) => {
          const t = performance.now();
          location.hash = `#/model/${target}`;
          return t;
        }, id);
        const t = (await nextMark(page, t0)) - t0;
        await page.waitForSelector(`[data-model="${id}"]`);
        per.get(id)!.push(t);
        if (last) {
          const m1 = await metrics(cdp);
          const e = await entries(page, t0);
          console.log(
            `\n== switch → ${id}: ${per
              .get(id)!
              .map((x) => x.toFixed(0))
              .join(', ')} → median ${median(per.get(id)!).toFixed(0)} ms`,
          );
          console.log(`   browser (incl. until selector): ${diff(m0, m1)}`);
          for (const x of e.own)
            console.log(`   ${x.replace(/@(\d+)/, (_, v) => `+${(Number(v) - t0).toFixed(0)}`)}`);
          if (PROFILE) {
            const top = topSelf(
              ((await cdp.send('Profiler.stop')) as { profile: never }).profile,
              15,
            );
            for (const [k, v] of top) console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
          }
        }
      }
    await ctx.close();
  } finally {
    await browser.close();
    preview.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
