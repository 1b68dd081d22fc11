/**
 * Negative rows, like netron's test/models.json: every spec here is invalid, and each row names
 * the exact message a user sees (SpecError.message = `path: detail [rule]`) and the rule.
 * Specs are plain JSON, as a user's file or the editor would hand them to parseSpec.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { run } from '../../src/cli/analyze';
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
  /** An input override, as `--input` gives it. */
  input?: [number, number, number];
}

/** `node` nested `n` times in `wrap`. */
function nest(n: number, wrap: (inner: unknown) => unknown, node: unknown): unknown {
  let v = node;
  for (let i = 0; i < n; i++) v = wrap(v);
  return v;
}
const deepBlock = (inner: unknown) => ({ op: 'block', name: 'b', layers: [inner] });
const deepParallel = (inner: unknown) => ({
  op: 'parallel',
  name: 'p',
  branches: [inner],
  merge: { op: 'concat', name: 'm' },
});
const deepRepeat = (inner: unknown) => ({ op: 'repeat', name: 'q', count: 1, body: inner });
/** `n` nested JSON lists, parsed from text as a file would give them. */
const brackets = (n: number): unknown => JSON.parse('['.repeat(n) + ']'.repeat(n));
const RELU = { op: 'relu', name: 'r' };
/** 2^53 − 1, the largest count computed exactly. */
const EXACT = '2^53 − 1 = 9,007,199,254,740,991';

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
      'c: unknown op "transformer"; known ops: input, conv, pool, lrn, bn, relu, prelu, tanh, sigmoid, softmax, dropout, flatten, fc, zeropad, identity, scale, concat, add, mean, block, parallel, repeat [unknown-op]',
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
  // ---- issue 8: a typo and the --input override
  {
    name: 'a typo’d field (strides for stride) is an error, not stride 1',
    spec: net({ op: 'conv', name: 'c1', out: 16, kernel: 3, strides: 2 }),
    rule: 'unknown-field',
    message: 'c1: unknown field "strides" — did you mean "stride"? [unknown-field]',
  },
  {
    name: 'an unknown field with nothing close lists the op’s fields',
    spec: net({ op: 'relu', name: 'r', inplace: true }),
    rule: 'unknown-field',
    message:
      'r: unknown field "inplace"; relu has fields op, name, label, note, from, side, trainingOnly [unknown-field]',
  },
  {
    name: 'an unknown key beside root',
    spec: { ...net(), roots: [] },
    rule: 'unknown-field',
    message: '(network): unknown field "roots" — did you mean "root"? [unknown-field]',
  },
  {
    name: 'an empty network with --input',
    spec: { root: { op: 'block', name: 'net', layers: [] } },
    input: [3, 32, 32],
    rule: 'empty-network',
    message: '(network): the network has no layers [empty-network]',
  },
  {
    name: 'an empty network without --input',
    spec: { root: { op: 'block', name: 'net', layers: [] } },
    rule: 'empty-network',
    message: '(network): the network has no layers [empty-network]',
  },

  // ---- issue 8: hostile specs end as a SpecError naming the layer path
  {
    name: '1,000 nested blocks: refused at the 101st level, no stack overflow',
    spec: net(nest(1000, deepBlock, RELU)),
    rule: 'too-deep',
    message: `${Array(101).fill('b').join('/')}: blocks are nested more than 100 deep here [too-deep]`,
  },
  {
    name: '1,100 nested parallels',
    spec: net(nest(1100, deepParallel, RELU)),
    rule: 'too-deep',
    message: `${Array(101).fill('p').join('/')}: blocks are nested more than 100 deep here [too-deep]`,
  },
  {
    name: '1,500 nested repeats (copies are named q1)',
    spec: net(nest(1500, deepRepeat, RELU)),
    rule: 'too-deep',
    message: `q/${Array(100).fill('q1').join('/')}: blocks are nested more than 100 deep here [too-deep]`,
  },
  {
    name: '10,000 nested lists as the root',
    spec: { root: brackets(10_000) },
    rule: 'wrong-type',
    message: '(network): the root must be a block, got [[…]] [wrong-type]',
  },
  {
    name: '10,000 nested lists as a field',
    spec: net({ op: 'conv', name: 'c', out: 4, kernel: 3, stride: brackets(10_000) }),
    rule: 'wrong-type',
    message: 'c: conv.stride must be a number or [h, w], got [[…]] [wrong-type]',
  },
  {
    name: 'repeat count 1e9',
    spec: net({ op: 'repeat', name: 'r', count: 1e9, body: RELU }),
    rule: 'too-large',
    message: 'r: repeat.count must be at most 50,000, got 1000000000 [too-large]',
  },
  {
    name: 'repeat count 1e308',
    spec: net({ op: 'repeat', name: 'r', count: 1e308, body: RELU }),
    rule: 'too-large',
    message: 'r: repeat.count must be at most 50,000, got 1e+308 [too-large]',
  },
  {
    name: 'repeats whose product passes the node bound are refused before expanding',
    spec: net({
      op: 'repeat',
      name: 'outer',
      count: 50_000,
      body: {
        op: 'repeat',
        name: 'inner',
        count: 50_000,
        body: { op: 'block', name: 'e', layers: [] },
      },
    }),
    rule: 'too-large',
    // Nodes: root, input, outer, inner1, then inner's 50,000 empty blocks: 50,004 passes 50,000
    // inside the first copy of the outer body, before any copy is expanded.
    message:
      'outer/inner1: the network expands to more than 50,000 layers and modules here (repeats counted out) [too-large]',
  },
  {
    name: 'block inputs 1e308',
    spec: net({ op: 'block', name: 'b', inputs: 1e308, layers: [] }),
    rule: 'too-large',
    message: 'b: block.inputs must be at most 256, got 1e+308 [too-large]',
  },
  {
    name: 'block inputs 1e8',
    spec: net({ op: 'block', name: 'b', inputs: 1e8, layers: [] }),
    rule: 'too-large',
    message: 'b: block.inputs must be at most 256, got 100000000 [too-large]',
  },
  {
    name: 'adaptive pool output 1e9',
    spec: net({ op: 'pool', name: 'p', mode: 'avg', output: 1e9 }),
    rule: 'too-large',
    message: 'p: pool.output must be at most 16,777,216, got 1000000000 [too-large]',
  },
  {
    name: '1,000,000 ReLUs in a row',
    spec: {
      root: {
        op: 'block',
        name: 'net',
        layers: [INPUT].concat(
          Array.from({ length: 1_000_000 }, (_, i) => ({ op: 'relu', name: `r${i}` }) as never),
        ),
      },
    },
    rule: 'too-large',
    // Nodes counted: the root, the input, then r0 … r49997 make 50,000; r49998 is one more.
    message:
      'r49998: the network expands to more than 50,000 layers and modules here (repeats counted out) [too-large]',
  },
  {
    name: 'fc out 1e308',
    spec: net({ op: 'flatten', name: 'f' }, { op: 'fc', name: 'fc', out: 1e308 }),
    rule: 'too-large',
    message: 'fc: fc.out must be at most 16,777,216, got 1e+308 [too-large]',
  },
  {
    name: 'an input side above the size bound (lenet5 --input 1x99999999x99999999)',
    spec: net(RELU),
    input: [1, 99_999_999, 99_999_999],
    rule: 'too-large',
    message: 'input: input sizes must be at most 16,777,216, got 1×99999999×99999999 [too-large]',
  },
  {
    name: 'one layer’s MACs above 2^53 − 1',
    // 64×8192×8192 input, 1,048,576 filters of 3×3 with padding 1: the output 2^20·8192² = 2^46
    // ≈ 7.04e13 elements is exact; MACs = 8192²·2^20·64·3·3 = 2^52·9 ≈ 4.053e16 is not.
    spec: {
      root: {
        op: 'block',
        name: 'net',
        layers: [
          { op: 'input', name: 'input', shape: [64, 8192, 8192] },
          { op: 'conv', name: 'wide', out: 1_048_576, kernel: 3, padding: 1, bias: false },
        ],
      },
    },
    rule: 'too-large',
    message: `wide: MACs = 4.053e+16 is above ${EXACT}, the largest count computed exactly [too-large]`,
  },
  {
    name: 'a total passing 2^53 − 1 is refused at the layer where it passes',
    // Each conv: 8192·8192·2048·2048·3·3 = 2^26·2^22·9 = 2^48·9 ≈ 2.53e15 MACs, exact; the running
    // total passes 9.007e15 at the fourth copy (3·2.53e15 = 7.6e15, 4·2.53e15 = 1.01e16).
    spec: {
      root: {
        op: 'block',
        name: 'net',
        layers: [
          { op: 'input', name: 'input', shape: [2048, 8192, 8192] },
          {
            op: 'repeat',
            name: 'r',
            count: 4,
            body: { op: 'conv', name: 'c', out: 2048, kernel: 3, padding: 1 },
          },
        ],
      },
    },
    rule: 'too-large',
    message: `r/c4: total MACs pass ${EXACT} here, the largest count computed exactly [too-large]`,
  },
  {
    name: 'a name longer than a path segment may be',
    spec: net({ op: 'relu', name: 'x'.repeat(300) }),
    rule: 'too-large',
    message: `#2: relu.name must be at most 256 characters, got "${'x'.repeat(40)}…" [too-large]`,
  },
  {
    name: 'a top-level layer named "" is reported at its position',
    spec: net(RELU, { op: 'relu', name: '' }),
    rule: 'bad-name',
    message: '#3: name "" must be non-empty and contain no "/" [bad-name]',
  },
];

