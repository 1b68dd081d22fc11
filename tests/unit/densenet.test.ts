import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { isSpecError } from '../../src/engine/index';
import { analyzeId, convFc, refConvFc, torchReference } from '../helpers';

describe('densenet121 against torchvision', () => {
  // Source: tests/fixtures/torch-reference-subset.json "densenet121" (torchvision 0.26).
  const ref = torchReference('densenet121');
  const a = analyzeId('densenet121');

  it('totals equal torchvision to the last parameter, MAC and buffer', () => {
    expect(a.totals.params).toBe(ref.params); // 7,978,856
    expect(a.totals.macs).toBe(ref.macs); // 2,834,161,664
    expect(a.totals.buffers).toBe(ref.bn_running_stats); // 83,648 BN running means + variances
    expect(a.output).toEqual([1000]);
  });

  it('every conv and fc layer has torchvision’s shape, params and MACs, in order', () => {
    const ours = convFc(a).map((l) => [l.out, l.params, l.macs]);
    const theirs = refConvFc(ref).map((l) => [l.out, l.params, l.macs]);
    expect(ours.length).toBe(121); // 120 convs + 1 FC: the "121" weight layers
    expect(ours).toEqual(theirs);
  });

  it('batch-norm parameters equal torchvision’s params_bn', () => {
    const bnParams = a.layers.filter((l) => l.op === 'bn').reduce((s, l) => s + l.params, 0);
    expect(bnParams).toBe(ref.params_bn); // 83,648
  });

  it('each dense layer is a concat of an empty identity branch and the new features', () => {
    const m = a.modules.find((x) => x.path === 'features/denseblock1/denselayer3')!;
    expect(m.kind).toBe('dense-layer');
    // 64 initial + 2·32 from layers 1–2 = 128 in, +32 → 160 out (architectures.md §13.1 rule).
    expect(m.inShapes).toEqual([[128, 56, 56]]);
    expect(m.out).toEqual([160, 56, 56]);
    const concat = a.layers.find((l) => l.path === 'features/denseblock1/denselayer3/concat')!;
    expect(concat.inShapes).toEqual([
      [128, 56, 56],
      [32, 56, 56],
    ]);
  });
});

/** Channels after each dense block and transition, read from the modules of the analysis. */
function channelTrace(id: string): number[] {
  const a = analyzeId(id);
  return a.modules
    .filter((m) => m.kind === 'dense-block' || m.kind === 'transition')
    .map((m) => m.out[0]);
}

describe('DenseNet totals', () => {
  // [id, params, MACs, source]
  const rows: [string, number, number, string][] = [
    ['densenet121', 7_978_856, 2_834_161_664, 'torchvision num_params; fixture MACs'],
    ['densenet161', 28_681_000, 7_727_907_072, 'torchvision num_params; _ops 7.728 G'],
    ['densenet169', 14_149_480, 3_359_843_328, 'torchvision num_params; _ops 3.360 G'],
    ['densenet201', 20_013_928, 4_291_365_888, 'torchvision num_params; _ops 4.291 G'],
    ['densenet264', 33_337_704, 5_751_653_376, 'architectures.md §13.1 calc: 33,337,704, 5.752 G'],
    ['densenet-bc-100-12', 769_162, 287_929_692, 'architectures.md §13.2 calc: 769,162, 287.9 M'],
  ];
  it.each(rows)('%s has %i params and %i MACs (%s)', (id, params, macs) => {
    const a = analyzeId(id);
    expect(a.totals.params).toBe(params);
    expect(a.totals.macs).toBe(macs);
  });

  it('Keras-style totals add the BN running stats (architectures.md §0.4/§13.1)', () => {
    // Keras DenseNet121 8,062,504; DenseNet169 14,307,880; DenseNet201 20,242,984.
    for (const [id, keras] of [
      ['densenet121', 8_062_504],
      ['densenet169', 14_307_880],
      ['densenet201', 20_242_984],
    ] as const) {
      const t = analyzeId(id).totals;
      expect(t.params + t.buffers).toBe(keras);
    }
  });
});

