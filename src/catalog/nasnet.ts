/**
 * NASNet-A (Zoph, Vasudevan, Shlens & Le 2018) for ImageNet, following TF-slim
 * `nets/nasnet/nasnet.py` + `nasnet_utils.py` (the authors' release) and timm `nasnet.py` (a port
 * of the same graph) for names and the large model.
 *
 * Vocabulary, once:
 * - "N @ P": N normal cells per stack, P = penultimate filters = 24·F (the last cell outputs
 *   6·4F = 24F channels). F is the filters of every op in the first stack; stacks 2 and 3 use 2F
 *   and 4F, the two stem cells F/4 and F/2.
 * - A cell reads two hidden states: h_i (the previous cell, block input `in0`) and h_{i−1} (the one
 *   before, `in1`). h_i goes through ReLU → 1×1 conv → BN (`conv_1x1`); h_{i−1} is brought to the
 *   cell's filters and resolution: a factorized reduction when its resolution is twice the cell's,
 *   ReLU-1×1-BN (`conv_prev_1x1`) when only its channels differ, nothing otherwise.
 * - "sep k×k" = [ReLU → depthwise k×k → pointwise 1×1 → BN] twice, stride on the first depthwise.
 * - Every padded op uses TensorFlow's `same` rule (out = ⌈in / stride⌉, extra padding at the
 *   bottom/right), as TF-slim and timm (`pad_type='same'`) do.
 */
import {
  avgPool,
  block,
  bn,
  concat,
  conv,
  dropout,
  fc,
  flatten,
  globalPool,
  input,
  maxPool,
  relu,
} from './blocks';
import { choice, classesKnob, defineFamily, int, knobError } from './knobs';
import { count, imagenetVal, macs, params, topAccuracies, type Citation } from './info';
import type { Preset } from './types';
import type { BlockNode, Meta, SpecNode } from '../engine/types';

/** One operation of a cell branch, as the NASNet search space names it. */
type CellOp =
  | { op: 'sep'; k: 3 | 5 | 7 }
  | { op: 'avg' }
  | { op: 'max' }
  /** "none" in TF-slim: the input passes through. */
  | { op: 'id' };

/**
 * What a branch reads: `h` = h_i after `conv_1x1`, `p` = h_{i−1} after its adjustment,
 * `c0`/`c1` = the outputs of comb_iter_0/comb_iter_1 of the same cell.
 */
type Src = 'h' | 'p' | 'c0' | 'c1';

interface Comb {
  left: CellOp;
  leftSrc: Src;
  right: CellOp;
  rightSrc: Src;
}

const sep = (k: 3 | 5 | 7): CellOp => ({ op: 'sep', k });
const AVG: CellOp = { op: 'avg' };
const MAX: CellOp = { op: 'max' };
const ID: CellOp = { op: 'id' };

/**
 * Normal cell (TF-slim NasNetANormalCell: operations / hiddenstate_indices; architectures.md §16.1).
 * Output: concat(h_{i−1}, comb_iter_0 … comb_iter_4) = 6 × filters.
 */
const NORMAL: readonly Comb[] = [
  { left: sep(5), leftSrc: 'h', right: sep(3), rightSrc: 'p' },
  { left: sep(5), leftSrc: 'p', right: sep(3), rightSrc: 'p' },
  { left: AVG, leftSrc: 'h', right: ID, rightSrc: 'p' },
  { left: AVG, leftSrc: 'p', right: AVG, rightSrc: 'p' },
  { left: sep(3), leftSrc: 'h', right: ID, rightSrc: 'h' },
];

/**
 * Reduction cell (TF-slim NasNetAReductionCell; timm ReductionCell0/1 and CellStem0/1). Ops that
 * read h or p use stride 2; ops that read comb outputs stride 1. Output: concat(comb_iter_1 …
 * comb_iter_4) = 4 × filters.
 */
const REDUCTION: readonly Comb[] = [
  { left: sep(5), leftSrc: 'h', right: sep(7), rightSrc: 'p' },
  { left: MAX, leftSrc: 'h', right: sep(7), rightSrc: 'p' },
  { left: AVG, leftSrc: 'h', right: sep(5), rightSrc: 'p' },
  { left: ID, leftSrc: 'c1', right: AVG, rightSrc: 'c0' },
  { left: sep(3), leftSrc: 'c0', right: MAX, rightSrc: 'h' },
];

