/**
 * GoogLeNet / Inception v1 (Szegedy et al. 2014) in its two reference builds:
 * - Caffe `bvlc_googlenet` (the paper's replication): conv biases, no batch norm, LRN after the
 *   first two conv stages, 5×5 convs in the third branch, 3×3/2 max pools, fixed-window average
 *   pools (7×7 head, 5×5/3 auxiliary heads), dropout 0.4, two auxiliary classifiers;
 * - torchvision `googlenet`: batch norm (eps 1e-3) after every conv and no conv biases, a 3×3 conv
 *   where the paper has 5×5 (vision issue #906), a 2×2/2 max pool after 4e, no LRN, adaptive
 *   average pools, dropout 0.2, auxiliary heads off.
 * Every pool rounds up (Caffe's rule, torchvision's `ceil_mode=True`): 112 → 56 → 28 → 14 → 7.
 * Shapes are C×H×W; the default input is 3×224×224.
 */
import {
  adaptivePool,
  avgPool,
  block,
  concat,
  conv,
  dropout,
  fc,
  flatten,
  input,
  lrn,
  maxPool,
  parallel,
  relu,
} from './blocks';
import { choice, classesKnob, defineFamily, flag, real } from './knobs';
import {
  count,
  error,
  imagenetVal,
  macs,
  params,
  topAccuracies,
  TORCHVISION_EVAL,
  type AccuracyFigure,
  type ModelInfo,
} from './info';
import type { Preset } from './types';
import type { BlockNode, Pair, ParallelNode, SpecNode } from '../engine/types';

/** Output channels of the four branches of one Inception module (paper Table 1 columns). */
export interface InceptionWidths {
  /** #1×1: the plain 1×1 branch. */
  b1: number;
  /** #3×3 reduce and #3×3. */
  b3r: number;
  b3: number;
  /** #5×5 reduce and #5×5. */
  b5r: number;
  b5: number;
  /** pool proj: the 1×1 after the 3×3/1 max pool. */
  pool: number;
}

export interface InceptionOpts {
  /** Batch norm (eps 1e-3) after every conv and no conv biases (torchvision). Default false. */
  batchNorm?: boolean;
  /** Kernel of the "5×5" branch's second conv: 5 (paper, Caffe) or 3 (torchvision). Default 5. */
  branch3Kernel?: number;
}

/** conv → (bn) → relu as leaves of a branch; names `${prefix}`, `${prefix}_bn`, `${prefix}_relu`. */
function convRelu(
  prefix: string,
  out: number,
  kernel: Pair,
  padding: number,
  batchNorm: boolean,
  stride = 1,
): SpecNode[] {
  const layers: SpecNode[] = [conv(prefix, out, kernel, { padding, stride, bias: !batchNorm })];
  if (batchNorm) layers.push({ op: 'bn', name: `${prefix}_bn`, eps: 1e-3 });
  layers.push(relu(`${prefix}_relu`));
  return layers;
}

/**
 * One Inception module: concat of [1×1] ∥ [1×1 reduce → 3×3] ∥ [1×1 reduce → 5×5] ∥
 * [max 3×3/1 → 1×1 pool proj], every conv followed by ReLU; spatial size is kept (pads 1 and 2,
 * the pool pads 1). Output channels = b1 + b3 + b5 + pool.
 */
export function inceptionModule(
  name: string,
  w: InceptionWidths,
  opts: InceptionOpts = {},
): ParallelNode {
  const bnOn = opts.batchNorm ?? false;
  const k5 = opts.branch3Kernel ?? 5;
  const k5Text = `${k5}×${k5}`;
  return parallel(
    name,
    'inception',
    [
      block('branch1', 'branch', convRelu('conv1x1', w.b1, 1, 0, bnOn), { label: '1×1' }),
      block(
        'branch2',
        'branch',
        [...convRelu('reduce', w.b3r, 1, 0, bnOn), ...convRelu('conv3x3', w.b3, 3, 1, bnOn)],
        { label: '1×1 reduce → 3×3' },
      ),
      block(
        'branch3',
        'branch',
        [
          ...convRelu('reduce', w.b5r, 1, 0, bnOn),
          ...convRelu(`conv${k5}x${k5}`, w.b5, k5, (k5 - 1) / 2, bnOn),
        ],
        {
          label: `1×1 reduce → ${k5Text}`,
          note:
            k5 === 5
              ? undefined
              : 'torchvision uses a 3×3 conv where the paper has 5×5 (vision issue #906).',
        },
      ),
      block(
        'branch4',
        'branch',
        [
          maxPool('pool', 3, { stride: 1, padding: 1, ceil: true }),
          ...convRelu('pool_proj', w.pool, 1, 0, bnOn),
        ],
        { label: 'max 3×3 → 1×1 pool proj' },
      ),
    ],
    concat('concat'),
    {
      label: `Inception ${name.replace(/^inception/, '')}: ${w.b1 + w.b3 + w.b5 + w.pool} channels`,
      meta: { ...w },
    },
  );
}

