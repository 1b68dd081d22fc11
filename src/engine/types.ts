/**
 * The spec format: a JSON-serializable description of a CNN, hierarchical the way papers draw
 * them. A spec is a tree of nodes; leaves are operations, inner nodes are blocks (sequences or
 * small graphs), parallel branches that end in a merge, and repeats.
 *
 * Conventions, once:
 * - Shapes are C×H×W (channels, height, width), batch excluded; after `flatten` a shape is [N].
 * - Every node has a `name`; a leaf's path is the names from the root joined by `/`, e.g.
 *   `stage3/block2/conv1`. Names are unique among siblings.
 * - Integers everywhere: sizes, counts and MACs are exact (all fit in a double below 2^53).
 */

/** A size given once for both axes, or as [height, width]. */
export type Pair = number | readonly [number, number];

/**
 * Convolution/pooling padding: a number or [ph, pw] pads both sides of each axis alike;
 * `same` is TensorFlow's rule (out = ceil(in / stride), extra padding on the bottom/right);
 * `valid` is no padding.
 */
export type Padding = Pair | 'same' | 'valid';

/** Fields every node may carry. */
export interface NodeBase {
  /** Path segment: unique among siblings, no `/`. */
  name: string;
  /** Human label for diagrams (defaults to a description derived from the op). */
  label?: string;
  /** One line on what this node is for, shown in the inspector. */
  note?: string;
  /**
   * Inside a `block` only: the siblings (by name) or block inputs (`in0`, `in1`, …) this node
   * reads. Absent: the previous non-side sibling, or `in0` for the first child.
   */
  from?: readonly string[];
  /**
   * A side branch (e.g. GoogLeNet's auxiliary classifier): reads its input like any child, but
   * the next sibling does not read its output and the block's output is never a side node.
   */
  side?: boolean;
  /** Exists only while training (auxiliary heads): totals are reported with and without it. */
  trainingOnly?: boolean;
}

export interface InputOp extends NodeBase {
  op: 'input';
  /** The default input shape [C, H, W]; `analyze(..., { input })` overrides it. */
  shape: readonly number[];
}

export interface ConvOp extends NodeBase {
  op: 'conv';
  /** Output channels (number of filters). */
  out: number;
  /**
   * Window [h, w], or `full`: a window as large as the input map, so the output is 1×1 (a conv
   * that acts as a fully connected layer over the map, as in TF-slim's NASNet auxiliary head).
   */
  kernel: Pair | 'full';
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
  /** Channel groups: 1 = dense, C = depthwise. Input and output channels must divide by it. */
  groups?: number;
  /** Learnable per-filter bias (default true). */
  bias?: boolean;
}

export interface PoolOp extends NodeBase {
  op: 'pool';
  mode: 'max' | 'avg';
  /** Window; not used when `global` or `output` is set. */
  kernel?: Pair;
  /** Default: the kernel size. */
  stride?: Pair;
  padding?: Padding;
  /** Caffe's rounding: out = ceil((in + 2p − k)/s) + 1, less one if the last window starts in the padding. */
  ceil?: boolean;
  /** Global pooling: the whole H×W to 1×1. */
  global?: boolean;
  /** Adaptive pooling to a fixed [H, W] output (PyTorch's AdaptiveAvgPool2d). */
  output?: Pair;
}

export interface LrnOp extends NodeBase {
  op: 'lrn';
  size: number;
  alpha?: number;
  beta?: number;
  k?: number;
}

export interface BatchNormOp extends NodeBase {
  op: 'bn';
  eps?: number;
}

export interface ActivationOp extends NodeBase {
  op: 'relu' | 'tanh' | 'sigmoid' | 'softmax';
}

export interface DropoutOp extends NodeBase {
  op: 'dropout';
  /** Probability of dropping a unit. */
  p: number;
}

export interface FlattenOp extends NodeBase {
  op: 'flatten';
}

export interface FcOp extends NodeBase {
  op: 'fc';
  /** Output features. The input must be flat: put a `flatten` before it. */
  out: number;
  bias?: boolean;
}

export interface ZeroPadOp extends NodeBase {
  op: 'zeropad';
  /** Spatial zeros added: [top, bottom, left, right]; a negative entry crops that many rows/columns. */
  padding?: readonly [number, number, number, number];
  /** Zero channels added: [before, after] (ResNet's option-A shortcut). */
  channels?: readonly [number, number];
}

