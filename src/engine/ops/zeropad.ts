/** Zero padding of the map (PyTorch's ZeroPad2d; negative entries crop) or of the channels. */
import type { Arithmetic, ReceptiveField } from '../analysis';
import { step } from '../arith-words';
import { duo, quad } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { spatial } from './shared';

export interface ZeroPadOp extends NodeBase {
  op: 'zeropad';
  /** Spatial zeros added: [top, bottom, left, right]; a negative entry crops that many rows/columns. */
  padding?: readonly [number, number, number, number];
  /** Zero channels added: [before, after] (ResNet's option-A shortcut). */
  channels?: readonly [number, number];
}

export const zeropad: OpDef<'zeropad'> = {
  op: 'zeropad',
  doc: 'adds zero rows/columns ([top, bottom, left, right]; negative crops) or zero channels',
  family: 'other',
  fields: {
    padding: quad({ doc: 'zeros added [top, bottom, left, right]; a negative entry crops' }),
    channels: duo({ doc: 'zero channels added [before, after]' }),
  },
  arity: [1, 1],
  view: false,
  inPlace: false,
  evaluate(node, { path, shapes, rfs }) {
    const [c, h, w] = spatial(path, 'zeropad', shapes[0]);
    const [t, b, l, r] = node.padding ?? [0, 0, 0, 0];
    const [cb, ca] = node.channels ?? [0, 0];
    const out = [c + cb + ca, h + t + b, w + l + r];
    const rf: ReceptiveField = {
      size: rfs[0].size,
      jump: rfs[0].jump,
      start: [rfs[0].start[0] - t * rfs[0].jump[0], rfs[0].start[1] - l * rfs[0].jump[1]],
    };
    const arithmetic: Arithmetic[] = [];
    if (cb || ca)
      arithmetic.push(
        step('out-channels', { code: 'pad-channels' }, `${c} + ${cb} + ${ca}`, out[0]),
      );
    // Negative padding crops: `8 − 1 + 0`, not `8 + -1 + 0`.
    const term = (n: number) => (n < 0 ? ` − ${-n}` : ` + ${n}`);
    if (t || b || l || r) {
      arithmetic.push(
        step('out-height', { code: 'pad-height' }, `${h}${term(t)}${term(b)}`, out[1]),
      );
      arithmetic.push(step('out-width', { code: 'pad-width' }, `${w}${term(l)}${term(r)}`, out[2]));
    }
    const label = cb || ca ? `zero-pad channels +${cb + ca}` : `zero-pad ${t},${b},${l},${r}`;
    return { out, label, rf, arithmetic };
  },
  saved: {
    aten: 'aten::constant_pad_nd',
    derivatives: [
      '- name: constant_pad_nd(Tensor self, SymInt[] pad, Scalar value=0) -> Tensor',
      '  self: constant_pad_nd_backward(grad, pad)',
    ],
    saves: () => [],
  },
};
