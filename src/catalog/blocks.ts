/**
 * Small builders that return spec nodes, so family files read like the papers' tables.
 * Pure data in, pure data out.
 */
import type {
  BlockNode,
  ConvOp,
  FcOp,
  Meta,
  MergeOp,
  ModuleKind,
  Padding,
  Pair,
  ParallelNode,
  PoolOp,
  RepeatNode,
  SpecNode,
} from '../engine/types';

export interface ConvOpts {
  stride?: Pair;
  padding?: Padding;
  groups?: number;
  bias?: boolean;
  dilation?: Pair;
  label?: string;
  from?: readonly string[];
}

export function input(shape: readonly number[], name = 'input'): SpecNode {
  return { op: 'input', name, shape };
}

export function conv(
  name: string,
  out: number,
  kernel: Pair | 'full',
  opts: ConvOpts = {},
): ConvOp {
  const node: ConvOp = { op: 'conv', name, out, kernel };
  if (opts.stride !== undefined && opts.stride !== 1) node.stride = opts.stride;
  if (opts.padding !== undefined && opts.padding !== 0) node.padding = opts.padding;
  if (opts.groups !== undefined && opts.groups !== 1) node.groups = opts.groups;
  if (opts.bias !== undefined) node.bias = opts.bias;
  if (opts.dilation !== undefined) node.dilation = opts.dilation;
  if (opts.label !== undefined) node.label = opts.label;
  if (opts.from !== undefined) node.from = opts.from;
  return node;
}

export interface PoolOpts {
  stride?: Pair;
  padding?: Padding;
  ceil?: boolean;
  from?: readonly string[];
}

export function maxPool(name: string, kernel: Pair, opts: PoolOpts = {}): PoolOp {
  return pool(name, 'max', kernel, opts);
}

export function avgPool(name: string, kernel: Pair, opts: PoolOpts = {}): PoolOp {
  return pool(name, 'avg', kernel, opts);
}

function pool(name: string, mode: 'max' | 'avg', kernel: Pair, opts: PoolOpts): PoolOp {
  const node: PoolOp = { op: 'pool', name, mode, kernel };
  if (opts.stride !== undefined) node.stride = opts.stride;
  if (opts.padding !== undefined && opts.padding !== 0) node.padding = opts.padding;
  if (opts.ceil) node.ceil = true;
  if (opts.from !== undefined) node.from = opts.from;
  return node;
}

export function globalPool(name: string, mode: 'max' | 'avg' = 'avg'): PoolOp {
  return { op: 'pool', name, mode, global: true };
}

export function adaptivePool(name: string, output: Pair, mode: 'max' | 'avg' = 'avg'): PoolOp {
  return { op: 'pool', name, mode, output };
}

export function fc(name: string, out: number, bias = true): FcOp {
  return bias ? { op: 'fc', name, out } : { op: 'fc', name, out, bias: false };
}

export const relu = (name = 'relu'): SpecNode => ({ op: 'relu', name });
export const tanh = (name = 'tanh'): SpecNode => ({ op: 'tanh', name });
export const sigmoid = (name = 'sigmoid'): SpecNode => ({ op: 'sigmoid', name });
export const softmax = (name = 'softmax'): SpecNode => ({ op: 'softmax', name });
export const bn = (name = 'bn'): SpecNode => ({ op: 'bn', name });
export const flatten = (name = 'flatten'): SpecNode => ({ op: 'flatten', name });
export const dropout = (p: number, name = 'dropout'): SpecNode => ({ op: 'dropout', name, p });
export const lrn = (name: string, size = 5, alpha = 1e-4, beta = 0.75, k = 1): SpecNode => ({
  op: 'lrn',
  name,
  size,
  alpha,
  beta,
  k,
});
export const concat = (name = 'concat'): MergeOp => ({ op: 'concat', name });
export const add = (name = 'add'): MergeOp => ({ op: 'add', name });
export const mean = (name = 'join'): MergeOp => ({ op: 'mean', name });

export interface GroupOpts {
  label?: string;
  note?: string;
  meta?: Meta;
  from?: readonly string[];
  trainingOnly?: boolean;
  side?: boolean;
  inputs?: number;
  output?: string;
}

/** A named sequence (or small graph, with `from` on children). */
export function block(
  name: string,
  kind: ModuleKind,
  layers: readonly SpecNode[],
  opts: GroupOpts = {},
): BlockNode {
  const node: BlockNode = { op: 'block', name, kind, layers };
  Object.assign(node, stripUndefined(opts));
  return node;
}

/** Parallel branches reading one input and ending in a merge. */
export function parallel(
  name: string,
  kind: ModuleKind,
  branches: readonly SpecNode[],
  merge: MergeOp,
  opts: GroupOpts = {},
): ParallelNode {
  const node: ParallelNode = { op: 'parallel', name, kind, branches, merge };
  Object.assign(node, stripUndefined(opts));
  return node;
}

export function repeat(name: string, kind: ModuleKind, count: number, body: SpecNode): RepeatNode {
  return { op: 'repeat', name, kind, count, body };
}

/** conv → (bn) → relu as one small block; names conv/bn/relu inside. */
export function convUnit(
  name: string,
  out: number,
  kernel: Pair,
  opts: ConvOpts & { bn?: boolean; relu?: boolean; kind?: ModuleKind } = {},
): BlockNode {
  const useBn = opts.bn ?? true;
  const layers: SpecNode[] = [
    conv('conv', out, kernel, { ...opts, from: undefined, bias: opts.bias ?? !useBn }),
  ];
  if (useBn) layers.push(bn('bn'));
  if (opts.relu ?? true) layers.push(relu('relu'));
  return block(name, opts.kind ?? 'conv-unit', layers, { from: opts.from });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
