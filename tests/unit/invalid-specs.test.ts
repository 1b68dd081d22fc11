/**
 * Negative rows, like netron's test/models.json: every spec here is invalid, and each row names
 * the exact message a user sees (SpecError.message = `path: detail [rule]`) and the rule.
 * Specs are plain JSON, as a user's file or the editor would hand them to parseSpec.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { analyze, isSpecError, parseSpec, type SpecRule } from '../../src/engine/index';

const INPUT = { op: 'input', name: 'input', shape: [3, 8, 8] };
/** A network reading a 3×8×8 input, then `layers`. */
const net = (...layers: unknown[]) => ({
  root: { op: 'block', name: 'net', layers: [INPUT, ...layers] },
});

interface Row {
  name: string;
  spec: unknown;
  rule: SpecRule;
  message: string;
}

const ROWS: Row[] = [
  // ---- shape rules (checked by analyze, need the input size)
  {
    name: 'kernel larger than the padded input',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 11 }),
    rule: 'kernel-fits',
    message:
      'conv1: kernel height 11 is larger than the padded input 8 (8 + 0 padding) [kernel-fits]',
  },
  {
    name: 'padding can make it fit, but not here',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 11, padding: 1 }),
    rule: 'kernel-fits',
    message:
      'conv1: kernel height 11 is larger than the padded input 10 (8 + 2 padding) [kernel-fits]',
  },
  {
    name: 'dilated kernel larger than the input',
    spec: net({ op: 'conv', name: 'atrous', out: 4, kernel: 5, dilation: 2 }),
    rule: 'kernel-fits',
    message:
      'atrous: dilated kernel height 9 (5 with dilation 2) is larger than the padded input 8 (8 + 0 padding) [kernel-fits]',
  },
  {
    name: 'only the width is too small',
    spec: {
      root: {
        op: 'block',
        name: 'net',
        layers: [
          { op: 'input', name: 'input', shape: [1, 8, 2] },
          { op: 'conv', name: 'c', out: 1, kernel: 3 },
        ],
      },
    },
    rule: 'kernel-fits',
    message: 'c: kernel width 3 is larger than the padded input 2 (2 + 0 padding) [kernel-fits]',
  },
  {
    name: 'pool window larger than the input',
    spec: net({
      op: 'block',
      name: 'stage5',
      layers: [{ op: 'pool', name: 'pool', mode: 'max', kernel: 9 }],
    }),
    rule: 'kernel-fits',
    message:
      'stage5/pool: pool window height 9 is larger than the padded input 8 (8 + 0 padding) [kernel-fits]',
  },
  {
    name: 'pool padding above half the window (PyTorch rejects it)',
    spec: net({ op: 'pool', name: 'pool', mode: 'max', kernel: 2, stride: 2, padding: 2 }),
    rule: 'pool-padding',
    message:
      'pool: pool padding 2 is more than half the window height 2; a window would hold only padding [pool-padding]',
  },
  {
    name: 'channels not divisible by groups',
    spec: net({ op: 'conv', name: 'conv2', out: 4, kernel: 3, groups: 2 }),
    rule: 'groups-divide',
    message:
      'conv2: groups 2 must divide the input channels 3 and the output channels 4 [groups-divide]',
  },
  {
    name: 'add of unequal shapes',
    spec: net(
      { op: 'conv', name: 'branch', out: 4, kernel: 3 },
      { op: 'add', name: 'add', from: ['input', 'branch'] },
    ),
    rule: 'add-shapes',
    message: 'add: add needs equal shapes, got 3×8×8 and 4×6×6 [add-shapes]',
  },
  {
    name: 'residual block whose shortcut misses a projection',
    spec: net({
      op: 'parallel',
      name: 'block1',
      branches: [
        { op: 'conv', name: 'conv', out: 16, kernel: 3, padding: 1 },
        { op: 'block', name: 'shortcut', layers: [] },
      ],
      merge: { op: 'add', name: 'add' },
    }),
    rule: 'add-shapes',
    message: 'block1/add: add needs equal shapes, got 16×8×8 and 3×8×8 [add-shapes]',
  },
  {
    name: 'concat of unequal spatial sizes',
    spec: net({
      op: 'parallel',
      name: 'inception',
      branches: [
        { op: 'conv', name: 'b1', out: 4, kernel: 1 },
        { op: 'conv', name: 'b3', out: 4, kernel: 3 },
      ],
      merge: { op: 'concat', name: 'concat' },
    }),
    rule: 'concat-spatial',
    message:
      'inception/concat: concat needs equal spatial sizes, got 4×8×8 and 4×6×6 [concat-spatial]',
  },
  {
    name: 'fc on an unflattened input',
    spec: net({ op: 'fc', name: 'fc6', out: 4096 }),
    rule: 'flat-input',
    message:
      'fc6: fc needs a flat input [N], got 3×8×8; add a flatten layer before it [flat-input]',
  },
  {
    name: 'conv after flatten',
    spec: net({ op: 'flatten', name: 'flatten' }, { op: 'conv', name: 'c', out: 4, kernel: 1 }),
    rule: 'spatial-input',
    message:
      'c: conv needs a C×H×W input, got the flat vector 192; remove the flatten before it [spatial-input]',
  },
  {
    name: 'cropping more than the map has',
    spec: net({ op: 'zeropad', name: 'crop', padding: [-4, -4, 0, 0] }),
    rule: 'output-positive',
    message: 'crop: output 3×0×8 has a size below 1 [output-positive]',
  },
  {
    name: 'SE gate with the wrong channel count',
    spec: net(
      { op: 'pool', name: 'squeeze', mode: 'avg', global: true },
      { op: 'conv', name: 'gate', out: 5, kernel: 1 },
      { op: 'scale', name: 'excite', from: ['input', 'gate'] },
    ),
    rule: 'scale-shapes',
    message:
      'excite: scale multiplies 3×8×8 by a per-channel gate of 3×1×1, got 5×1×1 [scale-shapes]',
  },
  {
    name: 'add with one input',
    spec: net({ op: 'add', name: 'add', from: ['input'] }),
    rule: 'merge-arity',
    message: 'add: add reads at least 2 inputs, got 1 [merge-arity]',
  },
  {
    name: 'a second input layer',
    spec: net({ op: 'input', name: 'input2', shape: [3, 8, 8] }),
    rule: 'input-first',
    message: 'input2: an input layer may only be the first layer of the network [input-first]',
  },
  {
    name: 'no input layer',
    spec: { root: { op: 'block', name: 'net', layers: [{ op: 'relu', name: 'relu' }] } },
    rule: 'input-first',
    message: 'relu: the network must begin with an input layer [input-first]',
  },

  // ---- zero or negative sizes (parseSpec)
  {
    name: 'zero filters',
    spec: net({ op: 'conv', name: 'conv1', out: 0, kernel: 3 }),
    rule: 'positive-size',
    message: 'conv1: conv.out must be a positive integer, got 0 [positive-size]',
  },
  {
    name: 'negative kernel',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: -3 }),
    rule: 'positive-size',
    message: 'conv1: conv.kernel must be positive, got -3 [positive-size]',
  },
  {
    name: 'zero stride in a pair',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 3, stride: [1, 0] }),
    rule: 'positive-size',
    message: 'conv1: conv.stride must be positive, got [1,0] [positive-size]',
  },
  {
    name: 'negative padding on a conv (only zeropad crops)',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 3, padding: -1 }),
    rule: 'positive-size',
    message: 'conv1: conv.padding must be non-negative, got -1 [positive-size]',
  },
  {
    name: 'zero-sized input',
    spec: {
      root: {
        op: 'block',
        name: 'net',
        layers: [{ op: 'input', name: 'input', shape: [3, 0, 8] }],
      },
    },
    rule: 'positive-size',
    message: 'input: input.shape must be all positive, got [3,0,8] [positive-size]',
  },
  {
    name: 'repeat zero times',
    spec: net({ op: 'repeat', name: 'stage', count: 0, body: { op: 'relu', name: 'unit' } }),
    rule: 'positive-size',
    message: 'stage: repeat.count must be a positive integer, got 0 [positive-size]',
  },

  // ---- unknown op, missing field, wrong type (parseSpec)
  {
    name: 'unknown op, close to a known one',
    spec: net({ op: 'conv3d', name: 'c' }),
    rule: 'unknown-op',
    message: 'c: unknown op "conv3d" — did you mean "conv"? [unknown-op]',
  },
  {
    name: 'unknown op, nothing close',
    spec: net({ op: 'transformer', name: 'c' }),
    rule: 'unknown-op',
    message:
      'c: unknown op "transformer"; known ops: input, conv, pool, lrn, bn, relu, tanh, sigmoid, softmax, dropout, flatten, fc, zeropad, identity, scale, concat, add, mean, block, parallel, repeat [unknown-op]',
  },
  {
    name: 'missing op',
    spec: net({ name: 'c', out: 4 }),
    rule: 'missing-field',
    message: 'c: missing field "op" [missing-field]',
  },
  {
    name: 'missing kernel',
    spec: net({ op: 'conv', name: 'conv1', out: 64 }),
    rule: 'missing-field',
    message: 'conv1: conv is missing field "kernel" [missing-field]',
  },
  {
    name: 'missing name (the path falls back to the position)',
    spec: net({ op: 'relu' }),
    rule: 'missing-field',
    message: '#2: relu is missing field "name" [missing-field]',
  },
  {
    name: 'pool without a window',
    spec: net({ op: 'pool', name: 'pool', mode: 'max' }),
    rule: 'missing-field',
    message:
      'pool: pool is missing field "kernel" (or "global": true, or an adaptive "output") [missing-field]',
  },
  {
    name: 'parallel without a merge',
    spec: net({ op: 'parallel', name: 'inc', branches: [{ op: 'relu', name: 'r' }] }),
    rule: 'missing-field',
    message: 'inc: parallel is missing field "merge" [missing-field]',
  },
  {
    name: 'no root',
    spec: { id: 'mine' },
    rule: 'missing-field',
    message: '(network): spec is missing field "root" [missing-field]',
  },
  {
    name: 'kernel as a string',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: '3' }),
    rule: 'wrong-type',
    message: 'conv1: conv.kernel must be a number, [h, w] or "full", got "3" [wrong-type]',
  },
  {
    name: 'fractional stride',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 3, stride: 1.5 }),
    rule: 'wrong-type',
    message: 'conv1: conv.stride must be a number or [h, w], got 1.5 [wrong-type]',
  },
  {
    name: 'bias as a word',
    spec: net({ op: 'conv', name: 'conv1', out: 4, kernel: 3, bias: 'yes' }),
    rule: 'wrong-type',
    message: 'conv1: conv.bias must be true or false, got "yes" [wrong-type]',
  },
  {
    name: 'dropout probability 1.5',
    spec: net({ op: 'dropout', name: 'drop6', p: 1.5 }),
    rule: 'wrong-type',
    message: 'drop6: dropout.p must be a probability in [0, 1), got 1.5 [wrong-type]',
  },
  {
    name: 'pool mode min',
    spec: net({ op: 'pool', name: 'pool', mode: 'min', kernel: 2 }),
    rule: 'wrong-type',
    message: 'pool: pool.mode must be "max" or "avg", got "min" [wrong-type]',
  },
  {
    name: 'input of two numbers',
    spec: {
      root: { op: 'block', name: 'net', layers: [{ op: 'input', name: 'input', shape: [3, 8] }] },
    },
    rule: 'wrong-type',
    message: 'input: input.shape must be [C, H, W] or [N], got [3,8] [wrong-type]',
  },
  {
    name: 'layers not a list',
    spec: { root: { op: 'block', name: 'net', layers: 'conv' } },
    rule: 'wrong-type',
    message: '(network): block needs "layers", a list of layers [wrong-type]',
  },
  {
    name: 'root not a block',
    spec: { root: { op: 'relu', name: 'relu' } },
    rule: 'wrong-type',
    message: '(network): the root must be a block, got relu [wrong-type]',
  },
  {
    name: 'spec not an object',
    spec: 42,
    rule: 'wrong-type',
    message: '(network): a spec must be an object with a "root" block, got 42 [wrong-type]',
  },

  // ---- names and wiring
  {
    name: 'duplicate names',
    spec: net({ op: 'relu', name: 'relu' }, { op: 'relu', name: 'relu' }),
    rule: 'duplicate-name',
    message: 'relu: name "relu" is used twice in this block [duplicate-name]',
  },
  {
    name: 'duplicate branch names',
    spec: net({
      op: 'parallel',
      name: 'inc',
      branches: [
        { op: 'conv', name: 'b', out: 2, kernel: 1 },
        { op: 'conv', name: 'b', out: 2, kernel: 1 },
      ],
      merge: { op: 'concat', name: 'concat' },
    }),
    rule: 'duplicate-name',
    message: 'inc/b: name "b" is used twice in this block [duplicate-name]',
  },
  {
    name: 'a name with a slash',
    spec: net({ op: 'relu', name: 'stage1/relu' }),
    rule: 'bad-name',
    message: 'stage1/relu: name "stage1/relu" must be non-empty and contain no "/" [bad-name]',
  },
  {
    name: 'reading an unknown sibling',
    spec: net({ op: 'add', name: 'add', from: ['input', 'shortcut'] }),
    rule: 'unknown-input',
    message:
      'add: reads "shortcut", which is not an input of the block or an earlier layer in it [unknown-input]',
  },
  {
    name: 'reading a later sibling',
    spec: net({
      op: 'block',
      name: 'res',
      layers: [
        { op: 'add', name: 'add', from: ['in0', 'conv'] },
        { op: 'conv', name: 'conv', out: 3, kernel: 1 },
      ],
    }),
    rule: 'unknown-input',
    message:
      'res/add: reads "conv", which is not an input of the block or an earlier layer in it [unknown-input]',
  },
  {
    name: 'a block output that is not a child',
    spec: net({ op: 'block', name: 'b', output: 'nope', layers: [{ op: 'relu', name: 'r' }] }),
    rule: 'unknown-input',
    message: 'b: output "nope" is not a layer of this block [unknown-input]',
  },
];