/** The module table of the paper (Table 1) = Caffe's bvlc_googlenet prototxt. */
export const GOOGLENET_MODULES: Record<string, InceptionWidths> = {
  '3a': { b1: 64, b3r: 96, b3: 128, b5r: 16, b5: 32, pool: 32 },
  '3b': { b1: 128, b3r: 128, b3: 192, b5r: 32, b5: 96, pool: 64 },
  '4a': { b1: 192, b3r: 96, b3: 208, b5r: 16, b5: 48, pool: 64 },
  '4b': { b1: 160, b3r: 112, b3: 224, b5r: 24, b5: 64, pool: 64 },
  '4c': { b1: 128, b3r: 128, b3: 256, b5r: 24, b5: 64, pool: 64 },
  '4d': { b1: 112, b3r: 144, b3: 288, b5r: 32, b5: 64, pool: 64 },
  '4e': { b1: 256, b3r: 160, b3: 320, b5r: 32, b5: 128, pool: 128 },
  '5a': { b1: 256, b3r: 160, b3: 320, b5r: 32, b5: 128, pool: 128 },
  '5b': { b1: 384, b3r: 192, b3: 384, b5r: 48, b5: 128, pool: 128 },
};

/**
 * Auxiliary classifier (training only; loss weight 0.3): avg pool to 4×4 → conv 1×1, 128 + ReLU →
 * flatten → FC 2048→1024 + ReLU → dropout 0.7 → FC classes. Caffe pools 5×5/3 (14 → 4);
 * torchvision pools adaptively to 4×4 and puts batch norm after the conv.
 */
function auxClassifier(name: string, classes: number, torchvision: boolean): BlockNode {
  return block(
    name,
    'aux-classifier',
    [
      torchvision ? adaptivePool('pool', 4) : avgPool('pool', 5, { stride: 3, ceil: true }),
      ...convRelu('conv', 128, 1, 0, torchvision),
      flatten('flatten'),
      fc('fc1', 1024),
      relu('fc1_relu'),
      dropout(0.7, 'dropout'),
      fc('fc2', classes),
    ],
    {
      side: true,
      trainingOnly: true,
      label: `Auxiliary classifier ${name.slice(-1)} (training only)`,
      note: 'Adds 0.3 × its loss to the main loss while training; discarded at inference.',
    },
  );
}

