/**
 * The engine's formulas on tiny specs, as tables. Every expected number is a hand calculation
 * written next to it; conventions are those of shared/reference/README.md and architectures.md §0.
 */
import { describe, expect, it } from 'vitest';
import {
  activationBytes,
  analyze,
  bytesText,
  computeFigure,
  DEFAULT_CONVENTIONS,
  memoryEstimate,
  parseSpec,
  sumLayers,
  type Analysis,
  type LayerResult,
  type SpecNode,
} from '../../src/engine/index';
import { analyzeId } from '../helpers';

/** A network: an input of `shape`, then `layers`; validated from plain JSON like a user file. */
function net(shape: number[], layers: SpecNode[]): Analysis {
  const spec = {
    root: { op: 'block', name: 'net', layers: [{ op: 'input', name: 'input', shape }, ...layers] },
  };
  return analyze(parseSpec(JSON.parse(JSON.stringify(spec))));
}

/** The single layer after the input. */
function one(shape: number[], layer: SpecNode): LayerResult {
  return net(shape, [layer]).layers[1];
}

const at = (a: Analysis, path: string): LayerResult => {
  const l = a.layers.find((x) => x.path === path);
  if (!l) throw new Error(`no layer ${path}`);
  return l;
};

describe('pooling: floor vs ceil (architectures.md §0.1)', () => {
  it.each([
    // [in, kernel, stride, padding, ceil, out, why]
    [112, 3, 2, 0, true, 56, 'GoogLeNet (Caffe, ceil): ⌈(112 − 3)/2⌉ + 1 = ⌈54.5⌉ + 1 = 56'],
    [112, 3, 2, 0, false, 55, 'the same pool in floor mode: ⌊54.5⌋ + 1 = 55'],
    [55, 3, 2, 0, false, 27, 'AlexNet pool1: (55 − 3)/2 + 1 = 27 (exact)'],
    [55, 3, 2, 0, true, 27, 'exact division: ceil and floor agree'],
    [54, 3, 2, 0, true, 27, 'AlexNet at 224 (conv1 gives 54): ⌈25.5⌉ + 1 = 27'],
    [54, 3, 2, 0, false, 26, '…but 26 in floor mode'],
    // Caffe/PyTorch rule: the last window must start inside the input or the left padding.
    // (5 + 2·1 − 2)/2 = 2.5 → ⌈⌉ + 1 = 4, but window 4 would start at (4 − 1)·2 = 6 ≥ 5 + 1: drop it.
    [5, 2, 2, 1, true, 3, 'last window would start in the right padding: 4 − 1 = 3'],
    [5, 2, 2, 1, false, 3, 'floor: ⌊5/2⌋ + 1 = 3'],
    [7, 3, 2, 1, true, 4, '(7 + 2 − 3)/2 + 1 = 4 exact; the last window starts at 6 < 8: kept'],
  ])('in %i, k %i, s %i, p %i, ceil %s → %i (%s)', (n, k, s, p, ceil, out) => {
    const l = one([1, n, n], {
      op: 'pool',
      name: 'pool',
      mode: 'max',
      kernel: k,
      stride: s,
      padding: p,
      ceil,
    });
    expect(l.out).toEqual([1, out, out]);
  });

  it('pool padding may be at most half the window (PyTorch’s rule), per axis', () => {
    // k 2, p 1 and k 3, p 1 are fine (ResNet's stem pool is 3×3/2 p1); k 2, p 2 is not.
    const pool = (kernel: number | number[], padding: number | number[]) => () =>
      one([1, 8, 8], {
        op: 'pool',
        name: 'p',
        mode: 'max',
        kernel,
        stride: 1,
        padding,
      } as SpecNode);
    expect(pool(2, 1)().out).toEqual([1, 9, 9]); // 8 + 2 − 2 + 1
    expect(pool(3, 1)().out).toEqual([1, 8, 8]);
    expect(pool(2, 2)).toThrow('pool padding 2 is more than half the window height 2');
    expect(pool([3, 1], [1, 1])).toThrow('pool padding 1 is more than half the window width 1');
  });

  it('shows the ceil and the dropped-window arithmetic', () => {
    const g = one([64, 112, 112], {
      op: 'pool',
      name: 'p',
      mode: 'max',
      kernel: 3,
      stride: 2,
      ceil: true,
    });
    expect(g.arithmetic[0].expression).toBe('⌈(112 − 3 + 2·0) / 2⌉ + 1');
    const f = one([64, 112, 112], { op: 'pool', name: 'p', mode: 'max', kernel: 3, stride: 2 });
    expect(f.arithmetic[0].expression).toBe('⌊(112 − 3 + 2·0) / 2⌋ + 1');
    const d = one([1, 5, 5], {
      op: 'pool',
      name: 'p',
      mode: 'max',
      kernel: 2,
      stride: 2,
      padding: 1,
      ceil: true,
    });
    expect(d.arithmetic[0].expression).toBe(
      '⌈(5 − 2 + 2·1) / 2⌉ + 1 − 1 (last window would start in the padding)',
    );
    expect(d.arithmetic[0].value).toBe(3);
  });

  it('global and adaptive pooling', () => {
    expect(one([512, 7, 7], { op: 'pool', name: 'g', mode: 'avg', global: true }).out).toEqual([
      512, 1, 1,
    ]);
    // torchvision AlexNet's AdaptiveAvgPool2d(6) on a 13×13 map (e.g. 3×256×256 input without pool3).
    const ad = one([256, 13, 13], { op: 'pool', name: 'a', mode: 'avg', output: 6 });
    expect(ad.out).toEqual([256, 6, 6]);
    // Window i spans [⌊13i/6⌋, ⌈13(i+1)/6⌉): [0,3) [2,5) [4,7) [6,9) [8,11) [10,13), all 3 wide.
    expect(ad.rf.size).toEqual([3, 3]);
    expect(ad.params).toBe(0);
    expect(ad.macs).toBe(0);
  });
});

