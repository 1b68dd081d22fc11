/**
 * Hostile files against the ONNX importer: random bytes, truncated and mutated real exports, and
 * random graphs of the supported (and some unsupported) operators. Every outcome is either an
 * import that the engine can analyze or an OnnxImportError with a readable message; nothing else
 * escapes and nothing hangs. The seed is fixed; `npm run fuzz` runs many more cases.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { importOnnx, isOnnxImportError, MAX_NODES } from '../../src/import/onnx/index';
import { node, onnxModel, tensor, value } from '../onnx-builder';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20260412);
const params = { numRuns: RUNS, seed: SEED };

/** Import; true when it imported and analyzed, false when refused with a clear message. */
function outcome(bytes: Uint8Array): boolean {
  try {
    const r = importOnnx(bytes);
    analyze(r.spec);
    return true;
  } catch (e) {
    if (!isOnnxImportError(e)) throw e;
    expect(e.message.length).toBeGreaterThan(8);
    expect(e.message.length).toBeLessThan(600);
    expect(e.message).not.toMatch(/undefined|NaN|\[object /);
    return false;
  }
}

function splice(b: Uint8Array, at: number, remove: number, insert: number[]): Uint8Array {
  at = Math.min(at, b.length - remove);
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

const fixtures = ['lenet5.onnx', 'resnet18.onnx', 'squeezenet1_1.onnx'].map((f) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/onnx/${f}`, import.meta.url))),
);

// No hang: each property must finish well inside this (a guard, not a measurement).
describe('ONNX importer against hostile bytes', { timeout: Math.max(60_000, RUNS * 100) }, () => {
  it('random byte strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (b) => void outcome(b)),
      params,
    );
  });

  it('truncated real exports', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (f, at) => void outcome(f.subarray(0, Math.floor(f.length * at))),
      ),
      params,
    );
  });

  it('mutated real exports (flipped, inserted and deleted bytes)', () => {
    const edit = fc.record({
      kind: fc.constantFrom('flip', 'insert', 'delete'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      byte: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (f, edits) => {
          let b: Uint8Array = Uint8Array.from(f);
          for (const e of edits) {
            const i = Math.floor(e.at * b.length);
            if (e.kind === 'flip') b[Math.min(i, b.length - 1)] ^= e.byte || 1;
            else if (e.kind === 'insert') b = splice(b, i, 0, [e.byte]);
            else b = splice(b, i, 1, []);
          }
          outcome(b);
        },
      ),
      { ...params, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });

  it('random graphs of operators with random attributes', () => {
    const OPS = [
      'Conv',
      'Relu',
      'MaxPool',
      'AveragePool',
      'GlobalAveragePool',
      'Add',
      'Mul',
      'Concat',
      'Flatten',
      'Gemm',
      'MatMul',
      'Reshape',
      'Pad',
      'BatchNormalization',
      'Transpose',
      'ReduceMean',
      'Squeeze',
      'Shape',
      'Gather',
      'Softmax',
      'Dropout',
      'LRN',
    ];
    const small = fc.integer({ min: -2, max: 6 });
    const step = fc.record({
      op: fc.constantFrom(...OPS),
      a: fc.nat(),
      b: fc.nat(),
      ints: fc.array(small, { maxLength: 8 }),
      k: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 16 }),
        (steps, size) => {
          const names = ['x'];
          const inits = [
            tensor('w', [4, 3, 3, 3]),
            tensor('shape', [2], [1, -1]),
            tensor('ints', [2], [2, 3]),
            tensor('W2', [8, 4]),
          ];
          const nodes = steps.map((s, i) => {
            const a = names[s.a % names.length];
            const b = names[s.b % names.length];
            const out = `t${i}`;
            names.push(out);
            const second =
              s.op === 'Conv'
                ? 'w'
                : s.op === 'Reshape'
                  ? 'shape'
                  : s.op === 'Gemm' || s.op === 'MatMul'
                    ? 'W2'
                    : s.op === 'Gather'
                      ? 'ints'
                      : b;
            return node(s.op, [a, second], [out], {
              kernel_shape: [s.k, s.k],
              strides: s.ints.slice(0, 2),
              pads: s.ints.slice(0, 4),
              axis: s.ints[0] ?? 1,
              axes: s.ints.slice(0, 2),
              group: s.k,
            });
          });
          outcome(
            onnxModel({
              inputs: [value('x', [1, 3, size, size])],
              initializers: inits,
              nodes,
              outputs: [names[names.length - 1]],
            }),
          );
        },
      ),
      params,
    );
  });
});

describe('size limits', { timeout: 30_000 }, () => {
  it('refuses a 500 MB file before decoding, saying how to make a small one', () => {
    // A zero-filled buffer is only reserved, not written, so this costs no real memory.
    const big = new Uint8Array(500 * 1024 * 1024);
    expect(() => importOnnx(big)).toThrow(
      /^the file is 500\.0 MB; the importer reads files up to 256\.0 MB\. .*export_params=False/,
    );
  });

  it(`refuses a graph of more than ${MAX_NODES.toLocaleString('en-US')} nodes`, () => {
    const relu = node('Relu', ['x'], ['x']);
    const bytes = onnxModel({
      inputs: [value('x', [1, 3, 4, 4])],
      nodes: new Array<typeof relu>(MAX_NODES + 1).fill(relu),
      outputs: ['x'],
    });
    expect(() => importOnnx(bytes)).toThrow(
      'the graph has 100,001 nodes; the importer handles up to 100,000',
    );
  });
});
