import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/layout/explain/common';
import { INCEPTION_FIELDS, inceptionLesson } from '../../src/layout/explain/inception';

// CS231n 2017 Lecture 9, slides 53–54, checked in architectures.md §1.2: one module on a
// 28×28×256 input, every conv "same"-padded, so each term is 28·28·C_out·K·K·C_in.
const HW = 28 * 28;

function lesson(over: Record<string, number> = {}) {
  const r = inceptionLesson({ ...defaults(INCEPTION_FIELDS), ...over });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('inception walk-through', () => {
  const l = lesson();

  it('naive module: three conv terms summing to 854,196,224 and an output 672 deep', () => {
    const terms = l.naive.branches.flatMap((b) => b.terms.map((t) => t.value));
    expect(terms).toEqual([
      HW * 128 * 1 * 1 * 256, // 25,690,112
      HW * 192 * 3 * 3 * 256, // 346,816,512 (the 28·28·192·3·3·256)
      HW * 96 * 5 * 5 * 256, // 481,689,600
    ]);
    expect(l.naive.branches[3].macs).toBe(0); // the pool multiplies nothing
    expect(l.naive.total).toBe(854_196_224);
    expect(l.naive.out).toEqual([128 + 192 + 96 + 256, 28, 28]); // the pool keeps all 256
    expect(l.naive.branches[3].out[0]).toBe(256);
  });

  it('shows the engine’s arithmetic with the numbers for each term', () => {
    const t = l.naive.branches[1].terms[0];
    expect(t.expression).toBe('28·28·192·256·3·3');
    expect(t.value).toBe(346_816_512);
  });

  it('bottleneck module: the slide’s six terms and 271,351,808, output 480 deep', () => {
    const terms = l.bottleneck.branches.map((b) => b.terms.map((t) => t.value));
    expect(terms).toEqual([
      [HW * 128 * 256], // 1×1, 128: 25,690,112
      [HW * 64 * 256, HW * 192 * 9 * 64], // 3×3 reduce 12,845,056; 3×3 on 64: 86,704,128
      [HW * 64 * 256, HW * 96 * 25 * 64], // 5×5 reduce 12,845,056; 5×5 on 64: 120,422,400
      [HW * 64 * 256], // pool projection 12,845,056
    ]);
    expect(terms.flat()).toEqual([
      25_690_112, 12_845_056, 86_704_128, 12_845_056, 120_422_400, 12_845_056,
    ]);
    expect(l.bottleneck.total).toBe(271_351_808);
    expect(l.bottleneck.out[0]).toBe(128 + 192 + 96 + 64);
    expect(l.ratio).toBeCloseTo(854_196_224 / 271_351_808, 12); // 3.15×, not 854/358 = 2.4×
  });

  it('the lecture’s "358M" is the six terms with the 3×3 term counted twice: 358,055,936', () => {
    expect(l.lecture.repeated.value).toBe(86_704_128);
    expect(l.lecture.value).toBe(271_351_808 + 86_704_128);
    expect(l.lecture.value).toBe(358_055_936);
  });

  it('follows edited widths: 14×14 input, 3×3 reduce 32 (GoogLeNet 4a-like)', () => {
    const e = lesson({ size: 14, r3: 32 });
    // 3×3 reduce on 14×14: 14·14·32·256 = 1,605,632; 3×3 conv on 32: 14·14·192·32·9 = 10,838,016.
    expect(e.bottleneck.branches[1].terms.map((t) => t.value)).toEqual([1_605_632, 10_838_016]);
    expect(e.naive.total).toBe(854_196_224 / 4); // every term scales with H·W
  });

  it('says which layer broke which rule instead of drawing nothing', () => {
    const r = inceptionLesson({ ...defaults(INCEPTION_FIELDS), b1: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/1×1 filters \(b1\) must be at least 1/);
  });
});
