/**
 * Engine benchmark: for every catalog id, the time to build the spec, validate it and analyze it
 * in this process (median of several runs, after one warm-up), and the leaf count. Prints figures;
 * asserts nothing. Usage: npm run -s bench:engine [-- runs]
 */
import { buildModel, listIds } from '../src/catalog/index';
import { analyze, parseSpec } from '../src/engine/index';

const runs = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows: [string, number, number, number][] = [];
for (const id of listIds()) {
  const once = () => {
    const t0 = performance.now();
    const a = analyze(parseSpec(buildModel(id)));
    return [performance.now() - t0, a.layers.length] as const;
  };
  const [cold, leaves] = once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(once()[0]);
  rows.push([id, leaves, cold, median(times)]);
}
console.log(
  `${'id'.padEnd(34)} ${'leaves'.padStart(7)} ${'first ms'.padStart(9)} ${'median ms'.padStart(10)}   (target: < 1000 ms each)`,
);
for (const [id, leaves, cold, med] of rows) {
  console.log(
    `${id.padEnd(34)} ${String(leaves).padStart(7)} ${cold.toFixed(1).padStart(9)} ${med.toFixed(1).padStart(10)}`,
  );
}
const worst = rows.reduce((a, b) => (b[3] > a[3] ? b : a));
console.log(`\nslowest: ${worst[0]} at ${worst[3].toFixed(1)} ms (median of ${runs})`);