describe('DenseNet-BC channel counts per block and transition', () => {
  // architectures.md §13.1 table "channels after each block (→ after transition)".
  it.each([
    ['densenet121', [256, 128, 512, 256, 1024, 512, 1024]],
    ['densenet169', [256, 128, 512, 256, 1280, 640, 1664]],
    ['densenet201', [256, 128, 512, 256, 1792, 896, 1920]],
    ['densenet264', [256, 128, 512, 256, 2304, 1152, 2688]],
    // Hand: 96 + 6·48 = 384 → 192 → +12·48 = 768 → 384 → +36·48 = 2112 → 1056 → +24·48 = 2208.
    ['densenet161', [384, 192, 768, 384, 2112, 1056, 2208]],
  ])('%s: %j', (id, trace) => {
    expect(channelTrace(id)).toEqual(trace);
  });

  it('densenet-bc-100-12: 24 → 216 → 108 → 300 → 150 → 342 (architectures.md §13.2)', () => {
    const a = analyzeId('densenet-bc-100-12');
    const stem = a.modules.find((m) => m.path === 'stem')!;
    expect([stem.out[0], ...channelTrace('densenet-bc-100-12')]).toEqual([
      24, 216, 108, 300, 150, 342,
    ]);
    // (100 − 4)/6 = 16 dense layers per block, 3 blocks.
    const blocks = a.modules.filter((m) => m.kind === 'dense-block');
    expect(blocks.map((m) => m.children.length)).toEqual([16, 16, 16]);
    // Resolutions 32 → 16 → 8; final global pool over 8×8, FC 342 → 10.
    expect(blocks.map((m) => m.out[1])).toEqual([32, 16, 8]);
    expect(a.output).toEqual([10]);
    expect(convFc(a).at(-1)!.params).toBe(342 * 10 + 10);
  });
});

describe('DenseNet variants from the knobs', () => {
  it('plain CIFAR DenseNet L = 40, k = 12: 1,019,722 params (architectures.md §13.2)', () => {
    const a = analyzeId('densenet', {
      layout: 'cifar',
      blocks: 'depth',
      depth: 40,
      growth: 12,
      bottleneck: false,
      compression: 1,
      initFeatures: 16,
      classes: 10,
    });
    expect(a.totals.params).toBe(1_019_722);
  });

  it('plain CIFAR DenseNet L = 100, k = 12: 6,979,642 params (architectures.md §13.2; README 7.0 M)', () => {
    const a = analyzeId('densenet', {
      layout: 'cifar',
      blocks: 'depth',
      depth: 100,
      growth: 12,
      bottleneck: false,
      compression: 1,
      initFeatures: 16,
      classes: 10,
    });
    expect(a.totals.params).toBe(6_979_642);
  });

  it('DenseNet-BC L = 250, k = 24 and L = 190, k = 40 (architectures.md §13.2)', () => {
    const bc = (depth: number, growth: number): number =>
      analyzeId('densenet', {
        layout: 'cifar',
        blocks: 'depth',
        depth,
        growth,
        initFeatures: 2 * growth,
        classes: 10,
      }).totals.params;
    expect(bc(250, 24)).toBe(15_324_406);
    expect(bc(190, 40)).toBe(25_624_430);
  });

  it('rejects a depth that is not 6n + 4 with the bottleneck, naming the rule', () => {
    try {
      buildModel('densenet-bc-100-12', { depth: 101 });
      expect.unreachable();
    } catch (e) {
      expect(isSpecError(e) && e.rule).toBe('bad-knob');
      expect((e as Error).message).toMatch(/L = 6n \+ 4/);
      expect((e as Error).message).toMatch(/Nearest valid: 100 or 106/);
    }
  });
});
