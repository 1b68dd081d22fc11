/**
 * Reading what nodes carry: attributes, tensor dimensions and (for small constants such as a
 * Reshape's target shape) tensor values. Integers arrive as int64 (bigint) and leave as exact
 * JavaScript numbers or the import stops with a message.
 */
import type { AttributeProto, NodeProto, TensorProto, ValueInfoProto } from 'onnx-buf';
import { OnnxImportError } from './errors';
import type { RangeWhat } from './messages';
import { MAX_CONST_VALUES, MAX_DIM } from './limits';

/** ONNX TensorProto.DataType codes that the importer reads values of. */
const FLOAT = 1;
const UINT8 = 2;
const INT8 = 3;
const INT32 = 6;
const INT64 = 7;
const BOOL = 9;
const DOUBLE = 11;

export function exactInt(v: bigint | number, what: RangeWhat): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n))
    throw new OnnxImportError({ code: 'out-of-range', what, value: String(v) });
  return n;
}

function dim(v: bigint, what: RangeWhat): number {
  const n = exactInt(v, what);
  if (n < 0 || n > MAX_DIM)
    throw new OnnxImportError({ code: 'out-of-range', what, value: String(n) });
  return n;
}

export function tensorDims(t: TensorProto): number[] {
  return t.dims.map((d, i) => dim(d, { kind: 'tensor-dim', index: i, tensor: t.name }));
}

/**
 * A graph input's or output's shape: known sizes as numbers, symbolic ones (`batch_size`) as
 * null; undefined when the file gives no tensor shape at all.
 */
export function valueInfoDims(v: ValueInfoProto): (number | null)[] | undefined {
  const type = v.type?.value;
  if (!type || type.case !== 'tensorType' || !type.value.shape) return undefined;
  return type.value.shape.dim.map((d, i) =>
    d.value.case === 'dimValue'
      ? dim(d.value.value, { kind: 'input-dim', index: i, input: v.name })
      : null,
  );
}

function product(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** The values of a small numeric tensor, or null when it is large, external or of another type. */
export function tensorValues(t: TensorProto): number[] | null {
  const dims = tensorDims(t);
  const count = product(dims);
  if (count > MAX_CONST_VALUES) return null;
  const type = t.dataType;
  if (t.rawData.byteLength > 0) {
    const size =
      type === INT64 || type === DOUBLE
        ? 8
        : type === INT32 || type === FLOAT
          ? 4
          : type === UINT8 || type === INT8 || type === BOOL
            ? 1
            : 0;
    if (size === 0 || t.rawData.byteLength !== count * size) return null;
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = i * size;
      if (type === INT64) out.push(Number(view.getBigInt64(at, true)));
      else if (type === DOUBLE) out.push(view.getFloat64(at, true));
      else if (type === INT32) out.push(view.getInt32(at, true));
      else if (type === FLOAT) out.push(view.getFloat32(at, true));
      else if (type === INT8) out.push(view.getInt8(at));
      else out.push(view.getUint8(at));
    }
    return out;
  }
  const typed =
    type === INT64
      ? t.int64Data.map(Number)
      : type === FLOAT
        ? t.floatData
        : type === DOUBLE
          ? t.doubleData
          : type === INT32 || type === UINT8 || type === INT8 || type === BOOL
            ? t.int32Data
            : null;
  if (!typed || typed.length !== count) return null;
  return [...typed];
}

function attr(node: NodeProto, name: string): AttributeProto | undefined {
  return node.attribute.find((a) => a.name === name);
}

export function attrInt(node: NodeProto, name: string, fallback: number): number {
  const a = attr(node, name);
  return a ? exactInt(a.i, { kind: 'attribute', attribute: name, node: node.name }) : fallback;
}

export function attrInts(node: NodeProto, name: string): number[] | undefined {
  const a = attr(node, name);
  if (!a) return undefined;
  return a.ints.map((v) => exactInt(v, { kind: 'attribute', attribute: name, node: node.name }));
}

export function attrFloat(node: NodeProto, name: string, fallback: number): number {
  const a = attr(node, name);
  return a ? a.f : fallback;
}

export function attrString(node: NodeProto, name: string): string | undefined {
  const a = attr(node, name);
  return a ? new TextDecoder().decode(a.s) : undefined;
}

export function attrTensor(node: NodeProto, name: string): TensorProto | undefined {
  return attr(node, name)?.t;
}
