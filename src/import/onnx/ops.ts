/**
 * ONNX operators that touch activations, mapped to spec leaves. One entry per operator; an
 * operator not here is shown as a pass-through identity leaf and named in a warning, and the rest
 * of the network still imports.
 */
import type { NodeProto } from 'onnx-buf';
import type { Shape } from '../../engine/analysis';
import type { Padding } from '../../engine/types';
import { nodeLabel, type ConstValue, type ImportContext, type LeafBody } from './context';
import type { OnnxReason } from './messages';
import { attrFloat, attrInt, attrInts, attrString } from './values';

type Handler = (ctx: ImportContext, node: NodeProto) => void;

/** The leaf ids of the node's activation inputs, in input order. */
function dataInputs(ctx: ImportContext, node: NodeProto): string[] {
  return node.input.flatMap((n) => {
    const d = ctx.data(n);
    return d ? [d.leaf] : [];
  });
}

function out(ctx: ImportContext, node: NodeProto, leaf: string): void {
  ctx.set(node.output[0] ?? '', { kind: 'data', leaf });
}

/** Show the node as an identity leaf on its first activation input and say why. */
export function passThrough(ctx: ImportContext, node: NodeProto, why: OnnxReason): void {
  const from = dataInputs(ctx, node).slice(0, 1);
  ctx.warn(node, { code: 'pass-through', why });
  const id = ctx.emit(node, { op: 'identity', label: `${node.opType} (not analyzed)` }, from);
  for (const o of node.output) out(ctx, { ...node, output: [o] } as NodeProto, id);
}

function leaf(ctx: ImportContext, node: NodeProto, l: LeafBody): string {
  const id = ctx.emit(
    node,
    { ...l, note: `ONNX node ${nodeLabel(node)}` },
    dataInputs(ctx, node).slice(0, 1),
  );
  out(ctx, node, id);
  return id;
}

function alias(ctx: ImportContext, node: NodeProto): void {
  const d = ctx.data(node.input[0] ?? '');
  if (d) ctx.set(node.output[0] ?? '', d);
}

/**
 * ONNX `pads` are [begin_h, begin_w, end_h, end_w]. Symmetric ones become the leaf's padding;
 * asymmetric ones become a zero-padding leaf first (the counts are the same as padding inside).
 */
function windowPadding(
  ctx: ImportContext,
  node: NodeProto,
): { padding: Padding; before?: [number, number, number, number] } {
  const auto = attrString(node, 'auto_pad') ?? 'NOTSET';
  if (auto === 'SAME_UPPER' || auto === 'SAME_LOWER') {
    if (auto === 'SAME_LOWER')
      ctx.notes.push({ code: 'same-lower', node: node.name, op: node.opType });
    return { padding: 'same' };
  }
  if (auto === 'VALID') return { padding: 'valid' };
  const p = attrInts(node, 'pads') ?? [0, 0, 0, 0];
  const [hb, wb, he, we] = p.length === 4 ? p : [0, 0, 0, 0];
  if (hb === he && wb === we) return { padding: hb === wb ? hb : [hb, wb] };
  return { padding: 0, before: [hb, he, wb, we] };
}

function pair2(v: number[] | undefined, dflt: number): number | [number, number] {
  if (!v || v.length !== 2) return dflt;
  return v[0] === v[1] ? v[0] : [v[0], v[1]];
}

/** A conv or pool preceded, when its padding is asymmetric, by a zero-padding leaf. */
function windowed(
  ctx: ImportContext,
  node: NodeProto,
  make: (padding: Padding) => LeafBody,
  weightDims?: number[],
): string {
  const { padding, before } = windowPadding(ctx, node);
  let from = dataInputs(ctx, node).slice(0, 1);
  if (before) {
    const padId = ctx.emit(
      node,
      { op: 'zeropad', padding: before, label: 'asymmetric pads' },
      from,
    );
    from = [padId];
  }
  const id = ctx.emit(node, { ...make(padding), note: `ONNX node ${nodeLabel(node)}` }, from, {
    weightDims,
  });
  out(ctx, node, id);
  return id;
}

