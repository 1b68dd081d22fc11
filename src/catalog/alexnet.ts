/**
 * AlexNet and its 2012–2013 relatives, three families in one file:
 * - `alexnet`: the original two-GPU network (Krizhevsky et al. 2012) as Caffe's bvlc_alexnet
 *   builds it: 3×227×227, 96-256-384-384-256 filters, LRN after conv1 and conv2 before pooling,
 *   conv2/conv4/conv5 grouped in two towers, dropout 0.5, fc 4096-4096-1000 (architectures.md §1.1).
 * - `alexnet-torchvision`: torchvision's single-tower 64-192-384-256-256 at 224 (§3.2).
 * - `zfnet`: Zeiler & Fergus 2013, AlexNet with conv1 7×7/2 and wider conv3–5 (§4).
 * Layer names follow the lecture (CS231n): conv1 … conv5, pool1, pool2, pool3, norm1, norm2,
 * fc6 … fc8.
 */
import {
  adaptivePool,
  block,
  conv,
  dropout,
  fc,
  flatten,
  input,
  lrn,
  maxPool,
  relu,
} from './blocks';
import { choice, classesKnob, defineFamily, dropoutKnob, flag } from './knobs';
import {
  count,
  error,
  imagenetVal,
  macs,
  params,
  topAccuracies,
  topErrors,
  TORCHVISION_EVAL,
  type ModelInfo,
} from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/** The knobs every AlexNet-like family here shares: fc6/fc7 dropout and the classes of fc8. */
const headKnobs = {
  dropout: dropoutKnob(
    0.5,
    'Probability of dropping a unit of fc6 and fc7 during training (0 removes the dropout layers).',
  ),
  classes: classesKnob(1000, 'Outputs of fc8 (1000 ImageNet classes).'),
};

/** fc6 → fc7 → fc8 with ReLU; dropout after fc6/fc7 (Caffe) or before them (torchvision). */
function classifier(classes: number, rate: number, dropoutBefore: boolean): SpecNode {
  // Two decimals: a slider's 0.1 steps must not show up as 0.30000000000000004.
  const p = Math.round(rate * 100) / 100;
  const layers: SpecNode[] = [];
  for (const i of [6, 7]) {
    if (p > 0 && dropoutBefore) layers.push(dropout(p, `drop${i}`));
    layers.push(fc(`fc${i}`, 4096), relu(`relu${i}`));
    if (p > 0 && !dropoutBefore) layers.push(dropout(p, `drop${i}`));
  }
  layers.push(fc('fc8', classes));
  return block('classifier', 'classifier', layers, { label: 'Classifier: fc 4096-4096-classes' });
}

// ---------------------------------------------------------------------------------------------
// AlexNet, two GPUs (Caffe bvlc_alexnet)

export const alexnetFamily = defineFamily({
  id: 'alexnet',
  name: 'AlexNet (2012, two GPUs)',
  knobs: {
    towers: flag({
      label: 'Two GPU towers',
      default: true,
      help: 'On: conv2, conv4 and conv5 see only the maps on their own GPU (groups 2), as in the paper. Off: one tower, every conv sees all maps (62.4 M parameters instead of 61.0 M).',
    }),
    lrn: choice(['before-pool', 'after-pool', 'none'], {
      label: 'Local response norm',
      default: 'before-pool',
      labels: {
        'before-pool': 'after conv1/conv2, before pooling (paper, Caffe bvlc_alexnet)',
        'after-pool': 'after pool1/pool2 (CaffeNet, the lecture’s order)',
      },
      help: 'Where the two LRN layers sit. LRN has no parameters and no MACs; it changes the stored activations.',
    }),
    ...headKnobs,
  },
  build(v) {
    const g = v.towers ? 2 : 1;
    const norm = v.lrn;
    const normPool = (i: 1 | 2): SpecNode[] => {
      // Paper §3.3: k = 2, n = 5, α = 1e-4, β = 0.75 (Caffe: local_size 5, α 1e-4, β 0.75).
      const n = lrn(`norm${i}`, 5, 1e-4, 0.75, 2);
      const p = maxPool(`pool${i}`, 3, { stride: 2 });
      if (norm === 'none') return [p];
      return norm === 'before-pool' ? [n, p] : [p, n];
    };
    const features: SpecNode[] = [
      conv('conv1', 96, 11, { stride: 4 }),
      relu('relu1'),
      ...normPool(1),
      conv('conv2', 256, 5, { padding: 2, groups: g }),
      relu('relu2'),
      ...normPool(2),
      conv('conv3', 384, 3, { padding: 1 }),
      relu('relu3'),
      conv('conv4', 384, 3, { padding: 1, groups: g }),
      relu('relu4'),
      conv('conv5', 256, 3, { padding: 1, groups: g }),
      relu('relu5'),
      { ...maxPool('pool3', 3, { stride: 2 }), note: 'Caffe calls this layer pool5.' },
    ];
    return {
      root: block('alexnet', 'network', [
        input([3, 227, 227]),
        block('features', 'features', features, {
          label: g === 2 ? 'Features (two GPU towers)' : 'Features (one tower)',
        }),
        flatten('flatten'),
        classifier(v.classes, v.dropout, false),
      ]),
    };
  },
});

