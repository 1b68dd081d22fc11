/**
 * The JSON boundary: turn an unknown value (a parsed file, a URL, an editor's text) into a typed
 * ModelSpec, or throw a SpecError naming the node path and the rule. Every check is derived from
 * the op registry (`./ops`) and the structure fields (`./structure.ts`): the same declarations
 * the JSON Schema (`./schema.ts`) is built from. Unknown fields are errors, with a suggestion
 * when one is close. Shape rules (kernel fits, groups divide, merges agree) need the input size
 * and are checked by `analyze`.
 *
 * Paths are built from node names (`stage3/block2/conv1`); a node without a usable name is
 * named by its position among its siblings (`stage3/#2`).
 */
import { SpecError } from './errors';
import { checkField, describe, suggest, type Field } from './fields';
import { MAX_DEPTH, MAX_NAME, MAX_NODES } from './limits';
import { LEAF_OPS, OPS, isLeafOp } from './ops/index';
import { COMMON_FIELDS, SPEC_KEYS, STRUCTURE_FIELDS } from './structure';
import { STRUCTURE_OPS, type ModelSpec, type SpecNode } from './types';

type Obj = Record<string, unknown>;
type FieldTable = Readonly<Record<string, Field>>;

/** Every op's full field table (common fields first), and the set of its keys. */
const TABLES = new Map<
  string,
  { fields: FieldTable; entries: [string, Field][]; keys: Set<string> }
>();
for (const [op, def] of [
  ...Object.entries(OPS).map(([op, d]) => [op, d.fields] as const),
  ...Object.entries(STRUCTURE_FIELDS),
] as [string, FieldTable][]) {
  const fields = { ...COMMON_FIELDS, ...def } as FieldTable;
  TABLES.set(op, {
    fields,
    entries: Object.entries(fields),
    keys: new Set(['op', ...Object.keys(fields)]),
  });
}
const ALL_OPS = [...LEAF_OPS, ...STRUCTURE_OPS];

