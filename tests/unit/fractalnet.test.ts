import { describe, expect, it } from 'vitest';
import { isSpecError, type Analysis } from '../../src/engine/index';
import { analyzeId, convFc } from '../helpers';

/** Conv units of one block, grouped by column (leaf paths `block1/col2_conv1/conv`). */
function convsPerColumn(a: Analysis, blockPath: string): number[] {
  const counts: number[] = [];
  for (const l of a.layers) {
    if (l.op !== 'conv' || !l.path.startsWith(`${blockPath}/`)) continue;
    const col = Number(/\/col(\d+)_conv\d+\/conv$/.exec(l.path)![1]);
    counts[col - 1] = (counts[col - 1] ?? 0) + 1;
  }
  return counts;
}

/** Longest chain of convs from the block input to its output (its depth in conv layers). */
function blockDepth(a: Analysis, blockPath: string): number {
  const depth = new Map<string, number>();
  let last = 0;
  for (const l of a.layers) {
    if (!l.path.startsWith(`${blockPath}/`)) continue;
    const d = Math.max(0, ...l.inputs.map((p) => depth.get(p) ?? 0)) + (l.op === 'conv' ? 1 : 0);
    depth.set(l.path, d);
    last = d;
  }
  return last;
}

describe('fractalnet-cifar (B = 5, C = 3)', () => {
  const a = analyzeId('fractalnet-cifar');

  it('names each conv unit by its column and its place in it (column c holds 2^(c−1))', () => {
    const labels = a.modules
      .filter((m) => m.path.startsWith('features/block1/col'))
      .map((m) => m.label.split(':')[0])
      .sort();
    // Hand: C = 3 gives columns of 1, 2 and 4 units.
    expect(labels).toEqual([
      'column 1 (1/1)',
      'column 2 (1/2)',
      'column 2 (2/2)',
      'column 3 (1/4)',
      'column 3 (2/4)',
      'column 3 (3/4)',
      'column 3 (4/4)',
    ]);
  });

  it('totals: 33,724,618 params, 845.2 M MACs (architectures.md §14 calc)', () => {
    // Hand: conv weights 33,698,880 + BN γ/β 2·7·(64+128+256+512+512) = 20,608 + FC 512·10+10 = 5,130.
    expect(a.totals.params).toBe(33_724_618);
    expect(Math.round(a.totals.macs / 1e5) / 10).toBe(845.2);
    expect(a.output).toEqual([10]);
  });

  it('35 convs (7 per block) plus the FC: 2^C − 1 per block', () => {
    expect(convFc(a).filter((l) => l.op === 'conv').length).toBe(35);
    for (let b = 1; b <= 5; b++) {
      const m = a.modules.find((x) => x.path === `features/block${b}`)!;
      expect(m.kind).toBe('fractal');
      expect(m.totals.convs).toBe(7);
    }
  });

  it('columns have 1, 2, 4 convs per block; depth 2^(C−1) = 4 per block, 20 in all', () => {
    for (let b = 1; b <= 5; b++) {
      expect(convsPerColumn(a, `features/block${b}`)).toEqual([1, 2, 4]);
      expect(blockDepth(a, `features/block${b}`)).toBe(4);
    }
  });

  it('joins are element-wise means: 2 inputs at depth 2, 3 at the block end', () => {
    const joins = a.layers.filter((l) => l.path.startsWith('features/block1/') && l.op === 'mean');
    expect(joins.map((l) => [l.name, l.inputs.length])).toEqual([
      ['join_d2', 2],
      ['join_d4', 3],
    ]);
    // C = 3 of the 7 convs read the block input (architectures.md §14).
    const fromInput = a.layers.filter(
      (l) => l.op === 'conv' && l.path.startsWith('features/block2/') && l.inShapes[0][0] === 64,
    );
    expect(fromInput.length).toBe(3);
  });

  it('channels 64-128-256-512-512, resolution 32 → 16 → 8 → 4 → 2 → 1, FC on 1×1×512', () => {
    const blocks = a.modules.filter((m) => m.kind === 'fractal');
    expect(blocks.map((m) => m.out)).toEqual([
      [64, 32, 32],
      [128, 16, 16],
      [256, 8, 8],
      [512, 4, 4],
      [512, 2, 2],
    ]);
    const fc = a.layers.find((l) => l.op === 'fc')!;
    expect(fc.inShapes).toEqual([[512]]);
  });

  it('drop-path and dropout are recorded as training-time meta on each block', () => {
    const blocks = a.modules.filter((m) => m.kind === 'fractal');
    expect(blocks.map((m) => m.meta?.dropout)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(blocks.every((m) => m.meta?.localDropPath === 0.15)).toBe(true);
    expect(a.hasTrainingOnly).toBe(false); // nothing is a separate training-only layer
  });
});

describe('FractalNet knobs', () => {
  it('C = 4: 75 convs, depth 8 per block (40 layers), 76,106,634 params, 2.036 G MACs (§14)', () => {
    const a = analyzeId('fractalnet-cifar', { columns: 4 });
    expect(a.totals.params).toBe(76_106_634);
    expect(Math.round(a.totals.macs / 1e6) / 1000).toBe(2.036);
    expect(convFc(a).filter((l) => l.op === 'conv').length).toBe(75);
    expect(convsPerColumn(a, 'features/block1')).toEqual([1, 2, 4, 8]);
    expect(blockDepth(a, 'features/block3')).toBe(8);
    const joins = a.layers.filter((l) => l.path.startsWith('features/block1/') && l.op === 'mean');
    // Hand from the expansion rule: joins at depths 2, 4, 6, 8 with 2, 3, 2, 4 inputs.
    expect(joins.map((l) => [l.name, l.inputs.length])).toEqual([
      ['join_d2', 2],
      ['join_d4', 3],
      ['join_d6', 2],
      ['join_d8', 4],
    ]);
  });

  it('B = 4, C = 4: 60 convs, 32 layers deep (architectures.md §14 table)', () => {
    const a = analyzeId('fractalnet-cifar', { blocks: 4, columns: 4 });
    expect(a.totals.convs).toBe(60);
    const depth = [1, 2, 3, 4].reduce((s, b) => s + blockDepth(a, `features/block${b}`), 0);
    expect(depth).toBe(32);
  });

  it('C = 1 is a plain chain of one conv per block', () => {
    const a = analyzeId('fractalnet-cifar', { columns: 1 });
    expect(a.totals.convs).toBe(5);
    expect(a.layers.some((l) => l.op === 'mean')).toBe(false);
  });

  it('B = 6 on the default 32×32 input fails at the sixth pool, by path; a 64×64 input fits', () => {
    // Hand: five 2×2/2 pools take 32 → 16 → 8 → 4 → 2 → 1; pool6 has a 2×2 window on a 1×1 map.
    // The input size is an analysis setting, so the engine (not the family) reports it.
    try {
      analyzeId('fractalnet-cifar', { blocks: 6 });
      expect.unreachable();
    } catch (e) {
      expect(isSpecError(e) && [e.path, e.rule]).toEqual(['features/pool6', 'kernel-fits']);
    }
    // 64 → … → 1 after six pools: valid, output the 10 classes.
    expect(analyzeId('fractalnet-cifar', { blocks: 6 }, [3, 64, 64]).output).toEqual([10]);
  });
});
