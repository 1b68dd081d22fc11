/**
 * The engine's words: every code (and every value sub-code: what a field must be, why a knob value
 * is refused, which count) says something in English and in Chinese with realistic values; the
 * Chinese keeps the English's numbers and holds no English word but notation. And the engine, the
 * catalog and the URL throw codes: a table of bad specs, knob values and inputs, each row naming
 * the code, its values and the English sentence a user reads.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import {
  COUNT_WORDS,
  ENGINE_WORDS,
  KNOB_WORDS,
  WANT_WORDS,
  type CountName,
  type EngineWords,
  type KnobWhy,
  type WantMessage,
} from '../../src/engine/messages';
import { analyze, isSpecError, parseSpec, say, type Words } from '../../src/engine/index';
import { engineWords as zhWords } from '../../src/i18n/zh/engine';
import { shell as zhShell } from '../../src/i18n/zh/shell';
import * as i18n from '../../src/i18n/index';
import { parseHash } from '../../src/store/url';
import { noticeText } from '../../src/views/notices';
import { wordProblems, type Samples } from '../words-check';

/** One realistic message per code: the values a real refusal carries (a missing code fails tsc). */
const SAMPLES: Samples<EngineWords> = {
  'spec-not-object': { code: 'spec-not-object', got: '42' },
  'spec-missing-root': { code: 'spec-missing-root' },
  'root-not-block': { code: 'root-not-block', got: 'conv' },
  'layer-not-object': { code: 'layer-not-object', got: '[1,2]' },
  'unknown-field': { code: 'unknown-field', field: '"strides"', fields: ['op', 'name', 'out'] },
  'unknown-op': { code: 'unknown-op', op: '"convv"', close: 'conv' },
  'missing-op': { code: 'missing-op' },
  'missing-field': { code: 'missing-field', op: 'conv', field: 'out' },
  'needs-list': { code: 'needs-list', op: 'block', field: 'layers' },
  'pool-window': { code: 'pool-window', op: 'pool' },
  'value-type': { code: 'value-type', field: 'input', want: { code: 'chw' }, got: '3×20' },
  'field-value': {
    code: 'field-value',
    op: 'conv',
    field: 'stride',
    want: { code: 'positive' },
    got: '[1,0]',
  },
  'bad-name': { code: 'bad-name', name: '"a/b"' },
  'duplicate-name': { code: 'duplicate-name', name: 'conv1' },
  'unknown-source': { code: 'unknown-source', name: '"conv9"' },
  'unknown-output': { code: 'unknown-output', name: '"fc9"' },
  'no-branches': { code: 'no-branches' },
  'branch-from': { code: 'branch-from' },
  'merge-op': { code: 'merge-op', op: 'relu' },
  'repeat-from': { code: 'repeat-from' },
  'too-many-nodes': { code: 'too-many-nodes', max: 200000 },
  'too-deep': { code: 'too-deep', max: 64 },
  'empty-network': { code: 'empty-network' },
  'input-first': { code: 'input-first' },
  'input-not-first': { code: 'input-not-first' },
  'input-positive': { code: 'input-positive', shape: '3×0×224' },
  'input-too-large': { code: 'input-too-large', max: 65536, shape: '3×70000×224' },
  arity: { code: 'arity', op: 'add', min: 2, max: null, got: 1 },
  'block-arity': { code: 'block-arity', expected: 2, got: 1 },
  'parallel-arity': { code: 'parallel-arity', got: 2 },
  'repeat-arity': { code: 'repeat-arity', got: 3 },
  'nothing-to-read': { code: 'nothing-to-read' },
  'empty-block': { code: 'empty-block' },
  'output-below-one': { code: 'output-below-one', shape: '64×0×0' },
  'output-too-large': { code: 'output-too-large', shape: '64×70000×70000', max: 65536 },
  'count-too-large': {
    code: 'count-too-large',
    what: 'macs',
    value: '1.845e+19',
    max: Number.MAX_SAFE_INTEGER,
  },
  'total-too-large': { code: 'total-too-large', what: 'params', max: Number.MAX_SAFE_INTEGER },
  // A 3×3 kernel at dilation 2 spans (3 − 1)·2 + 1 = 5 rows; a 2-row input padded 1 + 1 has 4.
  'kernel-larger': {
    code: 'kernel-larger',
    window: 'kernel',
    axis: 'height',
    size: 3,
    dilation: 2,
    effective: 5,
    padded: 4,
    input: 2,
    padding: 2,
  },
  'pool-padding': { code: 'pool-padding', padding: 2, axis: 'width', window: 3 },
  'groups-divide': { code: 'groups-divide', groups: 3, cin: 64, cout: 128 },
  'concat-spatial': { code: 'concat-spatial', shapes: ['64×28×28', '32×14×14'] },
  'merge-shapes': { code: 'merge-shapes', op: 'add', shapes: ['64×56×56', '128×28×28'] },
  'flat-input': { code: 'flat-input', op: 'fc', shape: '256×6×6' },
  'spatial-input': { code: 'spatial-input', op: 'conv', shape: '9216' },
  'scale-shapes': { code: 'scale-shapes', shape: '64×56×56', channels: 64, gate: '32×1×1' },
  'unknown-model': { code: 'unknown-model', id: 'resnet51' },
  'no-saved': { code: 'no-saved', id: 'k3f9' },
  // Raw text by design (the saved store's reason; an exception's own message): quoted below.
  'bad-share': { code: 'bad-share', why: '链接已损坏' },
  internal: { code: 'internal', text: '内部错误' },
  'no-knob': { code: 'no-knob', family: 'ResNet', key: 'dept', knobs: ['depth', 'block'] },
  'knob-value': {
    code: 'knob-value',
    label: 'Depth',
    key: 'depth',
    why: { code: 'one-of', values: ['18', '34', '50', '101', '152'] },
    got: '37',
  },
  'nasnet-penultimate': { code: 'nasnet-penultimate', p: 1000 },
  'nasnet-filters': { code: 'nasnet-filters', f: 42 },
  'senet-width-basic': { code: 'senet-width-basic', d: 4, depth: 18 },
  'senet-shape-basic': { code: 'senet-shape-basic', depth: 34 },
  'senet-cardinality': { code: 'senet-cardinality', c: 3 },
  'senet154-groups': { code: 'senet154-groups', width: 96, c: 64, d: 3 },
  'senet-reduction': { code: 'senet-reduction', min: 64, r: 128 },
  'se-reduction': { code: 'se-reduction', r: 100, c: 64 },
  'wrn-depth': { code: 'wrn-depth', depth: 27 },
  'squeeze-ratio': { code: 'squeeze-ratio', sr: 0.001, e: 128, s: 0.128, fire: 'fire2' },
  'squeeze-pct': { code: 'squeeze-pct', pct: 0.001, e: 128, e3: 0.128, fire: 'fire2' },
  'resnet-option-a': { code: 'resnet-option-a', cin: 256, cout: 128 },
  'resnet-width-basic': { code: 'resnet-width-basic', k: 2 },
  'cifar-depth': {
    code: 'cifar-depth',
    per: 6,
    examples: [20, 32, 44, 56, 110],
    block: 'basic',
    depth: 21,
  },
  'densenet-depth-layout': { code: 'densenet-depth-layout' },
  'densenet-depth': {
    code: 'densenet-depth',
    per: 6,
    bottleneck: true,
    depth: 101,
    n: '16.17',
    low: 100,
    high: 106,
  },
  'densenet-no-blocks': { code: 'densenet-no-blocks' },
  'densenet-zero-end': { code: 'densenet-zero-end', sizes: [6, 0, 24, 0] },
  'densenet-theta': { code: 'densenet-theta', theta: 1.5 },
  'densenet-theta-empty': { code: 'densenet-theta-empty', theta: 0.01, c: 64, block: 1 },
};

