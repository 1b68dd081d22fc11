/**
 * DenseNet (Huang et al. 2016). Every dense layer reads the concatenation of all earlier feature
 * maps of its block and adds k (the growth rate) new channels; transitions between blocks
 * compress the channels by θ and halve the resolution.
 *
 * ImageNet layout as torchvision builds it (densenet121/161/169/201): conv 7×7/2 → BN → ReLU →
 * max 3×3/2 p1, four dense blocks, BN → ReLU → global average pool → FC; convs without bias.
 * CIFAR layout as the authors' `liuzhuang13/DenseNet` `models/densenet.lua` builds it: conv 3×3
 * p1 stem, three dense blocks, the same head.
 */
import {
  avgPool,
  block,
  bn,
  concat,
  conv,
  fc,
  flatten,
  globalPool,
  input,
  maxPool,
  parallel,
  relu,
} from './blocks';
import {
  choice,
  classesKnob,
  defineFamily,
  flag,
  int,
  knobError,
  real,
  type ValuesOf,
} from './knobs';
import {
  cifar as cifarEval,
  error,
  imagenetVal,
  macs,
  params as paramsFigure,
  topAccuracies,
  topErrors,
  TORCHVISION_EVAL,
  type Citation,
  type PublishedFigure,
} from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/** Layers per dense block of the ImageNet configurations (paper Table 1; torchvision). */
const CONFIGS = {
  '6-12-24-16': [6, 12, 24, 16],
  '6-12-36-24': [6, 12, 36, 24],
  '6-12-32-32': [6, 12, 32, 32],
  '6-12-48-32': [6, 12, 48, 32],
  '6-12-64-48': [6, 12, 64, 48],
} as const;

/** Width of the bottleneck 1×1 conv in growth-rate units (torchvision `bn_size`, paper "4k"). */
const BN_SIZE = 4;

/** Layers of dense block i when block sizes = custom (0 ends the list). */
function blockLayers(i: number, dflt: number) {
  return int({
    label: `Layers in block ${i}`,
    default: dflt,
    min: 0,
    max: 128,
    help:
      i === 4
        ? 'Used when block sizes = custom. 0 for a 3-block network.'
        : 'Used when block sizes = custom. A 0 ends the list of blocks.',
  });
}

const densenetKnobs = {
  layout: choice(['imagenet', 'cifar'], {
    label: 'Dataset layout',
    default: 'imagenet',
    labels: {
      imagenet: 'ImageNet (224×224, 7×7/2 stem + max pool)',
      cifar: 'CIFAR (32×32, 3×3 stem)',
    },
    help: 'ImageNet: conv 7×7/2 → BN → ReLU → max pool 3×3/2 on 224×224. CIFAR: one 3×3 conv on 32×32.',
  }),
  blocks: choice(
    ['6-12-24-16', '6-12-36-24', '6-12-32-32', '6-12-48-32', '6-12-64-48', 'depth', 'custom'],
    {
      label: 'Block sizes',
      default: '6-12-24-16',
      labels: {
        '6-12-24-16': 'DenseNet-121 (6, 12, 24, 16)',
        '6-12-36-24': 'DenseNet-161 (6, 12, 36, 24)',
        '6-12-32-32': 'DenseNet-169 (6, 12, 32, 32)',
        '6-12-48-32': 'DenseNet-201 (6, 12, 48, 32)',
        '6-12-64-48': 'DenseNet-264 (6, 12, 64, 48)',
        depth: 'From depth L (CIFAR: 3 equal blocks)',
        custom: 'Custom (block 1–4 layer counts)',
      },
      help: 'Dense layers per block: a configuration from the paper, three equal blocks from depth L, or the custom counts below.',
    },
  ),
  depth: int({
    label: 'Depth L (CIFAR)',
    default: 100,
    min: 7,
    max: 1000,
    help: 'Used when block sizes = depth: L = 6n + 4 with the bottleneck (n layers per block, 3 blocks), L = 3n + 4 without.',
  }),
  block1: blockLayers(1, 6),
  block2: blockLayers(2, 12),
  block3: blockLayers(3, 24),
  block4: blockLayers(4, 16),
  growth: int({
    label: 'Growth rate k',
    default: 32,
    min: 1,
    max: 256,
    help: 'New channels each dense layer adds to the concatenation.',
  }),
  compression: real({
    label: 'Compression θ',
    default: 0.5,
    min: 0.05,
    max: 1,
    step: 0.05,
    help: 'A transition keeps ⌊θ·c⌋ of its c input channels (θ = 1: plain DenseNet, θ < 1: DenseNet-C).',
  }),
  bottleneck: flag({
    label: 'Bottleneck',
    default: true,
    help: 'BN-ReLU-conv 1×1 (4k) before each 3×3 conv (DenseNet-B); off: BN-ReLU-conv 3×3 only.',
  }),
  initFeatures: int({
    label: 'Initial features',
    default: 64,
    min: 1,
    max: 1024,
    help: 'Output channels of the stem conv (2k for DenseNet-BC; 16 for the plain CIFAR DenseNet).',
  }),
  classes: classesKnob(1000, 'Outputs of the fully connected classifier.'),
};
type DenseValues = ValuesOf<typeof densenetKnobs>;

