/**
 * Computed training memory vs the H200 measurements for all 37 measured networks: the step peak
 * above weights, gradients and momentum (SGD with momentum, batch 32, fp32), and for five networks
 * the bytes autograd keeps per image. Prints figures; asserts nothing.
 * Usage: npx tsx scripts/memory-vs-gpu.ts
 */
import { gpuMemoryRows } from '../src/cli/gpu-memory';

const rows = gpuMemoryRows();
const pct = (d: number) => `${d >= 0 ? '+' : ''}${(d * 100).toFixed(1)} %`;
console.log(
  `${'network'.padEnd(24)} ${'measured MiB'.padStart(12)} ${'computed MiB'.padStart(12)} ${'kept MiB'.padStart(9)} ${'diff'.padStart(8)}  peak during`,
);
let within = 0;
for (const r of rows) {
  if (r.computedMiB === undefined) {
    console.log(
      `${r.id.padEnd(24)} ${r.measuredMiB.toFixed(1).padStart(12)} ${'—'.padStart(12)} ${'—'.padStart(9)} ${'—'.padStart(8)}  (no catalog id)`,
    );
    continue;
  }
  if (Math.abs(r.diff!) <= 0.1) within++;
  console.log(
    `${r.id.padEnd(24)} ${r.measuredMiB.toFixed(1).padStart(12)} ${r.computedMiB.toFixed(1).padStart(12)} ${r.keptMiB!.toFixed(1).padStart(9)} ${pct(r.diff!).padStart(8)}  ${r.peakAt}`,
  );
}
console.log(`\nwithin 10 %: ${within} of ${rows.length}`);
console.log(
  `\n${'network'.padEnd(24)} ${'kept B/image measured'.padStart(22)} ${'computed'.padStart(12)} ${'diff'.padStart(8)}`,
);
for (const r of rows) {
  if (r.savedMeasured === undefined) continue;
  console.log(
    `${r.id.padEnd(24)} ${r.savedMeasured.toLocaleString('en').padStart(22)} ${r.savedComputed!.toLocaleString('en').padStart(12)} ${pct(r.savedComputed! / r.savedMeasured - 1).padStart(8)}`,
  );
}