/** Every value sub-code, said inside the message that carries it (a missing one fails tsc). */
const WANTS: Samples<typeof WANT_WORDS> = {
  'positive-int': { code: 'positive-int' },
  'non-negative-int': { code: 'non-negative-int' },
  int: { code: 'int' },
  number: { code: 'number' },
  prob: { code: 'prob' },
  bool: { code: 'bool' },
  string: { code: 'string' },
  object: { code: 'object' },
  'one-of': { code: 'one-of', values: ['max', 'avg'] },
  'at-most': { code: 'at-most', max: 65536 },
  'at-most-chars': { code: 'at-most-chars', max: 1000000 },
  'at-least': { code: 'at-least', min: -65536 },
  positive: { code: 'positive' },
  'non-negative': { code: 'non-negative' },
  'all-positive': { code: 'all-positive' },
  pair: { code: 'pair' },
  'pair-padding': { code: 'pair-padding' },
  'pair-kernel': { code: 'pair-kernel' },
  shape: { code: 'shape' },
  chw: { code: 'chw' },
  quad: { code: 'quad' },
  duo: { code: 'duo' },
  names: { code: 'names' },
  meta: { code: 'meta' },
  node: { code: 'node' },
  nodes: { code: 'nodes' },
};
const KNOBS: Samples<typeof KNOB_WORDS> = {
  decimal: { code: 'decimal' },
  number: { code: 'number' },
  whole: { code: 'whole' },
  'at-least': { code: 'at-least', min: 1 },
  'at-most': { code: 'at-most', max: 100000 },
  bool: { code: 'bool' },
  'one-of': { code: 'one-of', values: ['18', '34', '50'] },
};
const COUNTS: Samples<typeof COUNT_WORDS> = Object.fromEntries(
  (Object.keys(COUNT_WORDS) as CountName[]).map((code) => [code, { code }]),
) as Samples<typeof COUNT_WORDS>;

