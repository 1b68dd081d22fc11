/**
 * The importer's op mapping on small hand-made models (written with the same protobuf runtime).
 * Every expected figure is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/engine/index';
import { importOnnx, isOnnxImportError, onnxText } from '../../src/import/onnx/index';
import { node, onnxModel, tensor, value, type ModelParts } from '../onnx-builder';

function run(p: ModelParts, options = {}) {
  const r = importOnnx(onnxModel(p), options);
  return { ...r, a: analyze(r.spec) };
}
const leaf = (a: Analysis, op: string, i = 0) => a.layers.filter((l) => l.op === op)[i];
function importError(p: ModelParts | Uint8Array): string {
  try {
    importOnnx(p instanceof Uint8Array ? p : onnxModel(p));
  } catch (e) {
    if (isOnnxImportError(e)) return e.message;
    throw e;
  }
  throw new Error('imported without error');
}

describe('Conv', () => {
  it('groups, dilation and asymmetric pads (a zero-padding leaf first)', () => {
    // 4×10×10, pads top/left 0 and bottom/right 1 → 4×11×11; 3×3 dilated by 2 spans 5:
    // (11 − 5)/1 + 1 = 7. Params 8·(4/2)·3·3 + 8 = 152; MACs 7·7·8·(4/2)·9 = 7,056.
    const { a } = run({
      inputs: [value('x', [1, 4, 10, 10]), value('w', [8, 2, 3, 3]), value('b', [8])],
      nodes: [
        node('Conv', ['x', 'w', 'b'], ['y'], { group: 2, dilations: [2, 2], pads: [0, 0, 1, 1] }),
      ],
      outputs: ['y'],
    });
    expect(leaf(a, 'zeropad').out).toEqual([4, 11, 11]);
    const c = leaf(a, 'conv');
    expect([c.out, c.params, c.macs]).toEqual([[8, 7, 7], 152, 7_056]);
  });

  it('auto_pad SAME_UPPER is TensorFlow’s same: ceil(7 / 2) = 4', () => {
    // MACs 4·4·4·3·3·3 = 1,728; params 4·27 (no bias input) = 108.
    const { a } = run({
      inputs: [value('x', [1, 3, 7, 7])],
      initializers: [tensor('w', [4, 3, 3, 3])],
      nodes: [node('Conv', ['x', 'w'], ['y'], { auto_pad: 'SAME_UPPER', strides: [2, 2] })],
      outputs: ['y'],
    });
    const c = leaf(a, 'conv');
    expect([c.out, c.params, c.macs]).toEqual([[4, 4, 4], 108, 1_728]);
  });
});

describe('the shape-only ops around Reshape, MatMul + Add', () => {
  it('x.view(x.size(0), -1) then x @ W + b is flatten and fc with bias', () => {
    // 2×3×3 flattens to 18; W 18×5 plus bias 5: 95 params, 90 MACs.
    const { a, warnings } = run({
      inputs: [value('x', ['N', 2, 3, 3])],
      initializers: [
        tensor('zero', [], [0]),
        tensor('minus1', [1], [-1]),
        tensor('W', [18, 5]),
        tensor('bias', [5]),
      ],
      nodes: [
        node('Shape', ['x'], ['s']),
        node('Gather', ['s', 'zero'], ['n'], { axis: 0 }),
        node('Unsqueeze', ['n', 'zero_axes'], ['n1']),
        node('Constant', [], ['zero_axes'], { value: tensor('', [1], [0]) }),
        node('Concat', ['n1', 'minus1'], ['target'], { axis: 0 }),
        node('Reshape', ['x', 'target'], ['flat']),
        node('MatMul', ['flat', 'W'], ['mm']),
        node('Add', ['mm', 'bias'], ['y']),
      ],
      outputs: ['y'],
    });
    expect(warnings).toEqual([]);
    expect(a.layers.map((l) => l.op)).toEqual(['input', 'flatten', 'fc']);
    const f = leaf(a, 'fc');
    expect([f.out, f.params, f.macs]).toEqual([[5], 95, 90]);
  });

  it('ReduceMean over H and W without keepdims is a global average pool and a flatten', () => {
    // Gemm 16 → 10 with transB: 16·10 + 10 = 170 params.
    const { a } = run({
      inputs: [value('x', [1, 16, 5, 5])],
      initializers: [tensor('W', [10, 16]), tensor('B', [10])],
      nodes: [
        node('ReduceMean', ['x'], ['m'], { axes: [2, 3], keepdims: 0 }),
        node('Gemm', ['m', 'W', 'B'], ['y'], { transB: 1 }),
      ],
      outputs: ['y'],
    });
    expect(a.layers.map((l) => l.op)).toEqual(['input', 'pool', 'flatten', 'fc']);
    expect(leaf(a, 'fc').params).toBe(170);
  });
});

describe('merges and gates', () => {
  it('a squeeze-and-excitation gate is a scale; Add of two maps is an add', () => {
    // 8×4×4 → pool 8×1×1 → conv 1×1 8→2 (18 params) → relu → conv 2→8 (24 params) → sigmoid
    // → x · gate (scale) → + x (add). Params 18 + 24 = 42.
    const { a } = run({
      inputs: [value('x', [1, 8, 4, 4])],
      initializers: [
        tensor('w1', [2, 8, 1, 1]),
        tensor('b1', [2]),
        tensor('w2', [8, 2, 1, 1]),
        tensor('b2', [8]),
      ],
      nodes: [
        node('GlobalAveragePool', ['x'], ['p']),
        node('Conv', ['p', 'w1', 'b1'], ['c1']),
        node('Relu', ['c1'], ['r']),
        node('Conv', ['r', 'w2', 'b2'], ['c2']),
        node('Sigmoid', ['c2'], ['g']),
        node('Mul', ['g', 'x'], ['s']),
        node('Add', ['s', 'x'], ['y']),
      ],
      outputs: ['y'],
    });
    expect(leaf(a, 'scale').out).toEqual([8, 4, 4]);
    expect(leaf(a, 'add').out).toEqual([8, 4, 4]);
    expect(a.totals.params).toBe(42);
  });

  it('Concat along channels, Pad, LRN, Dropout, MaxPool in ceil mode, Softmax', () => {
    // concat 3 + 3 = 6 channels of 5×5; pad 1 each side → 7×7; max 2×2/2 ceil: ceil(5/2)+1 = 4.
    const { a } = run({
      inputs: [value('x', [1, 3, 5, 5])],
      initializers: [tensor('pads', [8], [0, 0, 1, 1, 0, 0, 1, 1]), tensor('ratio', [])],
      nodes: [
        node('Concat', ['x', 'x'], ['c'], { axis: 1 }),
        node('Pad', ['c', 'pads'], ['p'], { mode: 'constant' }),
        node('LRN', ['p'], ['l'], {
          size: 5,
          alpha: { f: 1e-4 },
          beta: { f: 0.75 },
          bias: { f: 2 },
        }),
        node('Dropout', ['l'], ['d']),
        node('MaxPool', ['d'], ['m'], { kernel_shape: [2, 2], strides: [2, 2], ceil_mode: 1 }),
        node('Softmax', ['m'], ['y'], { axis: 1 }),
      ],
      outputs: ['y'],
    });
    expect(a.layers.map((l) => `${l.op} ${l.out.join('×')}`)).toEqual([
      'input 3×5×5',
      'concat 6×5×5',
      'zeropad 6×7×7',
      'lrn 6×7×7',
      'dropout 6×7×7',
      'pool 6×4×4',
      'softmax 6×4×4',
    ]);
  });
});

describe('what the importer cannot map', () => {
  it('names an unsupported node and still imports the rest', () => {
    // The conv after the unknown op still counts: 2·3·1·1 + 2 = 8 params on the 3×6×6 map.
    const name = '<img src=x onerror=alert(1)>';
    const { a, warnings } = run({
      inputs: [value('x', [1, 3, 6, 6])],
      initializers: [tensor('w', [2, 3, 1, 1]), tensor('b', [2])],
      nodes: [node('FancyOp', ['x'], ['f'], {}, name), node('Conv', ['f', 'w', 'b'], ['y'])],
      outputs: ['y'],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].node).toBe(name);
    expect(onnxText(warnings[0].msg)).toContain('operator FancyOp is not supported');
    expect(leaf(a, 'conv').params).toBe(8);
  });

  it('analyzes symbolic sizes at 224 and says so; --input overrides', () => {
    const p: ModelParts = {
      inputs: [value('x', ['N', 3, 'H', 'W'])],
      initializers: [tensor('w', [4, 3, 3, 3])],
      nodes: [node('Conv', ['x', 'w'], ['y'])],
      outputs: ['y'],
    };
    const r = run(p);
    expect(r.a.input).toEqual([3, 224, 224]);
    expect(onnxText(r.warnings[0].msg)).toContain('symbolic height/width');
    expect(run(p, { input: [3, 32, 32] }).a.output).toEqual([4, 30, 30]);
  });

  it('refuses files it cannot read with a clear message', () => {
    expect(importError(new Uint8Array())).toBe('the file is empty');
    expect(importError(new Uint8Array([0xff, 0xff, 0xff]))).toMatch(/^not a readable ONNX model/);
    expect(importError(new TextEncoder().encode('hello'))).toMatch(/ONNX/);
    expect(
      importError({
        inputs: [value('x', [1, 3, 4, 4])],
        nodes: [node('Add', ['x', 'z'], ['y']), node('Relu', ['y'], ['z'])],
        outputs: ['y'],
      }),
    ).toMatch(/cycle/);
    expect(
      importError({
        inputs: [value('x', [1, 3, 4, 4])],
        initializers: [tensor('c', [1, 3, 4, 4])],
        nodes: [node('Relu', ['x'], ['r']), node('Relu', ['c'], ['y'])],
        outputs: ['y'],
      }),
    ).toBe('the graph output "y" does not depend on the input "x"');
    expect(
      importError({
        inputs: [value('x', [1, 3, 8, 8])],
        initializers: [tensor('w', [4, 3, 11, 11])],
        nodes: [node('Conv', ['x', 'w'], ['y'], {}, 'big')],
        outputs: ['y'],
      }),
    ).toMatch(/^node "big" \(Conv\): .*\[kernel-fits\]$/);
  });

  it('a weight that disagrees with the input is named', () => {
    const { warnings } = run({
      inputs: [value('x', [1, 3, 6, 6])],
      initializers: [tensor('w', [2, 5, 1, 1])],
      nodes: [node('Conv', ['x', 'w'], ['y'], {}, 'c')],
      outputs: ['y'],
    });
    expect(warnings.map((w) => ({ node: w.node, op: w.op, message: onnxText(w.msg) }))).toEqual([
      {
        node: 'c',
        op: 'Conv',
        message:
          'the weight is 2×5×1×1 but the layer reads 3×6×6; the counts follow the shapes, not the weight',
      },
    ]);
  });
});
