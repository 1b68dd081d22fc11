/**
 * Property tests over every knob of the DenseNet, SqueezeNet and FractalNet families: random
 * valid knob values build a network that analyzes and whose module totals add up; invalid values
 * give a bad-knob SpecError whose message says what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeId, expectBadKnob, expectModuleTotalsAddUp } from '../helpers';
import { families } from '../../src/catalog/index';
import type { KnobValue } from '../../src/catalog/types';
import { isSpecError, type Analysis, type Shape } from '../../src/engine/index';

/** Build with knob values and analyze, at the spec's default input or at `input` ([C, H, W]). */
const run = (id: string, values: Record<string, KnobValue>, input?: Shape): Analysis =>
  analyzeId(id, values, input);

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

describe('DenseNet knobs', () => {
  it('the family declares exactly the knobs these tests cover', () => {
    expect(families.get('densenet')!.knobs.map((k) => k.key)).toEqual([
      'layout',
      'blocks',
      'depth',
      'block1',
      'block2',
      'block3',
      'block4',
      'growth',
      'compression',
      'bottleneck',
      'initFeatures',
      'classes',
    ]);
  });

  it('custom block sizes: valid values analyze, channels follow c + n·k and ⌊c·θ⌋', () => {
    fc.assert(
      fc.property(
        fc.record({
          layout: fc.constantFrom('imagenet', 'cifar'),
          sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
          growth: fc.integer({ min: 4, max: 40 }),
          compression: fc.double({ min: 0.25, max: 1, noNaN: true }),
          bottleneck: fc.boolean(),
          initFeatures: fc.integer({ min: 4, max: 96 }),
          classes: fc.integer({ min: 1, max: 2000 }),
        }),
        (r) => {
          const [block1, block2 = 0, block3 = 0, block4 = 0] = r.sizes;
          const a = run('densenet', {
            layout: r.layout,
            blocks: 'custom',
            block1,
            block2,
            block3,
            block4,
            growth: r.growth,
            compression: r.compression,
            bottleneck: r.bottleneck,
            initFeatures: r.initFeatures,
            classes: r.classes,
          });
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([r.classes]);
          // Expected channel trace, by hand from the rules in architectures.md §13.1.
          const trace: number[] = [];
          let c = r.initFeatures;
          r.sizes.forEach((n, i) => {
            c += n * r.growth;
            trace.push(c);
            if (i < r.sizes.length - 1) {
              c = Math.floor(c * r.compression);
              trace.push(c);
            }
          });
          const got = a.modules
            .filter((m) => m.kind === 'dense-block' || m.kind === 'transition')
            .map((m) => m.out[0]);
          expect(got).toEqual(trace);
          // Convs: stem + (2 or 1) per dense layer + one per transition.
          const perLayer = r.bottleneck ? 2 : 1;
          expect(a.totals.convs).toBe(1 + perLayer * sum(r.sizes) + r.sizes.length - 1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('depth L (CIFAR): L = 6n + 4 with the bottleneck, 3n + 4 without, gives 3 blocks of n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.integer({ min: 2, max: 24 }),
        (n, bottleneck, growth) => {
          const depth = (bottleneck ? 6 : 3) * n + 4;
          const a = run('densenet', {
            layout: 'cifar',
            blocks: 'depth',
            depth,
            bottleneck,
            growth,
            initFeatures: 2 * growth,
            classes: 10,
          });
          expectModuleTotalsAddUp(a);
          const blocks = a.modules.filter((m) => m.kind === 'dense-block');
          expect(blocks.map((m) => m.children.length)).toEqual([n, n, n]);
          // L counts every conv and the FC.
          expect(a.totals.convs + a.totals.fcs).toBe(depth);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('the paper configurations analyze under any growth rate, compression and head', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('6-12-24-16', '6-12-36-24', '6-12-32-32', '6-12-48-32', '6-12-64-48'),
        fc.constantFrom('imagenet', 'cifar'),
        fc.integer({ min: 4, max: 48 }),
        fc.constantFrom(0.5, 1, 0.75),
        (blocks, layout, growth, compression) => {
          const a = run('densenet', { blocks, layout, growth, compression, classes: 10 });
          expectModuleTotalsAddUp(a);
          const layers = blocks.split('-').map(Number);
          expect(a.modules.filter((m) => m.kind === 'dense-layer').length).toBe(sum(layers));
        },
      ),
      { numRuns: 5 },
    );
  });

  it('depth L that is not 6n + 4 (3n + 4 without bottleneck) is rejected, with the nearest valid L', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 400 }), fc.boolean(), (depth, bottleneck) => {
        const per = bottleneck ? 6 : 3;
        fc.pre((depth - 4) % per !== 0);
        expectBadKnob(
          'densenet',
          { layout: 'cifar', blocks: 'depth', depth, bottleneck },
          new RegExp(`L = ${per}n \\+ 4 .*got L = ${depth}.*Nearest valid`),
        );
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    [{ blocks: 'depth' }, /CIFAR layout only/],
    [{ blocks: 'custom', block1: 0, block2: 0, block3: 0, block4: 0 }, /at least one dense block/],
    [{ blocks: 'custom', block1: 3, block2: 0, block3: 2 }, /0 ends the list/],
    [{ blocks: '1-2-3' }, /Block sizes \(blocks\) must be one of/],
    [{ layout: 'mnist' }, /Dataset layout \(layout\) must be one of imagenet, cifar/],
    [{ growth: 0 }, /Growth rate k \(growth\) must be at least 1/],
    [{ growth: 12.5 }, /Growth rate k \(growth\) must be a whole number/],
    [{ compression: 0 }, /Compression θ \(compression\) must be at least 0.05/],
    [{ compression: 1.5 }, /Compression θ \(compression\) must be at most 1/],
    [
      {
        layout: 'cifar',
        blocks: 'custom',
        block1: 1,
        growth: 1,
        initFeatures: 1,
        compression: 0.05,
      },
      /leaves ⌊2·0.05⌋ = 0 channels after dense block 1/,
    ],
    [{ bottleneck: 'maybe' }, /Bottleneck \(bottleneck\) must be true or false/],
    [{ initFeatures: 0 }, /Initial features \(initFeatures\) must be at least 1/],
    [{ depth: 'deep' }, /Depth L \(CIFAR\) \(depth\) must be a number/],
    [{ block4: -1 }, /Layers in block 4 \(block4\) must be at least 0/],
    [{ classes: 0 }, /Classes \(classes\) must be at least 1/],
    [{ width: 2 }, /DenseNet has no knob "width"/],
  ] as [Record<string, KnobValue>, RegExp][])('rejects %j', (values, message) => {
    expectBadKnob('densenet', values, message);
  });
});

describe('SqueezeNet knobs', () => {
  it('the family declares exactly the knobs these tests cover', () => {
    expect(families.get('squeezenet')!.knobs.map((k) => k.key)).toEqual([
      'version',
      'squeezeRatio',
      'pct3x3',
      'classes',
    ]);
  });

  it('valid SR = i/128 and pct = j/128 analyze; fire widths follow the paper’s §5 rule', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1.0', '1.1'),
        fc.integer({ min: 1, max: 128 }),
        fc.integer({ min: 1, max: 127 }),
        fc.integer({ min: 1, max: 2000 }),
        (version, i, j, classes) => {
          const a = run('squeezenet', {
            version,
            squeezeRatio: i / 128,
            pct3x3: j / 128,
            classes,
          });
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([classes]);
          // Fire9 has e = 128 + 128·⌊7/2⌋ = 512 expand filters: SR·512 squeeze, pct·512 3×3.
          const out = (p: string) => a.layers.find((l) => l.path === p)!.out[0];
          expect(out('features/fire9/squeeze')).toBe(4 * i);
          expect(out('features/fire9/expand/expand3x3/conv')).toBe(4 * j);
          expect(out('features/fire9/expand/concat')).toBe(512);
          expect(out('features/fire2/squeeze')).toBe(i);
          expect(a.totals.convs).toBe(26);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a squeeze ratio or 3×3 share that does not give whole filter counts is rejected', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (x) => {
        fc.pre(!Number.isInteger(x * 128));
        expectBadKnob('squeezenet', { squeezeRatio: x }, /SR·128 must be a whole number/);
        expectBadKnob('squeezenet', { pct3x3: x }, /pct·128 must be a whole number/);
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    [{ version: '1.2' }, /Version \(version\) must be one of 1\.0, 1\.1/],
    [{ squeezeRatio: 0 }, /Squeeze ratio SR \(squeezeRatio\) must be at least/],
    [{ squeezeRatio: 1.5 }, /must be at most 1/],
    [{ pct3x3: 1 }, /3×3 share of expand \(pct3x3\) must be at most/],
    [{ classes: 0 }, /Classes \(classes\) must be at least 1/],
  ] as [Record<string, KnobValue>, RegExp][])('rejects %j', (values, message) => {
    expectBadKnob('squeezenet', values, message);
  });
});

describe('FractalNet knobs', () => {
  it('the family declares exactly the knobs these tests cover', () => {
    expect(families.get('fractalnet')!.knobs.map((k) => k.key)).toEqual([
      'columns',
      'blocks',
      'classes',
    ]);
  });

  it('valid C, B, classes and input sizes analyze with 2^C − 1 convs per block', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 96 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.nat(),
        (C, inputSize, classes, seed) => {
          const maxB = Math.floor(Math.log2(inputSize));
          const B = 1 + (seed % maxB);
          const a = run('fractalnet', { columns: C, blocks: B, classes }, [
            3,
            inputSize,
            inputSize,
          ]);
          expectModuleTotalsAddUp(a);
          expect(a.output).toEqual([classes]);
          expect(a.totals.convs).toBe(B * (2 ** C - 1));
          const fractal = a.modules.filter((m) => m.kind === 'fractal');
          expect(fractal.length).toBe(B);
          expect(fractal.every((m) => m.meta?.depth === 2 ** (C - 1))).toBe(true);
          // A join at every even depth of the block: 2^(C−2) joins per block for C ≥ 2.
          const joins = a.layers.filter((l) => l.op === 'mean').length;
          expect(joins).toBe(B * (C === 1 ? 0 : 2 ** (C - 2)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('B with 2^B larger than the input fails at the first pool that has no 2×2 window left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 1, max: 8 }), (size, B) => {
        fc.pre(2 ** B > size);
        // Hand: 2×2/2 pools floor-halve the side; the first pool to see a 1×1 map fails, i.e.
        // pool number ⌊log2(size)⌋ + 1.
        const failing = Math.floor(Math.log2(size)) + 1;
        let caught: unknown;
        try {
          run('fractalnet', { blocks: B }, [3, size, size]);
        } catch (e) {
          caught = e;
        }
        expect(isSpecError(caught) && [caught.path, caught.rule]).toEqual([
          `features/pool${failing}`,
          'kernel-fits',
        ]);
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    [{ columns: 0 }, /Columns C \(columns\) must be at least 1/],
    [{ columns: 7 }, /Columns C \(columns\) must be at most 6/],
    [{ columns: 2.5 }, /must be a whole number/],
    [{ blocks: 0 }, /Blocks B \(blocks\) must be at least 1/],
    [{ inputSize: 32 }, /has no knob "inputSize"/],
    [{ classes: 0 }, /Classes \(classes\) must be at least 1/],
  ] as [Record<string, KnobValue>, RegExp][])('rejects %j', (values, message) => {
    expectBadKnob('fractalnet', values, message);
  });
});
