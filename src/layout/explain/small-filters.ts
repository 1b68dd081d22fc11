/**
 * VGG's argument for small filters (CS231n; architectures.md §1.3): n stacked 3×3 convs see the
 * same (2n+1)×(2n+1) window as one (2n+1)×(2n+1) conv, with fewer weights (9n·C² vs
 * (2n+1)²·C²) and n non-linearities instead of one. Both stacks are small specs analyzed by the
 * engine; convs without bias so the weights are exactly k·C².
 */
import { block, conv, input, relu } from '../../catalog/blocks';
import type { Analysis, LayerResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import type { ModelSpec } from '../../engine/types';
import { lineOf, run, type Field, type Lesson, type Values } from './common';

export const SMALL_FILTER_FIELDS: readonly Field[] = [
  { key: 'C', default: 64, min: 1, max: 4096 },
  { key: 'n', default: 3, min: 1, max: 8 },
  { key: 'size', default: 56, min: 1, max: 1024 },
];

export interface StackLayer {
  layer: LayerResult;
  /** Receptive field side after this layer, in input pixels. */
  rf: number;
  params: number;
  paramsExpression: string;
  rfExpression: string;
}

export interface Stack {
  analysis: Analysis;
  convs: StackLayer[];
  params: number;
  macs: number;
  /** ReLUs in the stack. */
  nonlinearities: number;
  /** Receptive field side of the last conv. */
  rf: number;
  /** params / C²: 9n for the 3×3 stack, (2n+1)² for the single conv. */
  perC2: number;
}

export interface SmallFiltersLesson {
  C: number;
  n: number;
  /** Side of the single big filter: 2n+1. */
  big: number;
  small: Stack;
  single: Stack;
}

function spec(C: number, size: number, kernels: number[]): ModelSpec {
  const layers = kernels.flatMap((k, i) => [
    conv(`conv${i + 1}`, C, k, { padding: (k - 1) / 2, bias: false }),
    relu(`relu${i + 1}`),
  ]);
  return { root: block('net', 'network', [input([C, size, size]), ...layers]) };
}

function stack(a: Analysis, C: number): Stack {
  const convs = a.layers
    .filter((l) => l.op === 'conv')
    .map((l) => ({
      layer: l,
      rf: l.rf.size[0],
      params: l.params,
      paramsExpression: lineOf(l, 'params').expression,
      rfExpression: lineOf(l, 'rf-size').expression,
    }));
  return {
    analysis: a,
    convs,
    params: a.totals.params,
    macs: a.totals.macs,
    nonlinearities: a.layers.filter((l) => l.op === 'relu').length,
    rf: convs[convs.length - 1].rf,
    perC2: a.totals.params / (C * C),
  };
}

export function smallFiltersLesson(v: Values): Lesson<SmallFiltersLesson> {
  return run(() => {
    const { C, n, size } = v;
    const big = 2 * n + 1;
    return {
      C,
      n,
      big,
      small: stack(analyze(spec(C, size, Array(n).fill(3))), C),
      single: stack(analyze(spec(C, size, [big])), C),
    };
  });
}

/**
 * The pixel-grid picture: a (2n+1+2)-cell grid with one output pixel at its centre; after conv
 * i of the 3×3 stack, the square of side `rf` (from the engine) around it is what that pixel sees.
 */
export function rfSquares(l: SmallFiltersLesson): { side: number; squares: number[] } {
  return { side: l.big + 2, squares: l.small.convs.map((c) => c.rf) };
}