/** A hidden state the network has produced: its sibling name, channels and resolution level. */
interface State {
  name: string;
  channels: number;
  /** Halvings of the resolution after conv0 (conv0 = 0, stem cells 1–2, stacks 2, 3, 4). */
  level: number;
}

/** ReLU → 1×1 conv (no bias) → BN: timm's ActConvBn, TF-slim's `1x1`/`prev_1x1` + BN. */
function actConvBn(name: string, out: number, from: string): BlockNode {
  return block(name, 'conv-unit', [relu('act'), conv('conv', out, 1, { bias: false }), bn('bn')], {
    from: [from],
    label: `ReLU-conv 1×1-BN, ${out}`,
  });
}

/**
 * Factorized reduction (TF-slim `factorized_reduction`, timm path_1/path_2/final_path_bn): halves
 * the resolution of h_{i−1} without dropping every other pixel: two stride-2 1×1 convs of out/2
 * filters, the second on the input shifted by one pixel (crop the first row and column, pad a zero
 * row and column at the bottom/right), concatenated and batch-normalized.
 */
function factorizedReduction(name: string, out: number, from: string): BlockNode {
  return block(
    name,
    'factorized-reduction',
    [
      relu('act'),
      block(
        'path_1',
        'branch',
        [avgPool('avgpool', 1, { stride: 2 }), conv('conv', out / 2, 1, { bias: false })],
        { label: `1×1 /2, ${out / 2}` },
      ),
      block(
        'path_2',
        'branch',
        [
          { op: 'zeropad', name: 'pad', padding: [-1, 1, -1, 1] },
          avgPool('avgpool', 1, { stride: 2 }),
          conv('conv', out / 2, 1, { bias: false }),
        ],
        { from: ['act'], label: `shift 1 px, 1×1 /2, ${out / 2}` },
      ),
      { ...concat('concat'), from: ['path_1', 'path_2'] },
      bn('final_path_bn'),
    ],
    { from: [from], label: `factorized reduction /2, ${out}` },
  );
}

/** One depthwise-separable conv: depthwise k×k (groups = C) then pointwise 1×1, no biases. */
function separableConv(name: string, cin: number, out: number, k: number, stride: number) {
  return block(
    name,
    'depthwise-separable',
    [
      conv('depthwise_conv2d', cin, k, { stride, padding: 'same', groups: cin, bias: false }),
      conv('pointwise_conv2d', out, 1, { bias: false }),
    ],
    { label: `depthwise ${k}×${k}${stride > 1 ? ' /2' : ''} + pointwise, ${out}` },
  );
}

/**
 * "sep k×k" (timm BranchSeparables, TF-slim `_stacked_separable_conv` with 2 layers). The first
 * pointwise conv maps cin → out (in stem cell 0 cin is conv0's width, elsewhere cin = out).
 */
function separableBranch(
  name: string,
  cin: number,
  out: number,
  k: number,
  stride: number,
  from: string,
): BlockNode {
  return block(
    name,
    'separable',
    [
      relu('act_1'),
      separableConv('separable_1', cin, out, k, stride),
      bn('bn_sep_1'),
      relu('act_2'),
      separableConv('separable_2', out, out, k, 1),
      bn('bn_sep_2'),
    ],
    { from: [from], label: `sep ${k}×${k}${stride > 1 ? ' /2' : ''}, ${out}` },
  );
}

function branchNode(
  name: string,
  op: CellOp,
  cin: number,
  out: number,
  stride: number,
  from: string,
): SpecNode {
  if (op.op === 'sep') return separableBranch(name, cin, out, op.k, stride, from);
  if (cin !== out) {
    // TF-slim would append a 1×1 conv here; the NASNet-A cells never need one (the adjusted
    // h_{i−1} and every comb output already have the cell's filters).
    throw new Error(`nasnet: ${op.op} branch ${name} reads ${cin} channels, cell has ${out}`);
  }
  if (op.op === 'id') return block(name, 'identity', [], { from: [from], label: 'identity' });
  const make = op.op === 'avg' ? avgPool : maxPool;
  return make(name, 3, { stride, padding: 'same', from: [from] });
}

interface CellArgs {
  name: string;
  kind: 'normal-cell' | 'reduction-cell';
  net: State;
  /** h_{i−1}; absent for stem cell 0, whose h_{i−1} is its own input (TF-slim prev_layer=None). */
  prev?: State;
  filters: number;
  label: string;
  meta: Meta;
}

