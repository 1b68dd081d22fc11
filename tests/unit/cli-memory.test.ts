/** The command line's training-memory flags and the JSON fields they fill. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/analyze';

interface MemoryJson {
  totals: { params: number; buffers: number; savedForBackward: number };
  memory: {
    batch: number;
    precision: string;
    optimizer: string;
    weights: number;
    gradients: number;
    optimizerState: number;
    activations: number;
    transient: number;
    peak: number;
  };
  layers: { path: string; saved: number }[];
}

async function json(...argv: string[]): Promise<MemoryJson> {
  const r = await run([...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as MemoryJson;
}

describe('resnet50 --format json', () => {
  it('totals.savedForBackward is the H200 figure, 85,909,504 B per image', async () => {
    // gpu-h200.json: (687,700,992 − 86,334,464) / 7 = 85,909,504.
    const j = await json('resnet50');
    expect(j.totals.savedForBackward).toBe(85_909_504);
    // Per-layer `saved` adds up to the total; conv1 adds the image, 3·224·224·4 = 602,112 B.
    expect(j.layers.reduce((s, l) => s + l.saved, 0)).toBe(85_909_504);
    expect(j.layers.find((l) => l.path === 'stem/conv1')!.saved).toBe(602_112);
  });

  it('the memory object: defaults batch 1, fp32, momentum; parts sum to the peak', async () => {
    const j = await json('resnet50');
    const m = j.memory;
    expect([m.batch, m.precision, m.optimizer]).toEqual([1, 'fp32', 'momentum']);
    // torchvision: 25,557,032 parameters, 53,120 BN running statistics (+ 53 counters not modelled).
    expect(m.weights).toBe((25_557_032 + 53_120) * 4);
    expect(m.gradients).toBe(25_557_032 * 4);
    expect(m.optimizerState).toBe(25_557_032 * 4);
    expect(m.peak).toBe(m.weights + m.gradients + m.optimizerState + m.activations + m.transient);
  });

  it('--batch 32 --precision bf16 --optimizer adam', async () => {
    const j = await json('resnet50', '--batch', '32', '--precision', 'bf16', '--optimizer', 'adam');
    expect([j.memory.batch, j.memory.precision, j.memory.optimizer]).toEqual([32, 'bf16', 'adam']);
    expect(j.memory.optimizerState).toBe(25_557_032 * 2 * 2);
    // savedForBackward stays bytes per image in fp32, whatever the flags.
    expect(j.totals.savedForBackward).toBe(85_909_504);
  });

  it('the table has the kept line', async () => {
    const r = await run(['resnet50']);
    expect(r.stdout).toContain(
      'Kept for backward (what autograd saves, distinct tensors): 85,909,504 B per image',
    );
  });
});

describe('bad training flags', () => {
  it.each([
    [['--batch', '0'], '--batch must be a positive integer, got "0"'],
    [['--batch', '2.5'], '--batch must be a positive integer, got "2.5"'],
    [['--precision', 'int8'], '--precision must be one of fp32, fp16, bf16, got "int8"'],
    [['--optimizer', 'rmsprop'], '--optimizer must be one of sgd, momentum, adam, got "rmsprop"'],
  ])('%j', async (flags, message) => {
    const r = await run(['vgg16', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${message}`);
  });
});