export const googlenetFamily = defineFamily({
  id: 'googlenet',
  name: 'GoogLeNet (Inception v1)',
  knobs: {
    build: choice(['caffe', 'torchvision'], {
      label: 'Layer conventions',
      default: 'caffe',
      labels: { caffe: 'Caffe bvlc_googlenet (paper)', torchvision: 'torchvision' },
      help: 'Caffe: conv biases, no batch norm, fixed 7×7 and 5×5/3 average pools. torchvision: batch norm (eps 1e-3) after every conv, no conv biases, adaptive average pools.',
    }),
    branch3Kernel: choice([5, 3], {
      label: '"5×5" branch kernel',
      default: 5,
      labels: { 5: '5×5 (paper)', 3: '3×3 (torchvision)' },
      help: 'Kernel of the second conv in the third branch of every Inception module.',
    }),
    pool4Kernel: choice([3, 2], {
      label: 'Pool after 4e',
      default: 3,
      labels: { 3: '3×3/2 (paper)', 2: '2×2/2 (torchvision)' },
      help: 'Window of the max pool between Inception 4e and 5a (both give 14 → 7 in ceil mode).',
    }),
    lrn: flag({
      label: 'Local response norm',
      default: true,
      help: 'LRN (size 5, α 1e-4, β 0.75) after the first pool and after conv2 (paper, Caffe).',
    }),
    aux: flag({
      label: 'Auxiliary classifiers',
      default: true,
      help: 'The two training-only classifiers on the outputs of 4a and 4d.',
    }),
    dropout: real({
      label: 'Dropout',
      default: 0.4,
      min: 0,
      max: 0.95,
      step: 0.05,
      help: 'Drop probability before the last fully connected layer (paper 0.4, torchvision 0.2).',
    }),
    classes: classesKnob(1000, 'Outputs of the classifier (and of the auxiliary classifiers).'),
  },
  build(v) {
    const tv = v.build === 'torchvision';
    const classes = v.classes;
    const withLrn = v.lrn;
    const withAux = v.aux;
    const opts: InceptionOpts = { batchNorm: tv, branch3Kernel: v.branch3Kernel };
    const inc = (id: string) => inceptionModule(`inception${id}`, GOOGLENET_MODULES[id], opts);
    const pool3x3 = (name: string) => maxPool(name, 3, { stride: 2, ceil: true });

    const stem: SpecNode[] = [
      ...convRelu('conv1', 64, 7, 3, tv, 2),
      pool3x3('pool1'),
      ...(withLrn ? [lrn('norm1')] : []),
      ...convRelu('conv2_reduce', 64, 1, 0, tv),
      ...convRelu('conv2', 192, 3, 1, tv),
      ...(withLrn ? [lrn('norm2')] : []),
      pool3x3('pool2'),
    ];
    const stage4: SpecNode[] = [inc('4a')];
    if (withAux) stage4.push(auxClassifier('aux1', classes, tv));
    stage4.push(inc('4b'), inc('4c'), inc('4d'));
    if (withAux) stage4.push(auxClassifier('aux2', classes, tv));
    const k4 = v.pool4Kernel;
    stage4.push(inc('4e'), maxPool('pool4', k4, { stride: 2, ceil: true }));

    return {
      root: block('googlenet', 'network', [
        input([3, 224, 224]),
        block('stem', 'stem', stem, { label: 'Stem: conv 7×7/2 → pool → conv 1×1 → conv 3×3' }),
        block('stage3', 'stage', [inc('3a'), inc('3b'), pool3x3('pool3')], {
          label: 'Inception 3a–3b (28×28)',
        }),
        block('stage4', 'stage', stage4, { label: 'Inception 4a–4e (14×14)' }),
        block('stage5', 'stage', [inc('5a'), inc('5b')], { label: 'Inception 5a–5b (7×7)' }),
        block(
          'head',
          'classifier',
          [
            tv ? adaptivePool('avgpool', 1) : avgPool('avgpool', 7, { stride: 1, ceil: true }),
            flatten('flatten'),
            dropout(v.dropout, 'dropout'),
            fc('fc', classes),
          ],
          { label: 'Average pool → dropout → FC' },
        ),
      ]),
    };
  },
});

const paper = {
  title: 'Going Deeper with Convolutions',
  authors:
    'Christian Szegedy, Wei Liu, Yangqing Jia, Pierre Sermanet, Scott Reed, Dragomir Anguelov, Dumitru Erhan, Vincent Vanhoucke, Andrew Rabinovich',
  venue: 'CVPR',
  year: 2015,
  link: 'arXiv:1409.4842',
};

const keyIdea =
  'Width instead of depth alone: each Inception module runs 1×1, 3×3 and 5×5 convolutions and a 3×3 max pool side by side on the same input and concatenates their outputs, so the next layer sees features at several scales. 1×1 "reduce" convolutions shrink the channels before the expensive 3×3 and 5×5 convolutions (and after the pool), which keeps 22 weight layers within a budget of about 1.5 billion multiply-adds and 7 million parameters. Global average pooling replaces the large fully connected layers, and two auxiliary classifiers on intermediate modules add gradient signal while training.';

const ilsvrc =
  'ILSVRC 2014 classification winner: 6.67% top-5 error (7 models, 144 crops, test set)';

/** Paper Table 3: the paper's GoogLeNet (the torchvision build is a re-implementation). */
const paperErrors = (of?: string): AccuracyFigure[] => [
  error(
    5,
    6.67,
    { dataset: 'ILSVRC-2014 test', crops: 144, models: 7 },
    'paper Table 3 (ensemble of 7 models, 144 crops)',
    of ? { of } : {},
  ),
  error(
    5,
    10.07,
    imagenetVal(224, 1),
    'paper Table 3 (1 model, 1 crop, validation)',
    of ? { of } : {},
  ),
];