/**
 * PyTorch's exporter (eval mode, constant folding on) folds a BatchNorm2d into the convolution
 * before it and stores the result under a generated name (`onnx::Conv_123`) instead of the
 * module's parameter name (`layer1.0.conv1.weight`). Such a conv is restored as the model had it:
 * a conv without bias followed by batch norm (γ, β learnable; running mean and variance buffers).
 * A conv that had its own bias before the batch norm cannot be told apart and is counted without it.
 */
export function foldedBatchNorm(weight: ConstValue, bias: ConstValue | undefined): boolean {
  return (
    weight.origin.startsWith('onnx::') && bias !== undefined && bias.origin.startsWith('onnx::')
  );
}

const conv: Handler = (ctx, node) => {
  const w = ctx.constant(node.input[1] ?? '');
  if (!w?.dims) return passThrough(ctx, node, { code: 'weight-no-shape' });
  if (w.dims.length !== 4)
    return passThrough(ctx, node, { code: 'conv-rank', rank: w.dims.length - 2 });
  const bias = ctx.constant(node.input[2] ?? '');
  const folded = ctx.unfoldBatchNorm && foldedBatchNorm(w, bias);
  const kernel = pair2(attrInts(node, 'kernel_shape') ?? w.dims.slice(2), 1);
  const groups = attrInt(node, 'group', 1);
  const id = windowed(
    ctx,
    node,
    (padding) => ({
      op: 'conv',
      out: w.dims![0],
      kernel,
      stride: pair2(attrInts(node, 'strides'), 1),
      padding,
      dilation: pair2(attrInts(node, 'dilations'), 1),
      groups,
      bias: bias !== undefined && !folded,
    }),
    w.dims,
  );
  if (folded) {
    const rec = ctx.record(id)!;
    const owner = rec.scope.length > 0 ? rec.scope[rec.scope.length - 1] : rec.base;
    const bn = ctx.emit(
      node,
      {
        op: 'bn',
        note: `batch norm restored: the exporter folded it into ${nodeLabel(node)}`,
      },
      [id],
      { scope: rec.scope.slice(0, -1), base: `${owner}.bn` },
    );
    out(ctx, node, bn);
    ctx.foldedConvs += 1;
  }
};

function pool(mode: 'max' | 'avg'): Handler {
  return (ctx, node) => {
    const dil = attrInts(node, 'dilations');
    if (dil && dil.some((d) => d !== 1)) ctx.warn(node, { code: 'dilated-pool' });
    const k = attrInts(node, 'kernel_shape');
    if (!k || k.length !== 2) return passThrough(ctx, node, { code: 'pool-rank' });
    windowed(ctx, node, (padding) => ({
      op: 'pool',
      mode,
      kernel: pair2(k, 1),
      // ONNX strides default to 1, the spec's to the kernel size: always write them.
      stride: pair2(attrInts(node, 'strides'), 1),
      padding,
      ...(attrInt(node, 'ceil_mode', 0) === 1 ? { ceil: true } : {}),
    }));
  };
}

function globalPool(mode: 'max' | 'avg'): Handler {
  return (ctx, node) => void leaf(ctx, node, { op: 'pool', mode, global: true });
}

function activation(op: 'relu' | 'tanh' | 'sigmoid' | 'softmax'): Handler {
  return (ctx, node) =>
    void leaf(ctx, node, {
      op,
      ...(node.opType.toLowerCase() !== op ? { label: node.opType } : {}),
    });
}

const gemm: Handler = (ctx, node) => {
  const w = ctx.constant(node.input[1] ?? '');
  if (!w?.dims || w.dims.length !== 2) return passThrough(ctx, node, { code: 'gemm-weight' });
  if (attrInt(node, 'transA', 0) !== 0) return passThrough(ctx, node, { code: 'gemm-trans-a' });
  const outF = attrInt(node, 'transB', 0) === 1 ? w.dims[0] : w.dims[1];
  const weightDims = attrInt(node, 'transB', 0) === 1 ? w.dims : [w.dims[1], w.dims[0]];
  const hasBias = node.input.length > 2 && node.input[2] !== '';
  flatFc(ctx, node, outF, hasBias, weightDims);
};