/** The layers per block the knobs ask for (before any shape is known). */
export function denseBlockSizes(v: DenseValues): number[] {
  const blocks = v.blocks;
  if (blocks === 'depth') {
    const L = v.depth;
    const bottleneck = v.bottleneck;
    if (v.layout !== 'cifar') knobError({ code: 'densenet-depth-layout' });
    // L counts the stem conv, the two transition convs and the FC (4) plus the convs of the
    // dense layers: 2 per layer with the bottleneck, 1 without, in 3 blocks.
    const per = bottleneck ? 6 : 3;
    const n = (L - 4) / per;
    if (!Number.isInteger(n) || n < 1)
      knobError({
        code: 'densenet-depth',
        per,
        bottleneck,
        depth: L,
        n: Number.isInteger(n) ? String(n) : n.toFixed(2),
        low: Math.max(1, Math.floor((L - 4) / per)) * per + 4,
        high: Math.max(1, Math.ceil((L - 4) / per)) * per + 4,
      });
    return [n, n, n];
  }
  if (blocks === 'custom') {
    const sizes = [v.block1, v.block2, v.block3, v.block4];
    const end = sizes.indexOf(0);
    const used = end === -1 ? sizes : sizes.slice(0, end);
    if (used.length === 0) knobError({ code: 'densenet-no-blocks' });
    if (end !== -1 && sizes.slice(end).some((n) => n !== 0))
      knobError({ code: 'densenet-zero-end', sizes });
    return used;
  }
  return [...CONFIGS[blocks]];
}