describe('TF "same" padding: out = ⌈in / stride⌉, the extra pixel at the bottom/right', () => {
  it.each([
    // [in, kernel, stride, out, [before, after]]; total = (out − 1)·s + k − in
    [224, 7, 2, 112, [2, 3]], // (111·2 + 7 − 224) = 5 → 2 + 3
    [225, 3, 2, 113, [1, 1]], // 112·2 + 3 − 225 = 2
    [6, 1, 2, 3, [0, 0]], // 2·2 + 1 − 6 < 0 → 0
    [28, 5, 1, 28, [2, 2]], // stride 1: 27 + 5 − 28 = 4
    [17, 3, 2, 9, [1, 1]], // 8·2 + 3 − 17 = 2
    [8, 3, 2, 4, [0, 1]], // 3·2 + 3 − 8 = 1 → 0 + 1
  ])('in %i, k %i, s %i → %i, padding %j', (n, k, s, out, pad) => {
    const l = one([3, n, n], {
      op: 'conv',
      name: 'c',
      out: 8,
      kernel: k,
      stride: s,
      padding: 'same',
    });
    expect(l.out).toEqual([8, out, out]);
    const p = l.arithmetic.find((x) => x.quantity === 'padding')!;
    expect(p.expression).toBe(`top/bottom ${pad[0]}+${pad[1]}, left/right ${pad[0]}+${pad[1]}`);
    // MACs use the output size: out²·C_out·C_in·k²
    expect(l.macs).toBe(out * out * 8 * 3 * k * k);
  });

  it('"valid" is no padding', () => {
    expect(
      one([3, 224, 224], { op: 'conv', name: 'c', out: 8, kernel: 7, stride: 2, padding: 'valid' })
        .out,
    ).toEqual([8, 109, 109]); // ⌊(224 − 7)/2⌋ + 1 = 109
  });
});