/** A NASNet-A cell as a 2-input block (`in0` = h_i, `in1` = h_{i−1}); returns it and its output. */
function cell(a: CellArgs): { node: BlockNode; out: State } {
  const reduction = a.kind === 'reduction-cell';
  const F = a.filters;
  const layers: SpecNode[] = [];
  const outLevel = a.net.level + (reduction ? 1 : 0);

  // h_{i−1}, brought to F filters at h_i's resolution (TF-slim _reduce_prev_layer).
  let pName: string;
  let pChannels: number;
  if (!a.prev) {
    pName = 'in0';
    pChannels = a.net.channels;
  } else if (a.prev.level !== a.net.level) {
    if (a.prev.level !== a.net.level - 1)
      throw new Error(`nasnet: ${a.name} reads h_{i−1} two resolutions away`);
    layers.push(factorizedReduction('factorized_reduction', F, 'in1'));
    pName = 'factorized_reduction';
    pChannels = F;
  } else if (a.prev.channels !== F) {
    layers.push(actConvBn('conv_prev_1x1', F, 'in1'));
    pName = 'conv_prev_1x1';
    pChannels = F;
  } else {
    pName = 'in1';
    pChannels = F;
  }
  layers.push(actConvBn('conv_1x1', F, 'in0'));

  const srcName: Record<Src, string> = {
    h: 'conv_1x1',
    p: pName,
    c0: 'comb_iter_0',
    c1: 'comb_iter_1',
  };
  const srcChannels = (s: Src) => (s === 'p' ? pChannels : F);
  const opText = (op: CellOp, s: number) =>
    op.op === 'sep'
      ? `sep ${op.k}×${op.k}`
      : op.op === 'id'
        ? 'identity'
        : `${op.op} 3×3${s > 1 ? ' /2' : ''}`;
  (reduction ? REDUCTION : NORMAL).forEach((c, i) => {
    const stride = (s: Src) => (reduction && (s === 'h' || s === 'p') ? 2 : 1);
    const ls = stride(c.leftSrc);
    const rs = stride(c.rightSrc);
    layers.push(
      block(
        `comb_iter_${i}`,
        'cell-block',
        [
          branchNode('left', c.left, srcChannels(c.leftSrc), F, ls, 'in0'),
          branchNode('right', c.right, srcChannels(c.rightSrc), F, rs, 'in1'),
          { op: 'add', name: 'add', from: ['left', 'right'] },
        ],
        {
          inputs: 2,
          from: [srcName[c.leftSrc], srcName[c.rightSrc]],
          label: `${opText(c.left, ls)} + ${opText(c.right, rs)}`,
        },
      ),
    );
  });
  const combined = reduction
    ? ['comb_iter_1', 'comb_iter_2', 'comb_iter_3', 'comb_iter_4']
    : [pName, 'comb_iter_0', 'comb_iter_1', 'comb_iter_2', 'comb_iter_3', 'comb_iter_4'];
  layers.push({ ...concat('concat'), from: combined });

  const node = block(a.name, a.kind, layers, {
    inputs: a.prev ? 2 : 1,
    from: a.prev ? [a.net.name, a.prev.name] : [a.net.name],
    label: a.label,
    meta: a.meta,
  });
  return { node, out: { name: a.name, channels: combined.length * F, level: outLevel } };
}

/**
 * TF-slim's hyper-parameter sets that the knobs below don't cover. Neither changes parameter or
 * MAC counts of the presets: `skipReductionInput` decides which earlier cell the first cell after a
 * reduction reads as h_{i−1} (both have 6F channels at the same resolution when N ≥ 2), and
 * drop-path exists only in training.
 */
const VARIANTS: Record<
  'mobile' | 'large',
  {
    skipReductionInput: boolean;
    dropPathKeep: number;
    denseDropoutKeep: number;
    /** Default input side in pixels (TF-slim image size; the analysis' input setting overrides it). */
    image: number;
  }
> = {
  mobile: { skipReductionInput: false, dropPathKeep: 1.0, denseDropoutKeep: 0.5, image: 224 },
  large: { skipReductionInput: true, dropPathKeep: 0.7, denseDropoutKeep: 0.5, image: 331 },
};

