/**
 * FractalNet (Larsson, Maire & Shakhnarovich 2016), CIFAR form as the authors' generator
 * (`gustavla/fractalnet`, `generation/fractalnet.py`) builds it: B fractal blocks, each followed
 * by a 2×2 max pool, then a fully connected classifier.
 *
 * A block with C columns is the expansion rule applied C − 1 times:
 *   f₁(z) = conv(z),   f_{C+1}(z) = join( f_C(f_C(z)), conv(z) ),
 * where conv is a conv unit (3×3 p1 conv → BN → ReLU) and join is the element-wise mean. Joins
 * that meet at the same depth are one join layer (the paper's Figure 1), so the last join of a
 * C-column block averages C inputs. Column j (1 = shallowest) holds 2^(j−1) conv units; a block
 * has 2^C − 1 of them and is 2^(C−1) conv units deep.
 */
import { block, conv, bn, relu, fc, flatten, input, maxPool } from './blocks';
import { classesKnob, defineFamily, int } from './knobs';
import { cifar, error, macs, params, type AccuracyFigure, type Citation } from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/** Channels of block b (1-based): 64, 128, 256, 512, 512, … as in the authors' CIFAR net. */
export const fractalWidth = (b: number): number => Math.min(64 * 2 ** (b - 1), 512);

/** Per-block dropout of the authors' CIFAR net (0, 0.1, 0.2, 0.3, 0.4): a training-time layer. */
const blockDropout = (b: number): number => Math.round((b - 1) * 0.1 * 10) / 10;

/**
 * Expand f_C on `src` (a sibling name or `in0`). Columns are numbered from the shallowest (1):
 * the new conv of f_C is column 1, the columns of the inner f_{C−1} copies are 2 … C.
 * `depth0` is the depth (in conv units) at which `src` sits inside the block.
 */
function expand(
  C: number,
  src: string,
  depth0: number,
  colOffset: number,
  out: number,
  counters: number[],
  nodes: SpecNode[],
): string[] {
  const unit = (column: number, from: string): string => {
    counters[column] = (counters[column] ?? 0) + 1;
    const name = `col${column}_conv${counters[column]}`;
    nodes.push(
      block(
        name,
        'conv-unit',
        [conv('conv', out, 3, { padding: 1, bias: false }), bn('bn'), relu('relu')],
        {
          from: [from],
          // Column c holds 2^(c−1) conv units; say which one this is (e.g. "column 3 (2/4)").
          label: `column ${column} (${counters[column]}/${2 ** (column - 1)}): conv 3×3, ${out}`,
          meta: { column },
        },
      ),
    );
    return name;
  };
  if (C === 1) return [unit(colOffset + 1, src)];
  const half = 2 ** (C - 2);
  // f_C(z) = join(f_{C−1}(f_{C−1}(z)), conv(z)); the first inner f_{C−1} ends in its own join.
  const first = expand(C - 1, src, depth0, colOffset + 1, out, counters, nodes);
  const mid = join(first, depth0 + half, nodes);
  const second = expand(C - 1, mid, depth0 + half, colOffset + 1, out, counters, nodes);
  const shallow = unit(colOffset + 1, src);
  return [...second, shallow];
}

/** A join (element-wise mean) of the open outputs at one depth; one input passes through. */
function join(open: string[], depth: number, nodes: SpecNode[]): string {
  if (open.length === 1) return open[0];
  const name = `join_d${depth}`;
  nodes.push({ op: 'mean', name, from: open, label: `join (mean of ${open.length})` });
  return name;
}

/** One fractal block with C columns and `out` channels, as a block reading `in0`. */
export function fractalBlock(
  name: string,
  C: number,
  out: number,
  meta: Record<string, number>,
): SpecNode {
  const nodes: SpecNode[] = [];
  const counters: number[] = [];
  const open = expand(C, 'in0', 0, 0, out, counters, nodes);
  const last = join(open, 2 ** (C - 1), nodes);
  return block(name, 'fractal', nodes, {
    output: last,
    label: `${name}: ${C} columns, ${2 ** C - 1} conv 3×3 × ${out}, depth ${2 ** (C - 1)}`,
    meta: { columns: C, convs: 2 ** C - 1, depth: 2 ** (C - 1), channels: out, ...meta },
  });
}

