/**
 * Arithmetic shared by several ops: sliding windows (conv, pool), padding, receptive fields and
 * the lines that explain them. Units: pixels of the op's input map; axes are [height, width].
 */
import type { Arithmetic, ReceptiveField, Shape } from '../analysis';
import { step, type ArithText } from '../arith-words';
import { SpecError } from '../errors';
import { fmt, shapeText } from '../format';
import type { Padding, Pair } from '../types';

/** A size given once or as [h, w], as [h, w] (`dflt` for both when absent). */
export function pair(v: Pair | undefined, dflt: number): [number, number] {
  if (v === undefined) return [dflt, dflt];
  return typeof v === 'number' ? [v, v] : [v[0], v[1]];
}

export const product = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** Padding per axis as [before, after], TF `same` resolved against the input size. */
export function resolvePadding(
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

export interface AxisResult {
  out: number;
  /** Notation, or a message when ceil mode dropped the last window. */
  expression: ArithText;
  formula: string;
}

/** Output size along one axis of a sliding window (conv or pool). */
export function windowAxis(
  path: string,
  window: 'kernel' | 'pool',
  axis: 'height' | 'width',
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
    throw new SpecError(path, 'kernel-fits', {
      code: 'kernel-larger',
      window,
      axis,
      size: k,
      dilation: d,
      effective: keff,
      padded,
      input: inSize,
      padding: pad[0] + pad[1],
    });
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
        ? { code: 'last-window-dropped', expression }
        : expression,
    formula,
  };
}

export function spatial(path: string, op: string, s: Shape): [number, number, number] {
  if (s.length !== 3) {
    throw new SpecError(path, 'spatial-input', { code: 'spatial-input', op, shape: shapeText(s) });
  }
  return [s[0], s[1], s[2]];
}

/** Receptive field after a window op with kernel k, stride s, dilation d, leading padding p. */
export function rfWindow(
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

export function rfArithmetic(
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
    // One axis of two is named: `r = … (height)`.
    const onAxis = (formula: string): ArithText =>
      square ? formula : { code: 'on-axis', formula, axis: i === 0 ? 'height' : 'width' };
    const kd = d[i] === 1 ? `(${k[i]} − 1)` : `(${k[i]} − 1)·${d[i]}`;
    lines.push(
      step(
        'rf-size',
        onAxis(`r = r_in + (K − 1)·${d[i] === 1 ? '' : 'D·'}j_in`),
        `${fmtNum(before.size[i])} + ${kd}·${fmtNum(before.jump[i])}`,
        after.size[i],
      ),
    );
    lines.push(
      step('rf-jump', onAxis('j = j_in·S'), `${fmtNum(before.jump[i])}·${s[i]}`, after.jump[i]),
    );
  }
  return lines;
}

function fmtNum(n: number): string {
  return Number.isInteger(n) ? fmt(n) : String(Math.round(n * 1000) / 1000);
}

export function maxRf(rfs: readonly ReceptiveField[]): ReceptiveField {
  return rfs.reduce((a, b) => (b.size[0] * b.size[1] > a.size[0] * a.size[1] ? b : a));
}

export function kText(k: [number, number]): string {
  return k[0] === k[1] ? `${k[0]}×${k[0]}` : `${k[0]}×${k[1]}`;
}

/** The output-size lines of a window op: one line when both axes agree, else one per axis. */
export function sizeArithmetic(ah: AxisResult, aw: AxisResult): Arithmetic[] {
  if (JSON.stringify(ah.expression) === JSON.stringify(aw.expression)) {
    return [step('out', `H_out = W_out = ${ah.formula}`, ah.expression, ah.out)];
  }
  return [
    step('out-height', `H_out = ${ah.formula}`, ah.expression, ah.out),
    step('out-width', `W_out = ${aw.formula}`, aw.expression, aw.out),
  ];
}
