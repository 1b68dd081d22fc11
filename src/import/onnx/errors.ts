/**
 * What the importer reports. An error stops the import (the file cannot be read or holds no
 * network the engine can analyze); a warning names one node that was not understood, and the rest
 * of the network still imports. Both carry a message (./messages.ts): a code and its values,
 * plain JSON that crosses the worker and is said in the language shown.
 */
import { onnxText, type OnnxMessage } from './messages';

export class OnnxImportError extends Error {
  /** What went wrong, as data. `message` is its English sentence (the CLI prints it). */
  readonly msg: OnnxMessage;
  constructor(msg: OnnxMessage) {
    super(onnxText(msg));
    this.name = 'OnnxImportError';
    this.msg = msg;
  }
}

export function isOnnxImportError(e: unknown): e is OnnxImportError {
  return e instanceof OnnxImportError;
}

/** One node the importer could not map exactly, and what it did instead. */
export interface ImportWarning {
  /** The ONNX node's name as written in the file (data, never markup); `''` for the whole graph. */
  node: string;
  /** Its ONNX operator type, e.g. `Transpose`. */
  op: string;
  msg: OnnxMessage;
}
