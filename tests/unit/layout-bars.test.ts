import { describe, expect, it } from 'vitest';
import { analyzeId } from '../helpers';
import {
  barColumns,
  columnRange,
  cumulativeShares,
  layoutBars,
  layoutCumulative,
  leafColumns,
  METRICS,
  rowScale,
  shortNames,
  type BarColumn,
} from '../../src/layout/bars';
import { computeFigure, type Conventions, type Analysis } from '../../src/engine/index';

const fp32: Conventions = { compute: 'macs', precision: 'fp32', batch: 1 };
const vgg = analyzeId('vgg16');

/** Columns must tile the leaves in order and keep every row's total. */
function expectTiles(a: Analysis, cols: BarColumn[], c: Conventions) {
  expect(cols[0].start).toBe(0);
  expect(cols[cols.length - 1].end).toBe(a.layers.length);
  for (let i = 1; i < cols.length; i++) expect(cols[i].start).toBe(cols[i - 1].end);
  const sum = (m: 'memory' | 'params' | 'compute') => cols.reduce((s, col) => s + col.values[m], 0);
  expect(sum('params')).toBe(a.totals.params);
  expect(sum('memory')).toBe(
    a.totals.storedValues * { fp32: 4, fp16: 2, bf16: 2, int8: 1 }[c.precision] * c.batch,
  );
  expect(sum('compute')).toBe(computeFigure(a.totals.macs, c));
}

describe('VGG-16 columns: the lecture’s lesson', () => {
  const cols = leafColumns(vgg, fp32);

  it('folds ReLU, dropout, the no-op avgpool and flatten: 22 columns', () => {
    // Hand count: input + 13 convs + 5 max pools + 3 fc = 22 (architectures.md §5 table rows).
    expect(cols.map((c) => c.name)).toEqual([
      'input',
      'conv1_1',
      'conv1_2',
      'pool1',
      'conv2_1',
      'conv2_2',
      'pool2',
      'conv3_1',
      'conv3_2',
      'conv3_3',
      'pool3',
      'conv4_1',
      'conv4_2',
      'conv4_3',
      'pool4',
      'conv5_1',
      'conv5_2',
      'conv5_3',
      'pool5',
      'fc6',
      'fc7',
      'fc8',
    ]);
    expect(cols[1].layers).toEqual(['features/stage1/conv1_1', 'features/stage1/relu1_1']);
    expectTiles(vgg, cols, fp32);
  });

  it('the tallest parameter bar is classifier/fc6: 102,764,544 of 138,357,544', () => {
    // architectures.md §5: fc6 = 25088·4096 + 4096 = 102,764,544; total 138,357,544.
    const top = cols.reduce((p, q) => (q.values.params > p.values.params ? q : p));
    expect(top.path).toBe('classifier/fc6');
    expect(top.values.params).toBe(102_764_544);
    const L = layoutBars(vgg, fp32, { width: 960, scale: 'linear' });
    const row = L.rows.find((r) => r.metric === 'params')!;
    expect(L.columns[row.argmax].path).toBe('classifier/fc6');
    expect(row.maxShare).toBeCloseTo(102_764_544 / 138_357_544, 12); // ≈ 74.3 %
    expect(row.labels[0].name).toBe('fc6');
    expect(row.labels[0].value).toBe('102.8 M');
  });

  it('the tallest memory bars are the stage1 convs: 64·224·224 = 3,211,264 values each', () => {
    const byMem = [...cols].sort((p, q) => q.values.memory - p.values.memory);
    expect(byMem.slice(0, 2).map((c) => c.path)).toEqual([
      'features/stage1/conv1_1',
      'features/stage1/conv1_2',
    ]);
    expect(byMem[0].storedValues).toBe(3_211_264);
    expect(byMem[0].values.memory).toBe(3_211_264 * 4); // fp32, batch 1
    // Next come stage2's convs at half that: 128·112·112 = 1,605,632.
    expect(byMem[2].storedValues).toBe(1_605_632);
    const L = layoutBars(vgg, fp32, { width: 960, scale: 'linear' });
    const mem = L.rows.find((r) => r.metric === 'memory')!;
    expect(mem.labels.slice(0, 2).map((l) => `${l.name} ${l.value}`)).toEqual([
      'conv1_1 12.3 MiB', // 12,845,056 B / 2^20 = 12.25
      'conv1_2 12.3 MiB',
    ]);
  });

  it('memory scales with precision and batch; compute doubles for FLOPs', () => {
    const c: Conventions = { compute: 'flops', precision: 'fp16', batch: 8 };
    const cols16 = leafColumns(vgg, c);
    expect(cols16[1].values.memory).toBe(3_211_264 * 2 * 8);
    // conv1_2 MACs 1,849,688,064 (architectures.md §5) × 2 (FLOPs) × 8 images.
    expect(cols16[2].values.compute).toBe(1_849_688_064 * 2 * 8);
    expectTiles(vgg, cols16, c);
  });
});

