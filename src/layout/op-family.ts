/**
 * Colour families of ops: one accent per family, shared by the graph diagram, the stacked volumes
 * and the per-layer bar charts. This is the one table that says which family an op belongs to;
 * the bar charts' coarser legend is derived from it below, never written out again.
 */

/** Colour family of a diagram node or volume (the diagram legend, `.dg-fam-*` in the CSS). */
export type OpFamily =
  'input' | 'conv' | 'pool' | 'norm' | 'fc' | 'merge' | 'activation' | 'other' | 'module';

/** Legend order of the diagram families. */
export const OP_FAMILIES: readonly OpFamily[] = [
  'input',
  'conv',
  'pool',
  'norm',
  'fc',
  'merge',
  'activation',
  'other',
  'module',
];

/** The family of each leaf op; an op not listed (zeropad, dropout, flatten, identity) is `other`. */
const FAMILY_OF_OP: Readonly<Record<string, OpFamily>> = {
  input: 'input',
  conv: 'conv',
  pool: 'pool',
  bn: 'norm',
  lrn: 'norm',
  fc: 'fc',
  concat: 'merge',
  add: 'merge',
  mean: 'merge',
  scale: 'merge',
  relu: 'activation',
  tanh: 'activation',
  sigmoid: 'activation',
  softmax: 'activation',
};

/** The diagram family of a leaf op. */
export function opFamily(op: string): OpFamily {
  return Object.hasOwn(FAMILY_OF_OP, op) ? FAMILY_OF_OP[op] : 'other';
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
