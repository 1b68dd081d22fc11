/** The network's input: the first layer of the root block, holding the default input shape. */
import { SpecError } from '../errors';
import { required, shapeField } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';

export interface InputOp extends NodeBase {
  op: 'input';
  /** The default input shape [C, H, W]; `analyze(..., { input })` overrides it. */
  shape: readonly number[];
}

export const input: OpDef<'input'> = {
  op: 'input',
  doc: 'the input image, first layer of the network: `shape` [C, H, W] (or [N])',
  family: 'input',
  fields: { shape: required(shapeField({ doc: 'the default input shape [C, H, W] or [N]' })) },
  // The walk places the input itself; anywhere else evaluating it is an error, whatever it reads.
  arity: [0, Infinity],
  view: false,
  inPlace: false,
  evaluate(_node, { path }) {
    throw new SpecError(path, 'input-first', { code: 'input-not-first' });
  },
  // The image is kept by the ops that read it (the first conv keeps it as its input).
  saved: { derivatives: [], aten: '(none)', saves: () => [] },
};
