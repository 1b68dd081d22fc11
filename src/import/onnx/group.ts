/**
 * From the flat list of leaves to a spec tree that mirrors the exporter's module scopes
 * (`/layer1/layer1.0/conv1/Conv` → block layer1 → block layer1.0 → leaf conv1), so the diagram can
 * fold modules the way it folds catalog entries. A scope becomes a block only when that is exact:
 * its leaves run one after another and only one of them is read from outside. Any other scope is
 * dissolved into its parent, which is always correct.
 */
import type { BlockNode, InputOp, LeafOp, ModelSpec, SpecNode } from '../../engine/types';
import type { LeafRecord } from './context';

const SEP = '\u0000';

interface Tree {
  key: string;
  /** The last scope segment: the block's name. */
  segment: string;
  depth: number;
  children: (Tree | LeafRecord)[];
  first: number;
}

function isTree(c: Tree | LeafRecord): c is Tree {
  return 'children' in c;
}

function safeName(s: string): string {
  const n = s.replaceAll('/', '∕').trim();
  return n === '' ? 'layer' : n;
}

/** Names unique among siblings and distinct from the block-input names `in0`, `in1`, …. */
class Namer {
  private used = new Set<string>();
  take(want: string): string {
    let base = safeName(want);
    if (/^in\d+$/.test(base)) base = `_${base}`;
    let name = base;
    for (let k = 2; this.used.has(name); k++) name = `${base}_${k}`;
    this.used.add(name);
    return name;
  }
}

export function groupLeaves(
  /** The input leaf as it should appear; leaves refer to it by `inputId`. */
  input: InputOp,
  inputId: string,
  leaves: readonly LeafRecord[],
  outputLeaf: string,
  networkName: string,
): ModelSpec {
  const index = new Map(leaves.map((l, i) => [l.id, i]));
  // Leaves under each scope prefix.
  const under = new Map<string, number[]>();
  leaves.forEach((l, i) => {
    for (let d = 1; d <= l.scope.length; d++) {
      const key = l.scope.slice(0, d).join(SEP);
      const list = under.get(key);
      if (list) list.push(i);
      else under.set(key, [i]);
    }
  });
  const readers = new Map<string, number[]>();
  leaves.forEach((l, i) => {
    for (const src of l.node.from ?? []) {
      const list = readers.get(src);
      if (list) list.push(i);
      else readers.set(src, [i]);
    }
  });
  const kept = new Set<string>();
  for (const [key, idx] of under) {
    if (idx.length < 2) continue;
    const contiguous = idx[idx.length - 1] - idx[0] === idx.length - 1;
    if (!contiguous) continue;
    const inside = new Set(idx);
    let outputs = 0;
    for (const i of idx) {
      const id = leaves[i].id;
      const readOutside = (readers.get(id) ?? []).some((r) => !inside.has(r)) || id === outputLeaf;
      if (readOutside) outputs++;
    }
    if (outputs <= 1) kept.add(key);
  }

  const root: Tree = { key: '', segment: networkName, depth: 0, children: [], first: -1 };
  const trees = new Map<string, Tree>([['', root]]);
  const treeOf = (scope: string[], d: number): Tree => {
    const key = scope.slice(0, d).join(SEP);
    let t = trees.get(key);
    if (!t) {
      const parent = treeOf(scope, deepestKept(scope, d - 1));
      t = { key, segment: scope[d - 1], depth: d, children: [], first: Infinity };
      trees.set(key, t);
      parent.children.push(t);
    }
    return t;
  };
  const deepestKept = (scope: string[], upTo: number): number => {
    for (let d = upTo; d >= 1; d--) if (kept.has(scope.slice(0, d).join(SEP))) return d;
    return 0;
  };
  const leafName = new Map<string, string>();
  leaves.forEach((l, i) => {
    const d = deepestKept(l.scope, l.scope.length);
    const t = treeOf(l.scope, d);
    t.children.push(l);
    for (let p: Tree | undefined = t; p && p.first > i; p = parentOf(p)) p.first = i;
    const rest = l.scope.slice(d);
    const single = l.scope.length > 0 && under.get(l.scope.join(SEP))!.length === 1;
    leafName.set(l.id, (single ? rest : [...rest, l.base]).join('.'));
  });
  function parentOf(t: Tree): Tree | undefined {
    if (t.depth === 0) return undefined;
    const scope = t.key.split(SEP);
    return trees.get(scope.slice(0, deepestKept(scope, t.depth - 1)).join(SEP));
  }
  const first = (c: Tree | LeafRecord) => (isTree(c) ? c.first : index.get(c.id)!);
  for (const t of trees.values()) t.children.sort((a, b) => first(a) - first(b));

  const inputName = safeName(input.name);
  const emit = (t: Tree, isRoot: boolean): { node: BlockNode; inputs: string[] } => {
    const namer = new Namer();
    if (isRoot) namer.take(inputName);
    const owner = new Map<string, number>();
    t.children.forEach((c, ci) => {
      for (const l of isTree(c) ? leavesOf(c) : [c]) owner.set(l.id, ci);
    });
    // The leaf whose value leaves this block (grouping kept at most one such leaf per block).
    const outLeaf = isRoot
      ? outputLeaf
      : [...owner.keys()].find(
          (id) =>
            id === outputLeaf || (readers.get(id) ?? []).some((r) => !owner.has(leaves[r].id)),
        );
    const outChild = outLeaf === undefined ? undefined : owner.get(outLeaf);
    const inputs: string[] = [];
    const names: string[] = [];
    const resolve = (src: string): string => {
      const o = owner.get(src);
      if (o !== undefined) return names[o];
      if (isRoot && src === inputId) return inputName;
      let k = inputs.indexOf(src);
      if (k < 0) k = inputs.push(src) - 1;
      return `in${k}`;
    };
    const layers: SpecNode[] = t.children.map((c, ci) => {
      if (isTree(c)) {
        const sub = emit(c, false);
        names[ci] = namer.take(c.segment);
        return { ...sub.node, name: names[ci], from: sub.inputs.map(resolve) };
      }
      names[ci] = namer.take(leafName.get(c.id)!);
      return { ...c.node, name: names[ci], from: (c.node.from ?? []).map(resolve) } as LeafOp;
    });
    const node: BlockNode = {
      op: 'block',
      // A sub-block's name is given by its parent (de-duplicated among its siblings).
      name: isRoot ? safeName(networkName) : t.segment,
      ...(inputs.length !== 1 && !isRoot ? { inputs: inputs.length } : {}),
      ...(outChild !== undefined ? { output: names[outChild] } : {}),
      layers: isRoot ? [{ ...input, name: inputName }, ...layers] : layers,
    };
    return { node, inputs };
  };
  function leavesOf(t: Tree): LeafRecord[] {
    return t.children.flatMap((c) => (isTree(c) ? leavesOf(c) : [c]));
  }
  return { root: emit(root, true).node };
}
