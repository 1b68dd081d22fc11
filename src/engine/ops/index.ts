/**
 * The op registry: every leaf op, one module each. The table's type makes a missing or extra op
 * a compile error; the validator, the JSON Schema, the walk in `analyze.ts`, the diagram
 * families and the README's op list all read it.
 */
import type { LeafOpName } from '../types';
import { add } from './add';
import { bn } from './bn';
import { concat } from './concat';
import { conv } from './conv';
import type { OpDef, OpFamily } from './def';
import { dropout } from './dropout';
import { fc } from './fc';
import { flatten } from './flatten';
import { identity } from './identity';
import { input } from './input';
import { lrn } from './lrn';
import { mean } from './mean';
import { pool } from './pool';
import { prelu } from './prelu';
import { relu } from './relu';
import { scale } from './scale';
import { sigmoid } from './sigmoid';
import { softmax } from './softmax';
import { tanh } from './tanh';
import { zeropad } from './zeropad';

export { OP_FAMILIES, type OpDef, type OpFamily } from './def';

export const OPS: { readonly [K in LeafOpName]: OpDef<K> } = {
  input,
  conv,
  pool,
  lrn,
  bn,
  relu,
  prelu,
  tanh,
  sigmoid,
  softmax,
  dropout,
  flatten,
  fc,
  zeropad,
  identity,
  scale,
  concat,
  add,
  mean,
};

/** The ops a leaf may have, in the vocabulary the JSON contract uses (the registry's order). */
export const LEAF_OPS = Object.keys(OPS) as readonly LeafOpName[];

export function isLeafOp(op: string): op is LeafOpName {
  return Object.prototype.hasOwnProperty.call(OPS, op);
}

/** The registry entry of a leaf op. */
export function opDef<K extends LeafOpName>(op: K): OpDef<K> {
  return OPS[op] as OpDef<K>;
}

/**
 * The colour family of an op, for the diagram, the charts and the table chips. Any other name
 * (a structure op, an op from a newer spec) is `other`.
 */
export function opFamily(op: string): OpFamily {
  return isLeafOp(op) ? OPS[op].family : 'other';
}
