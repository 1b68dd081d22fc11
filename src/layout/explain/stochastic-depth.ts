/**
 * Stochastic depth (Huang et al. 2016; architectures.md §18) on the catalog's CIFAR ResNet: block
 * l survives a training mini-batch with probability p_l = 1 − (l/L)(1 − p_L), kept in each block's
 * meta by the catalog; a dropped block passes its input through its shortcut. One training-time
 * network is sampled (seeded); the test-time network is the whole one.
 */
import { randomLcg } from 'd3-random';
import { buildModel } from '../../catalog/index';
import type { Analysis, ModuleResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const STOCHASTIC_DEPTH_FIELDS: readonly Field[] = [
  { key: 'depth', default: 110, min: 8, max: 1202 },
  /** p_L in percent. */
  { key: 'pL', default: 50, min: 0, max: 99 },
  { key: 'seed', default: 1, min: 0, max: 1_000_000 },
];

export interface SdBlock {
  module: ModuleResult;
  survival: number;
  active: boolean;
  convs: number;
}

export interface StochasticDepthLesson {
  analysis: Analysis;
  blocks: SdBlock[];
  /** Σ p_l, summed over the blocks' meta. */
  expected: number;
  /** The catalog's closed form L − (1 − p_L)(L + 1)/2, from the root's meta. */
  expectedClosedForm: number;
  /** Blocks active in the sampled network. */
  sampled: number;
  /** Conv layers outside the blocks (stem). */
  stemConvs: number;
}

export function stochasticDepthLesson(v: Values): Lesson<StochasticDepthLesson> {
  return run(() => {
    const a = analyze(buildModel('resnet-cifar', { depth: v.depth, survival: v.pL / 100 }));
    const rnd = randomLcg(v.seed);
    const blocks = a.modules
      .filter((m) => typeof m.meta?.survival === 'number')
      .map((m): SdBlock => {
        const survival = m.meta!.survival as number;
        return { module: m, survival, active: rnd() < survival, convs: m.totals.convs };
      });
    const inBlocks = blocks.reduce((s, b) => s + b.convs, 0);
    return {
      analysis: a,
      blocks,
      expected: blocks.reduce((s, b) => s + b.survival, 0),
      expectedClosedForm: Number(a.modules[0].meta?.expectedTrainingBlocks),
      sampled: blocks.filter((b) => b.active).length,
      // Convs outside residual branches and shortcuts: the stem.
      stemConvs: a.totals.convs - inBlocks,
    };
  });
}
