/**
 * The engine's words: one English sentence per message code (see ./message.ts). A SpecError
 * carries its message as data; `detail` is this sentence, which the CLI and the tests read, and
 * the views say the same message with src/i18n's `engineWords` in the language shown.
 *
 * Three sub-tables give the words of values that are themselves messages: what a field must be
 * (`WANT_WORDS`, e.g. "a positive integer"), why a knob value is refused (`KNOB_WORDS`, e.g.
 * "must be at most 100000") and which count passed the exact range (`COUNT_WORDS`). The Chinese
 * twin (src/i18n/zh/engine.ts) declares its own sub-tables typed by these.
 *
 * Values are data: numbers, ×-shapes (`3×20×20`), names and JSON-like previews of what the user
 * wrote (`describe` in ./fields.ts, e.g. `"3"`, `[1,0]`, `{…}`), lists of names (known ops,
 * fields, knobs, did-you-mean suggestions). Never an English word.
 */
import { fmt } from './format';
import { type MessageOf, say } from './message';

/** What a field's value must be: the second half of "conv.stride must be …". */
export const WANT_WORDS = {
  'positive-int': () => 'a positive integer',
  'non-negative-int': () => 'a non-negative integer',
  int: () => 'an integer',
  number: () => 'a number',
  prob: () => 'a probability in [0, 1)',
  bool: () => 'true or false',
  string: () => 'a string',
  object: () => 'an object',
  'one-of': (m: { values: readonly string[] }) => m.values.map((s) => `"${s}"`).join(' or '),
  'at-most': (m: { max: number }) => `at most ${fmt(m.max)}`,
  'at-most-chars': (m: { max: number }) => `at most ${fmt(m.max)} characters`,
  'at-least': (m: { min: number }) => `at least ${fmt(m.min)}`,
  positive: () => 'positive',
  'non-negative': () => 'non-negative',
  'all-positive': () => 'all positive',
  pair: () => 'a number or [h, w]',
  'pair-padding': () => 'a number, [h, w], "same" or "valid"',
  'pair-kernel': () => 'a number, [h, w] or "full"',
  shape: () => '[C, H, W] or [N]',
  chw: () => '[C, H, W]',
  quad: () => '[top, bottom, left, right]',
  duo: () => '[before, after]',
  names: () => 'a list of names',
  meta: () => 'an object of strings, numbers and booleans',
  node: () => 'a layer (an object)',
  nodes: () => 'a list of layers',
};
export type WantMessage = MessageOf<typeof WANT_WORDS>;

/** Why a knob value is refused: completes "<label> (<key>) …". */
export const KNOB_WORDS = {
  decimal: () => 'must be written in decimal digits (e.g. 16 or 0.5)',
  number: () => 'must be a number',
  whole: () => 'must be a whole number',
  'at-least': (m: { min: number }) => `must be at least ${m.min}`,
  'at-most': (m: { max: number }) => `must be at most ${m.max}`,
  bool: () => 'must be true or false',
  'one-of': (m: { values: readonly string[] }) => `must be one of ${m.values.join(', ')}`,
};
export type KnobWhy = MessageOf<typeof KNOB_WORDS>;

/** The counts the engine keeps exact (below 2^53 − 1), as a message names them. */
export const COUNT_WORDS = {
  input: () => 'input size',
  output: () => 'output size',
  params: () => 'params',
  buffers: () => 'buffers',
  macs: () => 'MACs',
  elementwise: () => 'element-wise ops',
  rf: () => 'receptive field',
  activations: () => 'activations',
  storedValues: () => 'storedValues',
};
export type CountName = keyof typeof COUNT_WORDS;

const s = (n: number) => (n === 1 ? '' : 's');
const count = (what: CountName) => say(COUNT_WORDS, { code: what });

