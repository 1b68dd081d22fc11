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
import { fmt } from './format';
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

function unknownField(path: string, key: string, op: string, keys: Set<string>): SpecError {
  const close = suggest(key, keys);
  const shown = describe(key);
  return new SpecError(
    path,
    'unknown-field',
    close
      ? `unknown field ${shown} — did you mean "${close}"?`
      : `unknown field ${shown}; ${op} has fields ${[...keys].join(', ')}`,
  );
}

/** Running state of one validation: nodes (leaves and modules) so far, repeats counted out. */
interface Walk {
  nodes: number;
}

function countNodes(w: Walk, path: string, n: number): void {
  w.nodes += n;
  if (w.nodes > MAX_NODES)
    throw new SpecError(
      path,
      'too-large',
      `the network expands to more than ${fmt(MAX_NODES)} layers and modules here (repeats counted out)`,
    );
}

/** Validate one node (and its subtree) whose path is `path`, nested `depth` below the root. */
function validateNode(v: unknown, path: string, depth: number, w: Walk): SpecNode {
  if (!isObj(v)) {
    throw new SpecError(path, 'wrong-type', `a layer must be an object, got ${describe(v)}`);
  }
  if (depth > MAX_DEPTH)
    throw new SpecError(path, 'too-deep', `blocks are nested more than ${MAX_DEPTH} deep here`);
  countNodes(w, path, 1);
  if (!('op' in v)) throw new SpecError(path, 'missing-field', 'missing field "op"');
  const op = v.op;
  if (typeof op !== 'string')
    throw new SpecError(path, 'wrong-type', `op must be a string, got ${describe(op)}`);
  const table = TABLES.get(op);
  if (!table) {
    const close = op.length <= 64 ? suggest(op, ALL_OPS) : undefined;
    throw new SpecError(
      path,
      'unknown-op',
      close
        ? `unknown op ${describe(op)} — did you mean "${close}"?`
        : `unknown op ${describe(op)}; known ops: ${ALL_OPS.join(', ')}`,
    );
  }
  for (const key in v) {
    if (!table.keys.has(key) && v[key] !== undefined) throw unknownField(path, key, op, table.keys);
  }
  for (const [key, f] of table.entries) {
    const x = v[key];
    if (x === undefined) {
      if (f.required) {
        if (key === 'name')
          throw new SpecError(path, 'missing-field', `${op} is missing field "name"`);
        if (key === 'layers')
          throw new SpecError(path, 'missing-field', 'block needs "layers", a list of layers');
        if (key === 'branches')
          throw new SpecError(path, 'missing-field', 'parallel needs "branches", a list of layers');
        throw new SpecError(path, 'missing-field', `${op} is missing field "${key}"`);
      }
      continue;
    }
    if (key === 'layers' && !Array.isArray(x))
      throw new SpecError(path, 'wrong-type', 'block needs "layers", a list of layers');
    if (key === 'branches' && !Array.isArray(x))
      throw new SpecError(path, 'wrong-type', 'parallel needs "branches", a list of layers');
    checkField(path, op, key, f, x);
  }
  const name = v.name as string;
  if (name === '' || name.includes('/')) {
    throw new SpecError(
      path,
      'bad-name',
      `name ${describe(name)} must be non-empty and contain no "/"`,
    );
  }
  if (isLeafOp(op)) {
    const need = OPS[op].needsOneOf;
    if (need && !need.fields.some((f) => v[f] !== undefined && v[f] !== false))
      throw new SpecError(path, 'missing-field', need.message);
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
    throw new SpecError(
      childPath(path, node.name),
      'duplicate-name',
      `name "${node.name}" is used twice in this block`,
    );
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
        throw new SpecError(
          childPath(path, node.name),
          'unknown-input',
          `reads ${describe(src)}, which is not an input of the block or an earlier layer in it`,
        );
      }
    }
    known.add(node.name);
  });
  if (o.output !== undefined && !names.has(o.output as string)) {
    throw new SpecError(
      path,
      'unknown-input',
      `output ${describe(o.output)} is not a layer of this block`,
    );
  }
}

function validateParallel(o: Obj, path: string, depth: number, w: Walk): void {
  const branches = o.branches as unknown[];
  if (branches.length < 1)
    throw new SpecError(path, 'merge-arity', 'parallel needs at least one branch');
  const names = new Set<string>();
  branches.forEach((c, i) => {
    const node = validateChild(c, i, path, depth, w, names);
    if (node.from)
      throw new SpecError(
        childPath(path, node.name),
        'unknown-input',
        'a branch reads the parallel block\'s input; "from" is only for layers inside a block',
      );
  });
  const merge = validateNode(o.merge, childPath(path, segmentOr(o.merge, 'merge')), depth + 1, w);
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
}

function validateRepeat(o: Obj, path: string, depth: number, w: Walk): void {
  const before = w.nodes;
  const body = validateNode(o.body, childPath(path, `${segmentOr(o.body, 'body')}1`), depth + 1, w);
  // The body was counted once; count the other copies (refused before any is expanded).
  countNodes(w, path, (w.nodes - before) * ((o.count as number) - 1));
  if (body.from)
    throw new SpecError(
      childPath(path, `${body.name}1`),
      'unknown-input',
      'a repeated body reads the previous copy; "from" is not allowed on it',
    );
}

/** Validate an unknown value as a ModelSpec. Throws SpecError with the failing path and rule. */
export function parseSpec(value: unknown): ModelSpec {
  if (!isObj(value)) {
    throw new SpecError(
      '',
      'wrong-type',
      `a spec must be an object with a "root" block, got ${describe(value)}`,
    );
  }
  for (const key in value) {
    if (!(SPEC_KEYS as readonly string[]).includes(key) && value[key] !== undefined)
      throw unknownField('', key, 'a spec', new Set(SPEC_KEYS));
  }
  if (value.root === undefined)
    throw new SpecError('', 'missing-field', 'spec is missing field "root"');
  if (value.id !== undefined && typeof value.id !== 'string')
    throw new SpecError('', 'wrong-type', `id must be a string, got ${describe(value.id)}`);
  if (value.info !== undefined && !isObj(value.info))
    throw new SpecError('', 'wrong-type', `info must be an object, got ${describe(value.info)}`);
  if (value.$schema !== undefined && typeof value.$schema !== 'string')
    throw new SpecError(
      '',
      'wrong-type',
      `$schema must be a string, got ${describe(value.$schema)}`,
    );
  const root = value.root;
  if (isObj(root) && root.op !== undefined && root.op !== 'block' && typeof root.op === 'string')
    throw new SpecError(
      '',
      'wrong-type',
      `the root must be a block, got ${describe(root.op).replace(/^"|"$/g, '')}`,
    );
  if (!isObj(root))
    throw new SpecError('', 'wrong-type', `the root must be a block, got ${describe(root)}`);
  validateNode(root, '', 0, { nodes: 0 });
  return value as unknown as ModelSpec;
}