describe('row scales', () => {
  it('linear starts at zero and ticks memory on binary units', () => {
    const s = rowScale('memory', [0, 12_845_056], 'linear', 200, 100);
    expect(s.y(0)).toBe(200);
    expect(s.domain[0]).toBe(0);
    expect(s.y(12_845_056)).toBeGreaterThanOrEqual(100);
    expect(s.ticks.map((t) => t.text)).toEqual(['0', '5 MiB', '10 MiB', '15 MiB']);
  });

  it('log keeps zeros on the baseline and gives every non-zero value a height', () => {
    const s = rowScale('params', [0, 5, 1000, 0], 'log', 200, 100);
    expect(s.y(0)).toBe(200);
    // Smallest non-zero 5 → domain starts at 10^(ceil(log10 5) − 1) = 1, so y(5) is above the baseline.
    expect(s.domain[0]).toBe(1);
    expect(s.y(5)).toBeLessThan(200);
    expect(s.y(1000)).toBeCloseTo(100, 9);
    expect(s.ticks.map((t) => t.text)).toEqual(['1', '10', '100', '1 K']);
    // A smallest value that is itself a power of ten still gets height: 100 → domain from 10.
    const t = rowScale('params', [100, 10_000], 'log', 200, 100);
    expect(t.domain[0]).toBe(10);
    expect(t.y(100)).toBeLessThan(200);
  });

  it('log memory ticks are powers of 32 bytes, at most five', () => {
    const s = rowScale('memory', [0, 4000, 12_845_056], 'log', 200, 100);
    // 4000 B → 32^(ceil(log32 4000) − 1) = 32^2 = 1 KiB.
    expect(s.domain[0]).toBe(1024);
    expect(s.ticks.map((t) => t.text)).toEqual(['1 KiB', '32 KiB', '1 MiB']);
    const all = rowScale('params', [1, 1e12], 'log', 200, 100);
    expect(all.ticks.length).toBeLessThanOrEqual(5);
  });

  it('an all-zero row does not divide by zero', () => {
    for (const sc of ['linear', 'log'] as const) {
      const s = rowScale('compute', [0, 0], sc, 50, 0);
      expect(s.y(0)).toBe(50);
      expect(Number.isFinite(s.ticks[0].y)).toBe(true);
    }
  });
});

describe('aggregation when layers exceed the width', () => {
  it('DenseNet-264 at 960 px: one bar per dense layer', () => {
    const a = analyzeId('densenet264');
    const units = leafColumns(a, fp32).length;
    const L = layoutBars(a, fp32, { width: 960, scale: 'log' });
    const maxBars = Math.floor((L.right - L.left) / 2);
    expect(units).toBeGreaterThan(maxBars);
    expect(L.aggregation.mode).toBe('module');
    expect(L.aggregation.kind).toBe('dense-layer');
    expect(L.columns.length).toBeLessThanOrEqual(maxBars);
    // 6 + 12 + 64 + 48 dense layers (Huang et al. 2017, Table 1) are one bar each.
    expect(L.columns.filter((c) => /denselayer\d+$/.test(c.path)).length).toBe(130);
    expectTiles(a, L.columns, fp32);
  });

  it('ResNet-1202 (CIFAR) at 960 px: 600 blocks do not fit, so each bar sums 2 whole blocks', () => {
    // He et al. 2016 §4.2: n = 200 → 3 stages × 200 basic blocks, 6n + 2 = 1202 layers.
    const a = analyzeId('resnet1202-cifar');
    const L = layoutBars(a, fp32, { width: 960, scale: 'linear' });
    const maxBars = Math.floor((L.right - L.left) / 2); // 438 bars of 2 px
    expect(L.aggregation.mode).toBe('bins');
    expect(L.aggregation.perBin).toBe(2); // ceil(602 / 438): 600 blocks + input + stem conv
    expect(L.columns.length).toBeLessThanOrEqual(maxBars);
    expect(L.columns[1].name).toBe('layer1/block1…layer1/block2');
    expectTiles(a, L.columns, fp32);
  });

  it('bins whole modules when no module level fits', () => {
    // VGG-16 into 2 bars: depth 1 has 4 groups (input, features, avgpool, classifier) → 2 per bar.
    const { columns, aggregation } = barColumns(vgg, fp32, 2);
    expect(aggregation.mode).toBe('bins');
    expect(columns.length).toBeLessThanOrEqual(2);
    expectTiles(vgg, columns, fp32);
  });

  it('tiles the leaves and keeps totals at every width', () => {
    const a = analyzeId('densenet121');
    for (const maxBars of [1000, 300, 120, 40, 9, 3]) {
      const { columns } = barColumns(a, fp32, maxBars);
      expect(columns.length).toBeLessThanOrEqual(Math.max(maxBars, 1));
      expectTiles(a, columns, fp32);
    }
  });
});

