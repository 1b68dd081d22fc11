/**
 * The published JSON Schema, checked with an independent validator (Ajv, draft 2020-12, strict
 * mode): it compiles, every catalog preset and every family's default build validates against
 * it, and specs the engine refuses for a field rule are refused by the schema too.
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildModel, families, listIds } from '../../src/catalog/index';
import { LEAF_OPS, parseSpec, specJsonSchema } from '../../src/engine/index';

// strictRequired off: it wants each `required` name declared in the same subschema, and pool's
// "kernel, global or output" alternatives name fields declared by the enclosing schema.
const ajv = new Ajv2020({ strict: true, strictRequired: false });
const validate = ajv.compile(specJsonSchema());
/** As a file holds it: JSON, so absent optional fields are absent, not `undefined`. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

const INPUT = { op: 'input', name: 'input', shape: [3, 8, 8] };
const net = (...layers: unknown[]) => ({
  root: { op: 'block', name: 'net', layers: [INPUT, ...layers] },
});

describe('specJsonSchema()', () => {
  it('is a draft 2020-12 schema with a definition for every op', () => {
    const s = specJsonSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const op of [...LEAF_OPS, 'block', 'parallel', 'repeat'])
      expect(s.$defs[op]).toBeDefined();
  });

  it.each(listIds())('preset %s validates', (id) => {
    const ok = validate(asJson(buildModel(id)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([...families.keys()])('family %s with its default knobs validates', (id) => {
    expect(validate(asJson(buildModel(id)))).toBe(true);
  });

  // Each of these breaks a field rule: parseSpec and the schema must both refuse it.
  it.each([
    ['a typo’d field', net({ op: 'conv', name: 'c1', out: 16, kernel: 3, strides: 2 })],
    ['an unknown op', net({ op: 'conv3d', name: 'c' })],
    ['a missing required field', net({ op: 'conv', name: 'c', out: 4 })],
    [
      'a count above the size bound',
      net({ op: 'flatten', name: 'f' }, { op: 'fc', name: 'fc', out: 1e308 }),
    ],
    ['a fractional stride', net({ op: 'conv', name: 'c', out: 4, kernel: 3, stride: 1.5 })],
    ['a pool with no window', net({ op: 'pool', name: 'p', mode: 'max' })],
    ['a pool with global: false only', net({ op: 'pool', name: 'p', mode: 'max', global: false })],
    ['an empty name', net({ op: 'relu', name: '' })],
    ['a name with a slash', net({ op: 'relu', name: 'a/b' })],
    [
      'a merge that is not a merge',
      net({
        op: 'parallel',
        name: 'p',
        branches: [{ op: 'relu', name: 'r' }],
        merge: { op: 'relu', name: 'm' },
      }),
    ],
    [
      'a parallel with no branch',
      net({ op: 'parallel', name: 'p', branches: [], merge: { op: 'add', name: 'm' } }),
    ],
    ['an unknown top-level key', { ...net(), extra: 1 }],
    [
      'a repeat count above the bound',
      net({ op: 'repeat', name: 'r', count: 1e9, body: { op: 'relu', name: 'x' } }),
    ],
    ['block inputs above the bound', net({ op: 'block', name: 'b', inputs: 1e8, layers: [] })],
  ])('%s is refused by both', (_name, spec) => {
    expect(validate(spec)).toBe(false);
    expect(() => parseSpec(spec)).toThrow();
  });

  it('accepts what the validator accepts on a hand-written spec using every field kind', () => {
    const spec = net(
      { op: 'zeropad', name: 'zp', padding: [1, 1, -1, 0], channels: [0, 2] },
      {
        op: 'conv',
        name: 'c',
        out: 4,
        kernel: [3, 1],
        stride: 1,
        padding: 'same',
        dilation: [1, 1],
        groups: 1,
        bias: false,
        label: 'c',
        note: 'n',
      },
      { op: 'pool', name: 'p', mode: 'avg', output: [2, 2] },
      { op: 'bn', name: 'bn', eps: 1e-3 },
      { op: 'lrn', name: 'lrn', size: 5, alpha: 1e-4, beta: 0.75, k: 2 },
      { op: 'flatten', name: 'f' },
      { op: 'dropout', name: 'd', p: 0.5 },
      { op: 'fc', name: 'fc', out: 10 },
    );
    expect(() => parseSpec(spec)).not.toThrow();
    expect(validate(spec)).toBe(true);
  });
});
