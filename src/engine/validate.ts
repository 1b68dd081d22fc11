/**
 * The JSON boundary: turn an unknown value (a parsed file, a URL, an editor's text) into a typed
 * ModelSpec, or throw a SpecError naming the node path and the rule. Shape rules (kernel fits,
 * groups divide, merges agree) need the input size and are checked by `analyze`.
 *
 * Hand-written rather than a schema library: the errors must name layer paths built from node
 * names (`stage3/block2/conv1`), not array indices, and the checks are few and regular.
 */
import { SpecError } from './errors';
import { LEAF_OPS, STRUCTURE_OPS, type ModelSpec, type SpecNode } from './types';

type Obj = Record<string, unknown>;
type FieldType =
  | 'int'
  | 'pos-int'
  | 'nonneg-int'
  | 'number'
  | 'bool'
  | 'string'
  | 'pair'
  | 'padding'
  | 'shape'
  | 'quad'
  | 'duo'
  | 'strings'
  | 'prob'
  | 'kernel';

/** Which fields each op has: required ones first, then optional ones. */
const FIELDS: Record<
  string,
  { required: Record<string, FieldType>; optional: Record<string, FieldType> }
> = {
  input: { required: { shape: 'shape' }, optional: {} },
  conv: {
    required: { out: 'pos-int', kernel: 'kernel' },
    optional: {
      stride: 'pair',
      padding: 'padding',
      dilation: 'pair',
      groups: 'pos-int',
      bias: 'bool',
    },
  },
  pool: {
    required: { mode: 'string' },
    optional: {
      kernel: 'pair',
      stride: 'pair',
      padding: 'padding',
      ceil: 'bool',
      global: 'bool',
      output: 'pair',
    },
  },
  lrn: {
    required: { size: 'pos-int' },
    optional: { alpha: 'number', beta: 'number', k: 'number' },
  },
  bn: { required: {}, optional: { eps: 'number' } },
  relu: { required: {}, optional: {} },
  tanh: { required: {}, optional: {} },
  sigmoid: { required: {}, optional: {} },
  softmax: { required: {}, optional: {} },
  dropout: { required: { p: 'prob' }, optional: {} },
  flatten: { required: {}, optional: {} },
  fc: { required: { out: 'pos-int' }, optional: { bias: 'bool' } },
  zeropad: { required: {}, optional: { padding: 'quad', channels: 'duo' } },
  identity: { required: {}, optional: {} },
  scale: { required: {}, optional: {} },
  concat: { required: {}, optional: {} },
  add: { required: {}, optional: {} },
  mean: { required: {}, optional: {} },
};

const COMMON: Record<string, FieldType> = {
  name: 'string',
  label: 'string',
  note: 'string',
  from: 'strings',
  side: 'bool',
  trainingOnly: 'bool',
  kind: 'string',
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return JSON.stringify(v).slice(0, 40);
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'object') return 'an object';
  // Numbers and booleans as written: `got 0`, `got true` (a string shows its quotes: `got "3"`).
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `${typeof v} ${String(v)}`;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function checkField(path: string, op: string, field: string, type: FieldType, v: unknown): void {
  const wrong = (want: string): never => {
    throw new SpecError(path, 'wrong-type', `${op}.${field} must be ${want}, got ${describe(v)}`);
  };
  const positive = (want: string): never => {
    throw new SpecError(
      path,
      'positive-size',
      `${op}.${field} must be ${want}, got ${describe(v)}`,
    );
  };
  switch (type) {
    case 'int':
      if (!isInt(v)) wrong('an integer');
      return;
    case 'pos-int':
      if (!isInt(v)) wrong('a positive integer');
      if ((v as number) <= 0) positive('a positive integer');
      return;
    case 'nonneg-int':
      if (!isInt(v)) wrong('a non-negative integer');
      if ((v as number) < 0) positive('a non-negative integer');
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) wrong('a number');
      return;
    case 'prob':
      if (typeof v !== 'number' || !(v >= 0 && v < 1)) wrong('a probability in [0, 1)');
      return;
    case 'bool':
      if (typeof v !== 'boolean') wrong('true or false');
      return;
    case 'string':
      if (typeof v !== 'string') wrong('a string');
      return;
    case 'strings':
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) wrong('a list of names');
      return;
    case 'kernel':
      if (v === 'full') return;
      if (typeof v === 'string') wrong('a number, [h, w] or "full"');
      checkField(path, op, field, 'pair', v);
      return;
    case 'pair':
    case 'padding': {
      if (type === 'padding' && (v === 'same' || v === 'valid')) return;
      const want =
        type === 'padding' ? 'a number, [h, w], "same" or "valid"' : 'a number or [h, w]';
      const items = Array.isArray(v) ? v : [v];
      if (items.length !== 1 && items.length !== 2) wrong(want);
      if (!items.every(isInt)) wrong(want);
      const min = type === 'padding' ? 0 : 1;
      if (!items.every((n) => (n as number) >= min)) {
        positive(type === 'padding' ? 'non-negative' : 'positive');
      }
      return;
    }
    case 'shape':
      if (!Array.isArray(v) || (v.length !== 3 && v.length !== 1) || !v.every(isInt))
        wrong('[C, H, W] or [N]');
      if (!(v as number[]).every((n) => n > 0)) positive('all positive');
      return;
    case 'quad':
      // Negative entries crop, as PyTorch's ZeroPad2d allows (NASNet's shifted reductions use it).
      if (!Array.isArray(v) || v.length !== 4 || !v.every(isInt))
        wrong('[top, bottom, left, right]');
      return;
    case 'duo':
      if (!Array.isArray(v) || v.length !== 2 || !v.every(isInt)) wrong('[before, after]');
      if (!(v as number[]).every((n) => n >= 0)) positive('non-negative');
      return;
  }
}