describe('convolution: dilation, groups, depthwise, bias', () => {
  it.each([
    // [name, input, conv, out shape, params, MACs]
    [
      'plain 3×3, pad 1',
      [16, 8, 8],
      { out: 32, kernel: 3, padding: 1 },
      [32, 8, 8],
      3 * 3 * 16 * 32 + 32, // 4,640
      8 * 8 * 32 * 16 * 9, // 294,912
    ],
    [
      'dilation 2, pad 2 keeps the size (effective kernel 2·(3 − 1) + 1 = 5)',
      [16, 32, 32],
      { out: 16, kernel: 3, padding: 2, dilation: 2 },
      [16, 32, 32],
      3 * 3 * 16 * 16 + 16, // dilation adds no weights
      32 * 32 * 16 * 16 * 9,
    ],
    [
      'dilation 2, no pad: 7 − 5 + 1 = 3',
      [1, 7, 7],
      { out: 1, kernel: 3, dilation: 2, bias: false },
      [1, 3, 3],
      9,
      3 * 3 * 9,
    ],
    [
      'groups 4: each filter sees C_in/4 = 16 channels',
      [64, 8, 8],
      { out: 128, kernel: 3, padding: 1, groups: 4 },
      [128, 8, 8],
      3 * 3 * 16 * 128 + 128, // 18,560
      8 * 8 * 128 * 16 * 9, // 1,179,648
    ],
    [
      'depthwise 3×3 (groups = C_in = C_out), no bias',
      [32, 16, 16],
      { out: 32, kernel: 3, padding: 1, groups: 32, bias: false },
      [32, 16, 16],
      3 * 3 * 1 * 32, // 288
      16 * 16 * 32 * 1 * 9, // 73,728
    ],
    [
      'pointwise 1×1 after it, no bias',
      [32, 16, 16],
      { out: 64, kernel: 1, bias: false },
      [64, 16, 16],
      32 * 64, // 2,048
      16 * 16 * 64 * 32, // 524,288
    ],
    [
      'rectangular 1×7 kernel, pad [0, 3] (Inception-v4)',
      [192, 17, 17],
      { out: 224, kernel: [1, 7], padding: [0, 3], bias: false },
      [224, 17, 17],
      1 * 7 * 192 * 224,
      17 * 17 * 224 * 192 * 7,
    ],
    [
      'stride [2, 1]',
      [4, 9, 9],
      { out: 4, kernel: 3, stride: [2, 1] },
      [4, 4, 7], // ⌊(9 − 3)/2⌋ + 1 = 4, 9 − 3 + 1 = 7
      3 * 3 * 4 * 4 + 4,
      4 * 7 * 4 * 4 * 9,
    ],
  ])('%s', (_name, input, c, out, params, macs) => {
    const l = one(input as number[], { op: 'conv', name: 'c', ...(c as object) } as SpecNode);
    expect([l.out, l.params, l.macs]).toEqual([out, params, macs]);
  });

  it('labels and arithmetic name groups and depthwise', () => {
    const dw = one([32, 16, 16], {
      op: 'conv',
      name: 'c',
      out: 32,
      kernel: 3,
      padding: 1,
      groups: 32,
      bias: false,
    });
    expect(dw.label).toBe('conv 3×3, 32, depthwise');
    expect(dw.arithmetic.find((x) => x.quantity === 'params')!.expression).toBe('3·3·(32/32)·32');
    const g = one([96, 27, 27], {
      op: 'conv',
      name: 'c',
      out: 256,
      kernel: 5,
      padding: 2,
      groups: 2,
    });
    expect(g.label).toBe('conv 5×5, 256, groups 2');
    expect(g.arithmetic.find((x) => x.quantity === 'params')!.expression).toBe(
      '5·5·(96/2)·256 + 256',
    );
    expect(g.arithmetic.find((x) => x.quantity === 'macs')!.expression).toBe(
      '27·27·256·(96/2)·5·5',
    );
  });
});