export const densenetFamily = defineFamily({
  id: 'densenet',
  name: 'DenseNet',
  knobs: densenetKnobs,
  build(v) {
    const cifar = v.layout === 'cifar';
    const { growth: k, compression: theta, bottleneck, initFeatures, classes } = v;
    const sizes = denseBlockSizes(v);
    if (!(theta > 0 && theta <= 1)) knobError({ code: 'densenet-theta', theta });

    const stem: SpecNode = cifar
      ? block('stem', 'stem', [conv('conv0', initFeatures, 3, { padding: 1, bias: false })], {
          label: `Stem: conv 3×3, ${initFeatures}`,
        })
      : block(
          'stem',
          'stem',
          [
            conv('conv0', initFeatures, 7, { stride: 2, padding: 3, bias: false }),
            bn('norm0'),
            relu('relu0'),
            maxPool('pool0', 3, { stride: 2, padding: 1 }),
          ],
          { label: `Stem: conv 7×7/2, ${initFeatures} → max pool 3×3/2` },
        );

    const body: SpecNode[] = [];
    let c = initFeatures;
    sizes.forEach((n, b) => {
      const cIn = c;
      const layers: SpecNode[] = [];
      for (let i = 1; i <= n; i++) {
        const fresh: SpecNode[] = bottleneck
          ? [
              bn('norm1'),
              relu('relu1'),
              conv('conv1', BN_SIZE * k, 1, { bias: false }),
              bn('norm2'),
              relu('relu2'),
              conv('conv2', k, 3, { padding: 1, bias: false }),
            ]
          : [bn('norm1'), relu('relu1'), conv('conv1', k, 3, { padding: 1, bias: false })];
        layers.push(
          parallel(
            `denselayer${i}`,
            'dense-layer',
            [
              // The identity branch: all earlier feature maps, passed through unchanged.
              block('features', 'shortcut', [], { label: `earlier features (${c})` }),
              block('new', 'branch', fresh, {
                label: bottleneck
                  ? `BN-ReLU-1×1 ${BN_SIZE * k}, BN-ReLU-3×3 ${k}`
                  : `BN-ReLU-3×3 ${k}`,
              }),
            ],
            concat('concat'),
            { label: `Dense layer ${i}: ${c} + ${k} → ${c + k}` },
          ),
        );
        c += k;
      }
      body.push(
        block(`denseblock${b + 1}`, 'dense-block', layers, {
          label: `Dense block ${b + 1}: ${n} layers, ${cIn} → ${c}`,
          meta: { layers: n, growth: k, channelsIn: cIn, channelsOut: c },
        }),
      );
      if (b < sizes.length - 1) {
        const cOut = Math.floor(c * theta);
        if (cOut < 1) knobError({ code: 'densenet-theta-empty', theta, c, block: b + 1 });
        body.push(
          block(
            `transition${b + 1}`,
            'transition',
            [
              bn('norm'),
              relu('relu'),
              conv('conv', cOut, 1, { bias: false }),
              avgPool('pool', 2, { stride: 2 }),
            ],
            {
              label: `Transition ${b + 1}: ${c} → ${cOut}, avg pool 2×2/2`,
              meta: { compression: theta },
            },
          ),
        );
        c = cOut;
      }
    });

    const size = cifar ? 32 : 224;
    return {
      root: block('densenet', 'network', [
        input([3, size, size]),
        stem,
        block('features', 'features', body),
        block(
          'head',
          'head',
          [
            bn('norm5'),
            relu('relu5'),
            globalPool('pool'),
            flatten('flatten'),
            fc('classifier', classes),
          ],
          { label: `Head: BN-ReLU, global avg pool, FC ${classes}` },
        ),
      ]),
    };
  },
});

const paper: Citation = {
  title: 'Densely Connected Convolutional Networks',
  authors: 'Gao Huang, Zhuang Liu, Laurens van der Maaten, Kilian Q. Weinberger',
  venue: 'CVPR (best paper award)',
  year: 2017,
  link: 'arXiv:1608.06993',
};

const keyIdea =
  'Connect every layer to every later layer of its block: a dense layer reads the concatenation of all feature maps before it and contributes only k new ones (the growth rate, 12–48). Features are reused instead of re-learned, gradients reach early layers directly, and the network stays narrow: in the paper’s ImageNet comparison DenseNet-201 (20 M parameters) reaches the validation error of ResNet-101 (44.5 M). A 1×1 bottleneck (4k channels) before each 3×3 conv and transitions that compress the channels by θ = 0.5 between blocks (DenseNet-BC) keep the growing concatenation affordable.';

const ARCH = 'architectures.md §13.1';

function tvFigures(
  name: string,
  params: number,
  gmacs: string,
  acc1: number,
  acc5: number,
  err1: number,
): PublishedFigure[] {
  const weights = `torchvision ${name.replace('densenet', 'DenseNet')}_Weights.IMAGENET1K_V1`;
  return [
    paramsFigure(params, `torchvision ${name} (num_params); ${ARCH}`),
    macs(gmacs, `torchvision ${name} _ops "GFLOPS" (which are MACs)`),
    ...topAccuracies(acc1, acc5, TORCHVISION_EVAL, weights),
    error(1, err1, imagenetVal(224, 1), 'liuzhuang13/DenseNet README (Torch models, single crop)'),
  ];
}

const C100 = 'DenseNet-BC (L = 100, k = 12) with a 100-way classifier';

const tvNote =
  'torchvision applies the final ReLU and the global average pool as functions in forward(); here they are layers (no parameters, no MACs).';

