/**
 * The engine: walk a spec once, in execution order, and derive for every leaf and every module
 * the output shape, parameters, buffers, MACs, element-wise ops, activations and receptive field,
 * with the arithmetic behind each figure. Shape rules are checked here and broken ones throw a
 * SpecError naming the leaf path.
 */
import type {
  Analysis,
  Arithmetic,
  LayerResult,
  ModuleResult,
  ReceptiveField,
  Shape,
  Totals,
} from './analysis';
import { networkDepth } from './depth';
import { SpecError } from './errors';
import { fmt, shapeText } from './format';
import type {
  BlockNode,
  ConvOp,
  LeafOp,
  ModelSpec,
  Padding,
  Pair,
  ParallelNode,
  PoolOp,
  RepeatNode,
  SpecNode,
  StructureNode,
} from './types';

export interface AnalyzeOptions {
  /** Override of the spec's input shape [C, H, W]. */
  input?: Shape;
}

/** A value flowing along an edge: its shape, receptive field and the leaf that produced it. */
interface Flow {
  shape: Shape;
  rf: ReceptiveField;
  producer: string;
}

const IN_PLACE = new Set(['relu', 'tanh', 'sigmoid', 'bn', 'dropout', 'flatten', 'identity']);
const VIEWS = new Set(['flatten', 'identity']);

export function pair(v: Pair | undefined, dflt: number): [number, number] {
  if (v === undefined) return [dflt, dflt];
  return typeof v === 'number' ? [v, v] : [v[0], v[1]];
}

function join(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}

function emptyTotals(): Totals {
  return {
    params: 0,
    buffers: 0,
    macs: 0,
    elementwise: 0,
    activations: 0,
    storedValues: 0,
    layers: 0,
    convs: 0,
    fcs: 0,
  };
}

function addLayer(t: Totals, l: LayerResult): void {
  t.params += l.params;
  t.buffers += l.buffers;
  t.macs += l.macs;
  t.elementwise += l.elementwise;
  if (l.op !== 'input' && !l.view) t.activations += l.activations;
  if (!l.inPlace) t.storedValues += l.activations;
  if (l.op !== 'input') t.layers += 1;
  if (l.op === 'conv') t.convs += 1;
  if (l.op === 'fc') t.fcs += 1;
}

/** Sum the leaves layers[start..end); with `inference`, training-only leaves are left out. */
export function sumLayers(
  layers: readonly LayerResult[],
  start = 0,
  end = layers.length,
  inference = false,
): Totals {
  const t = emptyTotals();
  for (let i = start; i < end; i++) {
    const l = layers[i];
    if (inference && l.trainingOnly) continue;
    addLayer(t, l);
  }
  return t;
}

const product = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** Padding per axis as [before, after], TF `same` resolved against the input size. */
function resolvePadding(
  p: Padding | undefined,
  inSize: [number, number],
  k: [number, number],
  s: [number, number],
  d: [number, number],
) {
  if (p === undefined || p === 'valid')
    return { h: [0, 0] as const, w: [0, 0] as const, same: false };
  if (p === 'same') {
    const axis = (i: 0 | 1): [number, number] => {
      const out = Math.ceil(inSize[i] / s[i]);
      const total = Math.max((out - 1) * s[i] + (k[i] - 1) * d[i] + 1 - inSize[i], 0);
      const before = Math.floor(total / 2);
      return [before, total - before];
    };
    return { h: axis(0), w: axis(1), same: true };
  }
  const [ph, pw] = pair(p, 0);
  return { h: [ph, ph] as const, w: [pw, pw] as const, same: false };
}

interface AxisResult {
  out: number;
  expression: string;
  formula: string;
}

