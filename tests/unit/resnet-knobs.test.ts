/**
 * Property tests over every knob of the residual families (resnet, resnext, resnet-cifar, wrn,
 * senet): random valid knob values build a network that analyzes and whose module totals add up;
 * invalid values give a bad-knob SpecError whose message says what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeId, expectBadKnob, expectModuleTotalsAddUp } from '../helpers';
import { families } from '../../src/catalog/index';
import { IMAGENET_LAYOUTS } from '../../src/catalog/resnet';
import type { KnobValue } from '../../src/catalog/types';
import type { Analysis } from '../../src/engine/index';

/** Build with knob values and analyze, at the spec's default input or at a square `size`. */
const run = (id: string, values: Record<string, KnobValue>, size?: number): Analysis =>
  analyzeId(id, values, size === undefined ? undefined : [3, size, size]);

const blocksPerStage = (a: Analysis) =>
  a.modules
    .filter((m) => m.kind === 'stage')
    .map((m) => a.modules.filter((x) => x.parent === m.path).length);

const KNOBS: Record<string, string[]> = {
  resnet: ['depth', 'block', 'stride', 'width', 'classes'],
  resnext: ['depth', 'cardinality', 'groupWidth', 'stride', 'classes'],
  'resnet-cifar': ['depth', 'block', 'activation', 'shortcut', 'survival', 'classes'],
  wrn: ['depth', 'k', 'dropout', 'classes'],
  senet: [
    'depth',
    'reduction',
    'cardinality',
    'groupWidth',
    'bottleneck',
    'stride',
    'stem',
    'downsampleKernel',
    'dropout',
    'classes',
  ],
};

describe('the families declare exactly the knobs these tests cover', () => {
  it.each(Object.entries(KNOBS))('%s', (id, keys) => {
    expect(families.get(id)!.knobs.map((k) => k.key)).toEqual(keys);
  });
});

describe('knob settings reproduce published networks (totals pinned to their sources)', () => {
  // [family, knob values, params, MACs (exact where the source is exact, else rounded), source]
  const rows: [string, Record<string, KnobValue>, number, number | string, string][] = [
    // torch-reference-subset.json "resnet50": params 25,557,032, MACs 4,089,184,256.
    ['resnet', { depth: 50 }, 25_557_032, 4_089_184_256, 'torchvision resnet50'],
    // architectures.md §8.1: v1 (stride on the first 1×1) has the same params, 3.858 G MACs.
    ['resnet', { depth: 50, stride: '1x1' }, 25_557_032, '3.858 G', 'architectures.md §8.1'],
    // torchvision wide_resnet50_2: 68,883,240 params, _ops 11.398 GFLOPS (= MACs).
    ['resnet', { depth: 50, width: 2 }, 68_883_240, '11.398 G', 'torchvision wide_resnet50_2'],
    // architectures.md §11: ResNeXt-101 32×4d 44,177,704 (= timm 44.18 M), 7.970 G.
    [
      'resnext',
      { depth: 101, cardinality: 32, groupWidth: 4 },
      44_177_704,
      '7.970 G',
      'architectures.md §11',
    ],
    // architectures.md §8.2: ResNet-110 with option-B projections 1,730,714; 253 M MACs (§9).
    ['resnet-cifar', { depth: 110, shortcut: 'B' }, 1_730_714, '253 M', 'architectures.md §8.2'],
    // architectures.md §10.1: WRN-16-8 10,961,370 params, 1.548 G; WRN-40-10 55,841,754, 8.074 G.
    ['wrn', { depth: 16, k: 8 }, 10_961_370, '1.548 G', 'architectures.md §10.1'],
    ['wrn', { depth: 40, k: 10 }, 55_841_754, '8.074 G', 'architectures.md §10.1'],
    // architectures.md §10.1: a CIFAR-100 head on WRN-28-10 gives 36,536,884.
    ['wrn', { classes: 100 }, 36_536_884, '5.243 G', 'architectures.md §10.1'],
    // architectures.md §12: SE-ResNet-50 28,088,024 (= timm legacy_seresnet50), 3.860 G.
    ['senet', { depth: 50 }, 28_088_024, '3.860 G', 'architectures.md §12'],
  ];
  it.each(rows)('%s %j: %d params, %s MACs (%s)', (id, values, params, macs) => {
    const a = run(id, values);
    expect(a.totals.params).toBe(params);
    if (typeof macs === 'number') expect(a.totals.macs).toBe(macs);
    else {
      // "3.858 G": the MACs rounded to the printed digits.
      const [digits, unit] = macs.split(' ');
      const scale = unit === 'G' ? 1e9 : 1e6;
      const decimals = digits.split('.')[1]?.length ?? 0;
      expect((a.totals.macs / scale).toFixed(decimals)).toBe(digits);
    }
  });

  it('ResNet-50 keeps BN running mean and variance apart: 53,120 buffers (torchvision)', () => {
    // torch-reference-subset.json "resnet50": bn_running_stats 53,120 = params_bn 53,120.
    expect(run('resnet', { depth: 50 }).totals.buffers).toBe(53_120);
  });
});

