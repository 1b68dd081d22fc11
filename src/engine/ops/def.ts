/**
 * What a leaf op is, declared once: its fields, how many inputs it reads, whether it is a view
 * or runs in place, its diagram family, how it evaluates (output shape, parameters, buffers,
 * MACs, element-wise ops, receptive field and the arithmetic behind them) and what autograd keeps
 * for the backward pass (its `saved` rule, quoting PyTorch's derivatives.yaml). One module per op
 * under `src/engine/ops/` exports an `OpDef`; `ops/index.ts` collects them in a table typed
 * `{[K in LeafOpName]: OpDef<K>}`, so an op missing from the table is a compile error.
 */
import type { Arithmetic, ReceptiveField, Shape } from '../analysis';
import type { Field } from '../fields';
import type { EngineMessage } from '../messages';
import type { LeafOp, LeafOpName, NodeBase } from '../types';
import type { SavedRule } from './saved';

/**
 * The colour families of the diagram, the charts and the table chips (one accent per family).
 * `other` holds the ops that change no values' meaning: views (flatten, identity), zero padding
 * and dropout (the identity at inference).
 */
export const OP_FAMILIES = [
  'input',
  'conv',
  'pool',
  'norm',
  'fc',
  'merge',
  'activation',
  'other',
] as const;
export type OpFamily = (typeof OP_FAMILIES)[number];

/** The node type of op `K`. */
export type NodeOf<K extends LeafOpName> = Extract<LeafOp, { op: K }>;

/** The fields an op adds to NodeBase (its own fields). */
export type OwnField<N> = Exclude<keyof N, keyof NodeBase | 'op'>;

/**
 * Declarations of every own field of node type `N`: each key present, its value type matching
 * the interface's, required exactly when the interface's field is not optional.
 */
export type FieldsOf<N> = {
  readonly [F in OwnField<N>]-?: Field<NonNullable<N[F]>, undefined extends N[F] ? false : true>;
};

/** What an op reads: its path (for errors) and its inputs' shapes and receptive fields. */
export interface LeafInput {
  path: string;
  shapes: readonly Shape[];
  rfs: readonly ReceptiveField[];
}

/** What an op computes; counts left out are 0. `activations` is always the output's size. */
export interface LeafOutput {
  out: Shape;
  /** Short description: `conv 3×3, 64, /2`. */
  label: string;
  rf: ReceptiveField;
  arithmetic?: Arithmetic[];
  params?: number;
  buffers?: number;
  macs?: number;
  elementwise?: number;
  /** Overrides the op's `inPlace` for this instance (an adaptive pool that changes nothing). */
  inPlace?: boolean;
}

export interface OpDef<K extends LeafOpName> {
  op: K;
  /** One line on what the op computes (README's op list, editor completion). */
  doc: string;
  family: OpFamily;
  fields: FieldsOf<NodeOf<K>>;
  /**
   * Fields of which at least one must be given (a boolean one counts when true), with the
   * message naming them, e.g. pool's kernel, global or output.
   */
  needsOneOf?: { fields: readonly OwnField<NodeOf<K>>[]; msg: EngineMessage };
  /** How many inputs it reads: [min, max] (max Infinity for merges). */
  arity: readonly [number, number];
  /** A view: its output is its input, re-labelled (no new values at all). */
  view: boolean;
  /** Runs in place: the memory estimate does not count its output again. */
  inPlace: boolean;
  /**
   * Output and counts on the given inputs (their number already checked against `arity`);
   * throws SpecError (at `input.path`) when a shape rule breaks.
   */
  evaluate(node: NodeOf<K>, input: LeafInput): LeafOutput;
  /**
   * What autograd keeps for the backward pass, with the derivatives.yaml lines it follows
   * (`./saved.ts`). Required: an op without one is a compile error.
   */
  saved: SavedRule<K>;
  // Further per-op facts are added here, so every op states them in its own module.
}
