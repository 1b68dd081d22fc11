/**
 * Property tests over every knob of the Inception families (googlenet, inception-v4,
 * inception-resnet-v2): random valid values give a network that analyzes and whose module totals
 * add up to the whole; invalid values give a SpecError with rule `bad-knob`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeId, expectBadKnob } from '../helpers';
import { families } from '../../src/catalog/index';
import type { KnobValue } from '../../src/catalog/types';
import type { Analysis, Totals } from '../../src/engine/index';

const QUANTITIES = ['params', 'buffers', 'macs', 'activations', 'storedValues', 'layers'] as const;

type Sums = Record<(typeof QUANTITIES)[number], number>;

const pick = (t: Totals): Sums => Object.fromEntries(QUANTITIES.map((q) => [q, t[q]])) as Sums;

/** Every module's totals equal the sum of its direct children's; inference = totals − aux heads. */
function expectConsistent(a: Analysis): void {
  const modules = new Map(a.modules.map((m) => [m.path, m]));
  const layers = new Map(a.layers.map((l) => [l.path, l]));
  for (const m of a.modules) {
    const sum = Object.fromEntries(QUANTITIES.map((q) => [q, 0])) as Sums;
    for (const c of m.children) {
      const child = modules.get(c);
      if (child) {
        for (const q of QUANTITIES) sum[q] += child.totals[q];
        continue;
      }
      const l = layers.get(c)!;
      sum.params += l.params;
      sum.buffers += l.buffers;
      sum.macs += l.macs;
      if (l.op !== 'input' && !l.view) sum.activations += l.activations;
      if (!l.inPlace) sum.storedValues += l.activations;
      if (l.op !== 'input') sum.layers += 1;
    }
    expect(sum).toEqual(pick(m.totals));
  }
  const auxParams = a.modules
    .filter((m) => m.trainingOnly && !modules.get(m.parent ?? '')?.trainingOnly)
    .reduce((s, m) => s + m.totals.params, 0);
  expect(a.inference.params).toBe(a.totals.params - auxParams);
}

const dropoutArb = fc.double({ min: 0, max: 0.95, noNaN: true });
const classesArb = fc.integer({ min: 1, max: 5000 });

describe('googlenet knobs', () => {
  it('lists the knobs the papers and builds vary', () => {
    expect(families.get('googlenet')!.knobs.map((k) => k.key)).toEqual([
      'build',
      'branch3Kernel',
      'pool4Kernel',
      'lrn',
      'aux',
      'dropout',
      'classes',
    ]);
  });

  it('every valid combination analyzes and its module totals add up', () => {
    fc.assert(
      fc.property(
        fc.record({
          build: fc.constantFrom('caffe', 'torchvision'),
          branch3Kernel: fc.constantFrom(5, 3),
          pool4Kernel: fc.constantFrom(3, 2),
          lrn: fc.boolean(),
          aux: fc.boolean(),
          dropout: dropoutArb,
          classes: classesArb,
        }),
        (v) => {
          const a = analyzeId('googlenet', v);
          expect(a.output).toEqual([v.classes]);
          expectConsistent(a);
          expect(a.hasTrainingOnly).toBe(v.aux);
          expect(a.layers.filter((l) => l.op === 'lrn').length).toBe(v.lrn ? 2 : 0);
          // Both pool windows give 14 → 7 in ceil mode, so 5a always sees 832×7×7.
          expect(a.modules.find((m) => m.path === 'stage5/inception5a')!.inShapes).toEqual([
            [832, 7, 7],
          ]);
          // The classifier: 1024·classes weights + classes biases.
          const head = a.layers.find((l) => l.path === 'head/fc')!;
          expect(head.params).toBe(1025 * v.classes);
          // Auxiliary heads never change the deployed network.
          const deployed = analyzeId('googlenet', { ...v, aux: false });
          expect(a.inference.params).toBe(deployed.totals.params);
          expect(a.inference.macs).toBe(deployed.totals.macs);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('knob by knob against the two reference builds (architectures.md §6)', () => {
    // From Caffe (6,998,552) towards torchvision (6,624,904) one knob at a time.
    const caffe = analyzeId('googlenet').inference.params;
    expect(caffe).toBe(6_998_552);
    // 3×3 instead of 5×5 in the third branch: Σ over modules of (25 − 9)·b5r·b5 weights.
    const k3 = analyzeId('googlenet', { branch3Kernel: 3 }).inference.params;
    const saved =
      16 *
      [
        [16, 32],
        [32, 96],
        [16, 48],
        [24, 64],
        [24, 64],
        [32, 64],
        [32, 128],
        [32, 128],
        [48, 128],
      ].reduce((s, [r, o]) => s + r * o, 0);
    expect(caffe - k3).toBe(saved);
    // Batch norm: + 2 per conv channel (14,560), − the 8,280 − 1,000 conv biases (fc keeps its own).
    const tvBuild = analyzeId('googlenet', { branch3Kernel: 3, build: 'torchvision' }).inference;
    expect(tvBuild.params).toBe(k3 + 14_560 - 7_280);
    expect(tvBuild.params).toBe(6_624_904);
  });

  it('invalid values give a bad-knob error', () => {
    const bad: [string, KnobValue][] = [
      ['build', 'keras'],
      ['branch3Kernel', 4],
      ['branch3Kernel', 7],
      ['pool4Kernel', 5],
      ['lrn', 'maybe'],
      ['aux', 2],
      ['dropout', 1],
      ['dropout', -0.1],
      ['dropout', 'half'],
      ['classes', 0],
      ['classes', 2.5],
      ['classes', 100_001],
      ['depth', 22],
    ];
    for (const [k, v] of bad) expectBadKnob('googlenet', { [k]: v });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 100_001 })), (classes) => {
        expectBadKnob('googlenet-torchvision', { classes });
      }),
      { numRuns: 20 },
    );
  });
});

