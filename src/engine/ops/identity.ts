/** Identity: passes its input on (a shortcut's "nothing to do" branch). A view. */
import type { NodeBase } from '../types';
import type { OpDef } from './def';

export interface IdentityOp extends NodeBase {
  op: 'identity';
}

export const identity: OpDef<'identity'> = {
  op: 'identity',
  doc: 'passes its input on unchanged (a view: no new values)',
  family: 'other',
  fields: {},
  arity: [1, 1],
  view: true,
  inPlace: true,
  evaluate: (_node, { shapes, rfs }) => ({ out: shapes[0], label: 'identity', rf: rfs[0] }),
  saved: { aten: '(none)', derivatives: [], saves: () => [] },
};