describe('batch norm, fc, activations, dropout, flatten', () => {
  it('batch norm: 2·C learnable (γ, β), 2·C buffers (running mean, variance)', () => {
    const a = net([64, 8, 8], [{ op: 'bn', name: 'bn' }]);
    expect([a.layers[1].params, a.layers[1].buffers, a.layers[1].macs]).toEqual([128, 128, 0]);
    expect(a.totals.params).toBe(128);
    expect(a.totals.buffers).toBe(128);
  });

  it.each([
    // [in, out, bias, params, MACs]
    [9216, 4096, true, 9216 * 4096 + 4096, 9216 * 4096], // AlexNet fc6: 37,752,832
    [4096, 1000, true, 4_097_000, 4_096_000],
    [84, 10, false, 840, 840], // LeNet's RBF-sized layer without bias
  ])('fc %i → %i (bias %s): %i params, %i MACs', (n, out, bias, params, macs) => {
    const l = one([n], { op: 'fc', name: 'fc', out, bias });
    expect([l.out, l.params, l.macs]).toEqual([[out], params, macs]);
  });

  it('activations, dropout and flatten keep their input (flatten: C·H·W) and cost no MACs', () => {
    const a = net(
      [4, 3, 3],
      [
        { op: 'relu', name: 'r' },
        { op: 'tanh', name: 't' },
        { op: 'sigmoid', name: 's' },
        { op: 'dropout', name: 'd', p: 0.5 },
        { op: 'flatten', name: 'f' },
        { op: 'softmax', name: 'sm' },
      ],
    );
    expect(a.layers.map((l) => l.out)).toEqual([
      [4, 3, 3],
      [4, 3, 3],
      [4, 3, 3],
      [4, 3, 3],
      [4, 3, 3],
      [36],
      [36],
    ]);
    expect(a.totals.macs).toBe(0);
    expect(a.totals.params).toBe(0);
    // Activations: every leaf but the input and views (flatten): 5 × 36.
    expect(a.totals.activations).toBe(5 * 36);
    // Stored values: input (36) + softmax (36); ReLU/tanh/sigmoid/dropout in place, flatten a view.
    expect(a.totals.storedValues).toBe(72);
  });
});

describe('merges and channel ops', () => {
  it('concat adds channels; add and mean keep the shape', () => {
    const a = net(
      [8, 6, 6],
      [
        {
          op: 'parallel',
          name: 'cat',
          branches: [
            { op: 'conv', name: 'a', out: 16, kernel: 1 },
            { op: 'conv', name: 'b', out: 32, kernel: 3, padding: 1 },
            { op: 'pool', name: 'p', mode: 'max', kernel: 3, stride: 1, padding: 1 },
          ],
          merge: { op: 'concat', name: 'concat' },
        },
        {
          op: 'parallel',
          name: 'sum',
          branches: [
            { op: 'conv', name: 'a', out: 56, kernel: 1 },
            { op: 'block', name: 'id', layers: [] },
          ],
          merge: { op: 'add', name: 'add' },
        },
        {
          op: 'parallel',
          name: 'join',
          branches: [
            { op: 'conv', name: 'a', out: 56, kernel: 3, padding: 1 },
            { op: 'conv', name: 'b', out: 56, kernel: 1 },
            { op: 'block', name: 'id', layers: [] },
          ],
          merge: { op: 'mean', name: 'mean' },
        },
      ],
    );
    expect(at(a, 'cat/concat').out).toEqual([16 + 32 + 8, 6, 6]);
    expect(at(a, 'cat/concat').arithmetic[0].expression).toBe('16 + 32 + 8');
    expect(at(a, 'sum/add').out).toEqual([56, 6, 6]);
    expect(at(a, 'sum/add').inputs).toEqual(['sum/a', 'cat/concat']);
    expect(at(a, 'join/mean').out).toEqual([56, 6, 6]);
    expect(at(a, 'join/mean').inShapes).toHaveLength(3);
  });

  it('concat of flat vectors', () => {
    const a = net(
      [10],
      [
        { op: 'fc', name: 'a', out: 3 },
        { op: 'fc', name: 'b', out: 4, from: ['input'] },
        { op: 'concat', name: 'c', from: ['a', 'b'] },
      ],
    );
    expect(a.output).toEqual([7]);
  });

  it('scale (SE): a C×H×W map times a C×1×1 gate', () => {
    const a = net(
      [64, 8, 8],
      [
        { op: 'pool', name: 'squeeze', mode: 'avg', global: true },
        { op: 'conv', name: 'fc1', out: 4, kernel: 1 },
        { op: 'relu', name: 'relu' },
        { op: 'conv', name: 'fc2', out: 64, kernel: 1 },
        { op: 'sigmoid', name: 'gate' },
        { op: 'scale', name: 'excite', from: ['input', 'gate'] },
      ],
    );
    expect(at(a, 'excite').out).toEqual([64, 8, 8]);
    // 64·4 + 4 and 4·64 + 64 (SE with r = 16)
    expect(a.totals.params).toBe(64 * 4 + 4 + 4 * 64 + 64);
  });

  it.each([
    // [padding, channels, out, why]
    [undefined, [8, 8], [32, 8, 8], 'ResNet option A: 16 channels + 8 zeros before and after'],
    [[1, 1, 1, 1], undefined, [16, 10, 10], 'one ring of zeros'],
    [[0, 1, 0, 1], undefined, [16, 9, 9], 'bottom/right only (TF-style asymmetric)'],
    [
      [-1, 0, -1, 0],
      undefined,
      [16, 7, 7],
      'negative padding crops the top row and left column (NASNet)',
    ],
  ] as [number[] | undefined, number[] | undefined, number[], string][])(
    'zeropad %j channels %j → %j (%s)',
    (padding, channels, out) => {
      const l = one([16, 8, 8], { op: 'zeropad', name: 'z', padding, channels } as SpecNode);
      expect(l.out).toEqual(out);
      expect(l.params).toBe(0);
    },
  );

  it('zeropad arithmetic explains height and width, a crop as a subtraction', () => {
    const l = one([16, 8, 8], { op: 'zeropad', name: 'z', padding: [-1, 0, 0, 1] });
    expect(l.out).toEqual([16, 7, 9]);
    expect(l.arithmetic.map((x) => [x.quantity, x.expression, x.value])).toEqual([
      ['out-height', '8 − 1 + 0', 7],
      ['out-width', '8 + 0 + 1', 9],
    ]);
  });

  it('zeropad moves the receptive field start by the top/left padding (in input pixels)', () => {
    expect(one([1, 8, 8], { op: 'zeropad', name: 'z', padding: [2, 0, 3, 0] }).rf.start).toEqual([
      -1.5, -2.5,
    ]);
    expect(one([1, 8, 8], { op: 'zeropad', name: 'z', padding: [-1, 0, -1, 0] }).rf.start).toEqual([
      1.5, 1.5,
    ]);
  });
});

