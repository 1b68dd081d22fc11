/**
 * Spec → notation text, for networks that are chains (grammar.ts). Anything the notation cannot
 * say exactly is refused with the layer path and the reason, never approximated: parsing the
 * printed text gives a network with the same layers, shapes, parameters and MACs (layer names
 * follow the notation's own naming rule).
 */
import type { LeafOp, ModelSpec, Pair, SpecNode } from '../engine/types';
import { LRN_DEFAULTS } from './grammar';
import { notationText, type NotationMessage } from './messages';

/**
 * The text, or the layer the notation cannot say and why: `msg` as data (the editor says it in
 * the language shown), `why` its English sentence.
 */
export type PrintResult =
  { ok: true; text: string } | { ok: false; path: string; msg: NotationMessage; why: string };

class Refusal extends Error {
  constructor(
    readonly path: string,
    readonly msg: NotationMessage,
  ) {
    super(notationText(msg));
  }
}

const refused = (e: Refusal): PrintResult => ({
  ok: false,
  path: e.path,
  msg: e.msg,
  why: e.message,
});

interface Leaf {
  node: LeafOp;
  path: string;
}

const join = (parent: string, name: string) => (parent ? `${parent}/${name}` : name);

/** The leaves of a chain in order; refuses branches, side nodes and wiring. */
function chainLeaves(node: SpecNode, path: string, out: Leaf[]): void {
  const here = path;
  if (node.from || node.side || node.trainingOnly) {
    const why = node.from ? 'from' : node.side ? 'side' : 'training-only';
    throw new Refusal(here, { code: 'not-chain', why });
  }
  switch (node.op) {
    case 'parallel':
      throw new Refusal(here, {
        code: 'parallel',
        kind: node.kind ?? null,
        branches: node.branches.length,
        merge: node.merge.op,
      });
    case 'repeat':
      for (let i = 1; i <= node.count; i++) {
        const body = { ...node.body, name: `${node.body.name}${i}` };
        chainLeaves(body, join(here, body.name), out);
      }
      return;
    case 'block': {
      if ((node.inputs ?? 1) !== 1) throw new Refusal(here, { code: 'several-inputs' });
      const last = node.layers[node.layers.length - 1];
      if (node.output !== undefined && node.output !== last?.name)
        throw new Refusal(here, { code: 'not-last-output', output: node.output });
      for (const child of node.layers) chainLeaves(child, join(here, child.name), out);
      return;
    }
    default:
      out.push({ node, path: here });
  }
}

function size(p: Pair): string {
  return typeof p === 'number' ? String(p) : p[0] === p[1] ? String(p[0]) : `${p[0]}x${p[1]}`;
}

function asPair(p: Pair | undefined, dflt: number): [number, number] {
  if (p === undefined) return [dflt, dflt];
  return typeof p === 'number' ? [p, p] : [p[0], p[1]];
}

const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

/** Print a chain spec in the notation, or say which layer the notation cannot express and why. */
export function specToNotation(spec: ModelSpec): PrintResult {
  const leaves: Leaf[] = [];
  try {
    chainLeaves(spec.root, '', leaves);
  } catch (e) {
    if (e instanceof Refusal) return refused(e);
    throw e;
  }
  try {
    return { ok: true, text: printLeaves(leaves) };
  } catch (e) {
    if (e instanceof Refusal) return refused(e);
    throw e;
  }
}