function childPath(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path segment of node `v`: its name, or `fallback` when the name is unusable. */
function segmentOr(v: unknown, fallback: string): string {
  return isObj(v) && typeof v.name === 'string' && v.name !== '' && v.name.length <= MAX_NAME
    ? v.name
    : fallback;
}

/** The path segment of child `v` at 0-based position `i`: its name, or `#<i + 1>`. */
const segment = (v: unknown, i: number): string => segmentOr(v, `#${i + 1}`);

/** An unknown field of op `op` (undefined: of the spec itself) whose fields are `keys`. */
function unknownField(
  path: string,
  key: string,
  op: string | undefined,
  keys: Set<string>,
): SpecError {
  const close = suggest(key, keys);
  const field = describe(key);
  return new SpecError(path, 'unknown-field', {
    code: 'unknown-field',
    field,
    fields: [...keys],
    ...(op === undefined ? {} : { op }),
    ...(close === undefined ? {} : { close }),
  });
}

/** Running state of one validation: nodes (leaves and modules) so far, repeats counted out. */
interface Walk {
  nodes: number;
}

function countNodes(w: Walk, path: string, n: number): void {
  w.nodes += n;
  if (w.nodes > MAX_NODES)
    throw new SpecError(path, 'too-large', { code: 'too-many-nodes', max: MAX_NODES });
}

/** Validate one node (and its subtree) whose path is `path`, nested `depth` below the root. */
function validateNode(v: unknown, path: string, depth: number, w: Walk): SpecNode {
  if (!isObj(v)) {
    throw new SpecError(path, 'wrong-type', { code: 'layer-not-object', got: describe(v) });
  }
  if (depth > MAX_DEPTH)
    throw new SpecError(path, 'too-deep', { code: 'too-deep', max: MAX_DEPTH });
  countNodes(w, path, 1);
  if (!('op' in v)) throw new SpecError(path, 'missing-field', { code: 'missing-op' });
  const op = v.op;
  if (typeof op !== 'string')
    throw new SpecError(path, 'wrong-type', {
      code: 'value-type',
      field: 'op',
      want: { code: 'string' },
      got: describe(op),
    });
  const table = TABLES.get(op);
  if (!table) {
    const close = op.length <= 64 ? suggest(op, ALL_OPS) : undefined;
    throw new SpecError(
      path,
      'unknown-op',
      close
        ? { code: 'unknown-op', op: describe(op), close }
        : { code: 'unknown-op', op: describe(op), ops: ALL_OPS },
    );
  }
  for (const key in v) {
    if (!table.keys.has(key) && v[key] !== undefined) throw unknownField(path, key, op, table.keys);
  }
  for (const [key, f] of table.entries) {
    const x = v[key];
    if (x === undefined) {
      if (f.required) {
        if (key === 'layers' || key === 'branches')
          throw new SpecError(path, 'missing-field', { code: 'needs-list', op, field: key });
        throw new SpecError(path, 'missing-field', { code: 'missing-field', op, field: key });
      }
      continue;
    }
    if ((key === 'layers' || key === 'branches') && !Array.isArray(x))
      throw new SpecError(path, 'wrong-type', { code: 'needs-list', op, field: key });
    checkField(path, op, key, f, x);
  }
  const name = v.name as string;
  if (name === '' || name.includes('/')) {
    throw new SpecError(path, 'bad-name', { code: 'bad-name', name: describe(name) });
  }
  if (isLeafOp(op)) {
    const need = OPS[op].needsOneOf;
    if (need && !need.fields.some((f) => v[f] !== undefined && v[f] !== false))
      throw new SpecError(path, 'missing-field', need.msg);
    return v as unknown as SpecNode;
  }
  if (op === 'block') validateBlock(v, path, depth, w);
  else if (op === 'parallel') validateParallel(v, path, depth, w);
  else validateRepeat(v, path, depth, w);
  return v as unknown as SpecNode;
}

/** Validate the `i`-th child of the module at `path`; its name must be new among `names`. */
function validateChild(
  c: unknown,
  i: number,
  path: string,
  depth: number,
  w: Walk,
  names: Set<string>,
): SpecNode {
  const node = validateNode(c, childPath(path, segment(c, i)), depth + 1, w);
  if (names.has(node.name))
    throw new SpecError(childPath(path, node.name), 'duplicate-name', {
      code: 'duplicate-name',
      name: node.name,
    });
  names.add(node.name);
  return node;
}

function validateBlock(o: Obj, path: string, depth: number, w: Walk): void {
  const layers = o.layers as unknown[];
  const inputs = (o.inputs as number | undefined) ?? 1;
  const names = new Set<string>();
  const known = new Set(Array.from({ length: inputs }, (_, i) => `in${i}`));
  layers.forEach((c, i) => {
    const node = validateChild(c, i, path, depth, w, names);
    for (const src of node.from ?? []) {
      if (!known.has(src)) {
        throw new SpecError(childPath(path, node.name), 'unknown-input', {
          code: 'unknown-source',
          name: describe(src),
        });
      }
    }
    known.add(node.name);
  });
  if (o.output !== undefined && !names.has(o.output as string)) {
    throw new SpecError(path, 'unknown-input', {
      code: 'unknown-output',
      name: describe(o.output),
    });
  }
}

function validateParallel(o: Obj, path: string, depth: number, w: Walk): void {
  const branches = o.branches as unknown[];
  if (branches.length < 1) throw new SpecError(path, 'merge-arity', { code: 'no-branches' });
  const names = new Set<string>();
  branches.forEach((c, i) => {
    const node = validateChild(c, i, path, depth, w, names);
    if (node.from)
      throw new SpecError(childPath(path, node.name), 'unknown-input', { code: 'branch-from' });
  });
  const merge = validateNode(o.merge, childPath(path, segmentOr(o.merge, 'merge')), depth + 1, w);
  if (merge.op !== 'concat' && merge.op !== 'add' && merge.op !== 'mean') {
    throw new SpecError(childPath(path, merge.name), 'merge-arity', {
      code: 'merge-op',
      op: merge.op,
    });
  }
  if (names.has(merge.name))
    throw new SpecError(childPath(path, merge.name), 'duplicate-name', {
      code: 'duplicate-name',
      name: merge.name,
    });
}

function validateRepeat(o: Obj, path: string, depth: number, w: Walk): void {
  const before = w.nodes;
  const body = validateNode(o.body, childPath(path, `${segmentOr(o.body, 'body')}1`), depth + 1, w);
  // The body was counted once; count the other copies (refused before any is expanded).
  countNodes(w, path, (w.nodes - before) * ((o.count as number) - 1));
  if (body.from)
    throw new SpecError(childPath(path, `${body.name}1`), 'unknown-input', {
      code: 'repeat-from',
    });
}

/** Validate an unknown value as a ModelSpec. Throws SpecError with the failing path and rule. */
export function parseSpec(value: unknown): ModelSpec {
  if (!isObj(value)) {
    throw new SpecError('', 'wrong-type', { code: 'spec-not-object', got: describe(value) });
  }
  for (const key in value) {
    if (!(SPEC_KEYS as readonly string[]).includes(key) && value[key] !== undefined)
      throw unknownField('', key, undefined, new Set(SPEC_KEYS));
  }
  if (value.root === undefined)
    throw new SpecError('', 'missing-field', { code: 'spec-missing-root' });
  const wrongType = (field: string, want: 'string' | 'object', v: unknown) =>
    new SpecError('', 'wrong-type', {
      code: 'value-type',
      field,
      want: { code: want },
      got: describe(v),
    });
  if (value.id !== undefined && typeof value.id !== 'string')
    throw wrongType('id', 'string', value.id);
  if (value.info !== undefined && !isObj(value.info)) throw wrongType('info', 'object', value.info);
  if (value.$schema !== undefined && typeof value.$schema !== 'string')
    throw wrongType('$schema', 'string', value.$schema);
  const root = value.root;
  if (isObj(root) && root.op !== undefined && root.op !== 'block' && typeof root.op === 'string')
    throw new SpecError('', 'wrong-type', {
      code: 'root-not-block',
      got: describe(root.op).replace(/^"|"$/g, ''),
    });
  if (!isObj(root))
    throw new SpecError('', 'wrong-type', { code: 'root-not-block', got: describe(root) });
  validateNode(root, '', 0, { nodes: 0 });
  return value as unknown as ModelSpec;
}