/** Output size along one axis of a sliding window (conv or pool). */
function windowAxis(
  path: string,
  what: string,
  inSize: number,
  k: number,
  s: number,
  pad: readonly [number, number],
  d: number,
  ceil: boolean,
): AxisResult {
  const keff = (k - 1) * d + 1;
  const padded = inSize + pad[0] + pad[1];
  if (keff > padded) {
    const size = d === 1 ? `${what} ${k}` : `dilated ${what} ${keff} (${k} with dilation ${d})`;
    throw new SpecError(
      path,
      'kernel-fits',
      `${size} is larger than the padded input ${padded} (${inSize} + ${pad[0] + pad[1]} padding)`,
    );
  }
  const span = padded - keff;
  let out = ceil ? Math.ceil(span / s) + 1 : Math.floor(span / s) + 1;
  // Caffe/PyTorch: the last window must start inside the input or the left padding.
  if (ceil && (out - 1) * s >= inSize + pad[0]) out -= 1;
  const symmetric = pad[0] === pad[1];
  const padText = symmetric ? `2·${pad[0]}` : `${pad[0]} + ${pad[1]}`;
  const kText = d === 1 ? `${k}` : `${d}·(${k} − 1) − 1`;
  const inner = `${inSize} − ${kText} + ${padText}`;
  const exact = span % s === 0;
  const expression =
    s === 1
      ? `${inner} + 1`
      : exact
        ? `(${inner}) / ${s} + 1`
        : ceil
          ? `⌈(${inner}) / ${s}⌉ + 1`
          : `⌊(${inner}) / ${s}⌋ + 1`;
  const dk = d === 1 ? 'K' : 'D·(K − 1) − 1';
  const pp = symmetric ? '2P' : 'P₁ + P₂';
  const formula = ceil ? `⌈(N − ${dk} + ${pp}) / S⌉ + 1` : `⌊(N − ${dk} + ${pp}) / S⌋ + 1`;
  return {
    out,
    expression:
      ceil && out !== Math.ceil(span / s) + 1
        ? `${expression} − 1 (last window would start in the padding)`
        : expression,
    formula,
  };
}

function spatial(path: string, op: string, s: Shape): [number, number, number] {
  if (s.length !== 3) {
    throw new SpecError(
      path,
      'spatial-input',
      `${op} needs a C×H×W input, got the flat vector ${shapeText(s)}; remove the flatten before it`,
    );
  }
  return [s[0], s[1], s[2]];
}

/** Receptive field after a window op with kernel k, stride s, dilation d, leading padding p. */
function rfWindow(
  rf: ReceptiveField,
  k: [number, number],
  s: [number, number],
  d: [number, number],
  p: [number, number],
): ReceptiveField {
  const axis = (i: 0 | 1) => {
    const keff = (k[i] - 1) * d[i] + 1;
    return {
      size: rf.size[i] + (keff - 1) * rf.jump[i],
      jump: rf.jump[i] * s[i],
      start: rf.start[i] + ((keff - 1) / 2 - p[i]) * rf.jump[i],
    };
  };
  const h = axis(0);
  const w = axis(1);
  return { size: [h.size, w.size], jump: [h.jump, w.jump], start: [h.start, w.start] };
}

function rfArithmetic(
  before: ReceptiveField,
  after: ReceptiveField,
  k: [number, number],
  s: [number, number],
  d: [number, number],
): Arithmetic[] {
  const square =
    k[0] === k[1] &&
    before.size[0] === before.size[1] &&
    before.jump[0] === before.jump[1] &&
    s[0] === s[1];
  const axes: (0 | 1)[] = square ? [0] : [0, 1];
  const lines: Arithmetic[] = [];
  for (const i of axes) {
    const suffix = square ? '' : i === 0 ? ' (height)' : ' (width)';
    const kd = d[i] === 1 ? `(${k[i]} − 1)` : `(${k[i]} − 1)·${d[i]}`;
    lines.push({
      quantity: 'rf-size',
      formula: `r = r_in + (K − 1)·${d[i] === 1 ? '' : 'D·'}j_in${suffix}`,
      expression: `${fmtNum(before.size[i])} + ${kd}·${fmtNum(before.jump[i])}`,
      value: after.size[i],
    });
    lines.push({
      quantity: 'rf-jump',
      formula: `j = j_in·S${suffix}`,
      expression: `${fmtNum(before.jump[i])}·${s[i]}`,
      value: after.jump[i],
    });
  }
  return lines;
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? fmt(n) : String(Math.round(n * 1000) / 1000);
}

