/** Specs the saved-network tests share (as plain JSON, the way a user's file or entry holds them). */
import type { ModelSpec } from '../src/engine/types';

/** A two-layer network: conv 3→8, 3×3 on 3×8×8 (8·3·9 + 8 = 224 params, hand count). */
export const TINY: ModelSpec = {
  root: {
    op: 'block',
    name: 'tiny',
    layers: [
      { op: 'input', name: 'input', shape: [3, 8, 8] },
      { op: 'conv', name: 'conv1', out: 8, kernel: 3 },
    ],
  },
};

/** A spec whose conv asks for −1 filters: the engine refuses it at `c1` (positive-size). */
export const NEGATIVE_OUT = {
  root: {
    op: 'block',
    name: 'n',
    layers: [
      { op: 'input', name: 'input', shape: [3, 8, 8] },
      { op: 'conv', name: 'c1', out: -1, kernel: 3 },
    ],
  },
};
