/**
 * Layout timing in Node (no drawing): default and fully expanded layouts of the largest catalog
 * graphs. `npx tsx scripts/layout-timing.ts [ids...]`. Prints milliseconds (median of 3 runs
 * after one warm-up, so the second figure shows the per-shape layout cache at work).
 */
import { buildModel } from '../src/catalog/index';
import { analyze, parseSpec } from '../src/engine/index';
import { allModules, defaultExpanded, layoutGraph, visibleNodes } from '../src/layout/graph';
import '../src/layout/graph/with-dagre'; // dagre at once (the app loads it on demand)

const ids = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'vgg16',
      'googlenet',
      'resnet50',
      'densenet121',
      'resnet1202-cifar',
      'densenet264',
      'nasnet-a-large',
    ];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const id of ids) {
  const a = analyze(parseSpec(JSON.parse(JSON.stringify(buildModel(id)))));
  const d = defaultExpanded(a);
  const all = allModules(a);
  const t0 = performance.now();
  const cold = layoutGraph(a, all);
  const coldMs = performance.now() - t0;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    layoutGraph(a, all);
    runs.push(performance.now() - t);
  }
  const td = performance.now();
  layoutGraph(a, d);
  const defMs = performance.now() - td;
  console.log(
    `${id.padEnd(18)} leaves ${String(a.layers.length).padStart(5)}  default ${String(visibleNodes(a, d).length).padStart(4)} nodes ${defMs.toFixed(0).padStart(4)} ms  |  all ${String(cold.nodes.length).padStart(5)} nodes ${String(cold.edges.length).padStart(5)} edges: first ${coldMs.toFixed(0).padStart(5)} ms, again ${median(runs).toFixed(0).padStart(4)} ms`,
  );
}
