/**
 * Result types of `analyze`. Everything is derived from a spec and an input shape; nothing here
 * is stored state.
 */
import type { ArithMessage } from './arith-words';
import type { LeafOpName, Meta, ModuleKind } from './types';

/** C×H×W, or [N] after flatten. Batch is never part of a shape. */
export type Shape = readonly number[];

/** Which quantity an arithmetic line explains. */
export type Quantity =
  | 'out'
  | 'out-height'
  | 'out-width'
  | 'out-channels'
  | 'padding'
  | 'params'
  | 'buffers'
  | 'macs'
  | 'elementwise'
  | 'activations'
  | 'rf-size'
  | 'rf-jump';

/**
 * One step of arithmetic behind a figure, as data: `formula` is symbolic, `expression` has the
 * real numbers; a view shows `expression = value`, e.g. `(227 − 11 + 2·0) / 4 + 1 = 55`.
 */
export interface Arithmetic {
  quantity: Quantity;
  formula: string;
  expression: string;
  value: number;
  /**
   * The worded parts as messages (./arith-words.ts), when the formula or the expression has words
   * beyond notation: `formula` and `expression` above are their English sentences, and a view says
   * these in the language shown. Absent when both are notation.
   */
  said?: { formula?: ArithMessage; expression?: ArithMessage };
}

/**
 * Receptive field of one output position, per axis [height, width], in input pixels:
 * `size` is how many input pixels it sees, `jump` the distance in input pixels between adjacent
 * outputs, `start` the centre of the first output's field (input pixel centres at 0.5, 1.5, …).
 * Over parallel paths the largest field is kept.
 */
export interface ReceptiveField {
  size: readonly [number, number];
  jump: readonly [number, number];
  start: readonly [number, number];
}

export interface LayerResult {
  /** `stage3/block2/conv1`. */
  path: string;
  name: string;
  op: LeafOpName;
  /** Short description: `conv 3×3, 64, /2`. */
  label: string;
  /** Path of the module that holds this leaf (`''` for the root). */
  parent: string;
  /** Paths of the leaves whose outputs this one reads. */
  inputs: string[];
  inShapes: Shape[];
  out: Shape;
  /** Learnable parameters: weights, biases, batch-norm γ and β. */
  params: number;
  /** Non-learnable state: batch-norm running mean and variance. */
  buffers: number;
  /** Multiply-accumulates of conv and fc layers (0 for every other op). */
  macs: number;
  /** Other operations, roughly one per element touched (bias adds, activations, pooling, norms, merges). */
  elementwise: number;
  /** Output elements. */
  activations: number;
  /**
   * True when the op can run in place or is a view (ReLU, BN at inference, dropout, flatten,
   * identity): the memory estimate does not count its output again.
   */
  inPlace: boolean;
  /** True for views (flatten, identity): no new values at all, not counted in `activations` totals. */
  view: boolean;
  rf: ReceptiveField;
  trainingOnly: boolean;
  arithmetic: Arithmetic[];
}

export interface Totals {
  params: number;
  buffers: number;
  macs: number;
  elementwise: number;
  /** Sum of output elements over all leaves except the input and views (the reference JSON's rule). */
  activations: number;
  /**
   * Values held for one image under the in-place rule: the input plus the outputs of conv, fc,
   * pool, LRN, merges and scale (ReLU, BN, dropout in place). CS231n's VGG-16 table rule.
   */
  storedValues: number;
  /** Number of leaves (input excluded). */
  layers: number;
  convs: number;
  fcs: number;
}

export interface ModuleResult {
  path: string;
  name: string;
  op: 'block' | 'parallel' | 'repeat';
  kind: ModuleKind;
  label: string;
  note?: string;
  meta?: Meta;
  parent: string | null;
  /** Nesting depth: the root is 0. */
  depth: number;
  /** Paths of the direct children (modules and leaves) in execution order. */
  children: string[];
  /** Leaves of this module are layers[start .. end) of the analysis. */
  start: number;
  end: number;
  inShapes: Shape[];
  out: Shape;
  rf: ReceptiveField;
  trainingOnly: boolean;
  totals: Totals;
}

export interface Analysis {
  id?: string;
  input: Shape;
  output: Shape;
  /** Every leaf in execution order, the input first. */
  layers: LayerResult[];
  /** Every module in pre-order; modules[0] is the root (path ''). */
  modules: ModuleResult[];
  /** All leaves, training-only ones included. */
  totals: Totals;
  /** The deployed network: training-only leaves (auxiliary heads) left out. */
  inference: Totals;
  /** True when some leaves exist only in training. */
  hasTrainingOnly: boolean;
  /** Conv and fc layers on the longest input→output path of the deployed network (see depth.ts). */
  depth: number;
}
