/**
 * The neural architecture search loop (Zoph & Le 2017; Zoph et al. 2018): a controller samples
 * a description of a network, the description decodes into a network, the network is trained and
 * its accuracy is the controller's reward. Here the "controller" draws each token uniformly with
 * a seeded generator (the untrained controller's policy, no training or reward is simulated), and
 * the decoded network is analyzed by the engine. NASNet-A's normal and reduction cells come
 * from the catalog's NASNet-A Mobile.
 */
import { randomLcg } from 'd3-random';
import { block, conv, fc, flatten, globalPool, input, relu } from '../../catalog/blocks';
import { buildModel } from '../../catalog/index';
import type { Analysis, ModuleResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const NAS_FIELDS: readonly Field[] = [
  { key: 'layers', default: 6, min: 1, max: 20 },
  { key: 'seed', default: 7, min: 0, max: 1_000_000 },
];

/**
 * The search space of Zoph & Le 2017 §4.1 (CIFAR-10): per layer, filter height and width in
 * {1, 3, 5, 7} and number of filters in {24, 36, 48, 64}; strides fixed to 1 in their first
 * experiment.
 */
export const NAS_SPACE = {
  height: [1, 3, 5, 7],
  width: [1, 3, 5, 7],
  filters: [24, 36, 48, 64],
} as const;

export interface Token {
  layer: number;
  kind: keyof typeof NAS_SPACE;
  value: number;
}

export interface NasCell {
  module: ModuleResult;
  /** The cell's blocks (comb_iter_*): each adds two ops. */
  blocks: ModuleResult[];
}

export interface NasLesson {
  tokens: Token[];
  analysis: Analysis;
  normal: NasCell;
  reduction: NasCell;
}

let cells: { normal: NasCell; reduction: NasCell } | null = null;

function nasnetCells() {
  const a = analyze(buildModel('nasnet-a-mobile'));
  const cell = (kind: string): NasCell => {
    // The first cell of its kind past the stem cells: h_i and h_{i−1} both from the network.
    const m = a.modules.find((x) => x.kind === kind && !x.path.startsWith('cell_stem'))!;
    return {
      module: m,
      blocks: a.modules.filter((x) => x.parent === m.path && x.kind === 'cell-block'),
    };
  };
  return { normal: cell('normal-cell'), reduction: cell('reduction-cell') };
}

export function nasLesson(v: Values): Lesson<NasLesson> {
  return run(() => {
    const rnd = randomLcg(v.seed);
    const tokens: Token[] = [];
    const layers = [];
    for (let i = 1; i <= v.layers; i++) {
      const pick = (kind: keyof typeof NAS_SPACE) => {
        const options = NAS_SPACE[kind];
        const value = options[Math.floor(rnd() * options.length)];
        tokens.push({ layer: i, kind, value });
        return value;
      };
      const h = pick('height');
      const w = pick('width');
      const f = pick('filters');
      layers.push(
        conv(`conv${i}`, f, [h, w], { padding: [(h - 1) / 2, (w - 1) / 2] }),
        relu(`relu${i}`),
      );
    }
    const analysis = analyze({
      root: block('sampled', 'network', [
        input([3, 32, 32]),
        ...layers,
        globalPool('pool'),
        flatten('flatten'),
        fc('fc', 10),
      ]),
    });
    cells ??= nasnetCells();
    return { tokens, analysis, ...cells };
  });
}
