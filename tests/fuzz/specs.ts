/**
 * Spec fuzzing: catalog specs with random mutations (a field set to a hostile value, removed or
 * misspelled, a node wrapped in deep nesting or a large repeat, an op swapped), and targeted
 * hostile shapes. The property every case must hold:
 * - parseSpec + analyze either succeed or throw a SpecError (never a TypeError, RangeError or
 *   any other exception), whose path names a layer (no array indices, no "undefined");
 * - on success every count (per layer and in total) is a non-negative safe integer, every shape
 *   a list of positive safe integers, and the JSON contract has no null or non-finite number;
 * - the published JSON Schema accepts every spec the validator accepts (one source: the schema
 *   is never stricter than the engine).
 * Shared by `tests/unit/fuzz.test.ts` (a few thousand cases, fixed seed) and `scripts/fuzz.ts`.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { buildModel } from '../../src/catalog/index';
import { toJson } from '../../src/cli/report';
import { analyze, isSpecError, parseSpec, specJsonSchema } from '../../src/engine/index';

/** Catalog presets small enough to analyze thousands of times (≤ ~200 leaves). */
export const FUZZ_PRESETS = [
  'lenet5',
  'alexnet',
  'zfnet',
  'nin-cifar10',
  'inception-naive-demo',
  'inception-bottleneck-demo',
  'vgg16',
  'googlenet',
  'resnet18',
  'resnet50',
  'resnet20-cifar',
  'wrn-28-10',
  'squeezenet1.1',
  'fractalnet-cifar',
] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BASES: Record<string, Json> = Object.fromEntries(
  FUZZ_PRESETS.map((id) => {
    const { info: _info, ...spec } = buildModel(id);
    return [id, JSON.parse(JSON.stringify(spec)) as Json];
  }),
);

/** Values that broke the engine before, or sit on its bounds. */
const HOSTILE: Json[] = [
  0,
  -1,
  1,
  2,
  1.5,
  3,
  7,
  1e9,
  1e308,
  -1e308,
  2 ** 24,
  2 ** 24 + 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  '',
  'same',
  'valid',
  'full',
  'max',
  '/',
  '__proto__',
  'a\u0000b',
  true,
  false,
  null,
  [],
  [0],
  [1, 0],
  [2, 2],
  [1e9, 1],
  [3, 8, 8],
  [1, 2, 3, 4],
  [-100, 0, 0, 0],
  {},
  { op: 'relu', name: 'x' },
  { op: 'repeat', name: 'q', count: 1e6, body: { op: 'block', name: 'e', layers: [] } },
];
const FIELDS = [
  'op',
  'name',
  'out',
  'kernel',
  'stride',
  'padding',
  'dilation',
  'groups',
  'bias',
  'mode',
  'ceil',
  'global',
  'output',
  'size',
  'p',
  'shape',
  'channels',
  'from',
  'side',
  'count',
  'inputs',
  'layers',
  'branches',
  'merge',
  'body',
  'perChannel',
  'strides',
  'kernal',
  '__proto__',
  'constructor',
];
const OPS = [
  'conv',
  'pool',
  'fc',
  'flatten',
  'relu',
  'bn',
  'lrn',
  'dropout',
  'zeropad',
  'identity',
  'scale',
  'concat',
  'add',
  'mean',
  'input',
  'softmax',
  'prelu',
  'block',
  'parallel',
  'repeat',
  'conv3d',
];

/** Every object node in the tree (layers, branches, merges, bodies), with its parent list if any. */
function objects(v: Json, out: { [k: string]: Json }[] = []): { [k: string]: Json }[] {
  // Iterative: mutations can nest deeply.
  const stack: Json[] = [v];
  while (stack.length) {
    const x = stack.pop()!;
    if (Array.isArray(x)) stack.push(...x);
    else if (x && typeof x === 'object') {
      out.push(x);
      for (const k of Object.keys(x)) stack.push(x[k]);
    }
  }
  return out;
}