const classes = fc.integer({ min: 1, max: 2000 });
const stride = fc.constantFrom('3x3', '1x1');

describe('resnet (ImageNet) knobs', () => {
  it('any depth, block type, stride, width k (bottleneck) and input size gives a valid network', () => {
    const arb = fc
      .record({
        depth: fc.constantFrom(18, 34, 50, 101, 152),
        block: fc.constantFrom('auto', 'basic', 'bottleneck'),
        stride,
        width: fc.integer({ min: 1, max: 8 }),
        classes,
      })
      .map((v) => {
        const basic = v.block === 'basic' || (v.block === 'auto' && v.depth < 50);
        return basic ? { ...v, width: 1 } : v;
      });
    fc.assert(
      fc.property(arb, fc.integer({ min: 32, max: 256 }), (v, size) => {
        const a = run('resnet', v, size);
        expectModuleTotalsAddUp(a);
        expect(a.output).toEqual([v.classes]);
        expect(blocksPerStage(a)).toEqual([...IMAGENET_LAYOUTS[v.depth]]);
        // The stride placement moves MACs, never parameters (architectures.md §0.4).
        const other = run('resnet', { ...v, stride: v.stride === '3x3' ? '1x1' : '3x3' }, size);
        expect(other.totals.params).toBe(a.totals.params);
      }),
      { numRuns: 8 },
    );
  });

  it('width k with basic blocks is a bad knob', () => {
    expectBadKnob(
      'resnet',
      { depth: 18, width: 2 },
      /width factor k applies to bottleneck blocks only/,
    );
    expectBadKnob('resnet', { depth: 50, block: 'basic', width: 3 }, /got k = 3 with basic blocks/);
  });
});

