/**
 * Colour families of ops: one accent per family, shared by the graph diagram, the stacked volumes
 * and the per-layer bar charts. Which family an op belongs to is declared once, in its op module
 * (`src/engine/ops/`); the bar charts' coarser legend is derived from it below.
 */

import { OP_FAMILIES as OP_FAMILIES_OF_LEAVES, opFamily as leafFamily } from '../engine/index';
import type { OpFamily as LeafFamily } from '../engine/index';

/**
 * Colour family of a diagram node or volume (the diagram legend, `.dg-fam-*` in the CSS): the
 * op registry's family of each leaf (`src/engine/ops/`), plus `module` for a collapsed module.
 */
export type OpFamily = LeafFamily | 'module';

/** Legend order of the diagram families: the registry's order, then collapsed modules. */
export const OP_FAMILIES: readonly OpFamily[] = [...OP_FAMILIES_OF_LEAVES, 'module'];

/** The diagram family of a leaf op, as its registry entry declares it (unknown names: `other`). */
export function opFamily(op: string): OpFamily {
  return leafFamily(op);
}

/**
 * Colour family of a bar-chart column (`.charts-op-*` in the CSS). The bars have no `other`
 * swatch: activations and the weightless pass-through ops (dropout, flatten, identity) share the
 * pale `act` colour, and zero padding, a spatial resize like pooling, takes the pool colour.
 */
export type BarFamily = 'input' | 'conv' | 'pool' | 'norm' | 'fc' | 'merge' | 'act' | 'module';

/** The bar-chart family of a leaf op. */
export function barFamily(op: string): BarFamily {
  if (op === 'zeropad') return 'pool';
  const f = opFamily(op);
  return f === 'activation' || f === 'other' ? 'act' : f;
}