function maxRf(rfs: ReceptiveField[]): ReceptiveField {
  return rfs.reduce((a, b) => (b.size[0] * b.size[1] > a.size[0] * a.size[1] ? b : a));
}

function kText(k: [number, number]): string {
  return k[0] === k[1] ? `${k[0]}×${k[0]}` : `${k[0]}×${k[1]}`;
}

function convLabel(n: ConvOp, cin: number, k: [number, number]): string {
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

function poolLabel(n: PoolOp): string {
  if (n.global) return `global ${n.mode} pool`;
  if (n.output !== undefined) return `adaptive ${n.mode} pool → ${kText(pair(n.output, 1))}`;
  const k = pair(n.kernel, 1);
  const s = pair(n.stride, k[0]);
  return `${n.mode} pool ${kText(k)}${s[0] !== 1 ? `, /${s[0]}` : ''}`;
}

/** The output-size lines of a window op: one line when both axes agree, else one per axis. */
function sizeArithmetic(ah: AxisResult, aw: AxisResult): Arithmetic[] {
  if (ah.expression === aw.expression) {
    return [
      {
        quantity: 'out',
        formula: `H_out = W_out = ${ah.formula}`,
        expression: ah.expression,
        value: ah.out,
      },
    ];
  }
  return [
    {
      quantity: 'out-height',
      formula: `H_out = ${ah.formula}`,
      expression: ah.expression,
      value: ah.out,
    },
    {
      quantity: 'out-width',
      formula: `W_out = ${aw.formula}`,
      expression: aw.expression,
      value: aw.out,
    },
  ];
}

type LeafEval = Omit<LayerResult, 'path' | 'name' | 'parent' | 'inputs' | 'trainingOnly'>;
type LeafExtra = Partial<
  Pick<LayerResult, 'params' | 'buffers' | 'macs' | 'elementwise' | 'inPlace'>
>;

/** Evaluate one leaf on its inputs. */
function evalLeaf(node: LeafOp, path: string, inputs: Flow[]): LeafEval {
  const inShapes = inputs.map((f) => f.shape);
  const arity = (min: number, max: number) => {
    if (inputs.length < min || inputs.length > max) {
      const want =
        min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new SpecError(
        path,
        'merge-arity',
        `${node.op} reads ${want} input${min === 1 && max === 1 ? '' : 's'}, got ${inputs.length}`,
      );
    }
  };
  const finish = (
    out: Shape,
    label: string,
    rf: ReceptiveField,
    arithmetic: Arithmetic[],
    extra: LeafExtra = {},
  ): LeafEval => {
    if (out.some((n) => !(n >= 1)))
      throw new SpecError(path, 'output-positive', `output ${shapeText(out)} has a size below 1`);
    // One object shape for every leaf keeps large networks fast (no dictionary-mode objects).
    return {
      op: node.op,
      label,
      inShapes,
      out,
      params: extra.params ?? 0,
      buffers: extra.buffers ?? 0,
      macs: extra.macs ?? 0,
      elementwise: extra.elementwise ?? 0,
      activations: product(out),
      inPlace: extra.inPlace ?? IN_PLACE.has(node.op),
      view: VIEWS.has(node.op),
      rf,
      arithmetic,
    };
  };

  switch (node.op) {
    case 'input': {
      throw new SpecError(
        path,
        'input-first',
        'an input layer may only be the first layer of the network',
      );
    }
    case 'conv': {
      arity(1, 1);
      const [cin, h, w] = spatial(path, 'conv', inShapes[0]);
      const k: [number, number] = node.kernel === 'full' ? [h, w] : pair(node.kernel, 1);
      const s = pair(node.stride, 1);
      const d = pair(node.dilation, 1);
      const g = node.groups ?? 1;
      if (cin % g !== 0 || node.out % g !== 0) {
        throw new SpecError(
          path,
          'groups-divide',
          `groups ${g} must divide the input channels ${cin} and the output channels ${node.out}`,
        );
      }
      const pad = resolvePadding(node.padding, [h, w], k, s, d);
      const ah = windowAxis(path, `kernel height`, h, k[0], s[0], pad.h, d[0], false);
      const aw = windowAxis(path, `kernel width`, w, k[1], s[1], pad.w, d[1], false);
      const bias = node.bias ?? true;
      const cpg = cin / g;
      const weights = node.out * cpg * k[0] * k[1];
      const params = weights + (bias ? node.out : 0);
      const macs = ah.out * aw.out * node.out * cpg * k[0] * k[1];
      const out = [node.out, ah.out, aw.out];
      const cinText = g === 1 ? `${cin}` : `(${cin}/${g})`;
      const arithmetic: Arithmetic[] = [];
      if (pad.same) {
        arithmetic.push({
          quantity: 'padding',
          formula: 'TF same: out = ⌈N / S⌉, padding = (out − 1)·S + K − N',
          expression: `top/bottom ${pad.h[0]}+${pad.h[1]}, left/right ${pad.w[0]}+${pad.w[1]}`,
          value: pad.h[0] + pad.h[1],
        });
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
      const rf = rfWindow(inputs[0].rf, k, s, d, [pad.h[0], pad.w[0]]);
      arithmetic.push(...rfArithmetic(inputs[0].rf, rf, k, s, d));
      return finish(out, convLabel(node, cin, k), rf, arithmetic, {
        params,
        macs,
        elementwise: bias ? product(out) : 0,
      });
    }
    case 'pool': {
      arity(1, 1);
      const [c, h, w] = spatial(path, 'pool', inShapes[0]);
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
        arithmetic.push({
          quantity: 'out',
          formula: 'global pooling: the whole H×W to 1×1',
          expression: `${h}×${w} → 1×1`,
          value: 1,
        });
      } else if (node.output !== undefined) {
        const o = pair(node.output, 1);
        // Adaptive pooling: window i covers [⌊i·N/O⌋, ⌈(i+1)·N/O⌉); the field uses the widest window.
        const widest = (n: number, m: number) => {
          let best = 0;
          for (let i = 0; i < m; i++)
            best = Math.max(best, Math.ceil(((i + 1) * n) / m) - Math.floor((i * n) / m));
          return best;
        };
        k = [widest(h, o[0]), widest(w, o[1])];
        s = [Math.max(1, Math.floor(h / o[0])), Math.max(1, Math.floor(w / o[1]))];
        outH = o[0];
        outW = o[1];
        arithmetic.push({
          quantity: 'out',
          formula: 'adaptive pooling: fixed output size',
          expression: `${h}×${w} → ${o[0]}×${o[1]} (window ${kText(k)})`,
          value: o[0],
        });
      } else {
        k = pair(node.kernel, 1);
        s = pair(node.stride ?? node.kernel, 1);
        pad = resolvePadding(node.padding, [h, w], k, s, [1, 1]);
        // PyTorch rejects padding above half the window: some window would see only padding.
        (['height', 'width'] as const).forEach((axis, i) => {
          const p = Math.max(...(i === 0 ? pad.h : pad.w));
          if (2 * p > k[i])
            throw new SpecError(
              path,
              'pool-padding',
              `pool padding ${p} is more than half the window ${axis} ${k[i]}; a window would hold only padding`,
            );
        });
        const ceil = node.ceil ?? false;
        const ah = windowAxis(path, 'pool window height', h, k[0], s[0], pad.h, 1, ceil);
        const aw = windowAxis(path, 'pool window width', w, k[1], s[1], pad.w, 1, ceil);
        outH = ah.out;
        outW = aw.out;
        arithmetic.push(...sizeArithmetic(ah, aw));
      }
      const out = [c, outH, outW];
      const rf = rfWindow(inputs[0].rf, k, s, [1, 1], [pad.h[0], pad.w[0]]);
      arithmetic.push({
        quantity: 'params',
        formula: 'pooling has no parameters',
        expression: '0',
        value: 0,
      });
      arithmetic.push(...rfArithmetic(inputs[0].rf, rf, k, s, [1, 1]));
      // An adaptive pool whose output equals its input (AlexNet/VGG at their default size) copies nothing new.
      const noop = node.output !== undefined && outH === h && outW === w;
      return finish(out, poolLabel(node), rf, arithmetic, {
        elementwise: product(out) * k[0] * k[1],
        inPlace: noop,
      });
    }
    case 'lrn': {
      arity(1, 1);
      spatial(path, 'lrn', inShapes[0]);
      return finish(
        inShapes[0],
        `LRN, size ${node.size}`,
        inputs[0].rf,
        [
          {
            quantity: 'params',
            formula: 'local response normalization has no learnable parameters',
            expression: '0',
            value: 0,
          },
        ],
        {
          elementwise: product(inShapes[0]) * (node.size + 3),
        },
      );
    }
    case 'bn': {
      arity(1, 1);
      const c = inShapes[0][0];
      return finish(
        inShapes[0],
        'batch norm',
        inputs[0].rf,
        [
          { quantity: 'params', formula: '2·C (γ and β)', expression: `2·${c}`, value: 2 * c },
          {
            quantity: 'buffers',
            formula: '2·C (running mean and variance, not learned)',
            expression: `2·${c}`,
            value: 2 * c,
          },
        ],
        { params: 2 * c, buffers: 2 * c, elementwise: 2 * product(inShapes[0]) },
      );
    }
    case 'relu':
    case 'tanh':
    case 'sigmoid':
    case 'softmax': {
      arity(1, 1);
      return finish(inShapes[0], node.op, inputs[0].rf, [], {
        elementwise: (node.op === 'softmax' ? 3 : 1) * product(inShapes[0]),
        inPlace: node.op !== 'softmax',
      });
    }
    case 'dropout': {
      arity(1, 1);
      return finish(inShapes[0], `dropout ${node.p}`, inputs[0].rf, [], {});
    }
    case 'identity': {
      arity(1, 1);
      return finish(inShapes[0], 'identity', inputs[0].rf, [], {});
    }
    case 'flatten': {
      arity(1, 1);
      const n = product(inShapes[0]);
      const arithmetic: Arithmetic[] = [
        { quantity: 'out', formula: 'N = C·H·W', expression: inShapes[0].join('·'), value: n },
      ];
      let rf = inputs[0].rf;
      if (inShapes[0].length === 3) {
        // Every output of the next fc sees the whole map: a window of H×W.
        const k: [number, number] = [inShapes[0][1], inShapes[0][2]];
        rf = rfWindow(rf, k, [1, 1], [1, 1], [0, 0]);
        arithmetic.push(...rfArithmetic(inputs[0].rf, rf, k, [1, 1], [1, 1]));
      }
      return finish([n], 'flatten', rf, arithmetic, {});
    }
    case 'fc': {
      arity(1, 1);
      const s = inShapes[0];
      if (s.length !== 1) {
        throw new SpecError(
          path,
          'flat-input',
          `fc needs a flat input [N], got ${shapeText(s)}; add a flatten layer before it`,
        );
      }
      const bias = node.bias ?? true;
      const params = s[0] * node.out + (bias ? node.out : 0);
      const macs = s[0] * node.out;
      return finish(
        [node.out],
        `fc ${fmt(node.out)}`,
        inputs[0].rf,
        [
          {
            quantity: 'params',
            formula: `N_in·N_out${bias ? ' + N_out' : ''}`,
            expression: `${fmt(s[0])}·${fmt(node.out)}${bias ? ` + ${fmt(node.out)}` : ''}`,
            value: params,
          },
          {
            quantity: 'macs',
            formula: 'N_in·N_out',
            expression: `${fmt(s[0])}·${fmt(node.out)}`,
            value: macs,
          },
        ],
        { params, macs, elementwise: bias ? node.out : 0 },
      );
    }
    case 'zeropad': {
      arity(1, 1);
      const [c, h, w] = spatial(path, 'zeropad', inShapes[0]);
      const [t, b, l, r] = node.padding ?? [0, 0, 0, 0];
      const [cb, ca] = node.channels ?? [0, 0];
      const out = [c + cb + ca, h + t + b, w + l + r];
      const rf: ReceptiveField = {
        size: inputs[0].rf.size,
        jump: inputs[0].rf.jump,
        start: [
          inputs[0].rf.start[0] - t * inputs[0].rf.jump[0],
          inputs[0].rf.start[1] - l * inputs[0].rf.jump[1],
        ],
      };
      const arithmetic: Arithmetic[] = [];
      if (cb || ca)
        arithmetic.push({
          quantity: 'out-channels',
          formula: 'C + zeros before + zeros after',
          expression: `${c} + ${cb} + ${ca}`,
          value: out[0],
        });
      // Negative padding crops: `8 − 1 + 0`, not `8 + -1 + 0`.
      const term = (n: number) => (n < 0 ? ` − ${-n}` : ` + ${n}`);
      if (t || b || l || r) {
        arithmetic.push({
          quantity: 'out-height',
          formula: 'H + top + bottom',
          expression: `${h}${term(t)}${term(b)}`,
          value: out[1],
        });
        arithmetic.push({
          quantity: 'out-width',
          formula: 'W + left + right',
          expression: `${w}${term(l)}${term(r)}`,
          value: out[2],
        });
      }
      const label = cb || ca ? `zero-pad channels +${cb + ca}` : `zero-pad ${t},${b},${l},${r}`;
      return finish(out, label, rf, arithmetic, {});
    }
    case 'scale': {
      arity(2, 2);
      const [x, gate] = inShapes;
      const gc = gate[0];
      const gateOk =
        (gate.length === 1 || (gate.length === 3 && gate[1] === 1 && gate[2] === 1)) && gc === x[0];
      if (!gateOk) {
        throw new SpecError(
          path,
          'scale-shapes',
          `scale multiplies ${shapeText(x)} by a per-channel gate of ${x[0]}×1×1, got ${shapeText(gate)}`,
        );
      }
      return finish(x, 'channel scale', maxRf(inputs.map((f) => f.rf)), [], {
        elementwise: product(x),
      });
    }
    case 'concat': {
      arity(1, Infinity);
      const first = inShapes[0];
      for (const s of inShapes) {
        const same =
          s.length === first.length && (s.length === 1 || (s[1] === first[1] && s[2] === first[2]));
        if (!same) {
          throw new SpecError(
            path,
            'concat-spatial',
            `concat needs equal spatial sizes, got ${inShapes.map(shapeText).join(' and ')}`,
          );
        }
      }
      const c = inShapes.reduce((a, s) => a + s[0], 0);
      const out = first.length === 1 ? [c] : [c, first[1], first[2]];
      return finish(
        out,
        `concat`,
        maxRf(inputs.map((f) => f.rf)),
        [
          {
            quantity: 'out-channels',
            formula: 'C = Σ C_i',
            expression: inShapes.map((s) => s[0]).join(' + '),
            value: c,
          },
        ],
        {},
      );
    }
    case 'add':
    case 'mean': {
      arity(2, Infinity);
      const first = inShapes[0];
      for (const s of inShapes) {
        if (s.length !== first.length || s.some((n, i) => n !== first[i])) {
          throw new SpecError(
            path,
            'add-shapes',
            `${node.op} needs equal shapes, got ${inShapes.map(shapeText).join(' and ')}`,
          );
        }
      }
      return finish(
        first,
        node.op === 'add' ? 'add' : 'mean join',
        maxRf(inputs.map((f) => f.rf)),
        [],
        {
          elementwise: product(first) * (inputs.length - 1 + (node.op === 'mean' ? 1 : 0)),
        },
      );
    }
  }
}

interface Ctx {
  layers: LayerResult[];
  modules: ModuleResult[];
}

/** Evaluate any node on its inputs; returns its output flow. */
function evalNode(
  node: SpecNode,
  path: string,
  parent: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
): Flow {
  const tOnly = trainingOnly || (node.trainingOnly ?? false);
  if (node.op === 'block' || node.op === 'parallel' || node.op === 'repeat') {
    return evalStructure(node, path, parent, depth, inputs, tOnly, ctx);
  }
  const r = evalLeaf(node, path, inputs);
  ctx.layers.push({
    path,
    name: node.name,
    op: r.op,
    label: node.label ?? r.label,
    parent,
    inputs: inputs.map((f) => f.producer),
    inShapes: r.inShapes,
    out: r.out,
    params: r.params,
    buffers: r.buffers,
    macs: r.macs,
    elementwise: r.elementwise,
    activations: r.activations,
    inPlace: r.inPlace,
    view: r.view,
    rf: r.rf,
    trainingOnly: tOnly,
    arithmetic: r.arithmetic,
  });
  return { shape: r.out, rf: r.rf, producer: path };
}

function evalStructure(
  node: StructureNode,
  path: string,
  parent: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  named?: ReadonlyMap<string, Flow>,
): Flow {
  const mod: ModuleResult = {
    path,
    name: node.name,
    op: node.op,
    kind: node.kind ?? (node.op === 'parallel' ? 'branch' : 'block'),
    label: node.label ?? node.name,
    note: node.note,
    meta: node.meta,
    parent: depth === 0 ? null : parent,
    depth,
    children: [],
    start: ctx.layers.length,
    end: 0,
    inShapes: inputs.map((f) => f.shape),
    out: [],
    rf: inputs[0]?.rf ?? { size: [1, 1], jump: [1, 1], start: [0.5, 0.5] },
    trainingOnly,
    totals: emptyTotals(),
  };
  ctx.modules.push(mod);
  let out: Flow;
  if (node.op === 'block')
    out = evalBlock(node, path, depth, inputs, trainingOnly, ctx, mod, named);
  else if (node.op === 'parallel')
    out = evalParallel(node, path, depth, inputs, trainingOnly, ctx, mod);
  else out = evalRepeat(node, path, depth, inputs, trainingOnly, ctx, mod);
  mod.end = ctx.layers.length;
  mod.out = out.shape;
  mod.rf = out.rf;
  mod.totals = sumLayers(ctx.layers, mod.start, mod.end);
  return out;
}

function evalBlock(
  node: BlockNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
  /** Extra names children may read (the root's input leaf by its own name). */
  named: ReadonlyMap<string, Flow> = new Map(),
): Flow {
  const expected = node.inputs ?? 1;
  if (inputs.length !== expected) {
    throw new SpecError(
      path,
      'merge-arity',
      `block reads ${expected} input${expected === 1 ? '' : 's'}, got ${inputs.length}`,
    );
  }
  const env = new Map<string, Flow>(named);
  inputs.forEach((f, i) => env.set(`in${i}`, f));
  let prev: Flow | undefined = inputs[0];
  let last: Flow | undefined = inputs[0];
  node.layers.forEach((child) => {
    const cpath = join(path, child.name);
    mod.children.push(cpath);
    let srcs: Flow[];
    if (child.from) {
      srcs = child.from.map((name) => {
        const f = env.get(name);
        if (!f)
          throw new SpecError(
            cpath,
            'unknown-input',
            `reads "${name}", which is not an input of the block or an earlier layer in it`,
          );
        return f;
      });
    } else {
      if (!prev)
        throw new SpecError(cpath, 'unknown-input', 'has nothing to read: the block has no inputs');
      srcs = [prev];
    }
    const outFlow = evalNode(child, cpath, path, depth + 1, srcs, trainingOnly, ctx);
    env.set(child.name, outFlow);
    if (!child.side) {
      prev = outFlow;
      last = outFlow;
    }
  });
  if (node.output !== undefined) {
    const f = env.get(node.output);
    if (!f)
      throw new SpecError(
        path,
        'unknown-input',
        `output "${node.output}" is not a layer of this block`,
      );
    return f;
  }
  if (!last)
    throw new SpecError(path, 'merge-arity', 'an empty block needs an input to pass through');
  return last;
}

function evalParallel(
  node: ParallelNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
): Flow {
  if (inputs.length !== 1)
    throw new SpecError(
      path,
      'merge-arity',
      `parallel branches read one input, got ${inputs.length}`,
    );
  const outs = node.branches.map((b) => {
    const bpath = join(path, b.name);
    mod.children.push(bpath);
    return evalNode(b, bpath, path, depth + 1, inputs, trainingOnly, ctx);
  });
  const mpath = join(path, node.merge.name);
  mod.children.push(mpath);
  return evalNode(node.merge, mpath, path, depth + 1, outs, trainingOnly, ctx);
}

function evalRepeat(
  node: RepeatNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
): Flow {
  if (inputs.length !== 1)
    throw new SpecError(path, 'merge-arity', `repeat reads one input, got ${inputs.length}`);
  let flow = inputs[0];
  for (let i = 1; i <= node.count; i++) {
    const name = `${node.body.name}${i}`;
    const cpath = join(path, name);
    mod.children.push(cpath);
    flow = evalNode(
      { ...node.body, name } as SpecNode,
      cpath,
      path,
      depth + 1,
      [flow],
      trainingOnly,
      ctx,
    );
  }
  return flow;
}

/** The default input shape of a spec: its root's first layer. */
export function defaultInput(spec: ModelSpec): Shape {
  const first = spec.root.layers[0];
  if (!first || first.op !== 'input')
    throw new SpecError(
      first ? first.name : '',
      'input-first',
      'the network must begin with an input layer',
    );
  return first.shape;
}

/**
 * Analyze a (validated) spec. Throws SpecError when a shape rule breaks.
 * The root block's first layer is the input; `options.input` overrides its shape.
 */
export function analyze(spec: ModelSpec, options: AnalyzeOptions = {}): Analysis {
  const inputNode = spec.root.layers[0];
  const input = options.input ?? defaultInput(spec);
  if (input.length !== 3 && input.length !== 1)
    throw new SpecError(
      inputNode?.name ?? 'input',
      'wrong-type',
      `input must be [C, H, W], got ${shapeText(input)}`,
    );
  if (!input.every((n) => Number.isInteger(n) && n > 0))
    throw new SpecError(
      inputNode?.name ?? 'input',
      'positive-size',
      `input sizes must be positive integers, got ${shapeText(input)}`,
    );

  const ctx: Ctx = { layers: [], modules: [] };
  const rf0: ReceptiveField = { size: [1, 1], jump: [1, 1], start: [0.5, 0.5] };
  const inPath = inputNode.name;
  const root = spec.root;
  // The input leaf comes first; the rest of the root is a block fed by it, whose children may
  // also read it by its own name.
  ctx.layers.push({
    path: inPath,
    name: inPath,
    op: 'input',
    label: `input ${shapeText(input)}`,
    parent: '',
    inputs: [],
    inShapes: [],
    out: input,
    params: 0,
    buffers: 0,
    macs: 0,
    elementwise: 0,
    activations: product(input),
    inPlace: false,
    view: false,
    rf: rf0,
    trainingOnly: false,
    arithmetic: [],
  });
  const inputFlow: Flow = { shape: input, rf: rf0, producer: inPath };
  const rest: BlockNode = {
    ...root,
    kind: root.kind ?? 'network',
    layers: root.layers.slice(1),
    inputs: 1,
  };
  const outFlow = evalStructure(
    rest,
    '',
    '',
    0,
    [inputFlow],
    false,
    ctx,
    new Map([[inPath, inputFlow]]),
  );
  const rootMod = ctx.modules[0];
  rootMod.children.unshift(inPath);
  rootMod.start = 0;
  rootMod.totals = sumLayers(ctx.layers);

  return {
    id: spec.id,
    input,
    output: outFlow.shape,
    layers: ctx.layers,
    modules: ctx.modules,
    totals: rootMod.totals,
    inference: sumLayers(ctx.layers, 0, ctx.layers.length, true),
    hasTrainingOnly: ctx.layers.some((l) => l.trainingOnly),
    depth: networkDepth(ctx.layers, ctx.modules, outFlow.producer),
  };
}