describe('resnext knobs', () => {
  it('any cardinality C and width d: grouped width ⌊planes·d/64⌋·C, valid network', () => {
    fc.assert(
      fc.property(
        fc.record({
          depth: fc.constantFrom(50, 101, 152),
          cardinality: fc.integer({ min: 1, max: 64 }),
          groupWidth: fc.integer({ min: 1, max: 16 }),
          stride,
          classes,
        }),
        fc.integer({ min: 32, max: 160 }),
        (v, size) => {
          const a = run('resnext', v, size);
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([v.classes]);
          const conv2 = a.layers.find((l) => l.path === 'layer3/block2/conv2')!;
          expect(conv2.out[0]).toBe(Math.floor((256 * v.groupWidth) / 64) * v.cardinality);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('resnet-cifar knobs', () => {
  it('6n+2 / 9n+2 depths, both activations, both shortcuts, any survival p_L give valid networks', () => {
    fc.assert(
      fc.property(
        fc.record({
          block: fc.constantFrom('basic', 'bottleneck'),
          n: fc.integer({ min: 1, max: 8 }),
          activation: fc.constantFrom('post', 'pre'),
          shortcut: fc.constantFrom('A', 'B'),
          survival: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
          classes,
        }),
        fc.integer({ min: 8, max: 64 }),
        ({ n, ...v }, size) => {
          const depth = (v.block === 'basic' ? 6 : 9) * n + 2;
          const a = run('resnet-cifar', { ...v, depth }, size);
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([v.classes]);
          expect(blocksPerStage(a)).toEqual([n, n, n]);
          // Option A shortcuts never have parameters.
          if (v.shortcut === 'A')
            expect(
              a.modules.filter((m) => m.kind === 'shortcut').every((m) => m.totals.params === 0),
            ).toBe(true);
          // Stochastic depth: linear decay to p_L; E[blocks] = L − (1 − p_L)(L + 1)/2.
          const blocks = a.modules.filter((m) => m.kind === 'residual' || m.kind === 'bottleneck');
          if (v.survival < 1) {
            expect(blocks[blocks.length - 1].meta?.survival).toBeCloseTo(v.survival, 12);
            const L = 3 * n;
            expect(a.modules[0].meta?.expectedTrainingBlocks).toBeCloseTo(
              L - ((1 - v.survival) * (L + 1)) / 2,
              9,
            );
          } else expect(blocks.every((m) => m.meta === undefined)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('depths that are not 6n+2 (basic) or 9n+2 (bottleneck) are bad knobs with the rule', () => {
    expectBadKnob(
      'resnet-cifar',
      { depth: 21 },
      /depth must be 6n\+2 \(20, 32, 44, 56, 110, …\) for basic blocks, got 21/,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 2000 }).filter((d) => (d - 2) % 6 !== 0),
        (depth) => expectBadKnob('resnet-cifar', { depth }, new RegExp(`6n\\+2 .*got ${depth}$`)),
      ),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 2000 }).filter((d) => (d - 2) % 9 !== 0 || d < 11),
        (depth) =>
          expectBadKnob(
            'resnet-cifar',
            { depth, block: 'bottleneck' },
            new RegExp(
              `depth must be 9n\\+2 \\(11, 20, 164, 1001, …\\) for bottleneck blocks, got ${depth}$`,
            ),
          ),
      ),
      { numRuns: 30 },
    );
  });
});

describe('wrn knobs', () => {
  it('any depth 6N+4, width k and dropout gives a valid pre-activation network', () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.integer({ min: 1, max: 4 }),
          k: fc.integer({ min: 1, max: 8 }),
          dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
          classes,
        }),
        fc.integer({ min: 8, max: 64 }),
        ({ N, ...v }, size) => {
          const a = run('wrn', { ...v, depth: 6 * N + 4 }, size);
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([v.classes]);
          expect(blocksPerStage(a)).toEqual([N, N, N]);
          expect(a.modules.filter((m) => m.kind === 'stage').map((m) => m.out[0])).toEqual([
            16 * v.k,
            32 * v.k,
            64 * v.k,
          ]);
          const drops = a.layers.filter((l) => l.op === 'dropout').length;
          expect(drops).toBe(v.dropout > 0 ? 3 * N : 0);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('depths that are not 6N+4 are bad knobs', () => {
    expectBadKnob(
      'wrn',
      { depth: 27 },
      /depth must be 6N\+4 \(10, 16, 22, 28, 34, 40, …\), got 27/,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1000 }).filter((d) => (d - 4) % 6 !== 0),
        (depth) => expectBadKnob('wrn', { depth }, new RegExp(`6N\\+4 .*got ${depth}$`)),
      ),
      { numRuns: 20 },
    );
  });
});

describe('senet knobs', () => {
  const divisorsOf64 = [1, 2, 4, 8, 16, 32, 64];
  it('any valid depth, reduction, cardinality, width, bottleneck shape, stem and downsample kernel', () => {
    const arb = fc
      .record({
        depth: fc.constantFrom(18, 34, 50, 101, 152),
        reduction: fc.integer({ min: 1, max: 64 }),
        cardinality: fc.constantFrom(...divisorsOf64),
        groupWidth: fc.integer({ min: 1, max: 8 }),
        bottleneck: fc.constantFrom('resnext', 'senet154'),
        stride,
        stem: fc.constantFrom('7x7', '3x3'),
        downsampleKernel: fc.constantFrom(1, 3),
        dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
        classes,
      })
      .map((v) => {
        if (v.depth < 50) return { ...v, groupWidth: 64, bottleneck: 'resnext' };
        if (v.bottleneck === 'senet154') return { ...v, groupWidth: 2 * v.groupWidth };
        return v;
      });
    fc.assert(
      fc.property(arb, fc.integer({ min: 32, max: 160 }), (v, size) => {
        const a = run('senet', v, size);
        expectModuleTotalsAddUp(a);
        expect(a.output).toEqual([v.classes]);
        const ses = a.modules.filter((m) => m.kind === 'se');
        expect(ses.length).toBe(IMAGENET_LAYOUTS[v.depth].reduce((s, x) => s + x, 0));
        // Each SE module: fc1 C·⌊C/r⌋ + ⌊C/r⌋, fc2 ⌊C/r⌋·C + C (1×1 convs with bias).
        for (const se of ses) {
          const C = se.out[0];
          const h = Math.floor(C / v.reduction);
          expect(se.totals.params).toBe(2 * C * h + h + C);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('impossible combinations are bad knobs with a reason', () => {
    expectBadKnob(
      'senet',
      { depth: 18, reduction: 65 },
      /SE reduction r must be at most 64.*got 65/,
    );
    expectBadKnob('senet', { depth: 50, reduction: 257 }, /at most 256/);
    expectBadKnob(
      'senet',
      { depth: 34, groupWidth: 4 },
      /bottleneck width d applies to bottleneck blocks only/,
    );
    expectBadKnob('senet', { depth: 18, bottleneck: 'senet154' }, /needs bottleneck blocks/);
    expectBadKnob('senet', { depth: 18, cardinality: 3 }, /cardinality must divide 64/);
    expectBadKnob(
      'senet',
      { depth: 50, bottleneck: 'senet154', cardinality: 64, groupWidth: 3 },
      /even width per group d, got d = 3/,
    );
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 256 }), (r) =>
        expectBadKnob('senet', { depth: 34, reduction: r }, new RegExp(`got ${r}$`)),
      ),
      { numRuns: 10 },
    );
  });
});

describe('out-of-range and ill-typed values of every knob are bad knobs', () => {
  const cases: [string, string, KnobValue, RegExp][] = [];
  for (const id of Object.keys(KNOBS)) {
    for (const k of families.get(id)!.knobs) {
      if (k.kind === 'int' || k.kind === 'number') {
        cases.push([id, k.key, k.min! - 1, /must be at least/]);
        cases.push([id, k.key, k.max! + 1, /must be at most/]);
        cases.push([id, k.key, 'abc', /must be a number/]);
        if (k.kind === 'int') cases.push([id, k.key, k.min! + 0.5, /must be a whole number/]);
      } else if (k.kind === 'choice') {
        cases.push([id, k.key, 'bogus', /must be one of/]);
      }
    }
    cases.push([id, 'nonsense', 1, /has no knob "nonsense"/]);
  }
  it.each(cases)('%s: %s = %s', (id, key, value, message) => {
    expectBadKnob(id, { [key]: value }, message);
  });
});
