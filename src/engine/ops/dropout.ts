/** Dropout: zeroes each unit with probability p while training, the identity at inference. */
import { prob, required } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';

export interface DropoutOp extends NodeBase {
  op: 'dropout';
  /** Probability of dropping a unit. */
  p: number;
}

export const dropout: OpDef<'dropout'> = {
  op: 'dropout',
  doc: 'zeroes each unit with probability `p` while training; the identity at inference',
  family: 'other',
  fields: { p: required(prob({ doc: 'probability of dropping a unit, in [0, 1)' })) },
  arity: [1, 1],
  view: false,
  inPlace: true,
  evaluate: (node, { shapes, rfs }) => ({ out: shapes[0], label: `dropout ${node.p}`, rf: rfs[0] }),
};