function childPath(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}

/** Validate one node (and its subtree) whose path is `path`. */
function validateNode(v: unknown, path: string): SpecNode {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new SpecError(path, 'wrong-type', `a layer must be an object, got ${describe(v)}`);
  }
  const o = v as Obj;
  if (!('op' in o)) throw new SpecError(path, 'missing-field', 'missing field "op"');
  if (typeof o.op !== 'string')
    throw new SpecError(path, 'wrong-type', `op must be a string, got ${describe(o.op)}`);
  const op = o.op;
  for (const [f, t] of Object.entries(COMMON)) {
    if (f in o && o[f] !== undefined) checkField(path, op, f, t, o[f]);
  }
  if (typeof o.name !== 'string')
    throw new SpecError(path, 'missing-field', `${op} is missing field "name"`);
  if (o.name === '' || o.name.includes('/')) {
    throw new SpecError(
      path,
      'bad-name',
      `name ${describe(o.name)} must be non-empty and contain no "/"`,
    );
  }

  if ((STRUCTURE_OPS as readonly string[]).includes(op)) {
    if (op === 'block') {
      if (!Array.isArray(o.layers))
        throw new SpecError(
          path,
          o.layers === undefined ? 'missing-field' : 'wrong-type',
          'block needs "layers", a list of layers',
        );
      if (o.inputs !== undefined) checkField(path, op, 'inputs', 'nonneg-int', o.inputs);
      if (o.output !== undefined) checkField(path, op, 'output', 'string', o.output);
      const names = new Set<string>();
      const inputs = (o.inputs as number | undefined) ?? 1;
      const known = new Set(Array.from({ length: inputs }, (_, i) => `in${i}`));
      const layers = o.layers.map((child: unknown, i: number) => {
        const name =
          typeof child === 'object' && child !== null && typeof (child as Obj).name === 'string'
            ? ((child as Obj).name as string)
            : `#${i + 1}`;
        const node = validateNode(child, childPath(path, name));
        if (names.has(node.name))
          throw new SpecError(
            childPath(path, node.name),
            'duplicate-name',
            `name "${node.name}" is used twice in this block`,
          );
        for (const src of node.from ?? []) {
          if (!known.has(src)) {
            throw new SpecError(
              childPath(path, node.name),
              'unknown-input',
              `reads "${src}", which is not an input of the block or an earlier layer in it`,
            );
          }
        }
        names.add(node.name);
        known.add(node.name);
        return node;
      });
      if (o.output !== undefined && !names.has(o.output as string)) {
        throw new SpecError(
          path,
          'unknown-input',
          `output "${String(o.output)}" is not a layer of this block`,
        );
      }
      return { ...(o as object), layers } as unknown as SpecNode;
    }
    if (op === 'parallel') {
      if (!Array.isArray(o.branches))
        throw new SpecError(
          path,
          o.branches === undefined ? 'missing-field' : 'wrong-type',
          'parallel needs "branches", a list of layers',
        );
      if (o.branches.length < 1)
        throw new SpecError(path, 'merge-arity', 'parallel needs at least one branch');
      if (o.merge === undefined)
        throw new SpecError(path, 'missing-field', 'parallel is missing field "merge"');
      const names = new Set<string>();
      const branches = o.branches.map((child: unknown, i: number) => {
        const name =
          typeof child === 'object' && child !== null && typeof (child as Obj).name === 'string'
            ? ((child as Obj).name as string)
            : `#${i + 1}`;
        const node = validateNode(child, childPath(path, name));
        if (names.has(node.name))
          throw new SpecError(
            childPath(path, node.name),
            'duplicate-name',
            `name "${node.name}" is used twice in this block`,
          );
        if (node.from)
          throw new SpecError(
            childPath(path, node.name),
            'unknown-input',
            'a branch reads the parallel block\'s input; "from" is only for layers inside a block',
          );
        names.add(node.name);
        return node;
      });
      const mergeName =
        typeof o.merge === 'object' && o.merge !== null && typeof (o.merge as Obj).name === 'string'
          ? ((o.merge as Obj).name as string)
          : 'merge';
      const merge = validateNode(o.merge, childPath(path, mergeName));
      if (merge.op !== 'concat' && merge.op !== 'add' && merge.op !== 'mean') {
        throw new SpecError(
          childPath(path, merge.name),
          'merge-arity',
          `a parallel block ends in concat, add or mean, not ${merge.op}`,
        );
      }
      if (names.has(merge.name))
        throw new SpecError(
          childPath(path, merge.name),
          'duplicate-name',
          `name "${merge.name}" is used twice in this block`,
        );
      return { ...(o as object), branches, merge } as unknown as SpecNode;
    }
    // repeat
    if (o.count === undefined)
      throw new SpecError(path, 'missing-field', 'repeat is missing field "count"');
    checkField(path, op, 'count', 'pos-int', o.count);
    if (o.body === undefined)
      throw new SpecError(path, 'missing-field', 'repeat is missing field "body"');
    const bodyName =
      typeof o.body === 'object' && o.body !== null && typeof (o.body as Obj).name === 'string'
        ? ((o.body as Obj).name as string)
        : 'body';
    const body = validateNode(o.body, childPath(path, `${bodyName}1`));
    if (body.from)
      throw new SpecError(
        childPath(path, `${body.name}1`),
        'unknown-input',
        'a repeated body reads the previous copy; "from" is not allowed on it',
      );
    return { ...(o as object), body } as unknown as SpecNode;
  }

  if (!(LEAF_OPS as readonly string[]).includes(op)) {
    throw new SpecError(
      path,
      'unknown-op',
      `unknown op "${op}"; known ops: ${[...LEAF_OPS, ...STRUCTURE_OPS].join(', ')}`,
    );
  }
  const fields = FIELDS[op];
  for (const [f, t] of Object.entries(fields.required)) {
    if (!(f in o) || o[f] === undefined)
      throw new SpecError(path, 'missing-field', `${op} is missing field "${f}"`);
    checkField(path, op, f, t, o[f]);
  }
  for (const [f, t] of Object.entries(fields.optional)) {
    if (f in o && o[f] !== undefined) checkField(path, op, f, t, o[f]);
  }
  if (op === 'pool') {
    if (o.mode !== 'max' && o.mode !== 'avg')
      throw new SpecError(
        path,
        'wrong-type',
        `pool.mode must be "max" or "avg", got ${describe(o.mode)}`,
      );
    if (o.kernel === undefined && !o.global && o.output === undefined) {
      throw new SpecError(
        path,
        'missing-field',
        'pool is missing field "kernel" (or "global": true, or an adaptive "output")',
      );
    }
  }
  return o as unknown as SpecNode;
}

/** Validate an unknown value as a ModelSpec. Throws SpecError with the failing path and rule. */
export function parseSpec(value: unknown): ModelSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SpecError(
      '',
      'wrong-type',
      `a spec must be an object with a "root" block, got ${describe(value)}`,
    );
  }
  const o = value as Obj;
  if (o.root === undefined)
    throw new SpecError('', 'missing-field', 'spec is missing field "root"');
  if (o.id !== undefined && typeof o.id !== 'string')
    throw new SpecError('', 'wrong-type', `id must be a string, got ${describe(o.id)}`);
  const root = validateNode(o.root, '');
  if (root.op !== 'block')
    throw new SpecError('', 'wrong-type', `the root must be a block, got ${root.op}`);
  return { ...(o as object), root } as ModelSpec;
}
