/**
 * The spec format: a JSON-serializable description of a CNN, hierarchical the way papers draw
 * them. A spec is a tree of nodes; leaves are operations, inner nodes are blocks (sequences or
 * small graphs), parallel branches that end in a merge, and repeats.
 *
 * Conventions, once:
 * - Shapes are C×H×W (channels, height, width), batch excluded; after `flatten` a shape is [N].
 * - Every node has a `name`; a leaf's path is the names from the root joined by `/`, e.g.
 *   `stage3/block2/conv1`. Names are unique among siblings.
 * - Integers everywhere: sizes, counts and MACs are exact; a count above 2^53 − 1 is refused
 *   (see ./limits.ts).
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

// Leaf ops are declared in their own modules under ./ops (fields, evaluation, family together).
import type { AddOp } from './ops/add';
import type { BatchNormOp } from './ops/bn';
import type { ConcatOp } from './ops/concat';
import type { ConvOp } from './ops/conv';
import type { DropoutOp } from './ops/dropout';
import type { FcOp } from './ops/fc';
import type { FlattenOp } from './ops/flatten';
import type { IdentityOp } from './ops/identity';
import type { InputOp } from './ops/input';
import type { LrnOp } from './ops/lrn';
import type { MeanOp } from './ops/mean';
import type { PoolOp } from './ops/pool';
import type { PreluOp } from './ops/prelu';
import type { ReluOp } from './ops/relu';
import type { ScaleOp } from './ops/scale';
import type { SigmoidOp } from './ops/sigmoid';
import type { SoftmaxOp } from './ops/softmax';
import type { TanhOp } from './ops/tanh';
import type { ZeroPadOp } from './ops/zeropad';

export type {
  AddOp,
  BatchNormOp,
  ConcatOp,
  ConvOp,
  DropoutOp,
  FcOp,
  FlattenOp,
  IdentityOp,
  InputOp,
  LrnOp,
  MeanOp,
  PoolOp,
  PreluOp,
  ReluOp,
  ScaleOp,
  SigmoidOp,
  SoftmaxOp,
  TanhOp,
  ZeroPadOp,
};

export type ActivationOp = ReluOp | PreluOp | TanhOp | SigmoidOp | SoftmaxOp;

/** Merges read two or more inputs: concat along channels, element-wise add or mean (FractalNet's join). */
export type MergeOp = ConcatOp | AddOp | MeanOp;

/**
 * Every leaf op. Adding an op: write its module under ./ops, add its node type here; the
 * compiler then points at the registry table in ./ops/index.ts.
 */
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
