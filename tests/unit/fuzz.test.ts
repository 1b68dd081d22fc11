/**
 * The fuzz suite (see tests/fuzz/specs.ts for the property): mutated catalog specs with a fixed
 * seed, and the targeted hostile shapes. `npm run fuzz` runs the same property on more cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGETED, check, fuzzCase, mutated } from '../fuzz/specs';

describe('fuzz: every spec analyzes with exact counts or ends as a SpecError', () => {
  it.each(TARGETED.map((t) => [t.name, t] as const))('%s', (_name, t) => {
    expect(check(t.spec, t.input)).toBeUndefined();
  });

  it('2,000 mutated catalog specs (seed 8)', () => {
    fc.assert(
      fc.property(fuzzCase, (c) => check(mutated(c), c.input) === undefined),
      { seed: 8, numRuns: 2000 },
    );
    // About 2 s on an idle machine; the budget is for a machine shared with other jobs.
  }, 120_000);
});
