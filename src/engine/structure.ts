/**
 * The fields of every node and of the three structure nodes (block, parallel, repeat), declared
 * like an op's fields so the validator and the JSON Schema read one table.
 */
import {
  bool,
  child,
  children,
  int,
  meta,
  mergeChild,
  nameField,
  names,
  required,
  text,
  type Field,
} from './fields';
import { MAX_BLOCK_INPUTS, MAX_NODES } from './limits';
import type { FieldsOf } from './ops/def';
import type { BlockNode, NodeBase, ParallelNode, RepeatNode } from './types';

export const COMMON_FIELDS: {
  readonly [F in keyof NodeBase]-?: Field<
    NonNullable<NodeBase[F]>,
    undefined extends NodeBase[F] ? false : true
  >;
} = {
  name: required(nameField({ doc: 'path segment: unique among siblings, no "/"' })),
  label: text({ doc: 'label for diagrams (default: derived from the op)' }),
  note: text({ doc: 'one line on what this node is for, shown in the inspector' }),
  from: names({
    doc: 'inside a block: the siblings or block inputs (in0, in1, …) this node reads',
  }),
  side: bool({ doc: 'a side branch: the next sibling does not read it', default: false }),
  trainingOnly: bool({ doc: 'exists only while training (auxiliary heads)', default: false }),
};

export const STRUCTURE_FIELDS: {
  readonly block: FieldsOf<BlockNode>;
  readonly parallel: FieldsOf<ParallelNode>;
  readonly repeat: FieldsOf<RepeatNode>;
} = {
  block: {
    kind: text({ doc: 'what the module is (stage, inception, residual, …)' }),
    inputs: int({
      doc: 'how many inputs the block takes; children read them as in0, in1, …',
      min: 0,
      max: MAX_BLOCK_INPUTS,
      default: 1,
    }),
    output: text({ doc: 'the child whose output is the block output (default: the last)' }),
    layers: required(children({ doc: 'the children, in order' })),
    meta: meta({ doc: 'free-form facts about the module' }),
  },
  parallel: {
    kind: text({ doc: 'what the module is (inception, residual, fire, …)' }),
    branches: required(children({ doc: 'branches, each reading the block input', min: 1 })),
    merge: required(mergeChild({ doc: 'the merge ending the block: concat, add or mean' })),
    meta: meta({ doc: 'free-form facts about the module' }),
  },
  repeat: {
    kind: text({ doc: 'what the module is (stage, …)' }),
    count: required(int({ doc: 'number of copies of the body', max: MAX_NODES })),
    body: required(child({ doc: 'the repeated node; copies are named <name>1, <name>2, …' })),
    meta: meta({ doc: 'free-form facts about the module' }),
  },
};

/** Spec-level fields (beside `root`), checked loosely: `info` belongs to the catalog. */
export const SPEC_KEYS = ['root', 'id', 'info', '$schema'] as const;
