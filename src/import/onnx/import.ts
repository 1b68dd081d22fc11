/**
 * ONNX file → spec. Decodes the file, finds the one activation input among the graph inputs
 * (a file exported without weights lists its parameters as graph inputs too), walks the nodes in
 * dependency order mapping each to spec leaves, checks every weight's dimensions against the
 * shapes the engine computed, and groups the leaves by the exporter's module scopes.
 */
import type { GraphProto, NodeProto } from 'onnx-buf';
import { parseSpec } from '../../engine/validate';
import type { InputOp, ModelSpec } from '../../engine/types';
import { foldConstant } from './consts';
import { ImportContext, type ConstValue } from './context';
import { decodeModel } from './decode';
import { OnnxImportError, type ImportWarning } from './errors';
import { groupLeaves } from './group';
import type { OnnxMessage } from './messages';
import { mapDataNode } from './ops';
import { exactInt, tensorDims, tensorValues, valueInfoDims } from './values';

export interface ImportOptions {
  /** The input's [C, H, W] (or [N]); needed when the file leaves a size symbolic. */
  input?: readonly number[];
  /** Restore batch norms that PyTorch's exporter folded into convolutions (default true). */
  unfoldBatchNorm?: boolean;
  /** The file's name: the network's name (without `.onnx`); the graph's name otherwise. */
  name?: string;
}

export interface OnnxImport {
  spec: ModelSpec;
  /** The file's name without `.onnx`, else the graph's; data from the file, shown as text only. */
  name: string;
  /** Nodes not mapped exactly, each named. */
  warnings: ImportWarning[];
  /** Conventions applied (folded batch norms restored, padding modes), for the user to read. */
  notes: OnnxMessage[];
  producer: string;
  opset: number | null;
  nodes: number;
  /** Where the parameter shapes came from. */
  weights: 'initializers' | 'graph inputs' | 'none';
}

/** Input slots that hold parameters or shape arguments, never the activation, per operator. */
const PARAM_SLOTS: Readonly<Record<string, readonly number[]>> = {
  Conv: [1, 2],
  ConvTranspose: [1, 2],
  Gemm: [1, 2],
  MatMul: [1],
  BatchNormalization: [1, 2, 3, 4],
  InstanceNormalization: [1, 2],
  LayerNormalization: [1, 2],
  GroupNormalization: [1, 2],
  PRelu: [1],
  Reshape: [1],
  Pad: [1, 2, 3],
  Dropout: [1, 2],
  Resize: [1, 2, 3],
  Upsample: [1],
  Slice: [1, 2, 3, 4],
  Squeeze: [1],
  Unsqueeze: [1],
  ReduceMean: [1],
  Clip: [1, 2],
  Expand: [1],
  Tile: [1],
};
/** Operators that pass a parameter on unchanged (the exporter's de-duplicated biases). */
const FORWARDING = new Set(['Identity', 'Cast']);

/** Topological order of the nodes (files are usually sorted already; a cycle is an error). */
function sortNodes(g: GraphProto): NodeProto[] {
  const producer = new Map<string, number>();
  g.node.forEach((n, i) => n.output.forEach((o) => o !== '' && producer.set(o, i)));
  const indeg = new Array<number>(g.node.length).fill(0);
  const users: number[][] = g.node.map(() => []);
  g.node.forEach((n, i) => {
    for (const name of new Set(n.input)) {
      const p = producer.get(name);
      if (p !== undefined && p !== i) {
        indeg[i]++;
        users[p].push(i);
      }
    }
  });
  const ready = indeg.flatMap((d, i) => (d === 0 ? [i] : [])).reverse();
  const order: NodeProto[] = [];
  while (ready.length > 0) {
    const i = ready.pop()!;
    order.push(g.node[i]);
    for (const u of users[i].reverse()) if (--indeg[u] === 0) ready.push(u);
  }
  if (order.length !== g.node.length) {
    const stuck = g.node.find((_, i) => indeg[i] > 0)!;
    throw new OnnxImportError({ code: 'cycle', node: stuck.name, op: stuck.opType });
  }
  return order;
}

/** The graph inputs that carry activations: those used somewhere other than a parameter slot. */
function activationInputs(g: GraphProto, initializers: Set<string>): string[] {
  const uses = new Map<string, { node: NodeProto; slot: number }[]>();
  for (const node of g.node)
    node.input.forEach((name, slot) => {
      const list = uses.get(name);
      if (list) list.push({ node, slot });
      else uses.set(name, [{ node, slot }]);
    });
  const paramOnly = (name: string, depth: number): boolean =>
    depth < 16 &&
    (uses.get(name) ?? []).every(
      ({ node, slot }) =>
        (PARAM_SLOTS[node.opType] ?? []).includes(slot) ||
        (FORWARDING.has(node.opType) && node.output.every((o) => paramOnly(o, depth + 1))),
    );
  return g.input
    .map((v) => v.name)
    .filter((n) => !initializers.has(n) && (uses.get(n)?.length ?? 0) > 0 && !paramOnly(n, 0));
}

function inputShape(
  g: GraphProto,
  name: string,
  options: ImportOptions,
  warnings: ImportWarning[],
): { shape: number[]; batch: number } {
  const vi = g.input.find((v) => v.name === name)!;
  const dims = valueInfoDims(vi);
  const batch = dims?.[0] ?? 1;
  if (options.input) return { shape: [...options.input], batch };
  if (!dims) throw new OnnxImportError({ code: 'input-no-shape', input: name });
  if (dims.length !== 4 && dims.length !== 2)
    throw new OnnxImportError({ code: 'input-rank', input: name, dims: dims.length });
  const rest = dims.slice(1);
  if (rest[0] === null) throw new OnnxImportError({ code: 'input-symbolic-channels', input: name });
  const shape = rest.map((d) => d ?? 224);
  if (rest.some((d) => d === null))
    warnings.push({
      node: '',
      op: 'input',
      msg: { code: 'symbolic-size', input: name, shape: shape.join('×') },
    });
  if (shape.some((d) => d <= 0))
    throw new OnnxImportError({ code: 'input-zero', input: name, shape: shape.join('×') });
  return { shape, batch };
}