function errorOf(spec: unknown, input?: [number, number, number]) {
  try {
    analyze(parseSpec(spec), { input });
  } catch (e) {
    if (isSpecError(e)) return { message: e.message, rule: e.rule };
    throw e;
  }
  return { message: 'no error', rule: undefined };
}

describe('invalid specs are rejected with the exact message a user sees', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expect(errorOf(row.spec, row.input)).toEqual({ message: row.message, rule: row.rule });
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

describe('analyze on a spec that did not pass through parseSpec', () => {
  it('an op named after an Object property is an unknown op, not a TypeError', () => {
    const spec = {
      root: { op: 'block', name: 'net', layers: [INPUT, { op: 'constructor', name: 'c' }] },
    } as never;
    expect(() => analyze(spec)).toThrow('c: unknown op "constructor" [unknown-op]');
  });
});

describe('the command line: hostile input ends in one line on stderr and a non-zero exit', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const files: Record<string, Uint8Array> = {
    'typo.json': enc(
      JSON.stringify(net({ op: 'conv', name: 'c1', out: 16, kernel: 3, strides: 2 })),
    ),
    // Bytes that are not UTF-8 (Latin-1 é), and a binary file.
    'latin1.json': Uint8Array.from([...enc('{"id":"caf'), 0xe9, ...enc('"}')]),
    'binary.bin': Uint8Array.from({ length: 512 }, (_, i) => i % 256),
    // UTF-8, but with terminal escape codes and NUL bytes.
    'escape.json': enc('{"root": \u0000\u001b[31mRED\u001b[0m}'),
    'broken.json': enc('{"root": {"op": "block",\n "name": }'),
    'cut.json': enc('{"root": {"op": "block",\n "name": "ne'),
    'deep.json': enc(`{"root":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
  };
  const read = async (p: string) => {
    if (!(p in files)) throw new Error(`ENOENT: ${p}`);
    return files[p];
  };
  it.each([
    [
      ['--spec', 'typo.json'],
      1,
      'error: c1: unknown field "strides" — did you mean "stride"? [unknown-field]',
    ],
    [['--spec', 'latin1.json'], 2, 'error: latin1.json is not a UTF-8 text file'],
    [['--spec', 'binary.bin'], 2, 'error: binary.bin is not a UTF-8 text file'],
    [
      ['--spec', 'escape.json'],
      2,
      'error: escape.json is not a JSON text file (it holds control bytes)',
    ],
    [
      ['--spec', 'broken.json'],
      2,
      `error: broken.json is not valid JSON: Unexpected token '}', ..."  "name": }"`,
    ],
    [
      ['--spec', 'cut.json'],
      2,
      'error: cut.json is not valid JSON at line 2, column 13: Unterminated string',
    ],
    [['--spec', 'deep.json'], 1, 'error: the root must be a block, got [[…]] [wrong-type]'],
    [
      ['lenet5', '--input', '1x99999999x99999999'],
      1,
      'error: input: input sizes must be at most 16,777,216, got 1×99999999×99999999 [too-large]',
    ],
    [
      ['lenet5', '--set', 'classes=0x10'],
      2,
      'error: --set classes: write numbers in plain decimal, got "0x10"',
    ],
    [
      ['lenet5', '--set', 'classes=1e3'],
      2,
      'error: --set classes: write numbers in plain decimal, got "1e3"',
    ],
    [
      ['lenet5', '--set', '__proto__=1'],
      1,
      'error: LeNet-5 has no knob "__proto__"; its knobs are activation, pooling, classes [bad-knob]',
    ],
    [['--list', '--format', 'csv'], 2, 'error: --list prints a table or json, not csv'],
  ] as [string[], number, string][])('%j', async (argv, code, stderr) => {
    const r = await run(argv, read);
    expect({ code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({
      code,
      stderr,
      stdout: '',
    });
    expect(r.stderr).not.toContain('\n');
  });

  it('wrn at depth 1000, k 32 on 8192×8192: MACs past 2^53 − 1 are refused, not rounded', async () => {
    // The exact total is 157,402,815,088,558,080 (the hand count); a double prints
    // 157,402,815,088,578,560. The running total passes 2^53 − 1 in the first stage.
    const r = await run(['wrn', '--set', 'depth=1000', '--set', 'k=32', '--input', '3x8192x8192']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: layer1/block29/conv2: total MACs pass ${EXACT} here, the largest count computed exactly [too-large]`,
    );
  });

  it('accepts a UTF-8 file that starts with a byte-order mark', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(JSON.stringify(net(RELU)))]);
    const r = await run(['--spec', 'bom.json', '--format', 'json'], async () => bom);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).output).toEqual([3, 8, 8]);
  });
});