export const fractalnetFamily = defineFamily({
  id: 'fractalnet',
  name: 'FractalNet',
  knobs: {
    columns: int({
      label: 'Columns C',
      default: 3,
      min: 1,
      max: 6,
      help: 'Columns per block: 2^C − 1 conv units per block, 2^(C−1) deep (C = 3: 20 layers with 5 blocks; C = 4: 40).',
    }),
    blocks: int({
      label: 'Blocks B',
      default: 5,
      min: 1,
      max: 8,
      help: 'Fractal blocks, each followed by a 2×2 max pool: the input must be at least 2^B pixels (32 allows B ≤ 5).',
    }),
    classes: classesKnob(
      10,
      'Outputs of the fully connected classifier (CIFAR-10: 10, CIFAR-100: 100).',
    ),
  },
  build(v) {
    const { columns: C, blocks: B } = v;
    const stages: SpecNode[] = [];
    for (let b = 1; b <= B; b++) {
      stages.push(
        fractalBlock(`block${b}`, C, fractalWidth(b), {
          dropout: blockDropout(b),
          localDropPath: 0.15,
          globalDropPath: 0.5,
        }),
      );
      stages.push(maxPool(`pool${b}`, 2, { stride: 2 }));
    }
    return {
      root: block('fractalnet', 'network', [
        input([3, 32, 32]),
        block('features', 'features', stages, {
          note: 'Training only: drop-path (local: each join input dropped with p = 0.15, at least one kept; global: half the batches keep a single column) and dropout in every block (meta).',
        }),
        flatten('flatten'),
        fc('fc', v.classes),
      ]),
    };
  },
});

/** Paper Table 1 errors on C10 / C10+ / C10++ (no, standard, heavy augmentation). */
function threeColumns(
  classes: 10 | 100,
  errors: readonly [number, number, number],
  training: string,
  source: string,
): AccuracyFigure[] {
  const of = classes === 100 ? { of: 'FractalNet with a 100-way classifier' } : {};
  return (['none', 'standard', 'heavy'] as const).map((aug, i) =>
    error(1, errors[i], cifar(classes, aug), source, { note: training, ...of }),
  );
}

const QUOTED = 'paper Table 1 (as quoted in khanrc/pt.fractalnet README)';

const paper: Citation = {
  title: 'FractalNet: Ultra-Deep Neural Networks without Residuals',
  authors: 'Gustav Larsson, Michael Maire, Gregory Shakhnarovich',
  venue: 'ICLR',
  year: 2017,
  link: 'arXiv:1605.07648',
};

const keyIdea =
  'Depth without residuals: a single expansion rule, f_{C+1}(z) = join(f_C(f_C(z)), conv(z)), repeated C times gives a self-similar block whose columns have 1, 2, 4, … conv layers, so short and long paths coexist and their outputs are averaged at join layers. Training with drop-path — randomly dropping join inputs (local) or keeping a single column for a whole batch (global) — regularizes the network and makes every column a good network on its own: the deepest column alone performs about as well as the full fractal (CIFAR-10: 7.27 % vs 7.33 % error). The paper reads this as evidence that what residual networks gain is short paths for gradients during training, not the identity shortcut itself.';

const ARCH = 'architectures.md §14';

const notes = [
  `Parameter counts: the paper's Table 1 lists 38.6 M for the 20-layer and 22.9 M for the 40-layer CIFAR FractalNet; the documented widths (64, 128, 256, 512, 512, convs without bias, BN γ/β) give 33,724,618 (C = 3) and 76,106,634 (C = 4). The difference is unresolved (${ARCH}).`,
  'Training-time behaviour, not drawn as layers: local drop-path (each join input dropped with probability 0.15, at least one kept), global drop-path for half the mini-batches (a single random column), and dropout 0, 0.1, 0.2, 0.3, 0.4 in blocks 1–5 (author generator). Each block carries these in its meta.',
  "Joins are element-wise means. Joins meeting at the same depth are merged into one layer, as in the paper's Figure 1: with C = 3 the block joins 2 inputs at depth 2 and 3 inputs at depth 4.",
];

export const fractalnetPresets: Preset[] = [
  {
    id: 'fractalnet-cifar',
    family: 'fractalnet',
    values: {},
    era: 'resnet',
    info: {
      name: 'FractalNet (CIFAR, 20 layers)',
      family: 'FractalNet',
      year: 2016,
      paper,
      keyIdea,
      published: [
        params(33724618, `${ARCH} (calc, B = 5, C = 3)`),
        params('38.6 M', 'paper Table 1 (20 layers)', {
          differs: `not reproduced: the author generator's widths (64, 128, 256, 512, 512) give 33,724,618 for B = 5, C = 3, and no width table in the stored sources gives 38.6 M (${ARCH}, unresolved)`,
        }),
        macs('845.2 M', `${ARCH} (calc)`),
        ...threeColumns(10, [10.18, 5.22, 5.11], 'trained without drop-path or dropout', QUOTED),
        ...threeColumns(10, [7.33, 4.6, 4.59], 'trained with drop-path and dropout', QUOTED),
        ...threeColumns(10, [7.27, 4.68, 4.63], 'deepest column alone', QUOTED),
        ...threeColumns(100, [35.34, 23.3, 22.85], 'trained without drop-path or dropout', QUOTED),
        ...threeColumns(100, [28.2, 23.73, 23.36], 'trained with drop-path and dropout', QUOTED),
      ],
      notes: [
        ...notes,
        "C = 4 (the paper's 40-layer net) is the columns knob: 75 conv layers, 76,106,634 parameters (calc).",
      ],
    },
  },
];