export const ENGINE_WORDS = {
  // ---- The JSON boundary (./validate.ts, ./fields.ts)
  'spec-not-object': (m: { got: string }) =>
    `a spec must be an object with a "root" block, got ${m.got}`,
  'spec-missing-root': () => 'spec is missing field "root"',
  'root-not-block': (m: { got: string }) => `the root must be a block, got ${m.got}`,
  'layer-not-object': (m: { got: string }) => `a layer must be an object, got ${m.got}`,
  /** `field` is a described key (`"strides"`); `op` is absent for the spec's own fields. */
  'unknown-field': (m: {
    field: string;
    op?: string;
    fields: readonly string[];
    close?: string;
  }) =>
    m.close !== undefined
      ? `unknown field ${m.field} — did you mean "${m.close}"?`
      : `unknown field ${m.field}; ${m.op ?? 'a spec'} has fields ${m.fields.join(', ')}`,
  /** `op` is the op as written (`"convv"`); `ops` lists the known ones when none is close. */
  'unknown-op': (m: { op: string; close?: string; ops?: readonly string[] }) =>
    m.close !== undefined
      ? `unknown op ${m.op} — did you mean "${m.close}"?`
      : m.ops
        ? `unknown op ${m.op}; known ops: ${m.ops.join(', ')}`
        : `unknown op ${m.op}`,
  'missing-op': () => 'missing field "op"',
  'missing-field': (m: { op: string; field: string }) => `${m.op} is missing field "${m.field}"`,
  /** A block without `layers` or a parallel block without `branches`. */
  'needs-list': (m: { op: string; field: string }) =>
    `${m.op} needs "${m.field}", a list of layers`,
  /** Pool has none of `kernel`, `global: true` or `output`. */
  'pool-window': (m: { op: string }) =>
    `${m.op} is missing field "kernel" (or "global": true, or an adaptive "output")`,
  /** A value of the wrong kind: `op`, `id`, `info`, `$schema`, or the input shape. */
  'value-type': (m: { field: string; want: WantMessage; got: string }) =>
    `${m.field} must be ${say(WANT_WORDS, m.want)}, got ${m.got}`,
  /** A field of a node whose value breaks its declaration (./fields.ts). */
  'field-value': (m: { op: string; field: string; want: WantMessage; got: string }) =>
    `${m.op}.${m.field} must be ${say(WANT_WORDS, m.want)}, got ${m.got}`,
  'bad-name': (m: { name: string }) => `name ${m.name} must be non-empty and contain no "/"`,
  'duplicate-name': (m: { name: string }) => `name "${m.name}" is used twice in this block`,
  /** `name` is the source as written (`"conv9"`). */
  'unknown-source': (m: { name: string }) =>
    `reads ${m.name}, which is not an input of the block or an earlier layer in it`,
  'unknown-output': (m: { name: string }) => `output ${m.name} is not a layer of this block`,
  'no-branches': () => 'parallel needs at least one branch',
  'branch-from': () =>
    'a branch reads the parallel block\'s input; "from" is only for layers inside a block',
  'merge-op': (m: { op: string }) => `a parallel block ends in concat, add or mean, not ${m.op}`,
  'repeat-from': () => 'a repeated body reads the previous copy; "from" is not allowed on it',
  'too-many-nodes': (m: { max: number }) =>
    `the network expands to more than ${fmt(m.max)} layers and modules here (repeats counted out)`,
  'too-deep': (m: { max: number }) => `blocks are nested more than ${m.max} deep here`,

  // ---- Evaluation (./analyze.ts, ./totals.ts, ./ops)
  'empty-network': () => 'the network has no layers',
  'input-first': () => 'the network must begin with an input layer',
  'input-not-first': () => 'an input layer may only be the first layer of the network',
  'input-positive': (m: { shape: string }) =>
    `input sizes must be positive integers, got ${m.shape}`,
  'input-too-large': (m: { max: number; shape: string }) =>
    `input sizes must be at most ${fmt(m.max)}, got ${m.shape}`,
  /** A leaf given the wrong number of inputs; `max` null means no upper bound. */
  arity: (m: { op: string; min: number; max: number | null; got: number }) => {
    const want =
      m.min === m.max ? `${m.min}` : m.max === null ? `at least ${m.min}` : `${m.min} to ${m.max}`;
    return `${m.op} reads ${want} input${m.min === 1 && m.max === 1 ? '' : 's'}, got ${m.got}`;
  },
  'block-arity': (m: { expected: number; got: number }) =>
    `block reads ${m.expected} input${s(m.expected)}, got ${m.got}`,
  'parallel-arity': (m: { got: number }) => `parallel branches read one input, got ${m.got}`,
  'repeat-arity': (m: { got: number }) => `repeat reads one input, got ${m.got}`,
  'nothing-to-read': () => 'has nothing to read: the block has no inputs',
  'empty-block': () => 'an empty block needs an input to pass through',
  'output-below-one': (m: { shape: string }) => `output ${m.shape} has a size below 1`,
  'output-too-large': (m: { shape: string; max: number }) =>
    `output ${m.shape} has a side above ${fmt(m.max)}`,
  /** One layer's count past 2^53 − 1; `value` in exponent notation (`1.845e+19`). */
  'count-too-large': (m: { what: CountName; value: string; max: number }) =>
    `${count(m.what)} = ${m.value} is above 2^53 − 1 = ${fmt(m.max)}, the largest count computed exactly`,
  /** A network total crossing 2^53 − 1 at this layer. */
  'total-too-large': (m: { what: CountName; max: number }) =>
    `total ${count(m.what)} pass 2^53 − 1 = ${fmt(m.max)} here, the largest count computed exactly`,
  /**
   * A window larger than the padded input along one axis: `window` is a conv's kernel or a pool's
   * window, `size` its extent, `effective` the dilated extent (`dilation` > 1).
   */
  'kernel-larger': (m: {
    window: 'kernel' | 'pool';
    axis: 'height' | 'width';
    size: number;
    dilation: number;
    effective: number;
    padded: number;
    input: number;
    padding: number;
  }) => {
    const what = `${m.window === 'kernel' ? 'kernel' : 'pool window'} ${m.axis}`;
    const size =
      m.dilation === 1
        ? `${what} ${m.size}`
        : `dilated ${what} ${m.effective} (${m.size} with dilation ${m.dilation})`;
    return `${size} is larger than the padded input ${m.padded} (${m.input} + ${m.padding} padding)`;
  },
  'pool-padding': (m: { padding: number; axis: 'height' | 'width'; window: number }) =>
    `pool padding ${m.padding} is more than half the window ${m.axis} ${m.window}; a window would hold only padding`,
  'groups-divide': (m: { groups: number; cin: number; cout: number }) =>
    `groups ${m.groups} must divide the input channels ${m.cin} and the output channels ${m.cout}`,
  'concat-spatial': (m: { shapes: readonly string[] }) =>
    `concat needs equal spatial sizes, got ${m.shapes.join(' and ')}`,
  'merge-shapes': (m: { op: string; shapes: readonly string[] }) =>
    `${m.op} needs equal shapes, got ${m.shapes.join(' and ')}`,
  'flat-input': (m: { op: string; shape: string }) =>
    `${m.op} needs a flat input [N], got ${m.shape}; add a flatten layer before it`,
  'spatial-input': (m: { op: string; shape: string }) =>
    `${m.op} needs a C×H×W input, got the flat vector ${m.shape}; remove the flatten before it`,
  'scale-shapes': (m: { shape: string; channels: number; gate: string }) =>
    `scale multiplies ${m.shape} by a per-channel gate of ${m.channels}×1×1, got ${m.gate}`,

  // ---- The catalog (src/catalog) and the model page's sources (src/store/derived.ts)
  'unknown-model': (m: { id: string }) =>
    `unknown model "${m.id}"; run with --list to see the catalog`,
  'no-saved': (m: { id: string }) => `no saved network "${m.id}" in this browser`,
  /**
   * A share link that cannot be read: `why` is the saved-network store's own reason
   * (src/store/saved/share.ts), which that store words.
   */
  'bad-share': (m: { why: string }) => m.why,
  /**
   * A JavaScript exception that is not a SpecError (a bug, not a rule the spec broke): `text` is
   * the exception's own message, the one place raw text may pass, since no code can foresee it.
   */
  internal: (m: { text: string }) => m.text,
  'no-knob': (m: { family: string; key: string; knobs: readonly string[] }) =>
    `${m.family} has no knob "${m.key}"; its knobs are ${m.knobs.join(', ')}`,
  /** A knob value refused by its declaration; `got` is the value as written (absent in the URL). */
  'knob-value': (m: { label: string; key: string; why: KnobWhy; got?: string }) =>
    `${m.label} (${m.key}) ${say(KNOB_WORDS, m.why)}${m.got === undefined ? '' : `, got "${m.got}"`}`,
  // Knob combinations a family cannot build (its builder's checks).
  'nasnet-penultimate': (m: { p: number }) =>
    `NASNet-A penultimate filters P must be a multiple of 24 (P = 24·F, F = filters per op in the first stack), got ${m.p}`,
  'nasnet-filters': (m: { f: number }) =>
    `NASNet-A filters F = P/24 = ${m.f} must be a multiple of 4 (P a multiple of 96): the stem cells use F/4 and F/2 filters and the factorized reduction splits F/2 into two equal halves`,
  'senet-width-basic': (m: { d: number; depth: number }) =>
    `bottleneck width d applies to bottleneck blocks only (depth ≥ 50), got d = ${m.d} at depth ${m.depth}`,
  'senet-shape-basic': (m: { depth: number }) =>
    `the SENet-154 bottleneck shape needs bottleneck blocks (depth ≥ 50), got depth ${m.depth}`,
  'senet-cardinality': (m: { c: number }) =>
    `cardinality must divide 64 (the narrowest basic block) to group its 3×3 conv, got ${m.c}`,
  'senet154-groups': (m: { width: number; c: number; d: number }) =>
    `with the SENet-154 bottleneck the first 1×1 has half the grouped width (${m.width}/2) and must split into ${m.c} groups: use an even width per group d, got d = ${m.d}`,
  'senet-reduction': (m: { min: number; r: number }) =>
    `SE reduction r must be at most ${m.min} (the narrowest block has ${m.min} channels, and ⌊${m.min}/r⌋ hidden units must be ≥ 1), got ${m.r}`,
  /** The SE walk-through's reduction leaving no hidden unit (src/layout/explain/se.ts). */
  'se-reduction': (m: { r: number; c: number }) =>
    `reduction r = ${m.r} leaves ⌊${m.c}/${m.r}⌋ = 0 hidden units; r must be at most C`,
  'wrn-depth': (m: { depth: number }) =>
    `depth must be 6N+4 (10, 16, 22, 28, 34, 40, …), got ${m.depth}`,
  'squeeze-ratio': (m: { sr: number; e: number; s: number; fire: string }) =>
    `Squeeze ratio SR = ${m.sr} gives SR·e = ${m.sr}·${m.e} = ${m.s} squeeze filters in ${m.fire}; SR·128 must be a whole number ≥ 1 (e.g. 0.125, 0.25, 0.5, 0.75, 1)`,
  'squeeze-pct': (m: { pct: number; e: number; e3: number; fire: string }) =>
    `3×3 share pct = ${m.pct} gives ${m.pct}·${m.e} = ${m.e3} of the ${m.e} expand filters of ${m.fire} as 3×3; pct·128 must be a whole number with at least one 1×1 and one 3×3 filter (e.g. 0.125 … 0.875)`,
  'resnet-option-a': (m: { cin: number; cout: number }) =>
    `zero-padding (option A) shortcuts cannot reduce channels (${m.cin} → ${m.cout}); use option B`,
  'resnet-width-basic': (m: { k: number }) =>
    `width factor k applies to bottleneck blocks only (torchvision's BasicBlock supports base width 64 only), got k = ${m.k} with basic blocks`,
  'cifar-depth': (m: {
    per: number;
    examples: readonly number[];
    block: 'basic' | 'bottleneck';
    depth: number;
  }) =>
    `depth must be ${m.per}n+2 (${m.examples.join(', ')}, …) for ${m.block} blocks, got ${m.depth}`,
  'densenet-depth-layout': () =>
    'Depth L sets three equal dense blocks and applies to the CIFAR layout only; for ImageNet choose a block configuration or custom block sizes',
  /** `n` is (L − 4)/per, shown with 2 decimals when it is not whole; `low`/`high` the nearest valid L. */
  'densenet-depth': (m: {
    per: number;
    bottleneck: boolean;
    depth: number;
    n: string;
    low: number;
    high: number;
  }) =>
    `DenseNet depth L must satisfy L = ${m.per}n + 4 with n ≥ 1 ${m.bottleneck ? 'with the bottleneck' : 'without the bottleneck'} (n = (L − 4)/${m.per} layers per block); got L = ${m.depth}, which gives n = ${m.n}. Nearest valid: ${m.low} or ${m.high}`,
  'densenet-no-blocks': () =>
    'DenseNet needs at least one dense block: layers in block 1 must be at least 1',
  'densenet-zero-end': (m: { sizes: readonly number[] }) =>
    `A block size of 0 ends the list of dense blocks, so the blocks after it must be 0 too; got ${m.sizes.join(', ')}`,
  'densenet-theta': (m: { theta: number }) => `Compression θ must be in (0, 1], got ${m.theta}`,
  'densenet-theta-empty': (m: { theta: number; c: number; block: number }) =>
    `Compression θ = ${m.theta} leaves ⌊${m.c}·${m.theta}⌋ = 0 channels after dense block ${m.block}; raise θ or the growth rate`,
};

export type EngineWords = typeof ENGINE_WORDS;
/** Everything the engine can say about a spec it refuses. */
export type EngineMessage = MessageOf<EngineWords>;

/** The English sentence of an engine message. */
export const engineText = (m: EngineMessage): string => say(ENGINE_WORDS, m);
