/**
 * The ONNX importer's words: one English sentence per message code (see src/engine/message.ts).
 * Errors (OnnxImportError.msg), warnings (ImportWarning.msg) and notes are messages, plain JSON
 * that crosses the worker; the CLI and the tests read these English words, and the import views
 * say the same messages with src/i18n's `onnxWords` in the language shown.
 *
 * Values are data: names from the file, numbers, shapes in ×-notation, the text of an exception
 * the browser or the protobuf decoder threw (quoted as is), and, for a node whose engine check
 * failed, the engine's own message (`engine`) and rule.
 */
import type { SpecRule } from '../../engine/errors';
import { type MessageOf, say } from '../../engine/message';
import { engineText, type EngineMessage } from '../../engine/messages';

/** A node as messages name it: its name in the file (`''` when it has none) and its operator. */
export interface NodeRef {
  node: string;
  op: string;
}

/** A node in English: `"name" (Conv)`, or `Conv (unnamed)`. */
export const nodeLabel = (n: NodeRef): string =>
  n.node ? `"${n.node}" (${n.op})` : `${n.op} (unnamed)`;

/** A size in MB, one decimal (1 MB = 2^20 bytes), as both languages write it. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A count with thousands separators, as both languages write it (100,000). */
export const count = (n: number): string => n.toLocaleString('en-US');

/** Which integer of the file is out of range. */
export type RangeWhat =
  | { kind: 'tensor-dim'; index: number; tensor: string }
  | { kind: 'input-dim'; index: number; input: string }
  | { kind: 'attribute'; attribute: string; node: string }
  | { kind: 'opset' };

const rangeWhat = (w: RangeWhat): string =>
  w.kind === 'tensor-dim'
    ? `dimension ${w.index} of tensor "${w.tensor}"`
    : w.kind === 'input-dim'
      ? `dimension ${w.index} of "${w.input}"`
      : w.kind === 'attribute'
        ? `attribute ${w.attribute} of node "${w.node}"`
        : 'opset version';

/**
 * Why a node is shown as a pass-through (an identity leaf): the reason half of the warning
 * `pass-through`.
 */
export const ONNX_REASONS = {
  'weight-no-shape': (_: object) => 'the weight tensor has no known shape',
  /** `rank`: the convolution's spatial rank (1 for Conv1d, 3 for Conv3d). */
  'conv-rank': (m: { rank: number }) => `a ${m.rank}-D convolution (only 2-D ones are analyzed)`,
  'pool-rank': (_: object) => 'only 2-D pooling is analyzed',
  'gemm-weight': (_: object) => 'the weight is not a known 2-D tensor',
  'gemm-trans-a': (_: object) => 'a Gemm on the transposed activation',
  'matmul-form': (_: object) => 'a matrix product that is not activation × 2-D weight',
  /** `shape`: the activation, C×H×W. */
  'matmul-map': (m: { shape: string }) => `a matrix product over a ${m.shape} map`,
  /** `op`: Add, Sub, Mul, Div or Sum. */
  'constant-operand': (m: { op: string }) =>
    `${m.op} with a constant operand is not a layer of the spec format`,
  product: (m: { shape: string }) =>
    `an element-wise product of two ${m.shape} maps has no spec op`,
  'concat-constants': (_: object) => 'a concat of activations and constants',
  'concat-axis': (m: { axis: number }) => `a concat along axis ${m.axis} (channels are axis 1)`,
  'flatten-axis': (m: { axis: number }) => `a flatten from axis ${m.axis} (the batch is axis 0)`,
  'reshape-target': (_: object) => 'the target shape is not a constant the importer can compute',
  'reshape-cannot': (m: { from: string; to: string }) => `cannot reshape ${m.from} to ${m.to}`,
  'reshape-batch': (m: { to: string }) =>
    `a reshape that moves values across the batch axis (${m.to})`,
  'reshape-to': (m: { to: string }) => `a reshape to ${m.to} has no spec op`,
  squeeze: (m: { shape: string }) => `a squeeze of a ${m.shape} map`,
  /** `axes`: as the file lists them, e.g. `1, 2`. */
  'mean-axes': (m: { axes: string }) =>
    `a mean over axes [${m.axes}] (only over H and W is analyzed)`,
  'pad-form': (_: object) => 'padding that is not 4-D N×C×H×W with constant pads',
  'pad-batch': (_: object) => 'padding along the batch axis',
  domain: (m: { op: string; domain: string }) =>
    `operator ${m.op} of domain "${m.domain}" is not supported`,
  unsupported: (m: { op: string }) => `operator ${m.op} is not supported`,
};

export type OnnxReasons = typeof ONNX_REASONS;
export type OnnxReason = MessageOf<OnnxReasons>;

