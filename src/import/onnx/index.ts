/** ONNX import: the public face (pure TypeScript; runs in Node, a worker or the page). */
export { importOnnx, type ImportOptions, type OnnxImport } from './import';
export { OnnxImportError, isOnnxImportError, type ImportWarning } from './errors';
export { MAX_FILE_BYTES, MAX_NODES } from './limits';
export {
  ONNX_WORDS,
  ONNX_REASONS,
  onnxText,
  nodeLabel,
  type OnnxWords,
  type OnnxReasons,
  type OnnxMessage,
  type OnnxReason,
  type NodeRef,
  type RangeWhat,
} from './messages';
export { sizeProblem } from './limits';