/** An fc leaf; a flatten goes first when the activation is not flat yet (MatMul on [N, C, 1, 1]). */
function flatFc(
  ctx: ImportContext,
  node: NodeProto,
  outF: number,
  bias: boolean,
  weightDims: number[],
): void {
  let from = dataInputs(ctx, node).slice(0, 1);
  if (from.length === 1 && ctx.shapeOf(from[0]).length !== 1)
    from = [ctx.emit(node, { op: 'flatten' }, from)];
  const id = ctx.emit(
    node,
    { op: 'fc', out: outF, bias, note: `ONNX node ${nodeLabel(node)}` },
    from,
    {
      weightDims,
    },
  );
  out(ctx, node, id);
}

const matmul: Handler = (ctx, node) => {
  const w = ctx.constant(node.input[1] ?? '');
  if (!ctx.data(node.input[0] ?? '') || !w?.dims || w.dims.length !== 2)
    return passThrough(ctx, node, { code: 'matmul-form' });
  const x = ctx.data(node.input[0])!;
  const s = ctx.shapeOf(x.leaf);
  if (s.length !== 1 && !(s.length === 3 && s[1] === 1 && s[2] === 1))
    return passThrough(ctx, node, { code: 'matmul-map', shape: s.join('×') });
  flatFc(ctx, node, w.dims[1], false, [w.dims[1], w.dims[0]]);
};

/** Add/Sum/Mul/Sub/Div: merges of two activations, or a constant applied to one. */
function elementwise(ctx: ImportContext, node: NodeProto): void {
  const ins = dataInputs(ctx, node);
  const op = node.opType;
  if (ins.length >= 2 && (op === 'Add' || op === 'Sum')) {
    const id = ctx.emit(node, { op: 'add', note: `ONNX node ${nodeLabel(node)}` }, ins);
    return out(ctx, node, id);
  }
  if (ins.length === 2 && op === 'Mul') return multiply(ctx, node, ins[0], ins[1]);
  if (ins.length === 1 && op === 'Add') {
    // A bias added after MatMul (older exporters) or after a bias-less conv: the layer's own bias.
    const c = node.input.map((n) => ctx.constant(n)).find((v) => v !== undefined);
    const rec = ctx.record(ins[0]);
    const count = c?.dims ? c.dims.reduce((a, b) => a * b, 1) : -1;
    if (
      rec &&
      (rec.node.op === 'fc' || rec.node.op === 'conv') &&
      !rec.node.bias &&
      count === rec.node.out
    ) {
      (rec.node as { bias?: boolean }).bias = true;
      return out(ctx, node, ins[0]);
    }
  }
  if (ins.length === 1 && op === 'Sum') return alias(ctx, node);
  passThrough(ctx, node, { code: 'constant-operand', op });
}

/**
 * Mul of two activations: a channel gate (squeeze-and-excitation) is the spec's `scale`; x·σ(x)
 * (swish/SiLU) is an activation; any other product has no spec op.
 */
function multiply(ctx: ImportContext, node: NodeProto, a: string, b: string): void {
  const sa = ctx.shapeOf(a);
  const sb = ctx.shapeOf(b);
  const isGate = (s: Shape, of: Shape) =>
    (s.length === 1 && s[0] === of[0]) ||
    (s.length === 3 && s[1] === 1 && s[2] === 1 && s[0] === of[0]);
  if (sa.length === 3 && isGate(sb, sa) && !isGate(sa, sb)) {
    return out(
      ctx,
      node,
      ctx.emit(node, { op: 'scale', note: `ONNX node ${nodeLabel(node)}` }, [a, b]),
    );
  }
  if (sb.length === 3 && isGate(sa, sb) && !isGate(sb, sa)) {
    return out(
      ctx,
      node,
      ctx.emit(node, { op: 'scale', note: `ONNX node ${nodeLabel(node)}` }, [b, a]),
    );
  }
  const sig = [a, b].map((id) => ctx.record(id)).find((r) => r?.node.op === 'sigmoid');
  const other = sig?.id === a ? b : a;
  if (sig && sig.node.from?.[0] === other) {
    const id = ctx.emit(node, { op: 'identity', label: 'x·σ(x) (swish)' }, [sig.id]);
    return out(ctx, node, id);
  }
  passThrough(ctx, node, { code: 'product', shape: sa.join('×') });
}

