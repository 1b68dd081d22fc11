/**
 * Bytes → ONNX ModelProto with a maintained Protocol Buffers runtime (@bufbuild/protobuf, which
 * passes the protobuf conformance suite and bounds message nesting) and the descriptor generated
 * from the official onnx.proto (onnx-buf). No hand-written wire-format code here.
 */
import { fromBinary } from '@bufbuild/protobuf';
import { ModelProtoSchema, type ModelProto } from 'onnx-buf';
import { OnnxImportError } from './errors';
import { MAX_NODES, sizeProblem } from './limits';

export type { ModelProto };

export function decodeModel(bytes: Uint8Array): ModelProto {
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) throw new OnnxImportError(tooBig);
  let model: ModelProto;
  try {
    model = fromBinary(ModelProtoSchema, bytes, { readUnknownFields: false });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new OnnxImportError({ code: 'not-onnx', error: why });
  }
  const graph = model.graph;
  if (!graph || (graph.node.length === 0 && graph.input.length === 0))
    throw new OnnxImportError({ code: 'no-graph' });
  if (graph.node.length > MAX_NODES)
    throw new OnnxImportError({ code: 'too-many-nodes', nodes: graph.node.length, max: MAX_NODES });
  return model;
}