export interface IdentityOp extends NodeBase {
  op: 'identity';
}

/**
 * Channel-wise scale (the "excitation" of an SE block): reads two inputs, a C×H×W map and a
 * C×1×1 (or [C]) gate, and multiplies each channel by its gate.
 */
export interface ScaleOp extends NodeBase {
  op: 'scale';
}

/** Merges read two or more inputs: concat along channels, element-wise add or mean (FractalNet's join). */
export interface MergeOp extends NodeBase {
  op: 'concat' | 'add' | 'mean';
}

export type LeafOp =
  | InputOp
  | ConvOp
  | PoolOp
  | LrnOp
  | BatchNormOp
  | ActivationOp
  | DropoutOp
  | FlattenOp
  | FcOp
  | ZeroPadOp
  | IdentityOp
  | ScaleOp
  | MergeOp;

/**
 * What a module is, for diagrams (collapse, colour) and the inspector. Free text is allowed for
 * user specs; these are the ones the catalog uses.
 */
export type ModuleKind =
  | 'network'
  | 'stem'
  | 'stage'
  | 'head'
  | 'features'
  | 'classifier'
  | 'inception'
  | 'residual'
  | 'bottleneck'
  | 'shortcut'
  | 'dense-block'
  | 'dense-layer'
  | 'transition'
  | 'fire'
  | 'se'
  | 'mlpconv'
  | 'fractal'
  | 'normal-cell'
  | 'reduction-cell'
  | 'cell-block'
  | 'separable'
  | 'aux-classifier'
  | 'branch'
  | (string & {});

/** Free-form facts a builder attaches to a module (e.g. stochastic depth's survival probability). */
export type Meta = Record<string, string | number | boolean>;

/**
 * A sequence or small graph of children. By default each child reads the previous one; `from`
 * on a child wires it to named siblings or to the block inputs `in0`, `in1`, …
 */
export interface BlockNode extends NodeBase {
  op: 'block';
  kind?: ModuleKind;
  /** How many inputs the block takes (default 1): children read them as `in0`, `in1`, …. */
  inputs?: number;
  /** The child whose output is the block's output (default: the last non-side child). */
  output?: string;
  layers: readonly SpecNode[];
  meta?: Meta;
}

/**
 * Parallel branches that all read the block's input and end in one merge (Inception module,
 * residual block with its shortcut, fire module's expand, dense layer with its identity).
 */
export interface ParallelNode extends NodeBase {
  op: 'parallel';
  kind?: ModuleKind;
  branches: readonly SpecNode[];
  merge: MergeOp;
  meta?: Meta;
}

/** `count` copies of `body`, named `${body.name}${i}` (1-based). */
export interface RepeatNode extends NodeBase {
  op: 'repeat';
  kind?: ModuleKind;
  count: number;
  body: SpecNode;
  meta?: Meta;
}

export type StructureNode = BlockNode | ParallelNode | RepeatNode;
export type SpecNode = LeafOp | StructureNode;
export type OpName = SpecNode['op'];
export type LeafOpName = LeafOp['op'];

/** The ops a leaf may have, in the vocabulary the JSON contract uses. */
export const LEAF_OPS: readonly LeafOpName[] = [
  'input',
  'conv',
  'pool',
  'lrn',
  'bn',
  'relu',
  'tanh',
  'sigmoid',
  'softmax',
  'dropout',
  'flatten',
  'fc',
  'zeropad',
  'identity',
  'scale',
  'concat',
  'add',
  'mean',
];
export const STRUCTURE_OPS: readonly StructureNode['op'][] = ['block', 'parallel', 'repeat'];

export function isStructure(node: SpecNode): node is StructureNode {
  return node.op === 'block' || node.op === 'parallel' || node.op === 'repeat';
}

/**
 * Descriptive data that travels with a spec (the catalog's `ModelInfo`: paper, published
 * figures…). The engine carries it through untouched and reads only the display name.
 */
export interface SpecInfo {
  readonly name: string;
}

/** A complete, analyzable architecture: its root node (whose first leaf is the input) plus info. */
export interface ModelSpec {
  /** Stable id (`vgg16`). User specs may leave it out. */
  id?: string;
  info?: SpecInfo;
  root: BlockNode;
}