const googlenetInfo: ModelInfo = {
  name: 'GoogLeNet (Inception v1)',
  family: 'Inception',
  year: 2014,
  paper,
  keyIdea,
  ilsvrc,
  published: [
    params(6998552, 'architectures.md §6 (calc from Caffe bvlc_googlenet, no auxiliary heads)'),
    count(
      'params-with-aux',
      13378280,
      'architectures.md §6; convnet-burden lists 51 MB of fp32 parameters (= 13.38 M)',
    ),
    macs('1.583 G', 'architectures.md §6 (calc, conv + FC, no auxiliary heads)'),
    ...paperErrors(),
    macs(
      '1.5 G',
      'paper §5 ("a computational budget of 1.5 billion multiply-adds at inference time")',
      {
        label: 'multiply-adds budget',
        differs:
          'a design budget the paper aimed for, not a count of the network; its Table 1 ops column is approximate (architectures.md §6). Caffe’s replication counts 1,582,671,872 conv + fc multiply-adds.',
      },
    ),
    ...topAccuracies(68.7, 88.9, imagenetVal(224, 1), 'Caffe bvlc_googlenet readme (center crop)'),
  ],
  recipe: [
    {
      item: 'optimizer',
      value: 'asynchronous SGD, momentum 0.9',
      source: 'paper §6',
    },
    {
      item: 'learning rate',
      value: 'decreased by 4% every 8 epochs',
      source: 'paper §6',
    },
    {
      item: 'auxiliary losses',
      value: 'weight 0.3 each, heads discarded at inference',
      source: 'paper §5; Caffe loss_weight: 0.3',
    },
    {
      item: 'dropout',
      value: '0.4 before the classifier, 0.7 in the auxiliary heads',
      source: 'paper Table 1 and §5',
    },
  ],
  notes: [
    'Built as Caffe’s bvlc_googlenet, the reference replication of the paper: ceil-mode pooling (112 → 56 → 28 → 14 → 7), conv biases, LRN, no batch norm.',
    'The lecture says "5 million parameters, 12× fewer than AlexNet"; the build counts 6,998,552 (6,990,272 weights + 8,280 biases) without the auxiliary heads, about 8.7× fewer than AlexNet’s 60.97 M. With both auxiliary heads the training graph holds 13,378,280.',
    'The paper’s Table 1 params/ops columns are approximate: rows such as 3a "159K / 128M" are weights-only counts in units of 1,024, and the conv1 row "2.7K / 34M" cannot come from a 7×7×3×64 conv (9,408 weights, 118 M MACs). Our numbers come from the channel table.',
    'torchvision’s googlenet differs: batch norm, a 3×3 conv in the "5×5" branch, a 2×2 pool after 4e, no LRN — see googlenet-torchvision (6,624,904 parameters).',
  ],
};

const torchvisionInfo: ModelInfo = {
  name: 'GoogLeNet (torchvision)',
  family: 'Inception',
  year: 2014,
  paper,
  keyIdea,
  ilsvrc,
  published: [
    params(6624904, 'torchvision GoogLeNet_Weights.IMAGENET1K_V1 (num_params)'),
    macs('1.498 G', 'torchvision GoogLeNet_Weights.IMAGENET1K_V1 _ops "GFLOPS" (which are MACs)'),
    ...topAccuracies(
      69.778,
      89.53,
      TORCHVISION_EVAL,
      'torchvision GoogLeNet_Weights.IMAGENET1K_V1',
    ),
    ...paperErrors('the paper’s GoogLeNet (Caffe build: googlenet)'),
  ],
  notes: [
    'torchvision’s build: batch norm (eps 1e-3) after every conv and no conv biases; the third branch uses a 3×3 conv where the paper has 5×5 (a known deviation, pytorch/vision issue #906); the max pool after 4e is 2×2/2 instead of 3×3/2 (same 7×7 output in ceil mode); no LRN; dropout 0.2.',
    'Auxiliary heads are off (aux_logits=False), as in the pretrained weights; with them the training graph would hold 13,004,888 parameters (architectures.md §6).',
    'Compared with the Caffe build (6,998,552): the 3×3 branch convs save weights, batch norm adds 14,560 γ/β, and the removed biases save 8,280.',
  ],
};

export const googlenetPresets: Preset[] = [
  // Era '2014': GoogLeNet is one of the two ILSVRC 2014 winners, next to VGG.
  { id: 'googlenet', family: 'googlenet', values: {}, era: '2014', info: googlenetInfo },
  {
    id: 'googlenet-torchvision',
    family: 'googlenet',
    values: {
      build: 'torchvision',
      branch3Kernel: 3,
      pool4Kernel: 2,
      lrn: false,
      aux: false,
      dropout: 0.2,
    },
    era: '2014',
    info: torchvisionInfo,
  },
];
