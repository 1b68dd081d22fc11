import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import type { Analysis } from '../../src/engine/index';
import { analyzeId } from '../helpers';

const macsOf = (a: Analysis, path: string): number => {
  const l = a.layers.find((x) => x.path === path);
  if (!l) throw new Error(`no layer ${path}`);
  return l.macs;
};

// CS231n 2017 Lecture 9, slides 53–54 (architectures.md §1.2): one module on a 28×28×256 input,
// every conv "same"-padded, so each branch product is 28·28·C_out·K·K·C_in.
const HW = 28 * 28;

describe('inception-naive-demo: the lecture’s naive module', () => {
  const a = analyzeId('inception-naive-demo');

  it('takes 28×28×256 and concatenates to 28×28×672 (128 + 192 + 96 + 256)', () => {
    expect(a.input).toEqual([256, 28, 28]);
    expect(a.output).toEqual([128 + 192 + 96 + 256, 28, 28]);
    expect(a.output).toEqual([672, 28, 28]);
  });

  it.each([
    // [branch conv, hand product] (slide 53)
    ['inception/branch1x1/conv', HW * 128 * 1 * 1 * 256, 25_690_112],
    ['inception/branch3x3/conv', HW * 192 * 3 * 3 * 256, 346_816_512],
    ['inception/branch5x5/conv', HW * 96 * 5 * 5 * 256, 481_689_600],
  ])('%s: %i multiplies', (path, hand, printed) => {
    expect(hand).toBe(printed);
    expect(macsOf(a, path)).toBe(hand);
  });

  it('totals 854,196,224 multiplies: the slide’s "854M ops" (the pool adds none)', () => {
    const sum = 25_690_112 + 346_816_512 + 481_689_600;
    expect(sum).toBe(854_196_224);
    expect(a.totals.macs).toBe(sum);
    expect(macsOf(a, 'inception/branchPool/pool')).toBe(0);
    expect(Math.round(a.totals.macs / 1e6)).toBe(854);
  });
});

describe('inception-bottleneck-demo: 1×1 reducers of 64', () => {
  const a = analyzeId('inception-bottleneck-demo');

  // The slide’s six terms, each checked by hand.
  const terms: [string, number, number][] = [
    ['inception/branch3x3/reduce', HW * 64 * 1 * 1 * 256, 12_845_056], // [1×1 conv, 64]
    ['inception/branch5x5/reduce', HW * 64 * 1 * 1 * 256, 12_845_056], // [1×1 conv, 64]
    ['inception/branch1x1/conv', HW * 128 * 1 * 1 * 256, 25_690_112], // [1×1 conv, 128]
    ['inception/branch3x3/conv', HW * 192 * 3 * 3 * 64, 86_704_128], // [3×3 conv, 192] on 64 ch
    ['inception/branch5x5/conv', HW * 96 * 5 * 5 * 64, 120_422_400], // [5×5 conv, 96] on 64 ch
    ['inception/branchPool/proj', HW * 64 * 1 * 1 * 256, 12_845_056], // [1×1 conv, 64] after pool
  ];

  it.each(terms)('%s: %i multiplies', (path, hand, printed) => {
    expect(hand).toBe(printed);
    expect(macsOf(a, path)).toBe(hand);
  });

  it('outputs 28×28×480 (128 + 192 + 96 + 64)', () => {
    expect(a.output).toEqual([480, 28, 28]);
  });

  it('the engine’s total is the sum of the six terms: 271,351,808', () => {
    const sum = terms.reduce((s, t) => s + t[1], 0);
    expect(sum).toBe(271_351_808);
    expect(a.totals.macs).toBe(sum);
    // The module's own total is the whole network's (it is the only module).
    const module = a.modules.find((m) => m.path === 'inception')!;
    expect(module.totals.macs).toBe(sum);
  });

  it('the slide’s printed "Total: 358M ops" does not match its own six terms', () => {
    // 358,055,936 = 271,351,808 + 86,704,128: the 3×3 term counted twice (architectures.md §1.2).
    const sum = terms.reduce((s, t) => s + t[1], 0);
    const slideTotal = 358_055_936;
    expect(Math.round(slideTotal / 1e6)).toBe(358);
    expect(sum).not.toBe(slideTotal);
    expect(Math.round(sum / 1e6)).not.toBe(358);
    expect(slideTotal - sum).toBe(86_704_128);
    // The saving is 3.1×, not the 854/358 = 2.4× the slides imply.
    expect(Math.round((854_196_224 / sum) * 10) / 10).toBe(3.1);
  });

  it('records the discrepancy in the preset’s notes', () => {
    const notes = buildModel('inception-bottleneck-demo').info!.notes!.join(' ');
    expect(notes).toContain('271,351,808');
    expect(notes).toContain('358');
    expect(notes).toContain('358,055,936');
  });
});

describe('the demo family’s knobs', () => {
  it('GoogLeNet module 3a: input 192, widths 64 / 96→128 / 16→32 / 32 (architectures.md §6)', () => {
    const a = analyzeId('inception-demo', {
      bottleneck: true,
      inChannels: 192,
      b1: 64,
      r3: 96,
      b3: 128,
      r5: 16,
      b5: 32,
      pp: 32,
    });
    expect(a.output).toEqual([256, 28, 28]);
    expect(a.totals.params).toBe(163_696); // §6 table, incl. biases
    expect(a.totals.macs).toBe(128_049_152);
  });

  it('GoogLeNet module 3b is the lecture’s bottleneck module with 128/32 reducers (§6)', () => {
    const a = analyzeId('inception-bottleneck-demo', { r3: 128, r5: 32 });
    expect(a.output).toEqual([480, 28, 28]);
    expect(a.totals.params).toBe(388_736);
    expect(a.totals.macs).toBe(304_267_264);
  });

  it('the reducer widths only matter with bottlenecks on', () => {
    const naive = analyzeId('inception-naive-demo');
    const same = analyzeId('inception-naive-demo', { r3: 7, r5: 9, pp: 11 });
    expect(same.totals.macs).toBe(naive.totals.macs);
    expect(same.layers.map((l) => l.path)).toEqual(naive.layers.map((l) => l.path));
  });

  it('the naive output depth is input + 1×1 + 3×3 + 5×5 widths, for any input depth', () => {
    for (const c of [3, 64, 480]) {
      const a = analyzeId('inception-naive-demo', { inChannels: c, size: 14 });
      expect(a.output).toEqual([c + 128 + 192 + 96, 14, 14]);
      expect(a.totals.macs).toBe(14 * 14 * c * (128 + 192 * 9 + 96 * 25));
    }
  });

  it('size 1 still works (padding keeps every window inside); size 0 is a bad knob', () => {
    expect(analyzeId('inception-naive-demo', { size: 1 }).output).toEqual([672, 1, 1]);
    expect(() => analyzeId('inception-naive-demo', { size: 0 })).toThrow(
      'Input size (size) must be at least 1, got "0"',
    );
  });
});
