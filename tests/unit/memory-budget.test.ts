/**
 * The training step's memory: the budget's parts written out by hand on a tiny network, the
 * simulated transient peak, the largest batch for a card, and the computed step peak against the
 * H200 measurements of 37 networks (shared/reference/gpu-h200.json, train_peak_mib_fp32_b32).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { gpuMemoryRows } from '../../src/cli/gpu-memory';
import { analyze, parseSpec, type ModelSpec } from '../../src/engine/index';
import {
  allocated,
  keptForBackward,
  largestBatch,
  trainingBudget,
} from '../../src/engine/memory/index';

/** input 1×16×16 → conv 8 3×3 p1 → relu → flatten → fc 10. */
const tiny: ModelSpec = parseSpec({
  root: {
    op: 'block',
    name: 'net',
    layers: [
      { op: 'input', name: 'input', shape: [1, 16, 16] },
      { op: 'conv', name: 'conv', out: 8, kernel: 3, padding: 1 },
      { op: 'relu', name: 'relu' },
      { op: 'flatten', name: 'flatten' },
      { op: 'fc', name: 'fc', out: 10 },
    ],
  },
});

describe('the caching allocator rounds blocks up to 512 bytes', () => {
  it.each([
    [1, 512],
    [512, 512],
    [513, 1024],
    [81_960, 82_432], // 160.08 blocks → 161·512
  ])('%i B → %i B', (n, want) => expect(allocated(n)).toBe(want));
});

describe('training budget of a tiny network, by hand', () => {
  const a = analyze(tiny);
  // Parameters: conv 8·1·3·3 + 8 = 80, fc 2048·10 + 10 = 20,490; 20,570 in all.
  it('weights, gradients and optimizer state are params × bytes × (1, 1, states)', () => {
    const b = trainingBudget(a, tiny, { batch: 1, precision: 'fp32', optimizer: 'adam' });
    expect(b.weights).toBe(20_570 * 4);
    expect(b.gradients).toBe(20_570 * 4);
    expect(b.optimizerState).toBe(20_570 * 4 * 2); // Adam: m and v
    const m = trainingBudget(a, tiny, { batch: 1, precision: 'bf16', optimizer: 'momentum' });
    expect(m.optimizerState).toBe(20_570 * 2); // one momentum buffer, 2 bytes each
    expect(
      trainingBudget(a, tiny, { batch: 1, precision: 'fp32', optimizer: 'sgd' }).optimizerState,
    ).toBe(0);
  });

  it('kept activations: the image (256 values) and the ReLU output (2,048) per image', () => {
    // The conv keeps the image; the ReLU keeps its output, which the fc keeps again through the view.
    expect(keptForBackward(a, tiny).perImage).toBe((256 + 2048) * 4);
    const b = trainingBudget(a, tiny, { batch: 3, precision: 'fp32', optimizer: 'sgd' });
    expect(b.activations).toBe(3 * 9216);
  });

  it('the transient peak is reached in the fc backward', () => {
    const b = trainingBudget(a, tiny, { batch: 1, precision: 'fp32', optimizer: 'momentum' });
    // At the fc's backward, alive at once (each rounded up to 512 B):
    //   image 1,024 + ReLU output 8,192 (kept)                          =  9,216
    //   fc output 40 B → 512, and its gradient 40 B → 512               =  1,024
    //   gradient for the fc input, 2,048·4                              =  8,192
    //   the fc weight gradient, 20,490·4 = 81,960 B → 82,432            = 82,432
    //   peak above weights, gradients and momentum                      = 100,864
    expect(b.peakAt).toBe('fc');
    expect(b.activations + b.transient).toBe(100_864);
    expect(b.transient).toBe(100_864 - 9216);
    expect(b.peak).toBe(3 * 20_570 * 4 + 100_864);
  });

  it('fp16 halves every float but not the rounding', () => {
    const b = trainingBudget(a, tiny, { batch: 1, precision: 'fp16', optimizer: 'sgd' });
    expect(b.activations).toBe((256 + 2048) * 2);
    // image 512 + ReLU 4,096 + fc output 512 + its gradient 512 + fc input gradient 4,096
    // + weight gradient 40,980 → 40,960 + 512 = 41,472: 51,200.
    expect(b.activations + b.transient).toBe(51_200);
  });
});

describe('largest batch that fits a card', () => {
  const spec = buildModel('resnet50');
  const a = analyze(spec);
  const kept = keptForBackward(a, spec);
  const settings = { precision: 'fp32', optimizer: 'momentum' } as const;
  const peak = (batch: number) => trainingBudget(a, spec, { ...settings, batch }, { kept }).peak;

  it.each([8, 16, 80])('ResNet-50 on %i GiB: the batch fits and one more does not', (gib) => {
    const cap = gib * 2 ** 30;
    const n = largestBatch(a, spec, settings, cap, { kept });
    expect(peak(n)).toBeLessThanOrEqual(cap);
    expect(peak(n + 1)).toBeGreaterThan(cap);
  });

  it('a card smaller than the weights fits no batch', () => {
    // ResNet-50's weights alone are 25.6 M × 4 B ≈ 97 MiB.
    expect(largestBatch(a, spec, settings, 50 * 2 ** 20, { kept })).toBe(0);
  });
});

describe('step peak against the H200 (SGD with momentum, batch 32, fp32)', () => {
  const rows = gpuMemoryRows();
  it('at least 30 of the 37 measured networks are within 10 %', () => {
    expect(rows).toHaveLength(37);
    const within = rows.filter((r) => r.diff !== undefined && Math.abs(r.diff) <= 0.1);
    expect(within.length).toBeGreaterThanOrEqual(30);
  });

  it('the ResNets are within 2 % (measured 692.0 / 2,641.6 / 5,448.3 MiB)', () => {
    for (const id of ['resnet18', 'resnet50', 'resnet152']) {
      const r = rows.find((x) => x.id === id)!;
      expect(Math.abs(r.diff!)).toBeLessThan(0.02);
    }
  });
});
