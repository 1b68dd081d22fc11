/**
 * What the ONNX importer reports. An error stops the import (the file cannot be read or holds no
 * network the engine can analyze); a warning names one node that was not understood, and the rest
 * of the network still imports.
 */

export class OnnxImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OnnxImportError';
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
  message: string;
}
