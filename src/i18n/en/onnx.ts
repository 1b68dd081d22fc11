/**
 * The ONNX importer's messages in English: the words live beside the importer
 * (src/import/onnx/messages.ts, which the CLI and the tests read too); these namespaces name them
 * for the views, and src/i18n/zh/onnx.ts is their Chinese twin. `onnxReasons` are why a node is
 * shown as a pass-through (the `why` of the `pass-through` warning).
 */
import { ONNX_REASONS, ONNX_WORDS } from '../../import/onnx/messages';

export const onnxWords = ONNX_WORDS;
export const onnxReasons = ONNX_REASONS;
