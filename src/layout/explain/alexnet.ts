/**
 * The lecture's AlexNet walk (CS231n Lecture 9): CONV1 → FC8 on the two-GPU network of the
 * catalog (Caffe bvlc_alexnet, with the lecture's POOL → NORM order), layer by layer with the
 * engine's output-size and parameter arithmetic, and how each layer is split over the GPUs.
 */
import { buildModel } from '../../catalog/index';
import type { Analysis, Arithmetic, LayerResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import type { ConvOp, PoolOp, SpecNode } from '../../engine/types';
import { lineOf, run, sizeLines, type Field, type Lesson, type Values } from './common';

export const ALEXNET_FIELDS: readonly Field[] = [
  { key: 'size', default: 227, min: 1, max: 2048 },
  { key: 'gpus', default: 2, min: 1, max: 2 },
];

export interface AlexStep {
  layer: LayerResult;
  /** Lecture name: CONV1, POOL1, NORM1, …, FC8. */
  name: string;
  kernel?: number;
  stride?: number;
  padding?: number;
  /** Filters (conv) or output features (fc). */
  filters?: number;
  sizeLines: Arithmetic[];
  params?: Arithmetic;
  macs?: Arithmetic;
  /** How this layer runs on the GPUs. */
  split: {
    /** Filters or features each GPU computes. */
    perGpu: number;
    /** Input maps (or features) each filter reads. */
    reads: number;
    /** True when a GPU reads the other GPU's maps (conv3 and the fc layers). */
    crossesGpus: boolean;
  } | null;
}

export interface AlexNetLesson {
  analysis: Analysis;
  gpus: number;
  steps: AlexStep[];
}

/** Every leaf node of the spec by name (AlexNet's names are unique). */
function nodesByName(n: SpecNode, out = new Map<string, SpecNode>()): Map<string, SpecNode> {
  out.set(n.name, n);
  if (n.op === 'block') n.layers.forEach((c) => nodesByName(c, out));
  else if (n.op === 'parallel') n.branches.forEach((c) => nodesByName(c, out));
  else if (n.op === 'repeat') nodesByName(n.body, out);
  return out;
}

const num = (p: unknown, d: number): number =>
  typeof p === 'number' ? p : Array.isArray(p) ? (p[0] as number) : d;

export function alexnetLesson(v: Values): Lesson<AlexNetLesson> {
  return run(() => {
    const spec = buildModel('alexnet', { lrn: 'after-pool', towers: v.gpus === 2 });
    const a = analyze(spec, { input: [3, v.size, v.size] });
    const nodes = nodesByName(spec.root);
    const steps = a.layers
      .filter((l) => ['conv', 'pool', 'lrn', 'fc'].includes(l.op))
      .map((l): AlexStep => {
        const node = nodes.get(l.name)!;
        const cin = l.inShapes[0][0];
        const base = { layer: l, name: l.name.toUpperCase(), sizeLines: sizeLines(l) };
        if (l.op === 'conv') {
          const c = node as ConvOp;
          const g = c.groups ?? 1;
          return {
            ...base,
            kernel: num(c.kernel, 1),
            stride: num(c.stride, 1),
            padding: num(c.padding, 0),
            filters: c.out,
            params: lineOf(l, 'params'),
            macs: lineOf(l, 'macs'),
            split: {
              perGpu: c.out / v.gpus,
              reads: cin / g,
              crossesGpus: v.gpus === 2 && g === 1 && l.name !== 'conv1',
            },
          };
        }
        if (l.op === 'pool') {
          const p = node as PoolOp;
          return {
            ...base,
            kernel: num(p.kernel, 1),
            stride: num(p.stride, num(p.kernel, 1)),
            padding: num(p.padding, 0),
            split: null,
          };
        }
        if (l.op === 'fc') {
          return {
            ...base,
            filters: l.out[0],
            params: lineOf(l, 'params'),
            macs: lineOf(l, 'macs'),
            split: { perGpu: l.out[0] / v.gpus, reads: cin, crossesGpus: v.gpus === 2 },
          };
        }
        return { ...base, split: null };
      });
    return { analysis: a, gpus: v.gpus, steps };
  });
}
