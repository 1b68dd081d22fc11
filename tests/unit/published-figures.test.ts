/**
 * One test over the whole catalog: every published count in the engine's own units (parameters,
 * MACs, FLOPs…) either equals what the engine computes — to the rounding the source printed —
 * or carries the reason it differs, and never both. Every accuracy says what it is (top-1/top-5,
 * error or accuracy, in %) and how it was measured. The figures themselves are the sources'
 * (papers, torchvision/timm metadata, architectures.md), typed into src/catalog.
 */
import { describe, expect, it } from 'vitest';
import {
  accuracyPercent,
  buildModel,
  countMatches,
  engineCount,
  ENGINE_QUANTITIES,
  errorPercent,
  listIds,
  presets,
  protocolKey,
  type CountFigure,
} from '../../src/catalog/index';
import { readCount } from '../../src/catalog/info';
import { analyze, parseSpec, type Analysis } from '../../src/engine/index';

const cache = new Map<string, Analysis>();
/** The analysis of a preset with a figure's knob values and input applied. */
function analysisFor(id: string, f: CountFigure): Analysis {
  const key = JSON.stringify([id, f.at ?? {}, f.input ?? null]);
  let a = cache.get(key);
  if (!a) {
    a = analyze(parseSpec(buildModel(id, f.at ?? {})), f.input ? { input: f.input } : {});
    cache.set(key, a);
  }
  return a;
}

const rows = listIds().flatMap((id) =>
  (presets.get(id)!.info.published ?? []).map((f, i) => ({ id, i, f })),
);
const counts = rows.filter(
  (r): r is { id: string; i: number; f: CountFigure } =>
    r.f.kind === 'count' && ENGINE_QUANTITIES.has(r.f.quantity),
);

describe('published counts in the engine’s units equal the computed value or say why not', () => {
  it('the catalog holds such figures (the table below is not empty)', () => {
    // 19 families, 48 presets: at least one parameter count per preset.
    expect(counts.length).toBeGreaterThanOrEqual(listIds().length);
  });

  it.each(counts.map((r) => [`${r.id} #${r.i} ${r.f.quantity} ${r.f.printed}`, r] as const))(
    '%s',
    (_, { id, f }) => {
      const computed = engineCount(f, analysisFor(id, f));
      expect(computed, `${f.quantity} must be computable (layer ${f.layer})`).toBeDefined();
      const same = countMatches(f, computed!);
      if (same) {
        expect(f.differs, `${f.printed} equals the computed ${computed}: drop the reason`).toBe(
          undefined,
        );
      } else {
        expect(
          f.differs,
          `${f.printed} (${f.value} ± ${f.step / 2}) ≠ computed ${computed}: fix the figure or give the reason`,
        ).toMatch(/\w{3}/);
      }
    },
  );

  it('a reason is given only on figures the engine counts', () => {
    for (const { f } of rows)
      if (f.kind === 'count' && !ENGINE_QUANTITIES.has(f.quantity))
        expect(f.differs).toBe(undefined);
  });
});

describe('published output shapes equal the computed output', () => {
  const shapes = rows.filter((r) => r.f.kind === 'shape');
  it.each(shapes.map((r) => [r.id, r] as const))('%s', (id, { f }) => {
    if (f.kind !== 'shape') throw new Error('not a shape figure');
    expect(analyze(parseSpec(buildModel(id))).output).toEqual(f.value);
  });
});

describe('accuracies say what they are and how they were measured', () => {
  const accs = rows.filter((r) => r.f.kind === 'accuracy');
  it('every accuracy is a percentage with a protocol', () => {
    expect(accs.length).toBeGreaterThan(0);
    for (const { id, f } of accs) {
      if (f.kind !== 'accuracy') continue;
      expect(f.percent, id).toBeGreaterThan(0);
      expect(f.percent, id).toBeLessThan(100);
      expect(f.protocol.models, id).toBeGreaterThanOrEqual(1);
      // CIFAR and MNIST report classification error only: there is no top-5 of 10 classes.
      if (!f.protocol.dataset.startsWith('ImageNet') && !f.protocol.dataset.startsWith('ILSVRC'))
        expect(f.rank, `${id}: top-5 on ${f.protocol.dataset}`).toBe(1);
    }
  });

  it('error and accuracy convert both ways (ResNet-50: paper 22.85 % error; torchvision 76.13 %)', () => {
    const figs = presets.get('resnet50')!.info.published!;
    const err = figs.find(
      (f) => f.kind === 'accuracy' && f.as === 'error' && f.rank === 1 && f.protocol.crops === 10,
    );
    const acc = figs.find(
      (f) => f.kind === 'accuracy' && f.as === 'accuracy' && f.rank === 1 && f.protocol.crops === 1,
    );
    if (err?.kind !== 'accuracy' || acc?.kind !== 'accuracy') throw new Error('figures missing');
    // Paper Table 3 (10-crop): 22.85 % top-1 error = 77.15 % accuracy.
    expect(accuracyPercent(err)).toBe(77.15);
    expect(errorPercent(err)).toBe(22.85);
    // torchvision ResNet50_Weights.IMAGENET1K_V1: acc@1 76.130 = 23.87 % error.
    expect(errorPercent(acc)).toBe(23.87);
    // The two come from different protocols (10 crops vs 1 centre crop).
    expect(protocolKey(err.protocol)).not.toBe(protocolKey(acc.protocol));
  });
});

describe('readCount reads printed counts with their rounding', () => {
  it.each([
    // ResNet-20 paper Table 6 prints "0.27M": 270,000 ± 5,000.
    ['0.27 M', 270000, 10000],
    // AlexNet abstract: "60 million parameters".
    ['60 million', 60000000, 1000000],
    // NASNet-A Large, TF-slim README: "23.8 B" mult-adds.
    ['23.8 B', 23800000000, 100000000],
    // An exact count as torchvision prints it.
    ['25,557,032', 25557032, 1],
    [25557032, 25557032, 1],
    ['≈1.7 M', 1700000, 100000],
  ] as const)('%s', (printed, value, step) => {
    expect(readCount(printed)).toEqual({ value, step });
  });

  it('refuses text it cannot read', () => {
    expect(() => readCount('about 5 M')).toThrow(/cannot read/);
    expect(() => readCount('5 T')).toThrow(/cannot read/);
  });
});
