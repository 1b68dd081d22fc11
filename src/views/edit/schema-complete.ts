/**
 * Completion from the spec's JSON Schema (`specJsonSchema()`, draft 2020-12): at a property name,
 * the keys the node may still take; at a value, the values the schema lists (op names with their
 * description, enums, booleans). The node's `op` picks its schema, as the validator does. Pure.
 */
import type { SyntaxNode } from '@lezer/common';
import { parseJsonTree, propValue } from './json-tree';
import { specJsonSchema } from '../../engine/schema';
import { lang, type Lang, schemaDocs } from '../../i18n';

type Schema = Record<string, unknown>;

export interface CompletionItem {
  label: string;
  /** What is inserted. */
  apply: string;
  /** `property` or `value` (CodeMirror's completion types). */
  type: 'property' | 'enum' | 'keyword';
  info?: string;
}

export interface Completions {
  from: number;
  to: number;
  options: CompletionItem[];
}

function deref(schema: Schema, root: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 20 && typeof s.$ref === 'string'; i++) {
    const name = (s.$ref as string).replace('#/$defs/', '');
    s = ((root.$defs as Record<string, Schema>)[name] ?? {}) as Schema;
  }
  return s;
}

/** The object schemas a node may match: one when its `op` decides, several while it has none. */
function candidates(schema: Schema, root: Schema, op: string | null): Schema[] {
  const s = deref(schema, root);
  // An object schema's own anyOf only adds required-field rules (pool: kernel, global or output).
  const alts = s.properties ? undefined : ((s.oneOf ?? s.anyOf) as Schema[] | undefined);
  if (!alts) return [s];
  const all = alts.flatMap((a) => candidates(a, root, op));
  const byOp = all.filter((c) => opConst(c) === op);
  return byOp.length ? byOp : all;
}

function opConst(s: Schema): string | undefined {
  return ((s.properties as Record<string, Schema> | undefined)?.op?.const as string) ?? undefined;
}

function props(s: Schema): Record<string, Schema> {
  return (s.properties as Record<string, Schema>) ?? {};
}

function strValue(text: string, n: SyntaxNode | null): string | null {
  if (!n || n.name !== 'String') return null;
  try {
    return JSON.parse(text.slice(n.from, n.to)) as string;
  } catch {
    return null;
  }
}

/** The schemas of the object `obj` (walking up to the top and down through the schema). */
function schemasOf(text: string, obj: SyntaxNode, root: Schema, ignoreOwnOp = false): Schema[] {
  const parent = obj.parent;
  // For the `op` value itself every op is a candidate, whatever is typed so far.
  const op = ignoreOwnOp ? null : strValue(text, propValue(text, obj, 'op'));
  if (!parent || parent.name === 'JsonText') return candidates(root, root, op);
  let holder: SyntaxNode | null = parent;
  let inArray = false;
  if (holder.name === 'Array') {
    inArray = true;
    holder = holder.parent;
  }
  if (!holder || holder.name !== 'Property') return [];
  const keyNode = holder.getChild('PropertyName');
  const key = keyNode ? (JSON.parse(text.slice(keyNode.from, keyNode.to)) as string) : '';
  const outer = holder.parent;
  if (!outer || outer.name !== 'Object') return [];
  return schemasOf(text, outer, root).flatMap((s) => {
    let sub = props(s)[key];
    if (!sub) return [];
    if (inArray) sub = (deref(sub, root).items as Schema) ?? {};
    return candidates(sub, root, op);
  });
}

function describe(s: Schema): string | undefined {
  return typeof s.description === 'string' ? s.description : undefined;
}

/** The values a property schema lists. */
function valuesOf(s: Schema, root: Schema): CompletionItem[] {
  const d = deref(s, root);
  const out: CompletionItem[] = [];
  const alts = [d, ...(((d.anyOf ?? d.oneOf) as Schema[]) ?? []).map((a) => deref(a, root))];
  for (const a of alts) {
    if (a.const !== undefined) out.push(value(a.const, describe(a)));
    for (const v of (a.enum as unknown[]) ?? []) out.push(value(v));
    if (a.type === 'boolean') out.push(value(true), value(false));
  }
  return out;
}