export const ONNX_WORDS = {
  // Errors: the import stops.
  'empty-file': (_: object) => 'the file is empty',
  /** `bytes`: the file's size; `max`: MAX_FILE_BYTES. */
  'too-big': (m: { bytes: number; max: number }) =>
    `the file is ${megabytes(m.bytes)}; the importer reads files up to ${megabytes(m.max)}. ` +
    'The counts need only the shapes: export without weights ' +
    '(torch.onnx.export(..., export_params=False)) and import that file.',
  /** `error`: the browser's own text. */
  unreadable: (m: { error: string }) => `the browser could not read the file (${m.error})`,
  timeout: (m: { seconds: number }) => `the import took longer than ${m.seconds} s and was stopped`,
  /** `error`: the worker's error text, or null when it gave none. */
  'worker-stopped': (m: { error: string | null }) =>
    `the import worker stopped (${m.error || 'no message'})`,
  unexpected: (m: { error: string }) => `the importer failed unexpectedly (${m.error})`,
  /** `error`: the protobuf decoder's text. */
  'not-onnx': (m: { error: string }) =>
    `not a readable ONNX model: the protobuf decoder stopped (${m.error})`,
  'no-graph': (_: object) =>
    'the file decodes as protobuf but holds no ONNX graph (no nodes, no inputs): is it an .onnx model?',
  'too-many-nodes': (m: { nodes: number; max: number }) =>
    `the graph has ${count(m.nodes)} nodes; the importer handles up to ${count(m.max)}`,
  /** `value`: the integer as the file holds it (int64, so a string). */
  'out-of-range': (m: { what: RangeWhat; value: string }) =>
    `${rangeWhat(m.what)} is out of range (${m.value})`,
  cycle: (m: NodeRef) => `the graph has a cycle through node ${nodeLabel(m)}`,
  'input-no-shape': (m: { input: string }) =>
    `input "${m.input}" has no tensor shape in the file; give the input size`,
  'input-rank': (m: { input: string; dims: number }) =>
    `input "${m.input}" has ${m.dims} dimensions; CNN Atlas reads N×C×H×W images (or N×F vectors)`,
  'input-symbolic-channels': (m: { input: string }) =>
    `input "${m.input}" has a symbolic channel count; give the input size`,
  'input-zero': (m: { input: string; shape: string }) =>
    `input "${m.input}" has a zero size (${m.shape})`,
  'no-activation-input': (_: object) =>
    'no graph input carries an activation (every input is used as a weight)',
  'output-independent': (m: { output: string; input: string }) =>
    `the graph output "${m.output}" does not depend on the input "${m.input}"`,
  'no-output': (_: object) => 'the graph has no output',
  /** An importer bug: a leaf the engine gave no shape. */
  'no-shape': (m: { leaf: string }) => `internal: no shape for leaf ${m.leaf}`,
  /** A node whose leaf broke an engine rule: the engine's message, as data. */
  'node-broke': (m: NodeRef & { rule: SpecRule; engine: EngineMessage }) =>
    `node ${nodeLabel(m)}: ${engineText(m.engine)} [${m.rule}]`,
  /** The graph as a whole broke an engine rule (no node to name). */
  'graph-broke': (m: { rule: SpecRule; engine: EngineMessage }) =>
    `the graph: ${engineText(m.engine)} [${m.rule}]`,

  // Warnings: one node not mapped exactly (the warning names the node and its operator).
  'symbolic-size': (m: { input: string; shape: string }) =>
    `input "${m.input}" has symbolic height/width; analyzed at ${m.shape} (give the input size to change it)`,
  'input-as-constant': (m: { input: string; data: string }) =>
    `graph input "${m.input}" is read as a constant: the spec format has one input ("${m.data}")`,
  /** `weight`: the file's weight dimensions; `reads`: the layer's input, both ×-shapes. */
  'weight-mismatch': (m: { weight: string; reads: string }) =>
    `the weight is ${m.weight} but the layer reads ${m.reads}; the counts follow the shapes, not the weight`,
  'pass-through': (m: { why: OnnxReason }) =>
    `${say(ONNX_REASONS, m.why)}; shown as a pass-through (nothing counted, shape unchanged)`,
  'dilated-pool': (_: object) => 'dilated pooling: the window is counted undilated',
  'prelu-slopes': (_: object) => 'PRelu has learnable slopes, which are not counted',

  // Notes: conventions applied.
  'same-lower': (m: NodeRef) =>
    `${nodeLabel(m)}: SAME_LOWER pads top/left; shapes and counts equal SAME_UPPER's`,
  'pad-mode': (m: NodeRef & { mode: string }) =>
    `${nodeLabel(m)}: ${m.mode} padding has the shapes and counts of zero padding`,
  'several-outputs': (m: { outputs: number; first: string }) =>
    `the graph has ${m.outputs} outputs; the network is shown up to the first ("${m.first}")`,
  'folded-bn': (m: { convs: number }) =>
    `${m.convs} convolutions carried a batch norm folded in by the exporter; each is shown as ` +
    'conv (no bias) + batch norm, as the trained model has it',
};

export type OnnxWords = typeof ONNX_WORDS;
/** Everything the importer can say: an error, a warning or a note. */
export type OnnxMessage = MessageOf<OnnxWords>;

/** The English sentence of an importer message. */
export const onnxText = (m: OnnxMessage): string => say(ONNX_WORDS, m);