describe('receptive field: size, jump, start through conv → pool → conv → conv', () => {
  // Hand: r = r_in + (k − 1)·j_in, j = j_in·s, start = start_in + ((k − 1)/2 − p)·j_in,
  // input pixel centres at 0.5, 1.5, …
  const a = net(
    [1, 32, 32],
    [
      { op: 'conv', name: 'c1', out: 4, kernel: 3, padding: 1 },
      { op: 'pool', name: 'p1', mode: 'max', kernel: 2, stride: 2 },
      { op: 'conv', name: 'c2', out: 4, kernel: 3, padding: 1 },
      { op: 'conv', name: 'c3', out: 4, kernel: 3, stride: 2 },
    ],
  );
  it.each([
    // [layer, size, jump, start]
    ['c1', 3, 1, 0.5], // 1 + 2·1 = 3; start 0.5 + (1 − 1)·1 = 0.5 (pad 1 centres on pixel 0)
    ['p1', 4, 2, 1], // 3 + 1·1 = 4; j 2; start 0.5 + (0.5 − 0)·1 = 1.0 (between pixels 0 and 1)
    ['c2', 8, 2, 1], // 4 + 2·2 = 8; j 2; start 1 + (1 − 1)·2 = 1
    ['c3', 12, 4, 3], // 8 + 2·2 = 12; j 4; start 1 + (1 − 0)·2 = 3
  ])('%s: size %i, jump %i, start %f', (path, size, jump, start) => {
    const l = at(a, path);
    expect(l.rf.size).toEqual([size, size]);
    expect(l.rf.jump).toEqual([jump, jump]);
    expect(l.rf.start).toEqual([start, start]);
  });

  it('shows r = r_in + (K − 1)·j_in as arithmetic', () => {
    const l = at(a, 'c3');
    expect(l.arithmetic.find((x) => x.quantity === 'rf-size')!.expression).toBe('8 + (3 − 1)·2');
    expect(l.arithmetic.find((x) => x.quantity === 'rf-jump')!.expression).toBe('2·2');
  });

  it('keeps the largest field over parallel branches', () => {
    const b = net(
      [1, 16, 16],
      [
        {
          op: 'parallel',
          name: 'inc',
          branches: [
            { op: 'conv', name: 'a', out: 2, kernel: 1 },
            { op: 'conv', name: 'b', out: 2, kernel: 5, padding: 2 },
            { op: 'conv', name: 'c', out: 2, kernel: 3, padding: 1 },
          ],
          merge: { op: 'concat', name: 'concat' },
        },
      ],
    );
    expect(at(b, 'inc/concat').rf.size).toEqual([5, 5]);
  });

  it('dilation widens the field without weights: 3×3 dilation 2 sees 5', () => {
    const l = one([1, 9, 9], { op: 'conv', name: 'c', out: 1, kernel: 3, dilation: 2, padding: 2 });
    expect(l.rf.size).toEqual([5, 5]);
  });
});

