/**
 * Parametric ReLU (He et al. 2015, "Delving Deep into Rectifiers"): max(0, x) + a·min(0, x) with a
 * learned slope a, one for all channels or one per channel (PyTorch's nn.PReLU(num_parameters)).
 */
import { step } from '../arith-words';
import { bool } from '../fields';
import type { NodeBase } from '../types';
import type { OpDef } from './def';
import { product } from './shared';
import { savedInput } from './saved';

export interface PreluOp extends NodeBase {
  op: 'prelu';
  /** One learned slope per channel (true) or one for all (false, PyTorch's default). */
  perChannel?: boolean;
}

export const prelu: OpDef<'prelu'> = {
  op: 'prelu',
  doc: 'max(0, x) + a·min(0, x) with a learned slope a, shared or one per channel',
  family: 'activation',
  fields: {
    perChannel: bool({
      doc: 'one learned slope per channel instead of one shared',
      default: false,
    }),
  },
  arity: [1, 1],
  view: false,
  // The backward pass needs the input to learn a, so it does not overwrite it (nn.PReLU has no
  // inplace option).
  inPlace: false,
  evaluate(node, { shapes, rfs }) {
    const c = shapes[0][0];
    const params = node.perChannel ? c : 1;
    return {
      out: shapes[0],
      label: node.perChannel ? 'PReLU, per channel' : 'PReLU',
      rf: rfs[0],
      arithmetic: [
        step(
          'params',
          { code: node.perChannel ? 'prelu-per-channel' : 'prelu-shared' },
          node.perChannel ? `${c}` : '1',
          params,
        ),
      ],
      params,
      // Per element: a comparison and a multiply by the slope.
      elementwise: 2 * product(shapes[0]),
    };
  },
  saved: {
    aten: 'aten::_prelu_kernel',
    derivatives: [
      '- name: _prelu_kernel(Tensor self, Tensor weight) -> Tensor',
      '  self, weight: "grad.defined() ? _prelu_kernel_backward(grad, self, weight) : std::tuple<Tensor, Tensor>()"',
    ],
    // Not in place: both gradients read the input (the slope's gradient is Σ x·grad where x < 0).
    saves: (l) => [savedInput(l, 0, { code: 'preluInput' })],
  },
};
