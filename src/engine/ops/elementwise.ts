/** The shape-preserving element-wise ops (activations): output = input shape, no parameters. */
import type { LeafOpName } from '../types';
import type { OpDef, OpFamily } from './def';
import { product } from './shared';
import type { SavedRule } from './saved';

/** Ops whose node has no fields of its own. */
type Bare =
  | 'relu'
  | 'tanh'
  | 'sigmoid'
  | 'softmax'
  | 'flatten'
  | 'identity'
  | 'scale'
  | 'concat'
  | 'add'
  | 'mean';

/**
 * An element-wise op with `perElement` operations per output element, e.g. softmax's three
 * (exponent, sum, divide).
 */
export function elementwiseOp<K extends Bare & LeafOpName>(
  op: K,
  o: { doc: string; perElement: number; inPlace: boolean; family?: OpFamily; saved: SavedRule<K> },
): OpDef<K> {
  return {
    op,
    doc: o.doc,
    family: o.family ?? 'activation',
    fields: {} as OpDef<K>['fields'],
    arity: [1, 1],
    view: false,
    inPlace: o.inPlace,
    saved: o.saved,
    evaluate: (_node, { shapes, rfs }) => ({
      out: shapes[0],
      label: op,
      rf: rfs[0],
      elementwise: o.perElement * product(shapes[0]),
    }),
  };
}
