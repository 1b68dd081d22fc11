/**
 * Network in Network (Lin, Chen & Yan 2013). An mlpconv layer is a k×k conv followed by 1×1
 * convs ("cccp" layers in Caffe), each with ReLU: a small multilayer perceptron slid over the
 * image. The last mlpconv outputs one map per class and global average pooling replaces the
 * fully connected head. Configurations: Caffe `cifar10_nin` and model-zoo `nin_imagenet`
 * (architectures.md §17).
 */
import { avgPool, block, conv, dropout, globalPool, input, maxPool, relu } from './blocks';
import { choice, defineFamily, flag, int } from './knobs';
import { accuracy, cifar, error, imagenetVal, macs, params } from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/** One mlpconv: the k×k conv and the widths of the 1×1 convs after it. */
interface Mlpconv {
  out: number;
  kernel: number;
  stride?: number;
  padding?: number;
  cccp: readonly number[];
}

/** What follows an mlpconv: a 3×3/2 pool (ceil mode, Caffe) and maybe dropout. */
interface After {
  pool?: 'max' | 'avg';
  dropout?: boolean;
}

interface Config {
  input: readonly [number, number, number];
  stages: readonly (readonly [Mlpconv, After])[];
}

const CONFIGS: Record<'cifar' | 'imagenet', Config> = {
  // Caffe cifar10_nin / cuda-convnet NIN config (architectures.md §17).
  cifar: {
    input: [3, 32, 32],
    stages: [
      [
        { out: 192, kernel: 5, padding: 2, cccp: [160, 96] },
        { pool: 'max', dropout: true },
      ],
      [
        { out: 192, kernel: 5, padding: 2, cccp: [192, 192] },
        { pool: 'avg', dropout: true },
      ],
      [{ out: 192, kernel: 3, padding: 1, cccp: [192, 0] }, {}],
    ],
  },
  // Caffe model zoo nin_imagenet, 224 crops (architectures.md §17).
  imagenet: {
    input: [3, 224, 224],
    stages: [
      [{ out: 96, kernel: 11, stride: 4, cccp: [96, 96] }, { pool: 'max' }],
      [{ out: 256, kernel: 5, padding: 2, cccp: [256, 256] }, { pool: 'max' }],
      [
        { out: 384, kernel: 3, padding: 1, cccp: [384, 384] },
        { pool: 'max', dropout: true },
      ],
      [{ out: 1024, kernel: 3, padding: 1, cccp: [1024, 0] }, {}],
    ],
  },
};

const DATASETS: Record<
  'cifar10' | 'cifar100' | 'imagenet',
  { config: 'cifar' | 'imagenet'; classes: number }
> = {
  cifar10: { config: 'cifar', classes: 10 },
  cifar100: { config: 'cifar', classes: 100 },
  imagenet: { config: 'imagenet', classes: 1000 },
};

export const ninFamily = defineFamily({
  id: 'nin',
  name: 'Network in Network',
  knobs: {
    dataset: choice(['cifar10', 'cifar100', 'imagenet'], {
      label: 'Dataset',
      default: 'cifar10',
      labels: {
        cifar10: 'CIFAR-10 (3 mlpconvs, 32×32, 10 classes)',
        cifar100: 'CIFAR-100 (3 mlpconvs, 32×32, 100 classes)',
        imagenet: 'ImageNet (4 mlpconvs, 224×224, 1000 classes)',
      },
      help: 'Which published configuration; the last 1×1 conv outputs one map per class.',
    }),
    cccp: int({
      label: '1×1 convs per mlpconv',
      default: 2,
      min: 0,
      max: 2,
      help: 'How many 1×1 convs follow each k×k conv (2 in the paper). 0 leaves a plain CNN with global average pooling, whose last k×k conv outputs the class maps.',
    }),
    dropout: flag({
      label: 'Dropout',
      default: true,
      help: 'Dropout 0.5 between mlpconvs, as the published models use it.',
    }),
  },
  build(v) {
    const ds = DATASETS[v.dataset];
    const nCccp = v.cccp;
    const cfg = CONFIGS[ds.config];
    const last = cfg.stages.length - 1;
    const layers: SpecNode[] = [input(cfg.input)];
    let c = 0; // running cccp index, for Caffe's names cccp1, cccp2, …
    cfg.stages.forEach(([m, after], s) => {
      const i = s + 1;
      // The final layer of the last mlpconv outputs one map per class.
      const widths = m.cccp
        .slice(0, nCccp)
        .map((w, j, all) => (s === last && j === all.length - 1 ? ds.classes : w));
      const convOut = s === last && widths.length === 0 ? ds.classes : m.out;
      const inner: SpecNode[] = [
        conv(`conv${i}`, convOut, m.kernel, { stride: m.stride, padding: m.padding }),
        relu(`relu${i}`),
      ];
      for (const w of widths) {
        c++;
        inner.push(conv(`cccp${c}`, w, 1), relu(`relu_cccp${c}`));
      }
      if (nCccp < m.cccp.length) c += m.cccp.length - nCccp;
      const label = [`conv ${m.kernel}×${m.kernel}, ${convOut}`, ...widths.map((w) => `1×1, ${w}`)];
      layers.push(
        block(`mlpconv${i}`, 'mlpconv', inner, { label: `mlpconv: ${label.join(' → ')}` }),
      );
      if (after.pool) {
        const make = after.pool === 'max' ? maxPool : avgPool;
        layers.push(make(`pool${i}`, 3, { stride: 2, ceil: true }));
      }
      if (after.dropout && v.dropout) layers.push(dropout(0.5, `drop${i}`));
    });
    layers.push({
      ...globalPool('gap', 'avg'),
      label: 'global average pool (replaces the fc layers)',
    });
    return { root: block('nin', 'network', layers) };
  },
});

