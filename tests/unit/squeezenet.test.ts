import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { fireWidths } from '../../src/catalog/squeezenet';
import { isSpecError } from '../../src/engine/index';
import { analyzeId, convFc, refConvFc, torchReference } from '../helpers';

describe('squeezenet1.0 against torchvision squeezenet1_0', () => {
  // Source: tests/fixtures/torch-reference-subset.json "squeezenet1_0" (torchvision 0.26).
  const ref = torchReference('squeezenet1_0');
  const a = analyzeId('squeezenet1.0');

  it('totals equal torchvision', () => {
    expect(a.totals.params).toBe(ref.params); // 1,248,424
    expect(a.totals.macs).toBe(ref.macs); // 818,924,576
    expect(a.totals.buffers).toBe(ref.bn_running_stats); // 0: no batch norm
    expect(a.output).toEqual([1000]);
  });

  it('every conv has torchvision’s shape, params and MACs, in order', () => {
    const ours = convFc(a).map((l) => [l.out, l.params, l.macs]);
    const theirs = refConvFc(ref).map((l) => [l.out, l.params, l.macs]);
    expect(ours.length).toBe(26); // conv1 + 8 fire × 3 + conv10
    expect(ours).toEqual(theirs);
  });

  it('max pools (ceil mode) give 54, 27, 13 like torchvision', () => {
    const pools = a.layers.filter((l) => l.op === 'pool' && !l.path.endsWith('pool10'));
    const theirs = ref.layers.filter((l) => l.type === 'MaxPool2d').map((l) => l.out);
    expect(pools.map((l) => l.out)).toEqual(theirs); // [96,54,54], [256,27,27], [512,13,13]
  });

  it('per-fire-module params equal the paper’s Table 1 (architectures.md §15)', () => {
    const fires = a.modules.filter((m) => m.kind === 'fire').map((m) => m.totals.params);
    expect(fires).toEqual([11920, 12432, 45344, 49440, 104880, 111024, 188992, 197184]);
  });
});

describe('SqueezeNet totals', () => {
  // [id, params, MACs] — torchvision num_params and _ops (0.819 / 0.349 GMACs), architectures.md §15.
  it.each([
    ['squeezenet1.0', 1_248_424, 818_924_576],
    ['squeezenet1.1', 1_235_496, 349_151_936],
  ] as const)('%s: %i params, %i MACs', (id, params, macs) => {
    const a = analyzeId(id);
    expect(a.totals.params).toBe(params);
    expect(a.totals.macs).toBe(macs);
  });

  it('v1.1 layer walk of architectures.md §15: conv1 1,792 → 111, pools to 55, 27, 13', () => {
    const a = analyzeId('squeezenet1.1');
    const conv1 = a.layers.find((l) => l.path === 'features/conv1')!;
    expect([conv1.out, conv1.params]).toEqual([[64, 111, 111], 1792]);
    const pools = a.layers.filter((l) => l.op === 'pool' && !l.path.endsWith('pool10'));
    expect(pools.map((l) => l.out[1])).toEqual([55, 27, 13]);
    const fires = a.modules.filter((m) => m.kind === 'fire').map((m) => m.totals.params);
    expect(fires).toEqual([11408, 12432, 45344, 49440, 104880, 111024, 188992, 197184]);
  });

  it('Caffe v1.0 at 227 with conv10 pad 1: 861.3 M MACs, 1.72 GFLOPs = 2 × MACs (§15)', () => {
    // Our build is torchvision's (conv10 pad 0); at 227 its conv10 sees 13×13 instead of Caffe's 15×15.
    // Hand: Caffe − ours = 1000·512·(15² − 13²) = 28,672,000 MACs.
    const a = analyzeId('squeezenet1.0', {}, [3, 227, 227]);
    const caffe = a.totals.macs + 1000 * 512 * (15 * 15 - 13 * 13);
    expect(caffe).toBe(861_339_936); // hand sum; rounds to §15's 861.3 M
    expect(Math.round((2 * caffe) / 1e7) / 100).toBe(1.72); // forresti/SqueezeNet README "1.72 GFLOPS"
  });

  it('v1.1 at 227: 387.7 M MACs (architectures.md §15, Caffe crop)', () => {
    const a = analyzeId('squeezenet1.1', {}, [3, 227, 227]);
    expect(Math.round(a.totals.macs / 1e5) / 10).toBe(387.7);
  });
});

describe('SqueezeNet design-space knobs (paper §5)', () => {
  it('SR = 0.125, pct = 0.5 give the paper’s fire widths', () => {
    const w = fireWidths(0.125, 0.5).map((f) => [f.squeeze, f.expand1, f.expand3]);
    expect(w).toEqual([
      [16, 64, 64],
      [16, 64, 64],
      [32, 128, 128],
      [32, 128, 128],
      [48, 192, 192],
      [48, 192, 192],
      [64, 256, 256],
      [64, 256, 256],
    ]);
  });

  it('SR = 0.75 makes fire2’s squeeze 96 and fire9’s 384 (e = 128 … 512)', () => {
    const w = fireWidths(0.75, 0.5);
    expect([w[0].squeeze, w[7].squeeze]).toEqual([96, 384]);
  });

  it.each([
    [{ squeezeRatio: 0.3 }, /SR·128 must be a whole number/],
    [{ pct3x3: 0.3 }, /pct·128 must be a whole number/],
    [{ version: '2.0' }, /must be one of 1\.0, 1\.1/],
  ])('rejects %j with a clear message', (values, message) => {
    try {
      buildModel('squeezenet1.0', values);
      expect.unreachable();
    } catch (e) {
      expect(isSpecError(e) && e.rule).toBe('bad-knob');
      expect((e as Error).message).toMatch(message);
    }
  });
});
