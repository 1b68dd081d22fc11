/** 2-D convolution (PyTorch's Conv2d, TF-slim's `padding='SAME'` as `same`). */
import type { Arithmetic } from '../analysis';
import { SpecError } from '../errors';
import { step } from '../arith-words';
import { bool, int, kernel, padding, pairField, required } from '../fields';
import type { NodeBase, Padding, Pair } from '../types';
import type { OpDef } from './def';
import {
  kText,
  pair,
  product,
  resolvePadding,
  rfArithmetic,
  rfWindow,
  sizeArithmetic,
  spatial,
  windowAxis,
} from './shared';
import { savedInput } from './saved';

export interface ConvOp extends NodeBase {
  op: 'conv';
  /** Output channels (number of filters). */
  out: number;
  /**
   * Window [h, w], or `full`: a window as large as the input map, so the output is 1×1 (a conv
   * that acts as a fully connected layer over the map, as in TF-slim's NASNet auxiliary head).
   */
  kernel: Pair | 'full';
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
  /** Channel groups: 1 = dense, C = depthwise. Input and output channels must divide by it. */
  groups?: number;
  /** Learnable per-filter bias (default true). */
  bias?: boolean;
}

function label(n: ConvOp, cin: number, k: [number, number]): string {
  const s = pair(n.stride, 1);
  const g = n.groups ?? 1;
  const parts = [`conv ${kText(k)}`, `${n.out}`];
  if (s[0] !== 1 || s[1] !== 1) parts.push(`/${s[0] === s[1] ? s[0] : s.join(',')}`);
  if (g === cin && g === n.out && g > 1) parts.push('depthwise');
  else if (g > 1) parts.push(`groups ${g}`);
  const d = pair(n.dilation, 1);
  if (d[0] > 1 || d[1] > 1) parts.push(`dilation ${d[0]}`);
  return parts.join(', ');
}

export const conv: OpDef<'conv'> = {
  op: 'conv',
  doc: 'convolution: `out` filters of `kernel` over the input channels (or `groups` of them)',
  family: 'conv',
  fields: {
    out: required(int({ doc: 'output channels (number of filters)' })),
    kernel: required(kernel({ doc: 'window: a number, [h, w], or "full" (the whole input map)' })),
    stride: pairField({ doc: 'step between windows', default: 1 }),
    padding: padding({
      doc: 'zeros on each side: a number, [h, w], "same" (TensorFlow) or "valid"',
      default: 0,
    }),
    dilation: pairField({ doc: 'spacing between kernel taps', default: 1 }),
    groups: int({ doc: 'channel groups: 1 dense, C depthwise', default: 1 }),
    bias: bool({ doc: 'learnable per-filter bias', default: true }),
  },
  arity: [1, 1],
  view: false,
  inPlace: false,
  evaluate(node, { path, shapes, rfs }) {
    const [cin, h, w] = spatial(path, 'conv', shapes[0]);
    const k: [number, number] = node.kernel === 'full' ? [h, w] : pair(node.kernel, 1);
    const s = pair(node.stride, 1);
    const d = pair(node.dilation, 1);
    const g = node.groups ?? 1;
    if (cin % g !== 0 || node.out % g !== 0) {
      throw new SpecError(path, 'groups-divide', {
        code: 'groups-divide',
        groups: g,
        cin,
        cout: node.out,
      });
    }
    const pad = resolvePadding(node.padding, [h, w], k, s, d);
    const ah = windowAxis(path, 'kernel', 'height', h, k[0], s[0], pad.h, d[0], false);
    const aw = windowAxis(path, 'kernel', 'width', w, k[1], s[1], pad.w, d[1], false);
    const bias = node.bias ?? true;
    const cpg = cin / g;
    const weights = node.out * cpg * k[0] * k[1];
    const params = weights + (bias ? node.out : 0);
    const macs = ah.out * aw.out * node.out * cpg * k[0] * k[1];
    const out = [node.out, ah.out, aw.out];
    const cinText = g === 1 ? `${cin}` : `(${cin}/${g})`;
    const arithmetic: Arithmetic[] = [];
    if (pad.same) {
      const [top, bottom] = pad.h;
      const [left, right] = pad.w;
      arithmetic.push(
        step(
          'padding',
          { code: 'tf-same' },
          { code: 'tf-same-pads', top, bottom, left, right },
          top + bottom,
        ),
      );
    }
    arithmetic.push(...sizeArithmetic(ah, aw));
    arithmetic.push({
      quantity: 'params',
      formula: `K_h·K_w·${g === 1 ? 'C_in' : '(C_in/G)'}·C_out${bias ? ' + C_out' : ''}`,
      expression: `${k[0]}·${k[1]}·${cinText}·${node.out}${bias ? ` + ${node.out}` : ''}`,
      value: params,
    });
    arithmetic.push({
      quantity: 'macs',
      formula: `H_out·W_out·C_out·${g === 1 ? 'C_in' : '(C_in/G)'}·K_h·K_w`,
      expression: `${ah.out}·${aw.out}·${node.out}·${cinText}·${k[0]}·${k[1]}`,
      value: macs,
    });
    const rf = rfWindow(rfs[0], k, s, d, [pad.h[0], pad.w[0]]);
    arithmetic.push(...rfArithmetic(rfs[0], rf, k, s, d));
    return {
      out,
      label: label(node, cin, k),
      rf,
      arithmetic,
      params,
      macs,
      elementwise: bias ? product(out) : 0,
    };
  },
  saved: {
    aten: 'aten::convolution (cuDNN)',
    derivatives: [
      '- name: convolution(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding, SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups) -> Tensor',
      '  input, weight, bias: "grad.defined() ? convolution_backward_symint(grad, input, weight, bias->sym_sizes(), …) : …"',
    ],
    // The weight is a parameter (counted with the weights); the bias gradient needs only sizes.
    saves: (l) => [savedInput(l, 0, { code: 'convInput' })],
  },
};
