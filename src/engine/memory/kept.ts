/**
 * The third memory rule, "what autograd keeps": a post-pass over an Analysis that applies each
 * leaf's saved-for-backward rule (saved.ts) and counts every distinct storage once. Two ops that
 * keep the same tensor (the ReLU that keeps its output and the conv that keeps the same tensor as
 * its input; three Inception branches that all keep the module's input) add it once: the layer
 * that first keeps a storage, in execution order, is charged for it.
 */
import type { Analysis, LayerResult } from '../analysis';
import type { BlockNode, LeafOp, ModelSpec, SpecNode } from '../types';
import type { KeptWhat } from '../ops/saved';
import { aliasesInput, dtypeBytes, savedTensors, type SavedDtype, type SavedTensor } from './saved';

/** One distinct kept storage. */
export interface KeptTensor {
  /** Storage id: the path of the layer that wrote it, `#name` for a tensor made inside an op. */
  storage: string;
  dtype: SavedDtype;
  elements: number;
  constant: boolean;
  /** Layers that keep it, in execution order; the first is charged. */
  keptBy: string[];
  /** What the backward needs it for (the first keeper's rule), as a message. */
  what: KeptWhat;
}

export interface LayerKept {
  path: string;
  /** The op's saved tensors, before de-duplication. */
  saved: SavedTensor[];
  /** The storage each saved tensor resolves to (views followed), aligned with `saved`. */
  storages: string[];
  /** Bytes per image (fp32) this layer adds to what is kept: storages it is the first to keep. */
  bytes: number;
}

export interface KeptForBackward {
  /** Per leaf, in the analysis' order. */
  layers: LayerKept[];
  /** Every distinct storage kept, in the order first kept. */
  tensors: KeptTensor[];
  /** Bytes per image in fp32 (Σ layers' `bytes`): what grows with the batch. */
  perImage: number;
  /** fp32 bytes that do not grow with the batch (per-channel batch statistics). */
  constant: number;
}

/** Bytes of the kept tensors at a float size (4 = fp32, 2 = fp16/bf16), per image or constant. */
export function keptBytes(tensors: readonly KeptTensor[], floatBytes: number, constant: boolean) {
  let sum = 0;
  for (const t of tensors)
    if (t.constant === constant)
      sum += t.elements * (t.constant ? 4 : dtypeBytes(t.dtype, floatBytes));
  return sum;
}

function join(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}

/**
 * The spec's leaves by path, named as `analyze` names them (the root's first layer is the input;
 * a repeat's copies are `${body.name}${i}`).
 */
/**
 * The spec node of a layer. The input layer may have none: `analyze(spec, { input })` on a spec
 * without an input node supplies it, so it is rebuilt from the analysis.
 */
export function nodeOf(nodes: Map<string, LeafOp>, l: LayerResult, a: Analysis): LeafOp {
  const node = nodes.get(l.path);
  if (node) return node;
  if (l.op === 'input') return { op: 'input', name: l.name, shape: a.input };
  throw new Error(`no spec node for layer ${l.path}`);
}

export function leafNodes(spec: ModelSpec): Map<string, LeafOp> {
  const out = new Map<string, LeafOp>();
  const walk = (node: SpecNode, path: string): void => {
    switch (node.op) {
      case 'block':
        for (const child of node.layers) walk(child, join(path, child.name));
        return;
      case 'parallel':
        for (const b of node.branches) walk(b, join(path, b.name));
        walk(node.merge, join(path, node.merge.name));
        return;
      case 'repeat':
        for (let i = 1; i <= node.count; i++) {
          const name = `${node.body.name}${i}`;
          walk({ ...node.body, name } as SpecNode, join(path, name));
        }
        return;
      default:
        out.set(path, node);
    }
  };
  const root: BlockNode = spec.root;
  root.layers.forEach((child) => walk(child, child.name));
  return out;
}

/**
 * Apply every leaf's rule to the analysis of `spec`. Training-only leaves (auxiliary heads) are
 * included unless `inference` is set: they run, and keep tensors, in a training step.
 */
export function keptForBackward(
  a: Analysis,
  spec: ModelSpec,
  options: { inference?: boolean } = {},
): KeptForBackward {
  const nodes = leafNodes(spec);
  /** The storage each leaf's output lives in (views and p = 0 dropout share their input's). */
  const storageOf = new Map<string, string>();
  const byStorage = new Map<string, KeptTensor>();
  const tensors: KeptTensor[] = [];
  const layers: LayerKept[] = [];
  for (const l of a.layers) {
    const node = nodeOf(nodes, l, a);
    const own = node.op !== 'input' && aliasesInput(node) ? storageOf.get(l.inputs[0]) : undefined;
    storageOf.set(l.path, own ?? l.path);
    if (options.inference && l.trainingOnly) {
      layers.push({ path: l.path, saved: [], storages: [], bytes: 0 });
      continue;
    }
    const saved = savedTensors(l, node);
    let bytes = 0;
    const storages: string[] = [];
    for (const s of saved) {
      const storage = storageKey(l, s, storageOf);
      storages.push(storage);
      const hit = byStorage.get(storage);
      if (hit) {
        if (!hit.keptBy.includes(l.path)) hit.keptBy.push(l.path);
        continue;
      }
      const t: KeptTensor = {
        storage,
        dtype: s.dtype,
        elements: s.elements,
        constant: s.constant ?? false,
        keptBy: [l.path],
        what: s.what,
      };
      byStorage.set(storage, t);
      tensors.push(t);
      if (!t.constant) bytes += s.elements * dtypeBytes(s.dtype, 4);
    }
    layers.push({ path: l.path, saved, storages, bytes });
  }
  return {
    layers,
    tensors,
    perImage: keptBytes(tensors, 4, false),
    constant: keptBytes(tensors, 4, true),
  };
}

function storageKey(l: LayerResult, s: SavedTensor, storageOf: Map<string, string>): string {
  switch (s.role.kind) {
    case 'input':
      return storageOf.get(l.inputs[s.role.index]) ?? l.inputs[s.role.index];
    case 'output':
      return storageOf.get(l.path) ?? l.path;
    case 'internal':
      return `${l.path}#${s.role.name}`;
  }
}