const concat: Handler = (ctx, node) => {
  const ins = dataInputs(ctx, node);
  if (ins.length !== node.input.length) return passThrough(ctx, node, { code: 'concat-constants' });
  const axis = attrInt(node, 'axis', 1);
  const rank = ctx.shapeOf(ins[0]).length + 1;
  if (axis !== 1 && axis !== 1 - rank) return passThrough(ctx, node, { code: 'concat-axis', axis });
  out(ctx, node, ctx.emit(node, { op: 'concat', note: `ONNX node ${nodeLabel(node)}` }, ins));
};

const flatten: Handler = (ctx, node) => {
  const x = dataInputs(ctx, node)[0];
  const axis = attrInt(node, 'axis', 1);
  if (axis !== 1) return passThrough(ctx, node, { code: 'flatten-axis', axis });
  if (ctx.shapeOf(x).length === 1) return alias(ctx, node);
  leaf(ctx, node, { op: 'flatten' });
};

/** Reshape to [batch, N] is a flatten; to the same shape an alias; anything else is not analyzed. */
const reshape: Handler = (ctx, node) => {
  const x = dataInputs(ctx, node)[0];
  const target = ctx.constant(node.input[1] ?? '')?.values;
  if (!target) return passThrough(ctx, node, { code: 'reshape-target' });
  const s = ctx.shapeOf(x);
  const full = [ctx.batch, ...s];
  const total = full.reduce((a, b) => a * b, 1);
  const dims = target.map((t, i) => (t === 0 && attrInt(node, 'allowzero', 0) === 0 ? full[i] : t));
  const known = dims.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  const resolved = dims.map((d) => (d === -1 ? total / known : d));
  if (
    resolved.some((d) => !Number.isInteger(d) || d < 0) ||
    resolved.reduce((a, b) => a * b, 1) !== total
  )
    return passThrough(ctx, node, {
      code: 'reshape-cannot',
      from: full.join('×'),
      to: target.join('×'),
    });
  if (resolved[0] !== ctx.batch)
    return passThrough(ctx, node, { code: 'reshape-batch', to: target.join('×') });
  const rest = resolved.slice(1);
  if (rest.length === s.length && rest.every((d, i) => d === s[i])) return alias(ctx, node);
  if (rest.length === 1) return void leaf(ctx, node, { op: 'flatten' });
  passThrough(ctx, node, { code: 'reshape-to', to: rest.join('×') });
};

const squeeze: Handler = (ctx, node) => {
  const x = dataInputs(ctx, node)[0];
  const s = ctx.shapeOf(x);
  const axes = attrInts(node, 'axes') ?? ctx.constant(node.input[1] ?? '')?.values ?? undefined;
  const spatial = (a: number) => a === 2 || a === 3 || a === -1 || a === -2;
  if (
    s.length === 3 &&
    s[1] === 1 &&
    s[2] === 1 &&
    (!axes || (axes.length === 2 && axes.every(spatial)))
  )
    return void leaf(ctx, node, { op: 'flatten', label: 'squeeze' });
  passThrough(ctx, node, { code: 'squeeze', shape: s.join('×') });
};

const reduceMean: Handler = (ctx, node) => {
  const axes = attrInts(node, 'axes') ?? ctx.constant(node.input[1] ?? '')?.values ?? undefined;
  const x = dataInputs(ctx, node)[0];
  const s = ctx.shapeOf(x);
  const sorted = [...(axes ?? [])].map((a) => (a < 0 ? a + s.length + 1 : a)).sort();
  if (s.length !== 3 || sorted.length !== 2 || sorted[0] !== 2 || sorted[1] !== 3)
    return passThrough(ctx, node, { code: 'mean-axes', axes: (axes ?? []).join(', ') });
  const id = leaf(ctx, node, {
    op: 'pool',
    mode: 'avg',
    global: true,
    label: 'ReduceMean over H, W',
  });
  if (attrInt(node, 'keepdims', 1) === 0)
    out(ctx, node, ctx.emit(node, { op: 'flatten', label: 'keepdims=0' }, [id]));
};

