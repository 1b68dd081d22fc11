/**
 * Constant folding of the shape-only ops an exporter leaves around Reshape: `x.view(x.size(0), -1)`
 * becomes Shape → Gather → Unsqueeze → Concat → Reshape. Only small 1-D integer arithmetic is
 * evaluated; anything else yields a constant whose values are unknown (which is fine unless a
 * Reshape needs them, and then the Reshape says so).
 */
import type { NodeProto } from 'onnx-buf';
import { unknownConst, type ConstValue, type ImportContext } from './context';
import { MAX_CONST_VALUES } from './limits';
import { attrFloat, attrInt, attrInts, attrTensor, tensorDims, tensorValues } from './values';

function known(values: number[], origin: string, dims?: number[]): ConstValue {
  return { kind: 'const', dims: dims ?? [values.length], values, origin };
}

/** Broadcast a binary op over two 1-D (or scalar) value lists. */
function broadcast(a: number[], b: number[], f: (x: number, y: number) => number): number[] | null {
  if (a.length === b.length) return a.map((x, i) => f(x, b[i]));
  if (a.length === 1) return b.map((y) => f(a[0], y));
  if (b.length === 1) return a.map((x) => f(x, b[0]));
  return null;
}

const ARITH: Record<string, (x: number, y: number) => number> = {
  Add: (x, y) => x + y,
  Sub: (x, y) => x - y,
  Mul: (x, y) => x * y,
  Div: (x, y) => Math.trunc(x / y),
};

/** Input `i` as a constant, or from an attribute for older opsets. */
function listInput(
  ctx: ImportContext,
  node: NodeProto,
  i: number,
  attr: string,
): number[] | undefined {
  const fromAttr = attrInts(node, attr);
  if (fromAttr) return fromAttr;
  const c = ctx.constant(node.input[i] ?? '');
  return c?.values ?? undefined;
}

function sliceValues(
  vals: number[],
  starts: number[],
  ends: number[],
  axes: number[] | undefined,
  steps: number[] | undefined,
): number[] | null {
  if (starts.length !== 1 || ends.length !== 1) return null;
  if (axes && !(axes.length === 1 && (axes[0] === 0 || axes[0] === -1))) return null;
  const step = steps?.[0] ?? 1;
  if (step === 0) return null;
  const n = vals.length;
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const norm = (v: number) => (v < 0 ? v + n : v);
  const out: number[] = [];
  if (step > 0) {
    for (let i = clamp(norm(starts[0]), 0, n); i < clamp(norm(ends[0]), 0, n); i += step)
      out.push(vals[i]);
  } else {
    for (let i = clamp(norm(starts[0]), -1, n - 1); i > clamp(norm(ends[0]), -1, n - 1); i += step)
      out.push(vals[i]);
  }
  return out;
}

/** Evaluate a node whose inputs are all constants; returns its first output's value. */
export function foldConstant(ctx: ImportContext, node: NodeProto): ConstValue {
  const origin = node.output[0] ?? '';
  const ins = node.input.map((n) => ctx.constant(n));
  const first = ins[0];
  switch (node.opType) {
    case 'Constant': {
      const t = attrTensor(node, 'value');
      if (t) return { kind: 'const', dims: tensorDims(t), values: tensorValues(t), origin };
      const ints = attrInts(node, 'value_ints');
      if (ints) return known(ints, origin);
      const a = node.attribute.find((x) => x.name === 'value_int' || x.name === 'value_float');
      if (a) return known([a.name === 'value_int' ? attrInt(node, a.name, 0) : a.f], origin, []);
      return unknownConst(origin);
    }
    case 'Identity':
    case 'Cast':
      return first ? { ...first } : unknownConst(origin);
    case 'Shape': {
      if (!first?.dims) return unknownConst(origin);
      const dims = first.dims;
      const start = attrInt(node, 'start', 0);
      const end = attrInt(node, 'end', dims.length);
      const v = sliceValues(dims, [start], [end], undefined, undefined);
      return v ? known(v, origin) : unknownConst(origin);
    }
    case 'Unsqueeze':
    case 'Squeeze':
      return first?.values ? known(first.values, origin) : unknownConst(origin);
    case 'Gather': {
      const idx = ins[1]?.values;
      if (!first?.values || !idx || attrInt(node, 'axis', 0) !== 0) return unknownConst(origin);
      const n = first.values.length;
      const picked = idx.map((i) => first.values![i < 0 ? i + n : i]);
      if (picked.some((v) => v === undefined)) return unknownConst(origin);
      return known(picked, origin, ins[1]!.dims?.length === 0 ? [] : [picked.length]);
    }
    case 'Concat': {
      if (!ins.every((c) => c?.values)) return unknownConst(origin);
      const values = ins.flatMap((c) => c!.values!);
      return known(values, origin);
    }
    case 'Slice': {
      const starts = listInput(ctx, node, 1, 'starts');
      const ends = listInput(ctx, node, 2, 'ends');
      if (!first?.values || !starts || !ends) return unknownConst(origin);
      const axes = listInput(ctx, node, 3, 'axes');
      const steps = ins[4]?.values ?? undefined;
      const v = sliceValues(first.values, starts, ends, axes, steps);
      return v ? known(v, origin) : unknownConst(origin);
    }
    case 'ConstantOfShape': {
      const shape = first?.values;
      if (!shape) return unknownConst(origin);
      const count = shape.reduce((a, b) => a * b, 1);
      if (count > MAX_CONST_VALUES) return { kind: 'const', dims: shape, values: null, origin };
      const t = attrTensor(node, 'value');
      const fill = (t && tensorValues(t)?.[0]) ?? 0;
      return known(new Array<number>(count).fill(fill), origin, shape);
    }
    case 'Add':
    case 'Sub':
    case 'Mul':
    case 'Div': {
      const a = first?.values;
      const b = ins[1]?.values;
      const v = a && b ? broadcast(a, b, ARITH[node.opType]) : null;
      if (v) return known(v, origin, a!.length >= b!.length ? first!.dims! : ins[1]!.dims!);
      // Shapes still follow from broadcasting when the values are unknown: keep the larger.
      const dims =
        first?.dims && ins[1]?.dims
          ? first.dims.length >= ins[1].dims.length
            ? first.dims
            : ins[1].dims
          : null;
      return { kind: 'const', dims, values: null, origin };
    }
    case 'Clip': {
      const lo = attrFloat(node, 'min', -Infinity);
      const hi = attrFloat(node, 'max', Infinity);
      return first?.values
        ? known(
            first.values.map((x) => Math.min(Math.max(x, lo), hi)),
            origin,
            first.dims ?? undefined,
          )
        : unknownConst(origin);
    }
    default:
      return unknownConst(origin);
  }
}
