/** Max or average pooling: windowed, global, or adaptive to a fixed output (PyTorch's AdaptiveAvgPool2d). */
import type { Arithmetic, LayerResult } from '../analysis';
import { SpecError } from '../errors';
import { step } from '../arith-words';
import { bool, oneOf, padding, pairField, required } from '../fields';
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
import { savedInput, count } from './saved';

export interface PoolOp extends NodeBase {
  op: 'pool';
  mode: 'max' | 'avg';
  /** Window; not used when `global` or `output` is set. */
  kernel?: Pair;
  /** Default: the kernel size. */
  stride?: Pair;
  padding?: Padding;
  /** Caffe's rounding: out = ceil((in + 2p − k)/s) + 1, less one if the last window starts in the padding. */
  ceil?: boolean;
  /** Global pooling: the whole H×W to 1×1. */
  global?: boolean;
  /** Adaptive pooling to a fixed [H, W] output (PyTorch's AdaptiveAvgPool2d). */
  output?: Pair;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The widest window of adaptive pooling from n to m positions. Window i covers
 * [⌊i·n/m⌋, ⌈(i+1)·n/m⌉), so its width is ⌈((i·n mod m) + n) / m⌉; i·n mod m runs over the
 * multiples of g = gcd(n, m) below m, the largest being m − g.
 */
export function widestAdaptiveWindow(n: number, m: number): number {
  return Math.ceil((m - gcd(n, m) + n) / m);
}

function label(n: PoolOp): string {
  if (n.global) return `global ${n.mode} pool`;
  if (n.output !== undefined) return `adaptive ${n.mode} pool → ${kText(pair(n.output, 1))}`;
  const k = pair(n.kernel, 1);
  const s = pair(n.stride, k[0]);
  return `${n.mode} pool ${kText(k)}${s[0] !== 1 ? `, /${s[0]}` : ''}`;
}

/** True when a pooling op reduces the whole map to 1×1 (global, or adaptive to 1×1). */
function toOneByOne(l: LayerResult): boolean {
  return l.out.length === 3 && l.out[1] === 1 && l.out[2] === 1;
}

export const pool: OpDef<'pool'> = {
  op: 'pool',
  doc: 'max or average pooling over a window, the whole map (`global`) or to a fixed `output` size',
  family: 'pool',
  fields: {
    mode: required(oneOf(['max', 'avg'], { doc: 'max or average of each window' })),
    kernel: pairField({ doc: 'window: a number or [h, w]' }),
    stride: pairField({ doc: 'step between windows (default: the kernel)' }),
    padding: padding({ doc: 'padding on each side: a number, [h, w], "same" or "valid"' }),
    ceil: bool({ doc: "Caffe's ceiling rounding of the output size", default: false }),
    global: bool({ doc: 'pool the whole H×W to 1×1', default: false }),
    output: pairField({ doc: 'adaptive pooling to this [H, W]' }),
  },
  needsOneOf: {
    fields: ['kernel', 'global', 'output'],
    msg: { code: 'pool-window', op: 'pool' },
  },
  arity: [1, 1],
  view: false,
  inPlace: false,
  evaluate(node, { path, shapes, rfs }) {
    const [c, h, w] = spatial(path, 'pool', shapes[0]);
    let k: [number, number];
    let s: [number, number];
    let pad = {
      h: [0, 0] as readonly [number, number],
      w: [0, 0] as readonly [number, number],
      same: false,
    };
    const arithmetic: Arithmetic[] = [];
    let outH: number;
    let outW: number;
    if (node.global) {
      k = [h, w];
      s = [1, 1];
      outH = 1;
      outW = 1;
      arithmetic.push(step('out', { code: 'global-pool' }, `${h}×${w} → 1×1`, 1));
    } else if (node.output !== undefined) {
      const o = pair(node.output, 1);
      // The receptive field uses the widest window.
      k = [widestAdaptiveWindow(h, o[0]), widestAdaptiveWindow(w, o[1])];
      s = [Math.max(1, Math.floor(h / o[0])), Math.max(1, Math.floor(w / o[1]))];
      outH = o[0];
      outW = o[1];
      const to = `${o[0]}×${o[1]}`;
      const window = kText(k);
      arithmetic.push(
        step(
          'out',
          { code: 'adaptive-pool' },
          { code: 'adaptive-window', from: `${h}×${w}`, to, window },
          o[0],
        ),
      );
    } else {
      k = pair(node.kernel, 1);
      s = pair(node.stride ?? node.kernel, 1);
      pad = resolvePadding(node.padding, [h, w], k, s, [1, 1]);
      // PyTorch rejects padding above half the window: some window would see only padding.
      (['height', 'width'] as const).forEach((axis, i) => {
        const p = Math.max(...(i === 0 ? pad.h : pad.w));
        if (2 * p > k[i])
          throw new SpecError(path, 'pool-padding', {
            code: 'pool-padding',
            padding: p,
            axis,
            window: k[i],
          });
      });
      const ceil = node.ceil ?? false;
      const ah = windowAxis(path, 'pool', 'height', h, k[0], s[0], pad.h, 1, ceil);
      const aw = windowAxis(path, 'pool', 'width', w, k[1], s[1], pad.w, 1, ceil);
      outH = ah.out;
      outW = aw.out;
      arithmetic.push(...sizeArithmetic(ah, aw));
    }
    const out = [c, outH, outW];
    const rf = rfWindow(rfs[0], k, s, [1, 1], [pad.h[0], pad.w[0]]);
    arithmetic.push(step('params', { code: 'pool-no-params' }, '0', 0));
    arithmetic.push(...rfArithmetic(rfs[0], rf, k, s, [1, 1]));
    // An adaptive pool whose output equals its input (AlexNet/VGG at their default size) copies nothing new.
    const noop = node.output !== undefined && outH === h && outW === w;
    return {
      out,
      label: label(node),
      rf,
      arithmetic,
      elementwise: product(out) * k[0] * k[1],
      inPlace: noop,
    };
  },
  saved: {
    aten: 'aten::max_pool2d_with_indices · aten::avg_pool2d · aten::_adaptive_avg_pool2d · aten::mean (adaptive to 1×1)',
    derivatives: [
      '- name: max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)',
      '  self: max_pool2d_with_indices_backward(grad, self, kernel_size, stride, padding, dilation, ceil_mode, result1)',
      '- name: adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)',
      '  self: adaptive_max_pool2d_backward(grad, self, result1)',
      '- name: avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
      '  self: avg_pool2d_backward(grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)',
      '- name: _adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor',
      '  self: _adaptive_avg_pool2d_backward(grad, self)',
      '- name: mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
      '  self: mean_backward(grad, self.sym_sizes(), dim, self.sym_numel(), keepdim)',
    ],
    saves: (l, node) => {
      if (node.mode === 'max') {
        // A 1×1 window without padding picks one pixel per stride: implementations write it as a
        // strided slice (x[:, :, ::2, ::2], ResNet's option-A shortcut), a view that keeps nothing.
        const k = node.kernel === undefined ? undefined : node.kernel;
        const oneByOne =
          !node.global &&
          node.output === undefined &&
          (k === 1 || (Array.isArray(k) && k[0] === 1 && k[1] === 1)) &&
          (node.padding === undefined || node.padding === 0 || node.padding === 'valid');
        if (oneByOne) return [];
        return [
          savedInput(l, 0, { code: 'maxPoolInput' }),
          {
            role: { kind: 'internal', name: 'indices' },
            dtype: 'int64',
            elements: count(l.out),
            what: { code: 'maxPoolIndices' },
          },
        ];
      }
      // Average pooling to 1×1 runs as x.mean((-2, -1)): the backward needs only sizes.
      if (toOneByOne(l) && (node.global || node.output !== undefined)) return [];
      return [savedInput(l, 0, { code: 'avgPoolInput' })];
    },
  },
};