function printLeaves(leaves: Leaf[]): string {
  const first = leaves[0];
  if (!first || first.node.op !== 'input')
    throw new Refusal(first?.path ?? '', { code: 'no-input' });
  const shape = first.node.shape;
  const items: string[] = [`input ${shape.join('×')}`];
  let flat = shape.length === 1;
  const lastWeight = leaves.reduce(
    (acc, l, i) => (l.node.op === 'conv' || l.node.op === 'fc' ? i : acc),
    -1,
  );
  const refuse = (l: Leaf, msg: NotationMessage): never => {
    throw new Refusal(l.path, msg);
  };

  for (let i = 1; i < leaves.length; i++) {
    const l = leaves[i];
    const n = l.node;
    const isLast = i === lastWeight;
    const next = leaves[i + 1]?.node;
    switch (n.op) {
      case 'conv': {
        if (n.kernel === 'full') refuse(l, { code: 'full-window' });
        const k = asPair(n.kernel as Pair, 1);
        let s = `conv${size(n.kernel as Pair)}-${n.out}`;
        const stride = asPair(n.stride, 1);
        if (!same(stride, [1, 1])) s += `/s${size(n.stride!)}`;
        const dflt: [number, number] = [Math.floor(k[0] / 2), Math.floor(k[1] / 2)];
        if (n.padding === 'same' || n.padding === 'valid') s += `/p${n.padding}`;
        else if (!same(asPair(n.padding, 0), dflt)) s += `/p${size(asPair(n.padding, 0))}`;
        if (n.dilation !== undefined && !same(asPair(n.dilation, 1), [1, 1]))
          s += `/d${size(n.dilation)}`;
        if ((n.groups ?? 1) !== 1) s += `/g${n.groups}`;
        if (n.bias === false) s += '/nobias';
        if (next?.op === 'bn' && (next.eps === undefined || next.eps === 1e-5)) {
          s += '/bn';
          i++;
        }
        s += reluFlag(leaves, i, isLast);
        if (leaves[i + 1]?.node.op === 'relu') i++;
        items.push(s);
        break;
      }
      case 'fc': {
        let s = `fc-${n.out}`;
        if (n.bias === false) s += '/nobias';
        s += reluFlag(leaves, i, isLast);
        if (leaves[i + 1]?.node.op === 'relu') i++;
        items.push(s);
        break;
      }
      case 'pool': {
        let s = `${n.mode}pool`;
        if (n.global) s += '/global';
        else if (n.output !== undefined) s += `/out${size(n.output)}`;
        else {
          const k = asPair(n.kernel, 2);
          if (!same(k, [2, 2])) s += size(n.kernel!);
          if (n.stride !== undefined && !same(asPair(n.stride, 1), k)) s += `/s${size(n.stride)}`;
          if (n.padding === 'same' || n.padding === 'valid')
            refuse(l, { code: 'pool-padding-mode', padding: n.padding });
          if (!same(asPair(n.padding as Pair | undefined, 0), [0, 0]))
            s += `/p${size(n.padding as Pair)}`;
          if (n.ceil) s += '/ceil';
        }
        items.push(s);
        break;
      }
      case 'flatten':
        // Implied before an fc that reads a map: the parser puts it back.
        if (flat || next?.op !== 'fc') items.push('flatten');
        flat = true;
        break;
      case 'dropout':
        items.push(n.p === 0.5 ? 'dropout' : `dropout-${n.p}`);
        break;
      case 'lrn':
        if (
          (n.alpha ?? 1e-4) !== LRN_DEFAULTS.alpha ||
          (n.beta ?? 0.75) !== LRN_DEFAULTS.beta ||
          (n.k ?? 1) !== LRN_DEFAULTS.k
        )
          refuse(l, {
            code: 'lrn-constants',
            alpha: n.alpha ?? LRN_DEFAULTS.alpha,
            beta: n.beta ?? LRN_DEFAULTS.beta,
            k: n.k ?? 1,
          });
        items.push(n.size === 5 ? 'lrn' : `lrn${n.size}`);
        break;
      case 'bn':
        if (n.eps !== undefined && n.eps !== 1e-5) refuse(l, { code: 'bn-eps', eps: n.eps });
        items.push('bn');
        break;
      case 'relu':
      case 'tanh':
      case 'sigmoid':
      case 'softmax':
        items.push(n.op);
        break;
      default:
        refuse(l, { code: 'no-op-notation', op: n.op });
    }
    if (n.op === 'fc') flat = true;
  }
  // One line per stage, as the paper's table reads: a line ends after the input and each pool.
  const grouped = group(items);
  return grouped
    .map((it, i) => {
      if (i === grouped.length - 1) return it;
      return /^(input|maxpool|avgpool)/.test(it) ? `${it},\n` : `${it}, `;
    })
    .join('');
}

/**
 * The flag for the ReLU after the weight layer at `i` (its ReLU, if any, is at i + 1): empty when
 * the default rule (ReLU unless last weight layer) already says what the spec has.
 */
function reluFlag(leaves: Leaf[], i: number, isLast: boolean): string {
  const has = leaves[i + 1]?.node.op === 'relu';
  if (has === !isLast) return '';
  return has ? '/relu' : '/linear';
}

/** Runs of the same item become `item ×n`. */
function group(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length;) {
    let j = i + 1;
    while (j < items.length && items[j] === items[i]) j++;
    out.push(j - i > 1 ? `${items[i]} ×${j - i}` : items[i]);
    i = j;
  }
  return out;
}
