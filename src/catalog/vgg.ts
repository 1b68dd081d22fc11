/**
 * VGG (Simonyan & Zisserman 2014), as torchvision builds it: stacks of 3×3 convs (stride 1,
 * pad 1) with ReLU, 2×2/2 max pools, an adaptive 7×7 average pool (identity at 224), and the
 * 4096-4096-classes head with dropout 0.5.
 */
import {
  adaptivePool,
  block,
  bn,
  conv,
  dropout,
  fc,
  flatten,
  input,
  maxPool,
  relu,
} from './blocks';
import { choice, classesKnob, defineFamily, flag } from './knobs';
import { error, macs, params, topAccuracies, TORCHVISION_EVAL, type EvalProtocol } from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/** Convs per stage for each configuration of the paper's Table 1 (A = 11, B = 13, D = 16, E = 19). */
const CONFIGS: Record<11 | 13 | 16 | 19, readonly number[]> = {
  11: [1, 1, 2, 2, 2],
  13: [2, 2, 2, 2, 2],
  16: [2, 2, 3, 3, 3],
  19: [2, 2, 4, 4, 4],
};
const WIDTHS = [64, 128, 256, 512, 512];

export const vggFamily = defineFamily({
  id: 'vgg',
  name: 'VGG',
  knobs: {
    depth: choice([11, 13, 16, 19], {
      label: 'Depth',
      default: 16,
      labels: { 11: 'VGG-11 (A)', 13: 'VGG-13 (B)', 16: 'VGG-16 (D)', 19: 'VGG-19 (E)' },
      help: 'Weight layers: 8, 10, 13 or 16 convs plus 3 fully connected layers.',
    }),
    batchNorm: flag({
      label: 'Batch norm',
      default: false,
      help: 'Batch norm after every conv (torchvision vgg*_bn).',
    }),
    classes: classesKnob(1000, 'Outputs of the last fully connected layer.'),
  },
  build(v) {
    const config = CONFIGS[v.depth];
    const stages: SpecNode[] = config.map((n, s) => {
      const layers: SpecNode[] = [];
      for (let i = 1; i <= n; i++) {
        layers.push(conv(`conv${s + 1}_${i}`, WIDTHS[s], 3, { padding: 1 }));
        if (v.batchNorm) layers.push(bn(`bn${s + 1}_${i}`));
        layers.push(relu(`relu${s + 1}_${i}`));
      }
      layers.push(maxPool(`pool${s + 1}`, 2, { stride: 2 }));
      return block(`stage${s + 1}`, 'stage', layers, {
        label: `Stage ${s + 1}: ${n}× conv 3×3, ${WIDTHS[s]}`,
      });
    });
    return {
      root: block('vgg', 'network', [
        input([3, 224, 224]),
        block('features', 'features', stages),
        adaptivePool('avgpool', 7),
        flatten('flatten'),
        block('classifier', 'classifier', [
          fc('fc6', 4096),
          relu('relu6'),
          dropout(0.5, 'drop6'),
          fc('fc7', 4096),
          relu('relu7'),
          dropout(0.5, 'drop7'),
          fc('fc8', v.classes),
        ]),
      ]),
    };
  },
});

/** Paper Table 4: multi-scale dense evaluation, one network, ILSVRC-2012 test set. */
const PAPER_TEST: EvalProtocol = { dataset: 'ILSVRC-2012 test', crops: 'dense', models: 1 };

const paper = {
  title: 'Very Deep Convolutional Networks for Large-Scale Image Recognition',
  authors: 'Karen Simonyan, Andrew Zisserman',
  venue: 'ICLR',
  year: 2015,
  link: 'arXiv:1409.1556',
};

const keyIdea =
  'Depth from small filters: only 3×3 convolutions (stride 1, pad 1) and 2×2 max pools, stacked 16 or 19 weight layers deep. Three stacked 3×3 convs see a 7×7 window like one 7×7 conv, but with 27C² instead of 49C² weights and three non-linearities instead of one. The price is memory: most activations sit in the early high-resolution convs, and most parameters in the first fully connected layer (102.8 M of 138.4 M).';

export const vggPresets: Preset[] = [
  {
    id: 'vgg16',
    family: 'vgg',
    values: { depth: 16 },
    era: '2014',
    info: {
      name: 'VGG-16',
      family: 'VGG',
      year: 2014,
      paper,
      keyIdea,
      ilsvrc: 'ILSVRC 2014: 2nd in classification, 1st in localization',
      published: [
        params(138357544, 'torchvision vgg16 (num_params); paper Table 2: 138 M'),
        macs('15.47 G', 'torchvision vgg16 _ops "GFLOPS" (which are MACs)'),
        ...topAccuracies(
          71.592,
          90.382,
          TORCHVISION_EVAL,
          'torchvision VGG16_Weights.IMAGENET1K_V1',
        ),
        error(5, 7.4, PAPER_TEST, 'paper Table 4 (multi-scale, test)'),
      ],
      recipe: [
        { item: 'optimizer', value: 'SGD, momentum 0.9, batch 256', source: 'paper §3.1' },
        {
          item: 'learning rate',
          value: '1e-2, divided by 10 when validation accuracy stopped improving (3 times)',
          source: 'paper §3.1',
        },
        { item: 'weight decay', value: '5e-4', source: 'paper §3.1' },
        {
          item: 'dropout',
          value: '0.5 on the first two fully connected layers',
          source: 'paper §3.1',
        },
      ],
      notes: [
        'The lecture quotes "24M × 4 bytes ≈ 96MB" of activations per image; its own table sums to 15,237,608 values (about 58 MiB in fp32). The engine reports the table\'s sum (stored values, ReLU in place, input included).',
        '"138M parameters" counts weights only: 138,344,128 weights + 13,416 biases = 138,357,544.',
        'torchvision inserts an adaptive 7×7 average pool before fc6; at 224×224 it changes nothing.',
      ],
    },
  },
  {
    id: 'vgg19',
    family: 'vgg',
    values: { depth: 19 },
    era: '2014',
    info: {
      name: 'VGG-19',
      family: 'VGG',
      year: 2014,
      paper,
      keyIdea,
      ilsvrc: 'ILSVRC 2014: 2nd in classification (with VGG-16 in the ensemble)',
      published: [
        params(143667240, 'torchvision vgg19 (num_params); paper Table 2: 144 M'),
        macs('19.632 G', 'torchvision vgg19 _ops "GFLOPS" (which are MACs)'),
        ...topAccuracies(
          72.376,
          90.876,
          TORCHVISION_EVAL,
          'torchvision VGG19_Weights.IMAGENET1K_V1',
        ),
        error(5, 7.3, PAPER_TEST, 'paper Table 4 (multi-scale, test)'),
      ],
    },
  },
];