/**
 * Latin words a Chinese engine sentence may hold: op and field names and values of the spec
 * format, the values the samples quote, unit and library names, and network names.
 */
const ALLOWED = new Set([
  // ops and structure nodes
  'conv',
  'pool',
  'concat',
  'add',
  'mean',
  'scale',
  'flatten',
  'relu',
  'block',
  'parallel',
  'repeat',
  // fields and their values
  'root',
  'out',
  'kernel',
  'global',
  'output',
  'input',
  'from',
  'layers',
  'branches',
  'stride',
  'strides',
  'name',
  'true',
  'false',
  'same',
  'valid',
  'full',
  'max',
  'avg',
  'depth',
  'dept',
  'convv',
  // units, counts, libraries, networks, command-line options
  'MACs',
  'list',
  'stem',
  'fire',
  'pct',
  'torchvision',
  'BasicBlock',
  'NASNet',
  'SENet',
  'ResNet',
  'DenseNet',
  'CIFAR',
  'ImageNet',
  'resnet',
]);

/** Words tables whose codes are `sub`'s, each said inside the message `wrap` builds. */
function wrapped<S extends Words>(
  sub: S,
  wrap: (m: never) => Parameters<typeof say<EngineWords>>[1],
): [Words, Words] {
  const table = (w: EngineWords): Words =>
    Object.fromEntries(Object.keys(sub).map((k) => [k, (m: never) => say(w, wrap(m))]));
  return [table(ENGINE_WORDS), table(zhWords)];
}