const pad: Handler = (ctx, node) => {
  const p = attrInts(node, 'pads') ?? ctx.constant(node.input[1] ?? '')?.values ?? undefined;
  const mode = attrString(node, 'mode') ?? 'constant';
  const s = ctx.shapeOf(dataInputs(ctx, node)[0]);
  if (!p || p.length !== 8 || s.length !== 3 || (node.input[3] ?? '') !== '')
    return passThrough(ctx, node, { code: 'pad-form' });
  const [nb, cb, hb, wb, ne, ce, he, we] = p;
  if (nb !== 0 || ne !== 0) return passThrough(ctx, node, { code: 'pad-batch' });
  if (mode !== 'constant')
    ctx.notes.push({ code: 'pad-mode', node: node.name, op: node.opType, mode });
  leaf(ctx, node, {
    op: 'zeropad',
    padding: [hb, he, wb, we],
    ...(cb !== 0 || ce !== 0 ? { channels: [cb, ce] as const } : {}),
  });
};

const dropout: Handler = (ctx, node) => {
  const ratio = ctx.constant(node.input[1] ?? '')?.values?.[0] ?? attrFloat(node, 'ratio', 0.5);
  leaf(ctx, node, { op: 'dropout', p: ratio });
};

const lrn: Handler = (ctx, node) =>
  void leaf(ctx, node, {
    op: 'lrn',
    size: attrInt(node, 'size', 1),
    alpha: attrFloat(node, 'alpha', 1e-4),
    beta: attrFloat(node, 'beta', 0.75),
    k: attrFloat(node, 'bias', 1),
  });

const batchNorm: Handler = (ctx, node) => {
  const scale = ctx.constant(node.input[1] ?? '');
  const id = ctx.emit(
    node,
    { op: 'bn', eps: attrFloat(node, 'epsilon', 1e-5), note: `ONNX node ${nodeLabel(node)}` },
    dataInputs(ctx, node).slice(0, 1),
    { weightDims: scale?.dims ?? undefined },
  );
  out(ctx, node, id);
};

/** Activations with no spec op of their own: element-wise and parameter-free, counted as ReLU is. */
const OTHER_ACTIVATIONS = [
  'LeakyRelu',
  'Elu',
  'Selu',
  'Celu',
  'HardSigmoid',
  'HardSwish',
  'Gelu',
  'Mish',
  'Softplus',
  'Softsign',
  'ThresholdedRelu',
  'Clip',
  'Relu6',
];

export const HANDLERS: Readonly<Record<string, Handler>> = {
  Conv: conv,
  Gemm: gemm,
  MatMul: matmul,
  MaxPool: pool('max'),
  AveragePool: pool('avg'),
  GlobalAveragePool: globalPool('avg'),
  GlobalMaxPool: globalPool('max'),
  BatchNormalization: batchNorm,
  Relu: activation('relu'),
  Tanh: activation('tanh'),
  Sigmoid: activation('sigmoid'),
  Softmax: activation('softmax'),
  LogSoftmax: activation('softmax'),
  ...Object.fromEntries(OTHER_ACTIVATIONS.map((op) => [op, activation('relu')])),
  PRelu: (ctx, node) => {
    ctx.warn(node, { code: 'prelu-slopes' });
    activation('relu')(ctx, node);
  },
  Add: elementwise,
  Sum: elementwise,
  Mul: elementwise,
  Sub: elementwise,
  Div: elementwise,
  Concat: concat,
  Flatten: flatten,
  Reshape: reshape,
  Squeeze: squeeze,
  ReduceMean: reduceMean,
  Pad: pad,
  Dropout: dropout,
  LRN: lrn,
  Identity: alias,
  Cast: alias,
};

export function mapDataNode(ctx: ImportContext, node: NodeProto): void {
  const domain = node.domain;
  if (domain !== '' && domain !== 'ai.onnx')
    return passThrough(ctx, node, { code: 'domain', op: node.opType, domain });
  const h = Object.hasOwn(HANDLERS, node.opType) ? HANDLERS[node.opType] : undefined;
  if (!h) return passThrough(ctx, node, { code: 'unsupported', op: node.opType });
  h(ctx, node);
}
