/**
 * Layout golden check: every geometry src/layout computes, for every catalog id, as one SHA-256
 * per case, so a refactor of the layout code can be shown to move nothing.
 *
 *   npx tsx scripts/layout-golden.ts > /tmp/before.txt     # before the change
 *   npx tsx scripts/layout-golden.ts > /tmp/after.txt      # after it
 *   diff /tmp/before.txt /tmp/after.txt                    # empty: identical geometry
 *   npx tsx scripts/layout-golden.ts --dump DIR            # also write each case as JSON
 *
 * Cases per id: the graph layout in the default, fully expanded and fully collapsed views; the
 * bar columns, bar chart (two widths, linear and log scales), cumulative curves; the stacked
 * volumes (what is drawn, and its arrangement in two panel sizes with the fit transform and text
 * boxes). Numbers are hashed at full precision (no rounding): moving code must not change a bit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, listIds } from '../src/catalog/index';
import { analyze, parseSpec, type Analysis, type Conventions } from '../src/engine/index';
import { allModules, defaultExpanded, layoutGraph, visibleNodes } from '../src/layout/graph';
import '../src/layout/graph/with-dagre'; // dagre at once (the app loads it on demand)
import { barColumns, layoutBars, layoutCumulative, rowScale } from '../src/layout/bars';
import {
  arrangeVolumes,
  boxRect,
  fitTransform,
  layoutVolumes,
  textBoxes,
} from '../src/layout/volumes';

const dumpAt = process.argv.indexOf('--dump');
const dumpDir = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;
if (dumpDir) mkdirSync(dumpDir, { recursive: true });

function emit(name: string, value: unknown): void {
  const json = JSON.stringify(value);
  console.log(`${name} ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
  if (dumpDir) writeFileSync(join(dumpDir, `${name.replace(/[^\w.-]/g, '_')}.json`), json);
}

const conventions: Conventions[] = [
  { compute: 'macs', precision: 'fp32', batch: 1 },
  { compute: 'flops', precision: 'fp16', batch: 8 },
];

function charts(id: string, a: Analysis): void {
  for (const [k, c] of conventions.entries()) {
    emit(`${id} columns c${k}`, barColumns(a, c));
    emit(`${id} columns c${k} max40`, barColumns(a, c, 40));
    for (const width of [1200, 520])
      for (const scale of ['linear', 'log'] as const) {
        const bars = layoutBars(a, c, {
          width,
          scale,
          titleWidth: (r) => 60 + r.name.length * 6.4,
        });
        emit(`${id} bars c${k} ${width} ${scale}`, bars);
        const cum = layoutCumulative(bars);
        emit(`${id} cumulative c${k} ${width} ${scale}`, {
          ...cum,
          y: [0, 0.3, 1].map((s) => cum.yOf(s)),
        });
        const values = bars.columns.map((col) => col.values.memory);
        const sc = rowScale('memory', values, scale, 200, 20);
        emit(`${id} scale c${k} ${width} ${scale}`, {
          ...sc,
          y: [0, 1, ...values.slice(0, 20)].map((v) => sc.y(v)),
        });
      }
  }
}

function volumes(id: string, a: Analysis): void {
  const set = layoutVolumes(a);
  emit(`${id} volumes`, set);
  emit(`${id} volumes budget12`, layoutVolumes(a, { budget: 12 }));
  for (const [w, h, stageBreaks] of [
    [1100, 520, true],
    [640, 700, false],
  ] as const) {
    const l = arrangeVolumes(set, w, h, { stageBreaks });
    emit(`${id} arrange ${w}x${h}`, {
      ...l,
      set: undefined,
      fit: fitTransform(l, w, h),
      text: l.volumes.map(textBoxes),
      boxes: l.volumes.map(boxRect),
    });
  }
}

const ids = process.argv
  .slice(2)
  .filter((x, i, all) => !x.startsWith('--') && all[i - 1] !== '--dump');
for (const id of ids.length ? ids : listIds()) {
  const a = analyze(parseSpec(JSON.parse(JSON.stringify(buildModel(id)))));
  const views: [string, ReadonlySet<string>][] = [
    ['default', defaultExpanded(a)],
    ['all', allModules(a)],
    ['none', new Set()],
  ];
  for (const [view, expanded] of views) {
    emit(`${id} visible ${view}`, visibleNodes(a, expanded));
    emit(`${id} graph ${view}`, layoutGraph(a, expanded));
  }
  emit(
    `${id} graph default wide`,
    layoutGraph(a, defaultExpanded(a, 60), { charWidth: 7, rankSep: 30 }),
  );
  charts(id, a);
  volumes(id, a);
}
