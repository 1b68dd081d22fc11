/**
 * Positions in a JSON text, from the Lezer JSON parser (the one CodeMirror's JSON mode uses):
 * where a layer path's node is written, where the first syntax error is, and what property or
 * value the cursor is in (for completion). Pure: no DOM.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/json';

export function parseJsonTree(text: string): Tree {
  return parser.parse(text);
}

/** A property's name without its quotes. */
function propName(text: string, prop: SyntaxNode): string | null {
  const n = prop.getChild('PropertyName');
  if (!n) return null;
  try {
    return JSON.parse(text.slice(n.from, n.to)) as string;
  } catch {
    return null;
  }
}

/** The value node of an object's property `key`. */
export function propValue(text: string, obj: SyntaxNode, key: string): SyntaxNode | null {
  for (const p of obj.getChildren('Property')) {
    if (propName(text, p) === key) {
      const v = p.lastChild;
      return v && v.name !== 'PropertyName' && v.name !== ':' ? v : null;
    }
  }
  return null;
}

function stringValue(text: string, node: SyntaxNode | null): string | null {
  if (!node || node.name !== 'String') return null;
  try {
    return JSON.parse(text.slice(node.from, node.to)) as string;
  } catch {
    return null;
  }
}

/** The child nodes (objects) a spec node holds: layers, branches, merge, body. */
function childObjects(text: string, obj: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const key of ['layers', 'branches']) {
    const arr = propValue(text, obj, key);
    if (arr?.name === 'Array') out.push(...arr.getChildren('Object'));
  }
  for (const key of ['merge', 'body']) {
    const o = propValue(text, obj, key);
    if (o?.name === 'Object') out.push(o);
  }
  return out;
}

/**
 * Where the node at a layer path (`stage3/block2/conv1`) is written: the range of its `"name"`
 * property, or of the deepest ancestor found (a path can name a repeat's copy, `block3`, which is
 * written once as the body `block`). Null when not even the root is found.
 */
export function locatePath(text: string, path: string): { from: number; to: number } | null {
  const tree = parseJsonTree(text);
  const top = tree.topNode.getChild('Object');
  if (!top) return null;
  let node = propValue(text, top, 'root');
  if (!node || node.name !== 'Object') return null;
  let found: SyntaxNode = node;
  for (const seg of path ? path.split('/') : []) {
    const kids = childObjects(text, node);
    const next =
      kids.find((k) => stringValue(text, propValue(text, k, 'name')) === seg) ??
      kids.find((k) => {
        const n = stringValue(text, propValue(text, k, 'name'));
        return (
          n !== null && new RegExp(`^${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+$`).test(seg)
        );
      });
    if (!next) break;
    node = next;
    found = next;
  }
  const nameProp = found.getChildren('Property').find((p) => propName(text, p) === 'name');
  const r = nameProp ?? found;
  return { from: r.from, to: r.to };
}

/** The first syntax error's position, or null when the text parses. */
export function firstSyntaxError(text: string): number | null {
  let at: number | null = null;
  parseJsonTree(text).iterate({
    enter(n) {
      if (at !== null) return false;
      if (n.type.isError) at = n.from;
      return undefined;
    },
  });
  return at;
}
