/**
 * The published JSON Schema (draft 2020-12) of the spec format, derived from the op registry and
 * the structure fields: the same declarations the validator checks. Editors use it for completion
 * and help; `npm run -s analyze -- --schema` prints it.
 *
 * What a schema cannot say is left to the validator and `analyze`: unique names among siblings,
 * `from` naming earlier siblings, nesting and size bounds of the whole network, and every shape
 * rule (a kernel fits its input, groups divide the channels, merged shapes agree).
 */
import { fieldSchema, type Field } from './fields';
import { OPS } from './ops/index';
import { COMMON_FIELDS, STRUCTURE_FIELDS } from './structure';

type Json = Record<string, unknown>;

/** The schema of a node with op `op`, its own fields and the common ones; no other keys. */
function nodeSchema(
  op: string,
  doc: string,
  fields: Readonly<Record<string, Field>>,
  extra: Json = {},
): Json {
  const all = { ...COMMON_FIELDS, ...fields } as Readonly<Record<string, Field>>;
  const properties: Json = { op: { const: op, description: doc } };
  for (const [k, f] of Object.entries(all)) properties[k] = fieldSchema(f);
  return {
    type: 'object',
    description: doc,
    properties,
    required: ['op', ...Object.keys(all).filter((k) => all[k].required)],
    additionalProperties: false,
    ...extra,
  };
}

const STRUCTURE_DOCS = {
  block: 'a sequence or small graph of children; each reads the previous one unless it has "from"',
  parallel: 'branches that all read the block input and end in one merge (concat, add or mean)',
  repeat: 'count copies of body, named <name>1, <name>2, …, each reading the previous one',
} as const;

let cached: Json | undefined;

/**
 * The JSON Schema of a spec file: `{ root: block, id?, info?, $schema? }`. `docIn` says each
 * description (English, from the ops' and fields' `doc`) in another language, e.g.
 * `(d) => schemaDocs[d] ?? d` with src/i18n's `schemaDocs`; without it the schema is English.
 */
export function specJsonSchema(docIn?: (english: string) => string): Json {
  if (!docIn) return englishSchema();
  const say = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(say)
      : x !== null && typeof x === 'object'
        ? Object.fromEntries(
            Object.entries(x).map(([k, v]) => [
              k,
              k === 'description' && typeof v === 'string' ? docIn(v) : say(v),
            ]),
          )
        : x;
  return say(englishSchema()) as Json;
}

/** Every description the schema holds (its help texts), in the order met. */
export function schemaDescriptions(x: unknown = englishSchema()): string[] {
  const out = new Set<string>();
  const walk = (y: unknown): void => {
    if (Array.isArray(y)) y.forEach(walk);
    else if (y !== null && typeof y === 'object')
      for (const [k, v] of Object.entries(y))
        if (k === 'description' && typeof v === 'string') out.add(v);
        else walk(v);
  };
  walk(x);
  return [...out];
}

function englishSchema(): Json {
  if (cached) return structuredClone(cached);
  const defs: Json = {};
  for (const [op, def] of Object.entries(OPS)) {
    const need = def.needsOneOf;
    const extra: Json = need
      ? {
          anyOf: need.fields.map((f) =>
            (def.fields as Record<string, Field>)[f].kind === 'bool'
              ? { required: [f], properties: { [f]: { const: true } } }
              : { required: [f] },
          ),
        }
      : {};
    defs[op] = nodeSchema(op, def.doc, def.fields as Record<string, Field>, extra);
  }
  for (const [op, fields] of Object.entries(STRUCTURE_FIELDS))
    defs[op] = nodeSchema(op, STRUCTURE_DOCS[op as keyof typeof STRUCTURE_DOCS], fields);
  const allOps = [...Object.keys(OPS), ...Object.keys(STRUCTURE_FIELDS)];
  defs.node = {
    description: 'a layer: a leaf op or a block, parallel or repeat',
    oneOf: allOps.map((op) => ({ $ref: `#/$defs/${op}` })),
  };
  defs.merge = {
    description: 'the merge that ends a parallel block',
    oneOf: ['concat', 'add', 'mean'].map((op) => ({ $ref: `#/$defs/${op}` })),
  };
  cached = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://cnn-atlas.local/spec.schema.json',
    title: 'CNN Atlas network spec',
    description:
      'A CNN as a tree of named nodes: leaves are ops, inner nodes are blocks, parallels and repeats. Shapes are C×H×W, batch excluded.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      id: { type: 'string', description: 'stable id, e.g. vgg16' },
      info: { type: 'object', description: 'descriptive data (paper, published figures)' },
      root: {
        $ref: '#/$defs/block',
        description: 'the network: a block whose first layer is the input',
      },
    },
    required: ['root'],
    additionalProperties: false,
    $defs: defs,
  };
  return structuredClone(cached);
}