describe('engine words', () => {
  it('every code says a sentence in both languages, numbers kept, no English in the Chinese', () => {
    expect(wordProblems(ENGINE_WORDS, zhWords, SAMPLES, ALLOWED)).toEqual([]);
  });

  it('every field want, knob reason and count name is said too', () => {
    const [wantEn, wantZh] = wrapped(WANT_WORDS, (want: WantMessage) => ({
      code: 'field-value',
      op: 'conv',
      field: 'stride',
      want,
      got: '"3"',
    }));
    expect(wordProblems(wantEn, wantZh, WANTS as never, ALLOWED)).toEqual([]);
    const [knobEn, knobZh] = wrapped(KNOB_WORDS, (why: KnobWhy) => ({
      code: 'knob-value',
      label: 'Classes',
      key: 'classes',
      why,
      got: '0x10',
    }));
    expect(wordProblems(knobEn, knobZh, KNOBS as never, new Set([...ALLOWED, 'classes']))).toEqual(
      [],
    );
    const [countEn, countZh] = wrapped(COUNT_WORDS, (m: { code: CountName }) => ({
      code: 'count-too-large',
      what: m.code,
      value: '1.845e+19',
      max: Number.MAX_SAFE_INTEGER,
    }));
    expect(wordProblems(countEn, countZh, COUNTS as never, ALLOWED)).toEqual([]);
  });

  it('the check can fail: an English word or a lost number is found', () => {
    const bad = { ...zhWords, 'wrn-depth': () => '深度 must be 6N+4' };
    expect(
      wordProblems(ENGINE_WORDS, bad, SAMPLES, ALLOWED).filter((p) => p.startsWith('wrn')),
    ).toEqual([
      'wrn-depth: numbers 10, 16, 22, 28, 34, 40, 27 lost: 深度 must be 6N+4',
      'wrn-depth: English words must in: 深度 must be 6N+4',
    ]);
  });

  it('says a message as plain JSON: it survives a worker or a saved file', () => {
    for (const m of Object.values(SAMPLES)) {
      const copy = JSON.parse(JSON.stringify(m)) as typeof m;
      expect(say(ENGINE_WORDS, copy)).toBe(say(ENGINE_WORDS, m));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The engine throws codes

const INPUT = { op: 'input', name: 'input', shape: [3, 8, 8] };
const net = (...layers: unknown[]) => ({
  root: { op: 'block', name: 'net', layers: [INPUT, ...layers] },
});

/** What a refusal carries, and the English sentence (pinned as the invalid-spec table does). */
function refusal(f: () => unknown): { msg: unknown; detail: string } {
  try {
    f();
  } catch (e) {
    if (isSpecError(e)) return { msg: e.msg, detail: e.detail };
    throw e;
  }
  throw new Error('no error');
}

interface Row {
  name: string;
  run: () => unknown;
  msg: Record<string, unknown>;
  detail: string;
}

const ROWS: Row[] = [
  {
    name: 'a stride with a 0',
    run: () => parseSpec(net({ op: 'conv', name: 'c', out: 8, kernel: 3, stride: [1, 0] })),
    msg: { code: 'field-value', op: 'conv', field: 'stride', want: { code: 'positive' } },
    detail: 'conv.stride must be positive, got [1,0]',
  },
  {
    name: 'a padding mode that does not exist',
    run: () => parseSpec(net({ op: 'conv', name: 'c', out: 8, kernel: 3, padding: 'half' })),
    msg: { code: 'field-value', want: { code: 'pair-padding' }, got: '"half"' },
    detail: 'conv.padding must be a number, [h, w], "same" or "valid", got "half"',
  },
  {
    name: 'a pool type outside its enum',
    run: () => parseSpec(net({ op: 'pool', name: 'p', mode: 'min', kernel: 2 })),
    msg: { code: 'field-value', want: { code: 'one-of', values: ['max', 'avg'] } },
    detail: 'pool.mode must be "max" or "avg", got "min"',
  },
  {
    name: 'an object where a number goes: {…}, not English',
    run: () => parseSpec(net({ op: 'fc', name: 'f', out: { n: 10 } })),
    msg: { code: 'field-value', want: { code: 'positive-int' }, got: '{…}' },
    detail: 'fc.out must be a positive integer, got {…}',
  },
  {
    name: 'a typo of a field, with its suggestion as a value',
    run: () => parseSpec(net({ op: 'conv', name: 'c', out: 8, kernel: 3, strides: 2 })),
    msg: { code: 'unknown-field', field: '"strides"', close: 'stride' },
    detail: 'unknown field "strides" — did you mean "stride"?',
  },
  {
    name: 'an unknown op far from any: the known ops are a list',
    run: () => parseSpec(net({ op: 'transformer', name: 't' })),
    msg: { code: 'unknown-op', op: '"transformer"', ops: expect.arrayContaining(['conv', 'fc']) },
    detail: expect.stringMatching(/^unknown op "transformer"; known ops: input, conv, /),
  },
  {
    name: 'pool with no window',
    run: () => parseSpec(net({ op: 'pool', name: 'p', mode: 'max' })),
    msg: { code: 'pool-window', op: 'pool' },
    detail: 'pool is missing field "kernel" (or "global": true, or an adaptive "output")',
  },
  {
    name: 'a 5×5 kernel on 3×8×8 reduced to 2×2 (8 → 4 → 2)',
    run: () =>
      analyze(
        parseSpec(
          net(
            { op: 'pool', name: 'p1', mode: 'max', kernel: 2 },
            { op: 'pool', name: 'p2', mode: 'max', kernel: 2 },
            { op: 'conv', name: 'c', out: 4, kernel: 5 },
          ),
        ),
      ),
    msg: { code: 'kernel-larger', window: 'kernel', axis: 'height', size: 5, padded: 2 },
    detail: 'kernel height 5 is larger than the padded input 2 (2 + 0 padding)',
  },
  {
    name: 'add of 8×8×8 and 4×8×8',
    run: () =>
      analyze(
        parseSpec(
          net(
            { op: 'conv', name: 'a', out: 8, kernel: 1 },
            { op: 'conv', name: 'b', out: 4, kernel: 1, from: ['input'] },
            { op: 'add', name: 's', from: ['a', 'b'] },
          ),
        ),
      ),
    msg: { code: 'merge-shapes', op: 'add', shapes: ['8×8×8', '4×8×8'] },
    detail: 'add needs equal shapes, got 8×8×8 and 4×8×8',
  },
  {
    name: 'fc on a C×H×W input',
    run: () => analyze(parseSpec(net({ op: 'fc', name: 'f', out: 10 }))),
    msg: { code: 'flat-input', op: 'fc', shape: '3×8×8' },
    detail: 'fc needs a flat input [N], got 3×8×8; add a flatten layer before it',
  },
  {
    name: 'an input of two sizes',
    run: () => analyze(parseSpec(net()), { input: [3, 8] as never }),
    msg: { code: 'value-type', field: 'input', want: { code: 'chw' }, got: '3×8' },
    detail: 'input must be [C, H, W], got 3×8',
  },
  {
    name: 'a model the catalog does not have',
    run: () => buildModel('resnet51'),
    msg: { code: 'unknown-model', id: 'resnet51' },
    detail: 'unknown model "resnet51"; run with --list to see the catalog',
  },
  {
    name: 'a knob value outside its choices, with the value given',
    run: () => buildModel('resnet', { depth: '37' }),
    msg: {
      code: 'knob-value',
      key: 'depth',
      why: { code: 'one-of', values: ['18', '34', '50', '101', '152'] },
      got: '37',
    },
    detail: 'Depth (depth) must be one of 18, 34, 50, 101, 152, got "37"',
  },
  {
    name: "a family builder's own rule: WRN depth 6N+4",
    run: () => buildModel('wrn', { depth: '27' }),
    msg: { code: 'wrn-depth', depth: 27 },
    detail: 'depth must be 6N+4 (10, 16, 22, 28, 34, 40, …), got 27',
  },
];

describe('the engine and the catalog throw codes with values', () => {
  it.each(ROWS)('$name', ({ run, msg, detail }) => {
    const r = refusal(run);
    expect(r.msg).toMatchObject(msg);
    expect(r.detail).toEqual(detail);
    // And the same message has its Chinese sentence.
    expect(say(zhWords, r.msg as never)).toMatch(/[\u3400-\u9fff]/);
  });
});

describe('a model page error in Chinese', () => {
  it('AlexNet at 3×20×20: pool2 has a 1×1 map for its 3×3 window', () => {
    // Hand count: conv1 ⌊(20 + 2·2 − 11)/4⌋ + 1 = 4; pool1 ⌊(4 − 3)/2⌋ + 1 = 1; conv2 (5×5, pad 2)
    // keeps 1; pool2's 3×3 window does not fit in 1 + 0 padding.
    const r = refusal(() => analyze(buildModel('alexnet'), { input: [3, 20, 20] }));
    expect(r.detail).toBe('pool window height 3 is larger than the padded input 1 (1 + 0 padding)');
    expect(say(zhWords, r.msg as never)).toBe('池化窗口高 3 大于填充后的输入 1（1 + 0 填充）');
  });
});

describe('the URL notice says the knob message in the language shown', () => {
  it('English frames nothing; Chinese says the whole reason in Chinese', async () => {
    const { notices } = parseHash('#/model/resnet?depth=37');
    expect(notices.map(noticeText)).toEqual([
      'Ignored depth="37": Depth (depth) must be one of 18, 34, 50, 101, 152.',
    ]);
    await i18n.setLang('zh');
    try {
      const [line] = notices.map(noticeText);
      expect(line).toBe(
        zhShell.notices.ignored(
          'depth',
          '37',
          zhShell.notices.why.knob('架构参数 depth 必须是 18、34、50、101、152 之一'),
        ),
      );
      expect(line).not.toMatch(/must|one of/);
    } finally {
      await i18n.setLang('en');
    }
  });
});
