/**
 * The knobs of the classic families (LeNet, AlexNet, torchvision AlexNet, ZFNet, NiN, the
 * Inception demo): every value in a knob's domain builds a valid network, and each knob changes
 * exactly what it says. Expected numbers are hand calculations written next to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { families, presetFor, resolveKnobs } from '../../src/catalog/index';
import type { Family, Knob, KnobValue, KnobValues } from '../../src/catalog/types';
import { analyze, parseSpec, type Analysis } from '../../src/engine/index';
import { analyzeId } from '../helpers';

const MINE = ['lenet', 'alexnet', 'alexnet-tv', 'zfnet', 'nin', 'inception-demo'];

/** Values a knob accepts, as a fast-check arbitrary (int ranges capped to keep networks small). */
function knobArb(k: Knob): fc.Arbitrary<KnobValue> {
  switch (k.kind) {
    case 'bool':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...k.choices!.map((c) => c.value));
    case 'int':
      return fc.integer({ min: k.min ?? 0, max: Math.min(k.max ?? 64, 2048) });
    case 'number': {
      const steps = Math.round(((k.max ?? 1) - (k.min ?? 0)) / (k.step ?? 0.1));
      return fc.integer({ min: 0, max: steps }).map((i) => (k.min ?? 0) + i * (k.step ?? 0.1));
    }
  }
}

function build(f: Family, values: KnobValues): Analysis {
  const spec = f.build(resolveKnobs(f, values));
  return analyze(parseSpec(JSON.parse(JSON.stringify(spec))));
}

describe.each(MINE)('family %s', (id) => {
  const f = families.get(id)!;

  it('is registered and every knob is described', () => {
    expect(f).toBeDefined();
    for (const k of f.knobs) {
      expect(k.help.length).toBeGreaterThan(10);
      expect(k.label.length).toBeGreaterThan(0);
      if (k.kind === 'choice') expect(k.choices!.map((c) => c.value)).toContain(k.default);
    }
  });

  it('builds a valid network for any knob values (property, 25 runs)', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(f.knobs.map((k) => [k.key, knobArb(k)]))), (v) => {
        const a = build(f, v as KnobValues);
        // The contract's invariant: totals are the sums over layers.
        expect(a.totals.params).toBe(a.layers.reduce((s, l) => s + l.params, 0));
        expect(a.totals.macs).toBe(a.layers.reduce((s, l) => s + l.macs, 0));
        if ('classes' in v) expect(a.output[0]).toBe(v.classes);
      }),
      { numRuns: 25 },
    );
  });
});

describe('LeNet knobs', () => {
  it('activation and pooling change no parameter or MAC (61,706 / 416,520)', () => {
    for (const activation of ['tanh', 'relu', 'sigmoid'])
      for (const pooling of ['avg', 'max']) {
        const a = analyzeId('lenet5', { activation, pooling });
        expect([a.totals.params, a.totals.macs]).toEqual([61_706, 416_520]);
        expect(a.layers.filter((l) => l.op === activation)).toHaveLength(4);
        expect(a.layers.filter((l) => l.op === 'pool').every((l) => l.label.startsWith('S'))).toBe(
          true,
        );
      }
  });

  it('classes resize only the output layer: 61,706 − 850 + (84·26 + 26)', () => {
    expect(analyzeId('lenet5', { classes: 26 }).totals.params).toBe(61_706 - 850 + 84 * 26 + 26);
  });
});