export function importOnnx(bytes: Uint8Array, options: ImportOptions = {}): OnnxImport {
  const model = decodeModel(bytes);
  const g = model.graph!;
  const initNames = new Set(g.initializer.map((t) => t.name));
  const candidates = activationInputs(g, initNames);
  if (candidates.length === 0) throw new OnnxImportError({ code: 'no-activation-input' });
  const dataName = candidates[0];
  const warnings: ImportWarning[] = [];
  const { shape, batch } = inputShape(g, dataName, options, warnings);
  const input: InputOp = { op: 'input', name: 'n0', shape };
  const ctx = new ImportContext(input, batch, options.unfoldBatchNorm ?? true);
  ctx.warnings.push(...warnings);

  for (const t of g.initializer)
    ctx.set(t.name, {
      kind: 'const',
      dims: tensorDims(t),
      values: tensorValues(t),
      origin: t.name,
    });
  for (const v of g.input) {
    if (initNames.has(v.name) || v.name === dataName) continue;
    const dims = valueInfoDims(v);
    const c: ConstValue = {
      kind: 'const',
      dims: dims && dims.every((d) => d !== null) ? (dims as number[]) : null,
      values: null,
      origin: v.name,
    };
    ctx.set(v.name, c);
    if (candidates.includes(v.name))
      ctx.warnings.push({
        node: '',
        op: 'input',
        msg: { code: 'input-as-constant', input: v.name, data: dataName },
      });
  }
  ctx.set(dataName, { kind: 'data', leaf: 'n0' });

  for (const node of sortNodes(g)) {
    const dataIn = node.input.find((n) => ctx.data(n));
    if (node.opType === 'Shape' && dataIn !== undefined) {
      const dims = [batch, ...ctx.shapeOf(ctx.data(dataIn)!.leaf)];
      const probe: ConstValue = { kind: 'const', dims, values: null, origin: dataIn };
      const tmp = new Map([[node.input[0], probe]]);
      ctx.set(node.output[0] ?? '', foldConstant(withOverrides(ctx, tmp), node));
    } else if (dataIn !== undefined) {
      mapDataNode(ctx, node);
    } else {
      ctx.set(node.output[0] ?? '', foldConstant(ctx, node));
    }
  }

  const outName = g.output[0]?.name ?? '';
  const outLeaf = ctx.data(outName)?.leaf;
  if (outLeaf === undefined)
    throw new OnnxImportError(
      outName
        ? { code: 'output-independent', output: outName, input: dataName }
        : { code: 'no-output' },
    );
  if (g.output.length > 1)
    ctx.notes.push({ code: 'several-outputs', outputs: g.output.length, first: outName });
  if (ctx.foldedConvs > 0) ctx.notes.push({ code: 'folded-bn', convs: ctx.foldedConvs });
  checkWeights(ctx);

  // The file's name says more than the exporter's default graph name (PyTorch: "main_graph").
  const name = options.name?.replace(/\.onnx$/i, '') || g.name || 'onnx-model';
  const spec = groupLeaves(
    { ...input, name: safeInputName(dataName) },
    'n0',
    ctx.leaves,
    outLeaf,
    name,
  );
  const opset = model.opsetImport.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  return {
    spec: parseSpec(spec),
    name,
    warnings: ctx.warnings,
    notes: ctx.notes,
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(' '),
    opset: opset ? exactInt(opset.version, { kind: 'opset' }) : null,
    nodes: g.node.length,
    weights:
      g.initializer.length > 0 ? 'initializers' : g.input.length > 1 ? 'graph inputs' : 'none',
  };
}

function safeInputName(n: string): string {
  return n.replaceAll('/', '∕') || 'input';
}

/** A view of the context where some tensor names read as given constants (Shape's probe). */
function withOverrides(ctx: ImportContext, over: Map<string, ConstValue>): ImportContext {
  return new Proxy(ctx, {
    get(target, prop, receiver) {
      if (prop === 'constant') return (n: string) => over.get(n) ?? target.constant(n);
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * The engine counts parameters from the shapes it computes; each conv, fc and batch norm's weight
 * dimensions in the file must agree, or the counts would not be the file's. A mismatch is named.
 */
function checkWeights(ctx: ImportContext): void {
  const a = ctx.analyzeFlat();
  const byPath = new Map(a.layers.map((l) => [l.path, l]));
  for (const rec of ctx.leaves) {
    const w = rec.weightDims;
    const l = byPath.get(rec.id);
    if (!w || !l) continue;
    const inShape = l.inShapes[0];
    const n = rec.node;
    const expected =
      n.op === 'conv'
        ? inShape[0] / (n.groups ?? 1)
        : n.op === 'fc'
          ? inShape.reduce((x, y) => x * y, 1)
          : inShape[0];
    const found = n.op === 'bn' ? w[0] : w[1];
    if (found !== expected)
      ctx.warnings.push({
        node: rec.onnxName,
        op: rec.onnxOp,
        msg: { code: 'weight-mismatch', weight: w.join('×'), reads: inShape.join('×') },
      });
  }
}