/** One mutation, as data, applied to the `at`-th object of the tree. */
export type Mutation =
  | { kind: 'set'; at: number; field: string; value: Json }
  | { kind: 'delete'; at: number; field: string }
  | { kind: 'op'; at: number; op: string }
  | { kind: 'nest'; at: number; depth: number; how: 'block' | 'parallel' | 'repeat'; count: number }
  | { kind: 'repeat'; at: number; count: number }
  | { kind: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    field: fc.constantFrom(...FIELDS),
    value: fc.oneof(fc.constantFrom(...HOSTILE), fc.integer({ min: -3, max: 300 })),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    field: fc.constantFrom(...FIELDS),
  }),
  fc.record({ kind: fc.constant('op' as const), at: fc.nat(), op: fc.constantFrom(...OPS) }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(99, 100, 101, 2000)),
    how: fc.constantFrom('block' as const, 'parallel' as const, 'repeat' as const),
    count: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(200, 50_000, 1e9)),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    count: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(300, 60_000, 1e9)),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

function apply(spec: Json, m: Mutation): void {
  const objs = objects(spec);
  const o = objs[m.at % objs.length];
  const copy = (): { [k: string]: Json } => JSON.parse(JSON.stringify(o));
  switch (m.kind) {
    case 'set':
      // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it.
      Object.defineProperty(o, m.field, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return;
    case 'delete':
      delete o[m.field];
      return;
    case 'op':
      o.op = m.op;
      return;
    case 'nest': {
      let inner: Json = copy();
      for (let i = 0; i < m.depth; i++)
        inner =
          m.how === 'block'
            ? { op: 'block', name: `n${i}`, layers: [inner] }
            : m.how === 'parallel'
              ? {
                  op: 'parallel',
                  name: `n${i}`,
                  branches: [inner],
                  merge: { op: 'concat', name: 'm' },
                }
              : { op: 'repeat', name: `n${i}`, count: m.count, body: inner };
      for (const k of Object.keys(o)) delete o[k];
      Object.assign(o, inner);
      return;
    }
    case 'repeat': {
      const body = copy();
      for (const k of Object.keys(o)) delete o[k];
      Object.assign(o, { op: 'repeat', name: String(body.name ?? 'r'), count: m.count, body });
      return;
    }
    case 'duplicate': {
      const layers = objs.find((x) => Array.isArray(x.layers) && (x.layers as Json[]).length > 0);
      if (layers)
        (layers.layers as Json[]).push(JSON.parse(JSON.stringify((layers.layers as Json[])[0])));
      return;
    }
  }
}

/** A fuzz case: a preset, mutations, and sometimes an input override. */
export const fuzzCase = fc.record({
  id: fc.constantFrom(...FUZZ_PRESETS),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  input: fc.option(
    fc.tuple(
      fc.constantFrom(1, 3, 64, 2048),
      fc.constantFrom(1, 7, 32, 224, 8192, 2 ** 24),
      fc.constantFrom(1, 7, 32, 224, 8192, 2 ** 24),
    ),
    { freq: 4 },
  ),
});
export type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

export function mutated(c: FuzzCase): Json {
  const spec = JSON.parse(JSON.stringify(BASES[c.id])) as Json;
  for (const m of c.mutations) apply(spec, m);
  return spec;
}

const ajv = new Ajv2020({ strict: true, strictRequired: false });
const schemaValidates = ajv.compile(specJsonSchema());

const isCount = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const isShape = (s: readonly number[]) =>
  s.length > 0 && s.every((n) => Number.isSafeInteger(n) && n >= 1);

/** Runs one case; returns undefined when the property holds, else what broke. */
export function check(
  spec: Json,
  input?: readonly [number, number, number] | null,
): string | undefined {
  let parsed;
  try {
    parsed = parseSpec(spec);
  } catch (e) {
    return specErrorProblem(e);
  }
  if (!schemaValidates(spec))
    return `the validator accepted a spec the schema refuses: ${JSON.stringify(schemaValidates.errors?.[0])}`;
  let a;
  try {
    a = analyze(parsed, input ? { input } : {});
  } catch (e) {
    return specErrorProblem(e);
  }
  for (const l of a.layers) {
    for (const k of ['params', 'buffers', 'macs', 'elementwise', 'activations'] as const)
      if (!isCount(l[k])) return `${l.path}: ${k} = ${l[k]} is not an exact count`;
    if (!isShape(l.out)) return `${l.path}: output ${l.out.join('×')} is not a shape`;
  }
  for (const t of [a.totals, a.inference])
    for (const [k, v] of Object.entries(t))
      if (!isCount(v)) return `total ${k} = ${v} is not exact`;
  const text = JSON.stringify(toJson(a));
  if (text.includes('null') && !text.includes('"id":null')) return 'the JSON report holds null';
  return undefined;
}

function specErrorProblem(e: unknown): string | undefined {
  if (!isSpecError(e)) return `not a SpecError: ${String(e)}`;
  if (/undefined|\[\d+\]|\.\d+\./.test(e.path)) return `path "${e.path}" is not a layer path`;
  if (e.message.length > 2000) return 'a message longer than 2,000 characters';
  return undefined;
}

/** Hand-made hostile shapes (the reproducers and their neighbours), always run. */
export const TARGETED: { name: string; spec: Json; input?: [number, number, number] }[] = (() => {
  const net = (...layers: Json[]): Json => ({
    root: {
      op: 'block',
      name: 'net',
      layers: [{ op: 'input', name: 'input', shape: [3, 32, 32] }, ...layers],
    },
  });
  const deep = (n: number, wrap: (x: Json) => Json): Json => {
    let v: Json = { op: 'relu', name: 'r' };
    for (let i = 0; i < n; i++) v = wrap(v);
    return v;
  };
  return [
    {
      name: 'blocks 1000 deep',
      spec: net(deep(1000, (x) => ({ op: 'block', name: 'b', layers: [x] }))),
    },
    {
      name: 'parallels 1100 deep',
      spec: net(
        deep(1100, (x) => ({
          op: 'parallel',
          name: 'p',
          branches: [x],
          merge: { op: 'add', name: 'm' },
        })),
      ),
    },
    {
      name: 'repeats 1500 deep',
      spec: net(deep(1500, (x) => ({ op: 'repeat', name: 'q', count: 2, body: x }))),
    },
    {
      name: '10,000 [ as root',
      spec: { root: JSON.parse('['.repeat(10_000) + ']'.repeat(10_000)) as Json },
    },
    {
      name: 'repeat 1e9',
      spec: net({ op: 'repeat', name: 'r', count: 1e9, body: { op: 'relu', name: 'x' } }),
    },
    { name: 'block inputs 1e8', spec: net({ op: 'block', name: 'b', inputs: 1e8, layers: [] }) },
    { name: 'adaptive 1e9', spec: net({ op: 'pool', name: 'p', mode: 'avg', output: 1e9 }) },
    { name: 'adaptive 2^24', spec: net({ op: 'pool', name: 'p', mode: 'avg', output: 2 ** 24 }) },
    {
      name: 'fc 1e308',
      spec: net({ op: 'flatten', name: 'f' }, { op: 'fc', name: 'fc', out: 1e308 }),
    },
    {
      name: 'fc 2^24 twice',
      spec: net(
        { op: 'flatten', name: 'f' },
        { op: 'fc', name: 'a', out: 2 ** 24 },
        { op: 'fc', name: 'b', out: 2 ** 24 },
      ),
    },
    { name: 'empty name', spec: net({ op: 'relu', name: '' }) },
    {
      name: 'empty root + input',
      spec: { root: { op: 'block', name: 'n', layers: [] } },
      input: [3, 8, 8],
    },
    {
      name: 'no input node + input',
      spec: { root: { op: 'block', name: 'n', layers: [{ op: 'relu', name: 'input' }] } },
      input: [3, 8, 8],
    },
    {
      name: 'huge input',
      spec: net({ op: 'conv', name: 'c', out: 2 ** 24, kernel: 1 }),
      input: [2 ** 24, 2 ** 24, 2 ** 24],
    },
    {
      name: 'stride explosion',
      spec: net({
        op: 'repeat',
        name: 'r',
        count: 2000,
        body: { op: 'conv', name: 'c', out: 1, kernel: 1, stride: 2 ** 24 },
      }),
    },
    {
      name: 'empty-block repeats',
      spec: net({
        op: 'repeat',
        name: 'a',
        count: 50_000,
        body: {
          op: 'repeat',
          name: 'b',
          count: 50_000,
          body: { op: 'block', name: 'e', layers: [] },
        },
      }),
    },
  ];
})();