describe('selection ranges', () => {
  const cols = leafColumns(vgg, fp32);
  it('a folded ReLU selects its conv’s column; a module selects its columns', () => {
    expect(columnRange(vgg, cols, 'features/stage1/relu1_1')).toEqual([1, 2]);
    expect(columnRange(vgg, cols, 'classifier/fc6')).toEqual([19, 20]);
    // stage3 = conv3_1, conv3_2, conv3_3, pool3 = columns 7..10.
    expect(columnRange(vgg, cols, 'features/stage3')).toEqual([7, 11]);
    expect(columnRange(vgg, cols, 'nope')).toBeNull();
    expect(columnRange(vgg, cols, null)).toBeNull();
  });
});

describe('labels and names', () => {
  it('labels stay inside their row and never overlap', () => {
    for (const id of ['vgg16', 'densenet121', 'googlenet']) {
      const a = analyzeId(id);
      for (const width of [420, 960]) {
        for (const scale of ['linear', 'log'] as const) {
          const L = layoutBars(a, fp32, {
            width,
            scale,
            titleWidth: (r) => (r.metric === 'memory' ? 200 : 0),
          });
          for (const r of L.rows) {
            // The largest bar is always labelled, first, and every label sits at most two lines
            // above its own bar.
            expect(r.labels[0].i).toBe(r.argmax);
            for (const l of r.labels) {
              expect(r.bars[l.i].y - l.y).toBeLessThanOrEqual(32);
              expect(l.y - 10).toBeGreaterThanOrEqual(r.top);
              expect(l.x).toBeGreaterThanOrEqual(L.left);
              expect(l.x + l.width).toBeLessThanOrEqual(L.right + 1e-9);
            }
            for (let i = 0; i < r.labels.length; i++)
              for (let j = i + 1; j < r.labels.length; j++) {
                const p = r.labels[i];
                const q = r.labels[j];
                const apart =
                  p.x + p.width <= q.x || q.x + q.width <= p.x || Math.abs(p.y - q.y) >= 12;
                expect(apart).toBe(true);
              }
          }
        }
      }
    }
  });

  it('short names add parent segments only where a name repeats', () => {
    expect(shortNames(['a/x/conv1', 'b/x/conv1', 'a/fc'])).toEqual([
      'a/x/conv1',
      'b/x/conv1',
      'fc',
    ]);
  });
});

describe('cumulative curves', () => {
  it('end at 100 % and never fall', () => {
    for (const id of ['vgg16', 'densenet121']) {
      const a = analyzeId(id);
      const shares = cumulativeShares(leafColumns(a, fp32));
      for (const m of METRICS) {
        const s = shares[m];
        expect(s[s.length - 1]).toBe(1);
        for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThanOrEqual(s[i - 1]);
      }
    }
  });

  it('VGG-16: the convs hold 10.6 % of the parameters; input + stage1 hold 48.4 % of the memory', () => {
    const L = layoutBars(vgg, fp32, { width: 960, scale: 'linear' });
    const C = layoutCumulative(L);
    const pool5 = L.columns.findIndex((c) => c.name === 'pool5');
    // Conv params 14,714,688 (138,357,544 − 123,642,856 in the three fc layers, §5) / 138,357,544.
    expect(C.shares.params[pool5]).toBeCloseTo(14_714_688 / 138_357_544, 12);
    // Stage1 stores conv1_1 + conv1_2 + pool1 = 2·3,211,264 + 802,816; with the input 150,528.
    const pool1 = L.columns.findIndex((c) => c.name === 'pool1');
    expect(C.shares.memory[pool1]).toBeCloseTo(
      (150_528 + 2 * 3_211_264 + 802_816) / 15_237_608,
      12,
    );
    expect(C.points.params[C.points.params.length - 1][1]).toBe(C.yOf(1));
  });
});
