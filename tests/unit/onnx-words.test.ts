/**
 * The ONNX importer's words: every code (errors, warnings, notes, and the pass-through reasons)
 * says something in English and in Chinese with realistic values; the Chinese keeps the numbers
 * and holds no English word but ONNX operator, attribute and field names; a wrapped engine message
 * is data said in the language asked, and every message survives the worker (structured clone).
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/engine/message';
import type { EngineMessage } from '../../src/engine/messages';
import {
  importOnnx,
  isOnnxImportError,
  ONNX_REASONS,
  ONNX_WORDS,
  type OnnxReasons,
  type OnnxWords,
} from '../../src/import/onnx/index';
import { onnxReasons as zhReasons, onnxWords as zhWords } from '../../src/i18n/zh/onnx';
import { node, onnxModel, tensor, value } from '../onnx-builder';
import { wordProblems, type Samples } from '../words-check';

/** What the engine says of an 11×11 kernel on an unpadded 8×8 input (tests/unit/onnx-ops.test.ts). */
const ENGINE: EngineMessage = {
  code: 'kernel-larger',
  window: 'kernel',
  axis: 'height',
  size: 11,
  dilation: 1,
  effective: 11,
  padded: 8,
  input: 8,
  padding: 0,
};

const SAMPLES: Samples<OnnxWords> = {
  'empty-file': { code: 'empty-file' },
  // 300 MiB against the 256 MiB limit (src/import/onnx/limits.ts).
  'too-big': { code: 'too-big', bytes: 300 * 1024 * 1024, max: 256 * 1024 * 1024 },
  unreadable: { code: 'unreadable', error: 'NotReadableError' },
  timeout: { code: 'timeout', seconds: 60 },
  'worker-stopped': { code: 'worker-stopped', error: null },
  unexpected: { code: 'unexpected', error: 'RangeError' },
  'not-onnx': { code: 'not-onnx', error: 'premature EOF' },
  'no-graph': { code: 'no-graph' },
  'too-many-nodes': { code: 'too-many-nodes', nodes: 150_000, max: 100_000 },
  'out-of-range': {
    code: 'out-of-range',
    what: { kind: 'attribute', attribute: 'group', node: 'conv1' },
    value: '9007199254740993',
  },
  cycle: { code: 'cycle', node: 'add1', op: 'Add' },
  'input-no-shape': { code: 'input-no-shape', input: 'x' },
  'input-rank': { code: 'input-rank', input: 'x', dims: 3 },
  'input-symbolic-channels': { code: 'input-symbolic-channels', input: 'x' },
  'input-zero': { code: 'input-zero', input: 'x', shape: '3×0×224' },
  'no-activation-input': { code: 'no-activation-input' },
  'output-independent': { code: 'output-independent', output: 'y', input: 'x' },
  'no-output': { code: 'no-output' },
  'no-shape': { code: 'no-shape', leaf: 'n12' },
  'node-broke': {
    code: 'node-broke',
    node: 'big',
    op: 'Conv',
    rule: 'kernel-fits',
    engine: ENGINE,
  },
  'graph-broke': { code: 'graph-broke', rule: 'add-shapes', engine: ENGINE },
  'symbolic-size': { code: 'symbolic-size', input: 'x', shape: '3×224×224' },
  'input-as-constant': { code: 'input-as-constant', input: 'mask', data: 'x' },
  'weight-mismatch': { code: 'weight-mismatch', weight: '2×5×1×1', reads: '3×6×6' },
  'pass-through': { code: 'pass-through', why: { code: 'unsupported', op: 'Transpose' } },
  'dilated-pool': { code: 'dilated-pool' },
  'prelu-slopes': { code: 'prelu-slopes' },
  'same-lower': { code: 'same-lower', node: '', op: 'MaxPool' },
  'pad-mode': { code: 'pad-mode', node: 'pad1', op: 'Pad', mode: 'reflect' },
  'several-outputs': { code: 'several-outputs', outputs: 3, first: 'logits' },
  'folded-bn': { code: 'folded-bn', convs: 20 },
};

