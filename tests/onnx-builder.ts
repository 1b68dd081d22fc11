/**
 * Writes small ONNX models for tests with the same protobuf runtime and descriptor the importer
 * reads with (so the bytes are real ONNX wire format, not a stand-in).
 */
import { create, toBinary } from '@bufbuild/protobuf';
import {
  AttributeProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  TensorProtoSchema,
  ValueInfoProtoSchema,
  type AttributeProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from 'onnx-buf';

type AttrValue = number | number[] | string | { f: number } | TensorProto;

function attribute(name: string, v: AttrValue): AttributeProto {
  if (typeof v === 'number') return create(AttributeProtoSchema, { name, type: 2, i: BigInt(v) });
  if (typeof v === 'string')
    return create(AttributeProtoSchema, { name, type: 3, s: new TextEncoder().encode(v) });
  if (Array.isArray(v)) return create(AttributeProtoSchema, { name, type: 7, ints: v.map(BigInt) });
  if ('f' in v && typeof v.f === 'number' && !('dims' in v))
    return create(AttributeProtoSchema, { name, type: 1, f: v.f });
  return create(AttributeProtoSchema, { name, type: 4, t: v as TensorProto });
}

export function node(
  opType: string,
  input: string[],
  output: string[],
  attrs: Record<string, AttrValue> = {},
  name = '',
): NodeProto {
  return create(NodeProtoSchema, {
    opType,
    input,
    output,
    name,
    attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
  });
}

/** A float tensor's value info; a string dimension is symbolic. */
export function value(name: string, dims: (number | string)[]): ValueInfoProto {
  return create(ValueInfoProtoSchema, {
    name,
    type: {
      value: {
        case: 'tensorType',
        value: {
          elemType: 1,
          shape: {
            dim: dims.map((d) => ({
              value:
                typeof d === 'number'
                  ? { case: 'dimValue' as const, value: BigInt(d) }
                  : { case: 'dimParam' as const, value: d },
            })),
          },
        },
      },
    },
  });
}

/** An int64 tensor with values (shape arguments), or a float tensor with only dimensions. */
export function tensor(name: string, dims: number[], int64?: number[]): TensorProto {
  return int64
    ? create(TensorProtoSchema, {
        name,
        dims: dims.map(BigInt),
        dataType: 7,
        int64Data: int64.map(BigInt),
      })
    : create(TensorProtoSchema, { name, dims: dims.map(BigInt), dataType: 1 });
}

export interface ModelParts {
  nodes: NodeProto[];
  inputs: ValueInfoProto[];
  outputs: string[];
  initializers?: TensorProto[];
  name?: string;
}

export function onnxModel(p: ModelParts): Uint8Array {
  return toBinary(
    ModelProtoSchema,
    create(ModelProtoSchema, {
      irVersion: 8n,
      producerName: 'tests',
      opsetImport: [{ domain: '', version: 17n }],
      graph: {
        name: p.name ?? 'test',
        node: p.nodes,
        input: p.inputs,
        output: p.outputs.map((o) => create(ValueInfoProtoSchema, { name: o })),
        initializer: p.initializers ?? [],
      },
    }),
  );
}