export const densenetPresets: Preset[] = [
  {
    id: 'densenet121',
    family: 'densenet',
    values: {},
    era: 'resnet',
    info: {
      name: 'DenseNet-121',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: tvFigures('densenet121', 7978856, '2.834 G', 74.434, 91.972, 25.0),
      notes: [
        tvNote,
        'Keras reports 8,062,504 "total params" = 7,978,856 + 83,648 batch-norm running means and variances (buffers here).',
      ],
    },
  },
  {
    id: 'densenet161',
    family: 'densenet',
    values: { blocks: '6-12-36-24', growth: 48, initFeatures: 96 },
    era: 'resnet',
    info: {
      name: 'DenseNet-161',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: tvFigures('densenet161', 28681000, '7.728 G', 77.138, 93.56, 22.2),
      notes: [tvNote, 'The wide variant: growth rate k = 48 and 96 initial features (2k).'],
    },
  },
  {
    id: 'densenet169',
    family: 'densenet',
    values: { blocks: '6-12-32-32' },
    era: 'resnet',
    info: {
      name: 'DenseNet-169',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: tvFigures('densenet169', 14149480, '3.36 G', 75.6, 92.806, 23.6),
      notes: [tvNote],
    },
  },
  {
    id: 'densenet201',
    family: 'densenet',
    values: { blocks: '6-12-48-32' },
    era: 'resnet',
    info: {
      name: 'DenseNet-201',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: tvFigures('densenet201', 20013928, '4.291 G', 76.896, 93.37, 22.5),
      notes: [tvNote],
    },
  },
  {
    id: 'densenet264',
    family: 'densenet',
    values: { blocks: '6-12-64-48' },
    era: 'resnet',
    info: {
      name: 'DenseNet-264',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: [
        paramsFigure(33337704, `${ARCH} (calc; no torchvision model)`),
        macs('5.752 G', `${ARCH} (calc)`),
        ...topErrors(
          22.15,
          6.12,
          imagenetVal(224, 1),
          'paper Table 3, single crop (as quoted in architectures.md §13.1, marked † there: not re-read in the PDF)',
        ),
      ],
      notes: [
        "No torchvision model: built from the paper's Table 1 configuration (6, 12, 64, 48 layers, k = 32, θ = 0.5) with torchvision's layer conventions (convs without bias).",
      ],
    },
  },
  {
    id: 'densenet-bc-100-12',
    family: 'densenet',
    values: {
      layout: 'cifar',
      blocks: 'depth',
      depth: 100,
      growth: 12,
      initFeatures: 24,
      classes: 10,
    },
    era: 'resnet',
    info: {
      name: 'DenseNet-BC (L = 100, k = 12)',
      family: 'DenseNet',
      year: 2016,
      paper,
      keyIdea,
      published: [
        paramsFigure('0.8 M', 'paper Table 2'),
        paramsFigure(769162, 'architectures.md §13.2 (calc)'),
        macs('287.9 M', 'architectures.md §13.2 (calc)'),
        error(1, 5.92, cifarEval(10, 'none'), 'paper Table 2 (C10)'),
        error(1, 4.51, cifarEval(10, 'standard'), 'paper Table 2 (C10+)'),
        error(1, 24.15, cifarEval(100, 'none'), 'paper Table 2 (C100)', { of: C100 }),
        error(1, 22.27, cifarEval(100, 'standard'), 'paper Table 2 (C100+)', { of: C100 }),
      ],
      recipe: [
        {
          item: 'optimizer',
          value: 'SGD, Nesterov momentum 0.9, batch 64, 300 epochs',
          source: 'paper §4.2',
        },
        {
          item: 'learning rate',
          value: '0.1, divided by 10 at 50 % and 75 % of the epochs',
          source: 'paper §4.2',
        },
        { item: 'weight decay', value: '1e-4', source: 'paper §4.2' },
        {
          item: 'dropout',
          value: '0.2 after each conv (except the first), only without data augmentation',
          source: 'paper §4.2',
        },
      ],
      notes: [
        'Depth L = 100 counts the stem conv, 3 × 16 dense layers of two convs each, the two transition convs and the FC: (100 − 4)/6 = 16 layers per block.',
        'Channels: 24 → 216 → 108 → 300 → 150 → 342 (2k initial features, θ = 0.5 with ⌊c·θ⌋).',
        'The paper rounds the parameter count to 0.8 M; the exact count of this build is 769,162 (convs without bias, BN γ/β counted).',
        'The no-augmentation runs add dropout 0.2 after each conv; it is a training-time layer without parameters and is not drawn here.',
      ],
    },
  },
];