describe('inception-v4 knobs', () => {
  const base = analyzeId('inception-v4');
  const per = (path: string) => base.modules.find((m) => m.path === path)!.totals;
  const A = per('stage_a/inception_a1');
  const B = per('stage_b/inception_b1');
  const C = per('stage_c/inception_c1');

  it('block counts scale the totals linearly; reductions keep their shapes', () => {
    fc.assert(
      fc.property(
        fc.record({
          blocksA: fc.integer({ min: 0, max: 16 }),
          blocksB: fc.integer({ min: 0, max: 24 }),
          blocksC: fc.integer({ min: 0, max: 16 }),
          dropout: dropoutArb,
          classes: classesArb,
        }),
        (v) => {
          const a = analyzeId('inception-v4', v);
          expectConsistent(a);
          expect(a.output).toEqual([v.classes]);
          const dClasses = (v.classes - 1000) * 1537; // 1536 weights + 1 bias per class
          expect(a.totals.params).toBe(
            base.totals.params +
              (v.blocksA - 4) * A.params +
              (v.blocksB - 7) * B.params +
              (v.blocksC - 3) * C.params +
              dClasses,
          );
          expect(a.totals.macs).toBe(
            base.totals.macs +
              (v.blocksA - 4) * A.macs +
              (v.blocksB - 7) * B.macs +
              (v.blocksC - 3) * C.macs +
              (v.classes - 1000) * 1536,
          );
          const out = (p: string) => a.modules.find((m) => m.path === p)!.out;
          expect(out('reduction_a')).toEqual([1024, 17, 17]);
          expect(out('reduction_b')).toEqual([1536, 8, 8]);
          for (const [stage, n] of [
            ['stage_a', v.blocksA],
            ['stage_b', v.blocksB],
            ['stage_c', v.blocksC],
          ] as const) {
            const m = a.modules.find((x) => x.path === stage);
            expect(m?.children.length ?? 0).toBe(n);
          }
        },
      ),
      { numRuns: 8 },
    );
  });

  it('invalid values give a bad-knob error', () => {
    const bad: [string, KnobValue][] = [
      ['blocksA', -1],
      ['blocksA', 17],
      ['blocksB', 2.5],
      ['blocksC', 'three'],
      ['dropout', 0.99],
      ['classes', 0],
      ['blocks35', 10],
    ];
    for (const [k, v] of bad) expectBadKnob('inception-v4', { [k]: v });
  });
});

describe('inception-resnet-v2 knobs', () => {
  const base = analyzeId('inception-resnet-v2');
  const per = (path: string) => base.modules.find((m) => m.path === path)!.totals;
  const b35 = per('stage_35/block35_1');
  const b17 = per('stage_17/block17_1');
  const b8 = per('stage_8/block8_1');

  it('block repeats scale the totals linearly; the residual scales are metadata only', () => {
    fc.assert(
      fc.property(
        fc.record({
          blocks35: fc.integer({ min: 0, max: 30 }),
          blocks17: fc.integer({ min: 0, max: 40 }),
          blocks8: fc.integer({ min: 0, max: 30 }),
          scale35: fc.double({ min: 0, max: 1, noNaN: true }),
          scale17: fc.double({ min: 0, max: 1, noNaN: true }),
          scale8: fc.double({ min: 0, max: 1, noNaN: true }),
          dropout: dropoutArb,
          classes: classesArb,
        }),
        (v) => {
          const a = analyzeId('inception-resnet-v2', v);
          expectConsistent(a);
          expect(a.output).toEqual([v.classes]);
          expect(a.totals.params).toBe(
            base.totals.params +
              (v.blocks35 - 10) * b35.params +
              (v.blocks17 - 20) * b17.params +
              (v.blocks8 - 10) * b8.params +
              (v.classes - 1000) * 1537,
          );
          expect(a.totals.macs).toBe(
            base.totals.macs +
              (v.blocks35 - 10) * b35.macs +
              (v.blocks17 - 20) * b17.macs +
              (v.blocks8 - 10) * b8.macs +
              (v.classes - 1000) * 1536,
          );
          const residual = a.modules.filter((m) => m.kind === 'residual');
          expect(residual.length).toBe(v.blocks35 + v.blocks17 + v.blocks8);
          for (const m of residual) {
            const expected = m.path.startsWith('stage_35/')
              ? v.scale35
              : m.path.startsWith('stage_17/')
                ? v.scale17
                : m.path === `stage_8/block8_${v.blocks8}`
                  ? 1 // timm's final Block8: unscaled, no ReLU
                  : v.scale8;
            expect(m.meta?.residualScale).toBe(expected);
          }
          expect(a.modules.find((m) => m.path === 'conv2d_7b')!.out).toEqual([1536, 8, 8]);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('invalid values give a bad-knob error', () => {
    const bad: [string, KnobValue][] = [
      ['blocks35', -1],
      ['blocks17', 41],
      ['blocks8', 1.5],
      ['scale35', 1.5],
      ['scale17', -0.1],
      ['scale8', 'small'],
      ['dropout', 1],
      ['classes', -5],
      ['blocksA', 4],
    ];
    for (const [k, v] of bad) expectBadKnob('inception-resnet-v2', { [k]: v });
  });
});
