/**
 * The lecture's Inception argument (CS231n Lecture 9, slides 53–54): the naive module and the
 * module with 1×1 bottlenecks on the same input, branch by branch, from the catalog's demo
 * family and the engine. Multiplies are the engine's MACs of the convs (pooling has none).
 */
import { buildModel } from '../../catalog/index';
import type { Analysis, ModuleResult, Shape } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { layer, leavesUnder, lineOf, run, type Field, type Lesson, type Values } from './common';

/** Editable inputs, with the lecture's values as defaults. */
export const INCEPTION_FIELDS: readonly Field[] = [
  { key: 'size', default: 28, min: 1, max: 512 },
  { key: 'inChannels', default: 256, min: 1, max: 4096 },
  { key: 'b1', default: 128, min: 1, max: 4096 },
  { key: 'b3', default: 192, min: 1, max: 4096 },
  { key: 'b5', default: 96, min: 1, max: 4096 },
  { key: 'r3', default: 64, min: 1, max: 4096 },
  { key: 'r5', default: 64, min: 1, max: 4096 },
  { key: 'pp', default: 64, min: 1, max: 4096 },
];

export type BranchId = 'branch1x1' | 'branch3x3' | 'branch5x5' | 'branchPool';
export const BRANCHES: readonly BranchId[] = ['branch1x1', 'branch3x3', 'branch5x5', 'branchPool'];

/** One conv of a branch: its multiplies and the engine's arithmetic for them. */
export interface Term {
  path: string;
  /** Leaf name in its branch: `conv`, `reduce` (1×1 before the conv) or `proj` (after the pool). */
  name: string;
  label: string;
  /** Input channels the conv reads. */
  inChannels: number;
  value: number;
  formula: string;
  expression: string;
}

export interface Branch {
  id: BranchId;
  /** The branch module's name, and its label (the name when it has none). */
  name: string;
  label: string;
  terms: Term[];
  /** Multiplies of the branch (sum of its terms; 0 for a bare pool). */
  macs: number;
  out: Shape;
}

export interface ModuleCost {
  analysis: Analysis;
  module: ModuleResult;
  branches: Branch[];
  /** Multiplies of the whole module. */
  total: number;
  input: Shape;
  out: Shape;
}

export interface InceptionLesson {
  naive: ModuleCost;
  bottleneck: ModuleCost;
  /** naive.total / bottleneck.total. */
  ratio: number;
  /**
   * The lecture's printed bottleneck total (slide 54, "358M") is not the sum of its six terms:
   * it equals that sum plus the 3×3 conv's term once more.
   */
  lecture: { repeated: Term; value: number };
}

function cost(a: Analysis): ModuleCost {
  const module = a.modules.find((m) => m.kind === 'inception');
  if (!module) throw new Error('the demo has no inception module');
  const branches = BRANCHES.map((id): Branch => {
    const path = `${module.path}/${id}`;
    const m = a.modules.find((x) => x.path === path)!;
    const terms = leavesUnder(a, path)
      .filter((l) => l.op === 'conv')
      .map((l): Term => {
        const macs = lineOf(l, 'macs');
        return {
          path: l.path,
          name: l.name,
          label: l.label,
          inChannels: l.inShapes[0][0],
          value: l.macs,
          formula: macs.formula,
          expression: macs.expression,
        };
      });
    return { id, name: m.name, label: m.label, terms, macs: m.totals.macs, out: m.out };
  });
  return {
    analysis: a,
    module,
    branches,
    total: module.totals.macs,
    input: module.inShapes[0],
    out: module.out,
  };
}

/** Both modules for these widths (URL-style knob values of the `inception-demo` family). */
export function inceptionLesson(v: Values): Lesson<InceptionLesson> {
  return run(() => {
    const knobs = (bottleneck: boolean) => ({ ...v, bottleneck });
    const naive = cost(analyze(buildModel('inception-demo', knobs(false))));
    const bottleneck = cost(analyze(buildModel('inception-demo', knobs(true))));
    const repeated = bottleneck.branches[1].terms.find((t) => t.path.endsWith('branch3x3/conv'))!;
    // Sanity: the term is the engine's, found by path.
    layer(bottleneck.analysis, repeated.path);
    return {
      naive,
      bottleneck,
      ratio: naive.total / bottleneck.total,
      lecture: { repeated, value: bottleneck.total + repeated.value },
    };
  });
}