describe('AlexNet knobs', () => {
  it('lrn none removes both LRN layers and changes no count', () => {
    const a = analyzeId('alexnet', { lrn: 'none' });
    expect(a.layers.filter((l) => l.op === 'lrn')).toHaveLength(0);
    expect([a.totals.params, a.totals.macs]).toEqual([60_965_224, 724_406_816]);
    // Stored values drop by the two LRN outputs: 96·55·55 + 256·27·27.
    const full = analyzeId('alexnet');
    expect(full.totals.storedValues - a.totals.storedValues).toBe(96 * 55 * 55 + 256 * 27 * 27);
  });

  it('dropout 0 removes the dropout layers; other rates only relabel them', () => {
    expect(analyzeId('alexnet', { dropout: 0 }).layers.some((l) => l.op === 'dropout')).toBe(false);
    const d = analyzeId('alexnet', { dropout: 0.3 }).layers.filter((l) => l.op === 'dropout');
    expect(d.map((l) => l.path)).toEqual(['classifier/drop6', 'classifier/drop7']);
    // A slider's 0.1 + 0.2 arrives as 0.30000000000000004; the layer says 0.3.
    const slider = analyzeId('alexnet', { dropout: 0.1 + 0.2 });
    expect(slider.layers.find((l) => l.op === 'dropout')!.label).toBe('dropout 0.3');
  });

  it('classes: fc8 becomes 4096·c + c', () => {
    expect(analyzeId('alexnet', { classes: 10 }).totals.params).toBe(
      60_965_224 - 4_097_000 + 4096 * 10 + 10,
    );
    expect(analyzeId('alexnet-torchvision', { classes: 10 }).totals.params).toBe(
      61_100_840 - 4_097_000 + 4096 * 10 + 10,
    );
  });

  it('torchvision: dropout comes before fc6 and fc7 (vision issue #549)', () => {
    const ops = analyzeId('alexnet-torchvision')
      .layers.filter((l) => l.parent === 'classifier')
      .map((l) => l.op);
    expect(ops).toEqual(['dropout', 'fc', 'relu', 'dropout', 'fc', 'relu', 'fc']);
  });

  it('at the paper’s 224, floor pooling gives 54 → 26 → 12 → 5 and fc6 reads 6,400 values (architectures.md §0.1)', () => {
    // (224 − 11)/4 + 1 = 54.25 → 54; floor pools then give 26 → 12 → 5, and fc6 reads 5·5·256.
    const a = analyzeId('alexnet', {}, [3, 224, 224]);
    expect(a.layers.find((l) => l.path === 'features/conv1')!.out).toEqual([96, 54, 54]);
    expect(a.layers.find((l) => l.path === 'features/pool3')!.out).toEqual([256, 5, 5]);
    expect(a.layers.find((l) => l.path === 'classifier/fc6')!.params).toBe(6400 * 4096 + 4096);
  });

  it('ZFNet without contrast normalization has the same counts', () => {
    const a = analyzeId('zfnet', { lrn: false });
    expect(a.layers.some((l) => l.op === 'lrn')).toBe(false);
    expect(a.totals.params).toBe(analyzeId('zfnet').totals.params);
  });

  it('knob values equal to a preset resolve to that preset', () => {
    const alex = families.get('alexnet')!;
    expect(presetFor('alexnet', resolveKnobs(alex, {}))?.id).toBe('alexnet');
    expect(presetFor('alexnet', resolveKnobs(alex, { towers: false }))).toBeUndefined();
    const zf = families.get('zfnet')!;
    expect(presetFor('zfnet', resolveKnobs(zf, {}))?.id).toBe('zfnet');
  });
});

describe('NiN knobs', () => {
  it('cccp 0 leaves a plain CNN with global average pooling (hand: 953,674 params)', () => {
    const a = analyzeId('nin-cifar10', { cccp: 0 });
    expect(a.layers.some((l) => l.path.includes('cccp'))).toBe(false);
    // conv1 5·5·3·192 + 192 = 14,592; conv2 5·5·192·192 + 192 = 921,792; conv3 3·3·192·10 + 10 = 17,290
    expect(a.totals.params).toBe(14_592 + 921_792 + 17_290);
    expect(a.output).toEqual([10, 1, 1]);
  });

  it('cccp 1 keeps the first 1×1 of each mlpconv, with Caffe’s names', () => {
    const a = analyzeId('nin-cifar10', { cccp: 1 });
    const names = a.layers.filter((l) => l.op === 'conv').map((l) => l.name);
    expect(names).toEqual(['conv1', 'cccp1', 'conv2', 'cccp3', 'conv3', 'cccp5']);
    // 14,592 + (192·160 + 160) + (5·5·160·192 + 192) + (192·192 + 192) + (3·3·192·192 + 192) + (192·10 + 10)
    expect(a.totals.params).toBe(14_592 + 30_880 + 768_192 + 37_056 + 331_968 + 1_930);
  });

  it('CIFAR-100: the class layer grows from 192·10 + 10 to 192·100 + 100', () => {
    expect(analyzeId('nin-cifar10', { dataset: 'cifar100' }).totals.params).toBe(
      966_986 - 1_930 + 19_300,
    );
  });

  it('dropout off removes the dropout layers', () => {
    expect(
      analyzeId('nin-cifar10', { dropout: false }).layers.some((l) => l.op === 'dropout'),
    ).toBe(false);
    expect(
      analyzeId('nin-imagenet')
        .layers.filter((l) => l.op === 'dropout')
        .map((l) => l.path),
    ).toEqual(['drop3']);
  });
});
