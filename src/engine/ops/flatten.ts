/** Flatten: C×H×W to [C·H·W], a view (PyTorch's `x.view(n, -1)`). */
import type { Arithmetic } from '../analysis';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product, rfArithmetic, rfWindow } from './shared';

export interface FlattenOp extends NodeBase {
  op: 'flatten';
}

export const flatten: OpDef<'flatten'> = {
  op: 'flatten',
  doc: 'C×H×W to a flat vector [C·H·W] for an fc layer (a view: no new values)',
  family: 'other',
  fields: {},
  arity: [1, 1],
  view: true,
  inPlace: true,
  evaluate(_node, { shapes, rfs }) {
    const s = shapes[0];
    const n = product(s);
    const arithmetic: Arithmetic[] = [
      { quantity: 'out', formula: 'N = C·H·W', expression: s.join('·'), value: n },
    ];
    let rf = rfs[0];
    if (s.length === 3) {
      // Every output of the next fc sees the whole map: a window of H×W.
      const k: [number, number] = [s[1], s[2]];
      rf = rfWindow(rf, k, [1, 1], [1, 1], [0, 0]);
      arithmetic.push(...rfArithmetic(rfs[0], rf, k, [1, 1], [1, 1]));
    }
    return { out: [n], label: 'flatten', rf, arithmetic };
  },
  saved: {
    aten: 'aten::view (flatten of a contiguous tensor)',
    derivatives: [],
    saves: () => [],
  },
};