// ---------------------------------------------------------------------------------------------
// torchvision AlexNet

export const alexnetTorchvisionFamily = defineFamily({
  id: 'alexnet-tv',
  name: 'AlexNet (torchvision)',
  knobs: headKnobs,
  build(v) {
    return {
      root: block('alexnet', 'network', [
        input([3, 224, 224]),
        block('features', 'features', [
          conv('conv1', 64, 11, { stride: 4, padding: 2 }),
          relu('relu1'),
          maxPool('pool1', 3, { stride: 2 }),
          conv('conv2', 192, 5, { padding: 2 }),
          relu('relu2'),
          maxPool('pool2', 3, { stride: 2 }),
          conv('conv3', 384, 3, { padding: 1 }),
          relu('relu3'),
          conv('conv4', 256, 3, { padding: 1 }),
          relu('relu4'),
          conv('conv5', 256, 3, { padding: 1 }),
          relu('relu5'),
          maxPool('pool3', 3, { stride: 2 }),
        ]),
        {
          ...adaptivePool('avgpool', 6),
          note: 'AdaptiveAvgPool2d((6, 6)): an identity at 224, lets other input sizes reach fc6.',
        },
        flatten('flatten'),
        classifier(v.classes, v.dropout, true),
      ]),
    };
  },
});

// ---------------------------------------------------------------------------------------------
// ZFNet

/** conv3/conv4/conv5 widths: the lecture's (and the paper's model (b)) or AlexNet's. */
const ZF_WIDTHS: Record<'512-1024-512' | '384-384-256', readonly [number, number, number]> = {
  '512-1024-512': [512, 1024, 512],
  '384-384-256': [384, 384, 256],
};