function errorOf(spec: unknown) {
  try {
    analyze(parseSpec(spec));
  } catch (e) {
    if (isSpecError(e)) return { message: e.message, rule: e.rule };
    throw e;
  }
  return { message: 'no error', rule: undefined };
}

describe('invalid specs are rejected with the exact message a user sees', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(errorOf(row.spec)).toEqual({ message: row.message, rule: row.rule });
  });

  it('every row’s message names its rule, and the table covers the issue’s list of rules', () => {
    for (const r of ROWS) expect(r.message.endsWith(`[${r.rule}]`)).toBe(true);
    const rules = new Set(ROWS.map((r) => r.rule));
    for (const rule of [
      'kernel-fits',
      'positive-size',
      'groups-divide',
      'add-shapes',
      'concat-spatial',
      'unknown-op',
      'missing-field',
      'wrong-type',
      'duplicate-name',
      'unknown-input',
      'flat-input',
    ] as SpecRule[])
      expect(rules.has(rule)).toBe(true);
  });
});

describe('bad knob values for the classics and the Inception demo', () => {
  it.each([
    // [id, knobs, message]
    [
      'lenet5',
      { activation: 'gelu' },
      'Activation (activation) must be one of tanh, relu, sigmoid, got "gelu"',
    ],
    ['lenet5', { pooling: 'l2' }, 'Subsampling (pooling) must be one of avg, max, got "l2"'],
    ['lenet5', { classes: '0' }, 'Classes (classes) must be at least 1, got "0"'],
    ['alexnet', { towers: 'maybe' }, 'Two GPU towers (towers) must be true or false, got "maybe"'],
    [
      'alexnet',
      { lrn: 'sometimes' },
      'Local response norm (lrn) must be one of before-pool, after-pool, none, got "sometimes"',
    ],
    ['alexnet', { dropout: '1' }, 'Dropout (dropout) must be at most 0.9, got "1"'],
    [
      'alexnet',
      { depth: '8' },
      'AlexNet (2012, two GPUs) has no knob "depth"; its knobs are towers, lrn, dropout, classes',
    ],
    ['alexnet-torchvision', { classes: 'ten' }, 'Classes (classes) must be a number, got "ten"'],
    [
      'zfnet',
      { widths: '1-2-3' },
      'conv3/4/5 filters (widths) must be one of 512-1024-512, 384-384-256, got "1-2-3"',
    ],
    ['nin-cifar10', { cccp: '3' }, '1×1 convs per mlpconv (cccp) must be at most 2, got "3"'],
    [
      'nin-imagenet',
      { dataset: 'mnist' },
      'Dataset (dataset) must be one of cifar10, cifar100, imagenet, got "mnist"',
    ],
    ['inception-naive-demo', { b1: '0' }, '1×1 filters (b1) must be at least 1, got "0"'],
    [
      'inception-bottleneck-demo',
      { r3: '2.5' },
      '3×3 reduce (r3) must be a whole number, got "2.5"',
    ],
  ] as [string, Record<string, string>, string][])('%s %j', (id, knobs, detail) => {
    let caught: unknown;
    try {
      buildModel(id, knobs);
    } catch (e) {
      caught = e;
    }
    expect(isSpecError(caught)).toBe(true);
    if (isSpecError(caught)) {
      expect(caught.rule).toBe('bad-knob');
      expect(caught.detail).toBe(detail);
      expect(caught.message).toBe(`(network): ${detail} [bad-knob]`);
    }
  });
});