describe('modules: totals, training-only leaves, wiring', () => {
  it('module totals sum to the whole (a catalog net and a nested tiny one)', () => {
    const alex = analyzeId('alexnet');
    const features = alex.modules.find((m) => m.path === 'features')!;
    const classifier = alex.modules.find((m) => m.path === 'classifier')!;
    expect(features.totals.params + classifier.totals.params).toBe(alex.totals.params);
    expect(features.totals.macs + classifier.totals.macs).toBe(alex.totals.macs);

    const a = net(
      [3, 8, 8],
      [
        {
          op: 'block',
          name: 'stage1',
          layers: [
            {
              op: 'block',
              name: 'unit1',
              layers: [{ op: 'conv', name: 'conv', out: 4, kernel: 3, padding: 1 }],
            },
            {
              op: 'block',
              name: 'unit2',
              layers: [{ op: 'conv', name: 'conv', out: 4, kernel: 3, padding: 1 }],
            },
          ],
        },
        { op: 'conv', name: 'head', out: 2, kernel: 1 },
      ],
    );
    const mod = (p: string) => a.modules.find((m) => m.path === p)!;
    // 3·3·3·4 + 4 = 112; 3·3·4·4 + 4 = 148; 4·2 + 2 = 10
    expect(mod('stage1/unit1').totals.params).toBe(112);
    expect(mod('stage1/unit2').totals.params).toBe(148);
    expect(mod('stage1').totals.params).toBe(112 + 148);
    expect(a.totals.params).toBe(112 + 148 + 10);
    // The root's totals, by hand on the 3×8×8 input (every conv keeps 8×8 with padding 1):
    // MACs 8·8·4·3·9 = 6,912 + 8·8·4·4·9 = 9,216 + 8·8·2·4 = 512 → 16,640;
    // outputs (= bias adds) 256 + 256 + 128 = 640; stored values 3·8·8 = 192 input + 640 = 832.
    expect(mod('').totals).toEqual({
      params: 270,
      buffers: 0,
      macs: 16_640,
      elementwise: 640,
      activations: 640,
      storedValues: 832,
      layers: 3,
      convs: 3,
      fcs: 0,
    });
    expect(mod('stage1').children).toEqual(['stage1/unit1', 'stage1/unit2']);
    expect(sumLayers(a.layers, mod('stage1').start, mod('stage1').end).params).toBe(260);
  });

  it('training-only leaves (aux heads) count in totals, not in inference', () => {
    const a = net(
      [8, 8, 8],
      [
        { op: 'conv', name: 'c1', out: 8, kernel: 3, padding: 1 },
        {
          op: 'block',
          name: 'aux',
          side: true,
          trainingOnly: true,
          layers: [
            { op: 'pool', name: 'pool', mode: 'avg', kernel: 4, stride: 4 },
            { op: 'flatten', name: 'flatten' },
            { op: 'fc', name: 'fc', out: 10 },
          ],
        },
        { op: 'conv', name: 'c2', out: 8, kernel: 3, padding: 1 },
      ],
    );
    const aux = 8 * 2 * 2 * 10 + 10; // fc 32 → 10: 330
    const c = 3 * 3 * 8 * 8 + 8; // 584 each
    expect(a.totals.params).toBe(2 * c + aux);
    expect(a.inference.params).toBe(2 * c);
    expect(a.inference.macs).toBe(a.totals.macs - 32 * 10);
    expect(a.hasTrainingOnly).toBe(true);
    expect(at(a, 'aux/fc').trainingOnly).toBe(true);
    // The side branch is not read by the next sibling: c2 reads c1.
    expect(at(a, 'c2').inputs).toEqual(['c1']);
    expect(a.output).toEqual([8, 8, 8]);
  });

  it('from, empty blocks (identity shortcuts), 2-input blocks and repeat', () => {
    const a = net(
      [16, 8, 8],
      [
        {
          op: 'block',
          name: 'res',
          kind: 'residual',
          layers: [
            { op: 'conv', name: 'a', out: 16, kernel: 3, padding: 1 },
            { op: 'conv', name: 'b', out: 16, kernel: 3, padding: 1 },
            { op: 'block', name: 'shortcut', layers: [], from: ['in0'] },
            { op: 'add', name: 'add', from: ['b', 'shortcut'] },
          ],
        },
        { op: 'conv', name: 'x', out: 4, kernel: 1, from: ['input'] },
        { op: 'conv', name: 'y', out: 4, kernel: 1, from: ['res'] },
        {
          op: 'block',
          name: 'pair',
          inputs: 2,
          from: ['x', 'y'],
          layers: [{ op: 'concat', name: 'cat', from: ['in1', 'in0'] }],
        },
        {
          op: 'repeat',
          name: 'tail',
          count: 3,
          body: { op: 'conv', name: 'unit', out: 8, kernel: 1 },
        },
      ],
    );
    // The empty block passes its input through: add reads conv b and the network input.
    expect(at(a, 'res/add').inputs).toEqual(['res/b', 'input']);
    expect(at(a, 'x').inputs).toEqual(['input']);
    expect(at(a, 'y').inputs).toEqual(['res/add']);
    expect(at(a, 'pair/cat').inputs).toEqual(['y', 'x']);
    expect(at(a, 'pair/cat').out).toEqual([8, 8, 8]);
    expect(a.layers.slice(-3).map((l) => l.path)).toEqual([
      'tail/unit1',
      'tail/unit2',
      'tail/unit3',
    ]);
    expect(at(a, 'tail/unit1').params).toBe(8 * 8 + 8);
    expect(a.output).toEqual([8, 8, 8]);
  });

  it('a block’s `output` names the child it returns', () => {
    const a = net(
      [4, 4, 4],
      [
        {
          op: 'block',
          name: 'b',
          output: 'first',
          layers: [
            { op: 'conv', name: 'first', out: 2, kernel: 1 },
            { op: 'conv', name: 'second', out: 6, kernel: 1 },
          ],
        },
      ],
    );
    expect(a.output).toEqual([2, 4, 4]);
  });

  it('the input override re-derives every shape', () => {
    const a = analyze(
      parseSpec(
        JSON.parse(
          JSON.stringify({
            root: {
              op: 'block',
              name: 'n',
              layers: [
                { op: 'input', name: 'input', shape: [3, 32, 32] },
                { op: 'conv', name: 'c', out: 8, kernel: 3, stride: 2, padding: 1 },
              ],
            },
          }),
        ),
      ),
      { input: [3, 64, 64] },
    );
    expect(a.input).toEqual([3, 64, 64]);
    expect(a.output).toEqual([8, 32, 32]); // ⌊(64 + 2 − 3)/2⌋ + 1 = 32
  });
});