function value(v: unknown, info?: string): CompletionItem {
  const apply = JSON.stringify(v);
  return { label: String(v), apply, type: typeof v === 'string' ? 'enum' : 'keyword', info };
}

/** Completions at `pos` in a spec JSON text, from `schema`. */
export function completeAt(text: string, pos: number, schema: Schema): Completions | null {
  const tree = parseJsonTree(text);
  let node: SyntaxNode | null = tree.resolveInner(pos, -1);
  let from = pos;
  let to = pos;
  const quoted = node.name === 'String' || node.name === 'PropertyName';
  if (quoted) {
    // Inside quotes: complete the text after the opening quote, up to and with the closing one.
    from = node.from + 1;
    to = node.to;
  }
  // A property name being typed, or a fresh position inside an object: keys.
  const inKey =
    node.name === 'PropertyName' ||
    node.name === '{' ||
    node.name === ',' ||
    node.name === 'Object' ||
    (node.name === 'String' && node.parent?.name === 'Object') ||
    (node.type.isError && node.parent?.name === 'Object');
  if (inKey) {
    const obj =
      node.name === 'Object'
        ? node
        : node.parent?.name === 'Property'
          ? node.parent.parent
          : node.parent;
    if (!obj || obj.name !== 'Object') return null;
    const present = new Set(
      obj.getChildren('Property').flatMap((p) => {
        const k = p.getChild('PropertyName');
        return k && !(k.from === from && k.to === to)
          ? [JSON.parse(text.slice(k.from, k.to)) as string]
          : [];
      }),
    );
    const seen = new Set<string>();
    const options: CompletionItem[] = [];
    for (const s of schemasOf(text, obj, schema)) {
      for (const [k, ps] of Object.entries(props(s))) {
        if (present.has(k) || seen.has(k)) continue;
        seen.add(k);
        options.push({
          label: k,
          apply: `"${k}": `,
          type: 'property',
          info: describe(deref(ps, schema)),
        });
      }
    }
    return options.length ? { from, to, options: inQuotes(options, quoted) } : null;
  }
  // A value: the property it belongs to.
  while (node && node.name !== 'Property' && node.name !== 'Object' && node.name !== 'Array')
    node = node.parent;
  if (!node || node.name !== 'Property') return null;
  const k = node.getChild('PropertyName');
  const obj = node.parent;
  if (!k || !obj || obj.name !== 'Object') return null;
  const key = JSON.parse(text.slice(k.from, k.to)) as string;
  const options: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const s of schemasOf(text, obj, schema, key === 'op')) {
    const ps = props(s)[key];
    if (!ps) continue;
    for (const o of valuesOf(ps, schema)) {
      if (seen.has(o.label)) continue;
      seen.add(o.label);
      options.push(o);
    }
  }
  return options.length ? { from, to, options: inQuotes(options, quoted) } : null;
}

/** Inside quotes the opening quote is already typed: insert the rest (string items only). */
function inQuotes(options: CompletionItem[], quoted: boolean): CompletionItem[] {
  if (!quoted) return options;
  return options
    .filter((o) => o.apply.startsWith('"'))
    .map((o) => ({ ...o, apply: o.apply.slice(1) }));
}

/**
 * The spec format's JSON Schema, its help (each op's and field's `doc`) in the language shown:
 * built once per language, read when a completion opens, so a switch needs no new editor.
 */
const schemas = new Map<Lang, Schema>();
export function schemaShown(): Schema {
  const l = lang();
  let s = schemas.get(l);
  if (!s) {
    s = specJsonSchema((d) => schemaDocs[d] ?? d) as Schema;
    schemas.set(l, s);
  }
  return s;
}