export const nasnetFamily = defineFamily({
  id: 'nasnet',
  name: 'NASNet-A',
  knobs: {
    variant: choice(['mobile', 'large'], {
      label: 'Hyper-parameter set',
      default: 'mobile',
      labels: {
        mobile: 'Mobile (TF-slim mobile_imagenet_config)',
        large: 'Large (TF-slim large_imagenet_config)',
      },
      help: 'TF-slim config the wiring and training facts follow: "large" feeds the first cell after a reduction the cell two back (skip_reduction_layer_input) and trains with drop-path keep 0.7; "mobile" uses the last cell and no drop-path. Also sets the default input (mobile 224×224, large 331×331).',
    }),
    cells: int({
      label: 'Cells per stack N',
      default: 4,
      min: 1,
      max: 12,
      help: 'Normal cells in each of the three stacks (the "N" of "N @ P"): 4 in NASNet-A Mobile, 6 in Large.',
    }),
    penultimate: int({
      label: 'Penultimate filters P',
      default: 1056,
      min: 96,
      max: 8064,
      step: 96,
      help: 'Channels of the last cell (the "P" of "N @ P") = 24·F, F = filters per op in the first stack; F must be a multiple of 4 (the stem cells use F/4 and F/2).',
    }),
    stemFilters: int({
      label: 'Stem filters',
      default: 32,
      min: 1,
      max: 1024,
      help: 'Filters of conv0, the 3×3 stride-2 stem conv: 32 in Mobile, 96 in Large (32 × stem_multiplier).',
    }),
    classes: classesKnob(
      1000,
      'Outputs of the final fully connected layer (and of the auxiliary head).',
    ),
  },
  build(v) {
    const variant = VARIANTS[v.variant];
    const { cells: N, penultimate: P, stemFilters: stem, classes } = v;
    if (P % 24 !== 0) knobError({ code: 'nasnet-penultimate', p: P });
    const F = P / 24;
    if (F % 4 !== 0) knobError({ code: 'nasnet-filters', f: F });

    const totalCells = 3 * N + 4; // TF-slim total_num_cells: normal + 2 reduction + 2 stem cells.
    const dropKeep = (trueCellNum: number) =>
      1 - ((trueCellNum + 1) / totalCells) * (1 - variant.dropPathKeep);

    const layers: SpecNode[] = [
      input([3, variant.image, variant.image]),
      block('conv0', 'stem', [conv('conv', stem, 3, { stride: 2, bias: false }), bn('bn')], {
        label: `conv 3×3 /2 valid, ${stem} + BN`,
      }),
    ];
    const conv0: State = { name: 'conv0', channels: stem, level: 0 };
    // TF-slim cell_outputs: the hidden states a cell may read, oldest first.
    const outputs: (State | undefined)[] = [undefined, conv0];
    const last = () => outputs[outputs.length - 1]!;
    const secondLast = () => outputs[outputs.length - 2];

    for (let i = 0; i < 2; i++) {
      const filters = (F / 4) * 2 ** i;
      const { node, out } = cell({
        name: `cell_stem_${i}`,
        kind: 'reduction-cell',
        net: last(),
        prev: secondLast(),
        filters,
        label: `Stem cell ${i}: reduction, ${filters} filters`,
        meta: { stack: 'stem', filters, cellNumber: i, dropPathKeep: dropKeep(i) },
      });
      layers.push(node);
      outputs.push(out);
    }

    const reductionAt = [N, 2 * N]; // TF-slim calc_reduction_layers(3N, 2)
    const auxAfter = 2 * N - 1; // the last normal cell of the second stack
    let scale = 1;
    let trueCellNum = 2;
    for (let c = 0; c < 3 * N; c++) {
      let prev = variant.skipReductionInput ? secondLast() : undefined;
      const r = reductionAt.indexOf(c);
      if (r >= 0) {
        scale *= 2;
        const filters = F * scale;
        const { node, out } = cell({
          name: `reduction_cell_${r}`,
          kind: 'reduction-cell',
          net: last(),
          prev: secondLast(),
          filters,
          label: `Reduction cell ${r}: /2, ${filters} filters`,
          meta: {
            stack: r + 2,
            filters,
            cellNumber: trueCellNum,
            dropPathKeep: dropKeep(trueCellNum),
          },
        });
        layers.push(node);
        outputs.push(out);
        trueCellNum++;
      }
      if (!variant.skipReductionInput) prev = secondLast();
      const filters = F * scale;
      const stack = Math.floor(c / N) + 1;
      const { node, out } = cell({
        name: `cell_${c}`,
        kind: 'normal-cell',
        net: last(),
        prev,
        filters,
        label: `Normal cell ${c} (stack ${stack}), ${filters} filters`,
        meta: { stack, filters, cellNumber: trueCellNum, dropPathKeep: dropKeep(trueCellNum) },
      });
      layers.push(node);
      outputs.push(out);
      trueCellNum++;

      if (c === auxAfter) {
        // TF-slim _build_aux_head: ReLU, avg 5×5 /3 valid, 1×1 128-BN-ReLU, a conv as large as the
        // remaining map (kernel `full`, 768)-BN-ReLU, fc. Loss weight 0.4; never part of the
        // deployed network. Inputs so small that the map before the head is under 5×5 make the
        // analysis fail at `aux_…/avgpool` (TF-slim builds no head there).
        layers.push(
          block(
            `aux_${c}`,
            'aux-classifier',
            [
              relu('act'),
              avgPool('avgpool', 5, { stride: 3 }),
              conv('proj', 128, 1, { bias: false }),
              bn('aux_bn0'),
              relu('act_0'),
              conv('conv', 768, 'full', { bias: false }),
              bn('aux_bn1'),
              relu('act_1'),
              flatten('flatten'),
              fc('fc', classes),
            ],
            {
              from: [out.name],
              side: true,
              trainingOnly: true,
              label: 'Auxiliary classifier (training only, loss weight 0.4)',
            },
          ),
        );
      }
    }

    layers.push(
      { ...relu('act'), from: [last().name] },
      block(
        'head',
        'head',
        [
          globalPool('global_pool'),
          flatten('flatten'),
          dropout(1 - variant.denseDropoutKeep, 'head_drop'),
          fc('last_linear', classes),
        ],
        { label: `global average pool, dropout, fc ${classes}` },
      ),
    );

    return {
      root: block('nasnet', 'network', layers, {
        label: `NASNet-A ${N} @ ${P}`,
        meta: {
          cellsPerStack: N,
          penultimateFilters: P,
          filters: F,
          skipReductionLayerInput: variant.skipReductionInput,
          dropPathKeepProb: variant.dropPathKeep,
        },
      }),
    };
  },
});