export const zfnetFamily = defineFamily({
  id: 'zfnet',
  name: 'ZFNet',
  knobs: {
    widths: choice(['512-1024-512', '384-384-256'], {
      label: 'conv3/4/5 filters',
      default: '512-1024-512',
      labels: {
        '512-1024-512': '512-1024-512 (the lecture; paper model (b))',
        '384-384-256': '384-384-256 (AlexNet’s; paper Fig. 3 net)',
      },
      help: 'Filters of conv3, conv4 and conv5.',
    }),
    lrn: flag({
      label: 'Contrast normalization',
      default: true,
      help: 'Local contrast normalization after pool1 and pool2 (modelled as LRN: no parameters, no MACs).',
    }),
    ...headKnobs,
  },
  build(v) {
    const widths = ZF_WIDTHS[v.widths];
    const norm = (i: number): SpecNode[] => (v.lrn ? [lrn(`norm${i}`, 5, 1e-4, 0.75, 1)] : []);
    return {
      root: block('zfnet', 'network', [
        input([3, 224, 224]),
        block('features', 'features', [
          {
            ...conv('conv1', 96, 7, { stride: 2, padding: 1 }),
            note: 'Padding 1 is implied by the printed 110×110 output, not stated in the paper.',
          },
          relu('relu1'),
          maxPool('pool1', 3, { stride: 2, ceil: true }),
          ...norm(1),
          conv('conv2', 256, 5, { stride: 2 }),
          relu('relu2'),
          maxPool('pool2', 3, { stride: 2, ceil: true }),
          ...norm(2),
          conv('conv3', widths[0], 3, { padding: 1 }),
          relu('relu3'),
          conv('conv4', widths[1], 3, { padding: 1 }),
          relu('relu4'),
          conv('conv5', widths[2], 3, { padding: 1 }),
          relu('relu5'),
          maxPool('pool3', 3, { stride: 2, ceil: true }),
        ]),
        flatten('flatten'),
        classifier(v.classes, v.dropout, false),
      ]),
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Presets

const alexnetPaper = {
  title: 'ImageNet Classification with Deep Convolutional Neural Networks',
  authors: 'Alex Krizhevsky, Ilya Sutskever, Geoffrey E. Hinton',
  venue: 'NeurIPS (NIPS)',
  year: 2012,
  link: 'papers.nips.cc: "ImageNet Classification with Deep Convolutional Neural Networks"',
};

const alexnetIdea =
  'Scale LeNet’s recipe up to ImageNet with GPUs: five conv layers and three fully connected layers, 60 million parameters, trained on 1.2 million images. What made it train and generalise were ReLU instead of tanh (several times faster convergence), dropout in the fully connected layers, heavy data augmentation (crops, flips, colour jitter) and overlapping max pooling; the network was split in two towers because one 3 GB GPU could not hold it. It won ILSVRC 2012 by almost 10 points of top-5 error and started the deep-learning era of computer vision.';

const alexnetRecipe = [
  { item: 'optimizer', value: 'SGD, momentum 0.9', source: 'CS231n Lecture 9 (paper §5)' },
  { item: 'batch size', value: '128', source: 'CS231n Lecture 9 (paper §5)' },
  {
    item: 'learning rate',
    value: '1e-2, divided by 10 by hand when validation accuracy plateaus (3 times in the paper)',
    source: 'CS231n Lecture 9 (paper §5)',
  },
  { item: 'weight decay', value: 'L2 5e-4', source: 'CS231n Lecture 9 (paper §5)' },
  { item: 'dropout', value: '0.5 on fc6 and fc7', source: 'CS231n Lecture 9 (paper §4.2)' },
  {
    item: 'ensemble',
    value: '7 CNNs: 18.2 % → 15.4 % top-5 error (lecture); the paper prints 15.3 % on the test set',
    source: 'CS231n Lecture 9; paper Table 2',
  },
  {
    item: 'data augmentation',
    value: 'random 224 crops and horizontal flips of 256×256 images, PCA colour jitter',
    source: 'paper §4.1',
  },
];

const alexnetInfo: ModelInfo = {
  name: 'AlexNet',
  family: 'AlexNet',
  year: 2012,
  paper: alexnetPaper,
  keyIdea: alexnetIdea,
  ilsvrc: 'ILSVRC 2012: 1st in classification (15.3 % top-5 test error, runner-up 26.2 %)',
  published: [
    params('60 million', 'paper §1 and abstract', {
      differs:
        'a round figure: the network the paper describes (Caffe bvlc_alexnet) has 60,965,224 (architectures.md §1.1)',
    }),
    count('neurons', '650,000', 'paper abstract'),
    params(60965224, 'architectures.md §1.1 (calc from Caffe bvlc_alexnet, grouped conv2/4/5)'),
    macs(724406816, 'architectures.md §1.1 (calc, 227 input)'),
    count('layer-params', 34944, 'CS231n: 11·11·3·96 = 34,848 weights ("35K") + 96 biases', {
      layer: 'features/conv1',
    }),
    ...topErrors(40.7, 18.2, imagenetVal(224, 10), 'paper Table 2 (1 CNN)'),
    error(
      5,
      15.3,
      { ...imagenetVal(224, 10), dataset: 'ILSVRC-2012 test', models: 7 },
      'paper Table 2 (the lecture quotes 15.4 %)',
      {
        note: '2 of the 7 CNNs pre-trained on the Fall 2011 ImageNet release',
      },
    ),
    ...topErrors(
      37.5,
      17.0,
      { ...imagenetVal(224, 10), dataset: 'ILSVRC-2010 test' },
      'paper Table 1',
    ),
    ...topAccuracies(57.1, 80.2, imagenetVal(227, 1), 'Caffe bvlc_alexnet readme (center crop)'),
  ],
  recipe: alexnetRecipe,
  notes: [
    'The paper says 224×224 inputs, but (224 − 11)/4 + 1 is not whole; 227 gives the 55×55 maps it draws (CS231n). The engine uses 227 as Caffe does.',
    'The paper’s neuron count for conv1 (253,440) does not match 55·55·96 = 290,400; the other layers do (architectures.md §3.1).',
    'LRN sits after conv1/conv2 and before pooling, as in the paper and Caffe bvlc_alexnet; so norm1 is 96×55×55. The lecture lists POOL1 before NORM1 (CaffeNet’s order), giving 27×27×96 for both; the lrn knob switches between the two. Caffe’s LRN uses k = 1, the paper k = 2: neither changes a shape or a count.',
    'With one tower (groups 1 on conv2/conv4/conv5) the same layer sizes give 62,378,344 parameters and 1,135,256,096 MACs instead of 60,965,224 and 724,406,816 (architectures.md §1.1).',
    'The lecture’s POOL3 is Caffe’s pool5.',
  ],
};

export const alexnetPresets: Preset[] = [
  { id: 'alexnet', family: 'alexnet', values: {}, era: 'early', info: alexnetInfo },
  {
    id: 'alexnet-torchvision',
    family: 'alexnet-tv',
    values: {},
    era: 'early',
    info: {
      name: 'AlexNet (torchvision)',
      family: 'AlexNet',
      year: 2014,
      paper: {
        title: 'One weird trick for parallelizing convolutional neural networks',
        authors: 'Alex Krizhevsky',
        venue: 'arXiv',
        year: 2014,
        link: 'arXiv:1404.5997',
      },
      keyIdea:
        'The single-GPU AlexNet that most people actually run: the "one weird trick" paper trained the network with data parallelism in the conv layers and model parallelism in the fully connected ones, so the two towers and the LRN layers are gone. torchvision’s version (from cuda-convnet2’s one-GPU config) has 64-192-384-256-256 filters, an adaptive 6×6 average pool so that any input of at least 63×63 reaches fc6, and dropout before fc6 and fc7.',
      published: [
        params(61100840, 'torchvision AlexNet_Weights (num_params)'),
        macs('0.714 G', 'torchvision _ops "GFLOPS" (which are MACs): 714,188,480 calc'),
        ...topAccuracies(
          56.522,
          79.066,
          TORCHVISION_EVAL,
          'torchvision AlexNet_Weights.IMAGENET1K_V1',
        ),
      ],
      recipe: alexnetRecipe.slice(0, 5),
      notes: [
        'The "one weird trick" paper’s footnote gives 64-192-384-384-256; torchvision uses 256 filters in conv4 (from cuda-convnet2’s layers-imagenet-1gpu.cfg) and keeps it for weight compatibility (vision PR #463, #704).',
        'conv1 has padding 2, so 224 works with floor pooling: (224 − 11 + 2·2)/4 + 1 = 55.',
        'Dropout comes before fc6 and fc7 (vision issue #549), not after as in the original.',
      ],
    },
  },
  {
    id: 'zfnet',
    family: 'zfnet',
    values: {},
    era: 'early',
    info: {
      name: 'ZFNet',
      family: 'AlexNet',
      year: 2013,
      paper: {
        title: 'Visualizing and Understanding Convolutional Networks',
        authors: 'Matthew D. Zeiler, Rob Fergus',
        venue: 'ECCV',
        year: 2014,
        link: 'arXiv:1311.2901',
      },
      keyIdea:
        'Look inside the network to improve it: a deconvolutional network projects feature activations back to pixel space, and what it showed about AlexNet (dead and aliased first-layer filters from the large stride) led to a smaller 7×7 stride-2 conv1, a stride-2 conv2 and wider conv3–5. Same overall plan as AlexNet, better tuned hyperparameters; the visualizations themselves became one of the standard tools for understanding CNNs.',
      ilsvrc:
        'ILSVRC 2013: the winning classification entry (Clarifai) was Zeiler’s; ZFNet is its published form',
      published: [
        ...topErrors(38.4, 16.5, imagenetVal(), 'paper Table 2 (architectures.md §4, paper†)', {
          note: '1 convnet',
        }),
        error(
          5,
          14.8,
          { ...imagenetVal(), dataset: 'ILSVRC-2012 test', models: 6 },
          'paper Table 2 (ECCV version)',
        ),
        params(62357608, 'architectures.md §4 (calc with conv3/4/5 = 384/384/256)', {
          at: { widths: '384-384-256' },
        }),
        macs(1168032896, 'architectures.md §4 (calc with conv3/4/5 = 384/384/256)', {
          at: { widths: '384-384-256' },
        }),
      ],
      recipe: [
        { item: 'optimizer', value: 'SGD, momentum 0.9, batch 128', source: 'paper §3' },
        {
          item: 'learning rate',
          value: '1e-2, annealed by hand when validation error plateaus',
          source: 'paper §3',
        },
        { item: 'dropout', value: '0.5 on fc6 and fc7', source: 'paper §3' },
      ],
      notes: [
        'The preset follows the lecture: conv3/conv4/conv5 with 512/1024/512 filters (the paper’s model (b)). architectures.md §4 computes 62,357,608 parameters and 1,168,032,896 MACs for the net of the paper’s Fig. 3, whose conv3/4/5 have AlexNet’s 384/384/256; the widths knob gives exactly those figures. The wider preset is larger: fc6 alone reads 6·6·512 = 18,432 values.',
        'The paper prints the sizes 224 → 110 → 55 → 26 → 13 → 6 without stating padding or rounding; they need padding 1 on conv1 and ceil-mode pooling, which the engine uses (architectures.md §4).',
        'The paper’s contrast normalization across feature maps is modelled as an LRN layer after pool1 and pool2; it has no parameters and no MACs.',
        'The lecture (CS231n) credits ZFNet with ILSVRC 2013’s 11.7 % top-5 error; that is the winning Clarifai entry. The paper’s own best is 14.8 % (6 convnets) on the test set.',
      ],
    },
  },
];
