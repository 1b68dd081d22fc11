/**
 * The spec fuzzer at a larger count: `npm run fuzz [-- cases [seed]]` (default 10,000 cases,
 * seed 8). Prints the cases run, the slowest case and its time, and the first failure with its
 * reproducer (a mutated catalog spec) if any; exits 1 on a failure.
 */
import fc from 'fast-check';
import { TARGETED, check, fuzzCase, mutated, type FuzzCase } from '../tests/fuzz/specs';

const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 8);
let slowest = { ms: 0, c: undefined as FuzzCase | undefined };
let failures = 0;
for (const t of TARGETED) {
  const problem = check(t.spec, t.input);
  if (problem) {
    failures++;
    console.log(`targeted "${t.name}": ${problem}`);
  }
}
const t0 = performance.now();
const result = fc.check(
  fc.property(fuzzCase, (c) => {
    const start = performance.now();
    const problem = check(mutated(c), c.input);
    const ms = performance.now() - start;
    if (ms > slowest.ms) slowest = { ms, c };
    if (problem) throw new Error(problem);
    return true;
  }),
  { seed, numRuns: cases },
);
const total = performance.now() - t0;
console.log(
  `${result.numRuns} mutated cases + ${TARGETED.length} targeted, seed ${seed}: ${(total / 1000).toFixed(1)} s`,
);
console.log(
  `slowest case: ${slowest.ms.toFixed(0)} ms (${JSON.stringify(slowest.c).slice(0, 300)})`,
);
if (result.failed) {
  failures++;
  console.log(`FAILED after ${result.numRuns} runs: ${String(result.errorInstance)}`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample).slice(0, 2000)}`);
}
process.exitCode = failures ? 1 : 0;