const TF_SLIM = 'TF-slim README; paper, mobile ImageNet table';
const TF_SLIM_LARGE = 'TF-slim README; paper, large ImageNet table';

const paper: Citation = {
  title: 'Learning Transferable Architectures for Scalable Image Recognition',
  authors: 'Barret Zoph, Vijay Vasudevan, Jonathon Shlens, Quoc V. Le',
  venue: 'CVPR',
  year: 2018,
  link: 'arXiv:1707.07012',
};

const keyIdea =
  'The architecture was searched, not designed: a controller RNN trained with reinforcement learning proposed cells — five blocks, each picking two earlier hidden states, an operation for each (separable convs, pools, identity) and adding the results — and each proposal’s CIFAR-10 validation accuracy after a short training was its reward. Searching for one normal cell (keeps the resolution) and one reduction cell (halves it) instead of a whole network made the search affordable and let the result transfer: ImageNet networks are the same two cells stacked N times per stack with more filters (N @ P), so one search yields a family from a 5.3 M-parameter mobile model to an 88.9 M-parameter model that beat the best hand-designed networks of its time (82.7 % top-1) with fewer multiply-adds.';

const recipeNote = 'TF-slim nets/nasnet/nasnet.py (training notes above each config)';

export const nasnetPresets: Preset[] = [
  {
    id: 'nasnet-a-mobile',
    family: 'nasnet',
    values: { variant: 'mobile', cells: 4, penultimate: 1056, stemFilters: 32 },
    era: 'searched',
    info: {
      name: 'NASNet-A Mobile (4 @ 1056)',
      family: 'NASNet-A',
      year: 2017,
      paper,
      keyIdea,
      published: [
        params(
          '5.3 M',
          'TF-slim nets/nasnet/README.md; paper, mobile ImageNet table (architectures.md §16.2)',
        ),
        count('params-and-buffers', 5326716, 'Keras applications NASNetMobile (keras.io table)', {
          note: 'includes 36,738 batch-norm running statistics; learnable parameters 5,289,978',
        }),
        macs('564 M', TF_SLIM, { label: 'mult-adds' }),
        ...topAccuracies(74.0, 91.6, imagenetVal(224, 1), TF_SLIM),
      ],
      recipe: [
        {
          item: 'optimizer',
          value:
            'synchronous SGD over 50 replicas, batch 32 per replica, gradient-norm clipping 10',
          source: recipeNote,
        },
        {
          item: 'learning rate',
          value: '0.04 × 50, decayed by 0.97 every 2.4 epochs',
          source: recipeNote,
        },
        {
          item: 'regularization',
          value:
            'auxiliary head (loss weight 0.4), label smoothing 0.1, dropout 0.5 before the classifier, no drop-path (keep 1.0)',
          source: recipeNote,
        },
      ],
      notes: [
        'Computed 5,289,978 learnable parameters (conv weights, FC, batch-norm γ/β); the paper\'s "5.3 M" rounds it. Keras prints 5,326,716 because it also counts the 36,738 batch-norm running means and variances, which the engine reports as buffers.',
        'Computed 563.6 M multiply-accumulates at 224×224 (conv + FC, depthwise and pointwise convs counted separately); the paper quotes 564 M mult-adds.',
        'The auxiliary head after cell_7 (2.41 M parameters) and drop-path exist only while training: the head is a training-only side branch, left out of the inference totals.',
        "There is no timm model for NASNet-A Mobile; the structure follows TF-slim (the authors' release) and Keras NASNetMobile, whose cells are the same as timm's nasnetalarge.",
      ],
    },
  },
  {
    id: 'nasnet-a-large',
    family: 'nasnet',
    values: { variant: 'large', cells: 6, penultimate: 4032, stemFilters: 96 },
    era: 'searched',
    info: {
      name: 'NASNet-A Large (6 @ 4032)',
      family: 'NASNet-A',
      year: 2017,
      paper,
      keyIdea,
      published: [
        count(
          'params-and-buffers',
          '88.9 M',
          'TF-slim nets/nasnet/README.md; paper, large ImageNet table (architectures.md §16.2)',
          { note: 'equals the Keras count, which includes batch-norm running statistics' },
        ),
        params(88753150, 'timm nasnetalarge (results-imagenet.csv param_count 88.75 M)'),
        count('params-and-buffers', 88949818, 'Keras applications NASNetLarge (keras.io table)', {
          note: 'includes 196,668 batch-norm running statistics',
        }),
        macs('23.8 B', TF_SLIM_LARGE, { label: 'mult-adds' }),
        ...topAccuracies(82.7, 96.2, imagenetVal(331, 1), TF_SLIM_LARGE),
        ...topAccuracies(
          82.638,
          96.066,
          imagenetVal(331, 1),
          'timm results-imagenet.csv, nasnetalarge.tf_in1k at 331',
        ),
      ],
      recipe: [
        {
          item: 'optimizer',
          value:
            'synchronous SGD over 100 replicas, batch 16 per replica, gradient-norm clipping 10',
          source: recipeNote,
        },
        {
          item: 'learning rate',
          value: '0.015 × 100, decayed by 0.97 every 2.4 epochs',
          source: recipeNote,
        },
        {
          item: 'regularization',
          value:
            'ScheduledDropPath (keep 0.7, scaled by depth and training progress), auxiliary head (loss weight 0.4), label smoothing 0.1, dropout 0.5 before the classifier',
          source: recipeNote,
        },
      ],
      notes: [
        'The published "88.9 M" equals Keras\'s 88,949,818, which counts the 196,668 batch-norm running means and variances as (non-trainable) parameters. The learnable count is 88,753,150 = timm\'s 88.75 M; the engine reports the running statistics as buffers.',
        'Computed 23.78 G multiply-accumulates at 331×331 (conv + FC); the paper quotes 23.8 B mult-adds.',
        'As timm builds it: TF "same" padding for every padded op (timm pad_type="same"; the older Cadene port reached the same shapes with zero-pad-then-crop pools), and the first cell after each reduction reads the cell two back as h_{i−1} (TF-slim skip_reduction_layer_input = 1).',
        'The auxiliary head after cell_11 and drop-path exist only while training (timm builds neither): the head is a training-only side branch, left out of the inference totals.',
      ],
    },
  },
];