describe('display conventions: MACs or FLOPs, bytes per value, batch', () => {
  it.each([
    // [compute, precision, batch, figure, activation bytes] for 1,000 MACs and 100 stored values
    ['macs', 'fp32', 1, 1000, 400],
    ['flops', 'fp32', 1, 2000, 400], // FLOPs = 2 × MACs (torch.utils.flop_counter)
    ['macs', 'fp16', 8, 8000, 1600], // 2 B × 100 × 8
    ['flops', 'int8', 4, 8000, 400], // 1 B × 100 × 4
  ] as const)('%s, %s, batch %i', (compute, precision, batch, figure, bytes) => {
    const c = { compute, precision, batch };
    expect(computeFigure(1000, c)).toBe(figure);
    expect(activationBytes(100, c)).toBe(bytes);
  });

  it('VGG-16 stored values are 58.1 MiB in fp32 (architectures.md §0.5: 15,237,608 × 4 B)', () => {
    const t = analyzeId('vgg16').totals;
    const m = memoryEstimate(t, DEFAULT_CONVENTIONS);
    expect(m.activationBytes).toBe(15_237_608 * 4);
    expect(bytesText(m.activationBytes)).toBe('58.1 MiB');
    expect(m.paramBytes).toBe(138_357_544 * 4);
    // Training: weights, gradients and one momentum buffer; activations kept and their gradients.
    expect(m.training).toBe(3 * 138_357_544 * 4 + 2 * 15_237_608 * 4);
  });
});
