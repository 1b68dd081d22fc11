/**
 * Channel-wise scale (the "excitation" of an SE block): reads two inputs, a C×H×W map and a
 * C×1×1 (or [C]) gate, and multiplies each channel by its gate.
 */
import { SpecError } from '../errors';
import { shapeText } from '../format';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { maxRf, product } from './shared';
import { savedInput } from './saved';

export interface ScaleOp extends NodeBase {
  op: 'scale';
}

export const scale: OpDef<'scale'> = {
  op: 'scale',
  doc: 'multiplies each channel of a C×H×W map by a per-channel gate (C×1×1 or [C]); two inputs',
  family: 'merge',
  fields: {},
  arity: [2, 2],
  view: false,
  inPlace: false,
  evaluate(_node, { path, shapes, rfs }) {
    const [x, gate] = shapes;
    const gc = gate[0];
    const gateOk =
      (gate.length === 1 || (gate.length === 3 && gate[1] === 1 && gate[2] === 1)) && gc === x[0];
    if (!gateOk) {
      throw new SpecError(path, 'scale-shapes', {
        code: 'scale-shapes',
        shape: shapeText(x),
        channels: x[0],
        gate: shapeText(gate),
      });
    }
    return { out: x, label: 'channel scale', rf: maxRf(rfs), elementwise: product(x) };
  },
  saved: {
    aten: 'aten::mul.Tensor (x * gate, broadcast over H×W)',
    derivatives: [
      '- name: mul.Tensor(Tensor self, Tensor other) -> Tensor',
      '  self: mul_tensor_backward(grad, other, self.scalar_type())',
      '  other: mul_tensor_backward(grad, self, other.scalar_type())',
    ],
    saves: (l) => [savedInput(l, 0, { code: 'scaleMap' }), savedInput(l, 1, { code: 'scaleGate' })],
  },
};