const REASONS: Samples<OnnxReasons> = {
  'weight-no-shape': { code: 'weight-no-shape' },
  'conv-rank': { code: 'conv-rank', rank: 3 },
  'pool-rank': { code: 'pool-rank' },
  'gemm-weight': { code: 'gemm-weight' },
  'gemm-trans-a': { code: 'gemm-trans-a' },
  'matmul-form': { code: 'matmul-form' },
  'matmul-map': { code: 'matmul-map', shape: '512×7×7' },
  'constant-operand': { code: 'constant-operand', op: 'Div' },
  product: { code: 'product', shape: '64×56×56' },
  'concat-constants': { code: 'concat-constants' },
  'concat-axis': { code: 'concat-axis', axis: 2 },
  'flatten-axis': { code: 'flatten-axis', axis: 2 },
  'reshape-target': { code: 'reshape-target' },
  'reshape-cannot': { code: 'reshape-cannot', from: '1×512×7×7', to: '1×1000' },
  'reshape-batch': { code: 'reshape-batch', to: '2×-1' },
  'reshape-to': { code: 'reshape-to', to: '64×49' },
  squeeze: { code: 'squeeze', shape: '512×7×7' },
  'mean-axes': { code: 'mean-axes', axes: '1' },
  'pad-form': { code: 'pad-form' },
  'pad-batch': { code: 'pad-batch' },
  domain: { code: 'domain', op: 'Gelu', domain: 'com.microsoft' },
  unsupported: { code: 'unsupported', op: 'Transpose' },
};

/**
 * Latin words a Chinese importer sentence may hold: ONNX operator and attribute names, the
 * padding modes, the spec's op names and format, tools and units, and the values the samples
 * quote from a file or an exception (names, the decoder's and browser's own text).
 */
const ALLOWED = new Set([
  // ONNX and its operators, attributes and values.
  'ONNX',
  'onnx',
  'opset',
  'protobuf',
  'Conv',
  'Gemm',
  'MatMul',
  'MaxPool',
  'Add',
  'Div',
  'Pad',
  'Gelu',
  'Transpose',
  'PRelu',
  'SAME_LOWER',
  'SAME_UPPER',
  'LOWER',
  'UPPER',
  'SAME',
  'reshape',
  'squeeze',
  'concat',
  'flatten',
  'group',
  'reflect',
  'spec',
  'conv',
  // The export call the size refusal quotes: torch.onnx.export(..., export_params=False).
  'torch',
  'export',
  'export_params',
  'params',
  'False',
  'CNN',
  'Atlas',
  // Units and notation.
  'com',
  'microsoft',
]);
/** Values the samples quote (names from the file, exceptions' own text). */
const QUOTED = [
  'NotReadableError',
  'RangeError',
  'premature EOF',
  'logits',
  'mask',
  'big',
  'add1',
  'conv1',
  'pad1',
  'n12',
];

describe('ONNX words', () => {
  it('every code says something in both languages, numbers kept, no stray English', () => {
    expect(wordProblems(ONNX_WORDS, zhWords, SAMPLES, ALLOWED, QUOTED)).toEqual([]);
    expect(wordProblems(ONNX_REASONS, zhReasons, REASONS, ALLOWED, QUOTED)).toEqual([]);
  });

  it('a wrapped engine message is data: each language says the rule and the engine in its words', () => {
    const m = SAMPLES['node-broke'];
    // The English keeps the sentence the tests and the CLI pin: engine text, then [rule].
    expect(say(ONNX_WORDS, m)).toBe(
      'node "big" (Conv): kernel height 11 is larger than the padded input 8 (8 + 0 padding) [kernel-fits]',
    );
    // The Chinese names the rule by its Chinese name (src/i18n/zh/errors.ts) and says the
    // engine's message with the Chinese engine words (src/i18n/zh/engine.ts).
    expect(say(zhWords, m)).toBe(
      '节点“big”（Conv）：卷积核（窗口）必须不大于填充后的输入——卷积核高 11 大于填充后的输入 8（8 + 0 填充）',
    );
  });

  it('the importer throws a message that survives the worker as plain JSON', () => {
    let caught: unknown;
    try {
      importOnnx(
        onnxModel({
          inputs: [value('x', [1, 3, 8, 8])],
          initializers: [tensor('w', [4, 3, 11, 11])],
          nodes: [node('Conv', ['x', 'w'], ['y'], {}, 'big')],
          outputs: ['y'],
        }),
      );
    } catch (e) {
      caught = e;
    }
    expect(isOnnxImportError(caught)).toBe(true);
    const msg = (caught as { msg: unknown }).msg;
    expect(msg).toMatchObject({ code: 'node-broke', node: 'big', op: 'Conv', rule: 'kernel-fits' });
    // What postMessage does to it: a structured clone, equal to JSON's round trip.
    expect(structuredClone(msg)).toEqual(JSON.parse(JSON.stringify(msg)));
    expect(say(zhWords, JSON.parse(JSON.stringify(msg)))).toMatch(/^节点“big”（Conv）：卷积核/);
  });
});