const paper = {
  title: 'Network In Network',
  authors: 'Min Lin, Qiang Chen, Shuicheng Yan',
  venue: 'ICLR',
  year: 2014,
  link: 'arXiv:1312.4400',
};

const keyIdea =
  'Replace the linear filter of a conv layer with a tiny multilayer perceptron: each "mlpconv" is a k×k conv followed by 1×1 convs with ReLU, so every position is mapped through a small non-linear network that can separate more complex patterns than one filter bank. The last mlpconv produces one feature map per class and global average pooling turns each map into a score, replacing the fully connected layers that hold most of AlexNet’s parameters. Its 1×1 convolutions became the bottleneck layers of GoogLeNet and ResNet.';

export const ninPresets: Preset[] = [
  {
    id: 'nin-cifar10',
    family: 'nin',
    values: { dataset: 'cifar10' },
    era: 'early',
    info: {
      name: 'NiN (CIFAR-10)',
      family: 'Network in Network',
      year: 2013,
      paper,
      keyIdea,
      published: [
        params(966986, 'architectures.md §17 (calc, Caffe cifar10_nin)'),
        macs('222.5 M', 'architectures.md §17 (calc)'),
        error(1, 10.41, cifar(10, 'none'), 'paper Table 2 (architectures.md §17, paper†)'),
        error(1, 8.81, cifar(10, 'standard'), 'paper Table 2 (architectures.md §17, paper†)'),
        accuracy(1, 89.6, cifar(10), 'Caffe cifar10_nin model (architectures.md §17)'),
        error(1, 35.68, cifar(100), 'paper Table 3 (paper†)', {
          of: 'NiN for CIFAR-100 (dataset knob cifar100)',
        }),
      ],
      notes: [
        'The second pool is an average pool in the Caffe model the figures come from; all pools use Caffe’s ceil mode (32 → 16 → 8).',
        'Every conv, the class layer cccp6 included, is followed by ReLU as in the Caffe model.',
      ],
    },
  },
  {
    id: 'nin-imagenet',
    family: 'nin',
    values: { dataset: 'imagenet' },
    era: 'early',
    info: {
      name: 'NiN (ImageNet)',
      family: 'Network in Network',
      year: 2013,
      paper,
      keyIdea,
      published: [
        params(
          7595176,
          'architectures.md §17 (calc, Caffe model zoo nin_imagenet; "29 MB" snapshot)',
        ),
        macs('1.1 G', 'architectures.md §17 (calc, 224 input)'),
        accuracy(1, 59.36, imagenetVal(224), 'Caffe model zoo nin_imagenet readme'),
      ],
      notes: [
        'The ImageNet model is not in the paper: it is the authors’ Caffe model-zoo release, with AlexNet-like kernel sizes (11×11/4, 5×5, 3×3) and a fourth mlpconv of 1024 maps.',
        'About an eighth of AlexNet’s parameters (7.6 M vs 61 M) for similar accuracy: the fully connected layers are gone.',
      ],
    },
  },
];
