/**
 * SqueezeNet (Iandola et al. 2016), as torchvision builds it: fire modules (a 1×1 "squeeze"
 * conv feeding parallel 1×1 and 3×3 "expand" convs whose outputs are concatenated), max pools in
 * ceil mode, no fully connected layer: dropout 0.5 → conv10 1×1 → ReLU → global average pool.
 * All convs have biases; there is no batch norm.
 */
import {
  block,
  concat,
  conv,
  dropout,
  flatten,
  globalPool,
  input,
  maxPool,
  parallel,
  relu,
} from './blocks';
import { choice, classesKnob, defineFamily, knobError, real } from './knobs';
import {
  flops,
  imagenetVal,
  macs,
  params,
  topAccuracies,
  TORCHVISION_EVAL,
  type Citation,
} from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

/**
 * The paper's microarchitecture metaparameters (§5, "CNN microarchitecture design space"):
 * fire module i (i = 0 for fire2) has e_i = base_e + incr_e·⌊i / freq⌋ expand filters, of which
 * pct_3x3·e_i are 3×3, and SR·e_i squeeze filters. SqueezeNet: base_e = 128, incr_e = 128,
 * freq = 2, pct_3x3 = 0.5, SR = 0.125.
 */
const BASE_E = 128;
const INCR_E = 128;
const FREQ = 2;
const FIRES = 8;

export interface FireWidths {
  squeeze: number;
  expand1: number;
  expand3: number;
}

/** Squeeze / expand widths of fire2…fire9 for a squeeze ratio and 3×3 share (clear errors when not whole). */
export function fireWidths(squeezeRatio: number, pct3x3: number): FireWidths[] {
  const out: FireWidths[] = [];
  for (let i = 0; i < FIRES; i++) {
    const e = BASE_E + INCR_E * Math.floor(i / FREQ);
    const s = squeezeRatio * e;
    const e3 = pct3x3 * e;
    const fire = `fire${i + 2}`;
    if (!Number.isInteger(s) || s < 1)
      knobError({ code: 'squeeze-ratio', sr: squeezeRatio, e, s, fire });
    if (!Number.isInteger(e3) || e3 < 1 || e3 >= e)
      knobError({ code: 'squeeze-pct', pct: pct3x3, e, e3, fire });
    out.push({ squeeze: s, expand1: e - e3, expand3: e3 });
  }
  return out;
}

function fire(name: string, w: FireWidths): SpecNode {
  return block(
    name,
    'fire',
    [
      conv('squeeze', w.squeeze, 1),
      relu('squeeze_activation'),
      parallel(
        'expand',
        'branch',
        [
          block('expand1x1', 'branch', [conv('conv', w.expand1, 1), relu('relu')], {
            label: `expand 1×1, ${w.expand1}`,
          }),
          block('expand3x3', 'branch', [conv('conv', w.expand3, 3, { padding: 1 }), relu('relu')], {
            label: `expand 3×3, ${w.expand3}`,
          }),
        ],
        concat('concat'),
        { label: `expand ${w.expand1} + ${w.expand3} → ${w.expand1 + w.expand3}` },
      ),
    ],
    {
      label: `${name}: squeeze ${w.squeeze}, expand ${w.expand1} + ${w.expand3}`,
      meta: { squeeze: w.squeeze, expand1x1: w.expand1, expand3x3: w.expand3 },
    },
  );
}

const pool = (name: string): SpecNode => maxPool(name, 3, { stride: 2, ceil: true });

export const squeezenetFamily = defineFamily({
  id: 'squeezenet',
  name: 'SqueezeNet',
  knobs: {
    version: choice(['1.0', '1.1'], {
      label: 'Version',
      default: '1.0',
      labels: {
        '1.0': 'SqueezeNet 1.0 (conv1 7×7/2, 96; pools after conv1, fire4, fire8)',
        '1.1': 'SqueezeNet 1.1 (conv1 3×3/2, 64; pools after conv1, fire3, fire5)',
      },
      help: 'v1.1 moves the pools earlier and shrinks conv1: same accuracy with 2.4× fewer MACs.',
    }),
    squeezeRatio: real({
      label: 'Squeeze ratio SR',
      default: 0.125,
      min: 0.0078125,
      max: 1,
      step: 0.125,
      help: 'Squeeze filters as a share of the expand filters of the same fire module (paper §5.1).',
    }),
    pct3x3: real({
      label: '3×3 share of expand',
      default: 0.5,
      min: 0.0078125,
      max: 0.9921875,
      step: 0.125,
      help: 'Share of a fire module’s expand filters that are 3×3 rather than 1×1 (paper §5.2).',
    }),
    classes: classesKnob(
      1000,
      'Filters of conv10, the 1×1 conv that replaces the fully connected classifier.',
    ),
  },
  build(v) {
    const version = v.version;
    const w = fireWidths(v.squeezeRatio, v.pct3x3);
    const f = (i: number): SpecNode => fire(`fire${i}`, w[i - 2]);
    const features: SpecNode[] =
      version === '1.0'
        ? [
            conv('conv1', 96, 7, { stride: 2 }),
            relu('relu1'),
            pool('maxpool1'),
            f(2),
            f(3),
            f(4),
            pool('maxpool4'),
            f(5),
            f(6),
            f(7),
            f(8),
            pool('maxpool8'),
            f(9),
          ]
        : [
            conv('conv1', 64, 3, { stride: 2 }),
            relu('relu1'),
            pool('maxpool1'),
            f(2),
            f(3),
            pool('maxpool3'),
            f(4),
            f(5),
            pool('maxpool5'),
            f(6),
            f(7),
            f(8),
            f(9),
          ];
    const classes = v.classes;
    return {
      root: block('squeezenet', 'network', [
        input([3, 224, 224]),
        block('features', 'features', features),
        block(
          'classifier',
          'classifier',
          [
            dropout(0.5, 'drop9'),
            conv('conv10', classes, 1),
            relu('relu10'),
            globalPool('pool10'),
            flatten('flatten'),
          ],
          { label: `Classifier: dropout 0.5, conv 1×1 ${classes}, global avg pool` },
        ),
      ]),
    };
  },
});

const paper: Citation = {
  title: 'SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB model size',
  authors:
    'Forrest N. Iandola, Song Han, Matthew W. Moskewicz, Khalid Ashraf, William J. Dally, Kurt Keutzer',
  venue: 'arXiv preprint',
  year: 2016,
  link: 'arXiv:1602.07360',
};

const keyIdea =
  'Reach AlexNet accuracy with 50× fewer parameters by three design rules: replace most 3×3 filters with 1×1 filters, feed the remaining 3×3 filters fewer input channels through a 1×1 "squeeze" layer, and downsample late so the convs work on large maps. The fire module packs the first two rules: squeeze 1×1 (s filters) → expand with e₁ 1×1 and e₃ 3×3 filters side by side, concatenated. There is no fully connected layer: a 1×1 conv with one filter per class and a global average pool make the classifier. 1.25 M parameters (4.8 MB in fp32, under 0.5 MB after Deep Compression).';

const ARCH = 'architectures.md §15';

export const squeezenetPresets: Preset[] = [
  {
    id: 'squeezenet1.0',
    family: 'squeezenet',
    values: { version: '1.0' },
    era: 'efficient',
    info: {
      name: 'SqueezeNet 1.0',
      family: 'SqueezeNet',
      year: 2016,
      paper,
      keyIdea,
      published: [
        params(
          1248424,
          `torchvision squeezenet1_0 (num_params); paper Table 1 "before pruning" column sums to it (${ARCH})`,
        ),
        macs('0.819 G', 'torchvision squeezenet1_0 _ops "GFLOPS" (which are MACs), 224×224'),
        flops('1.72 G', 'forresti/SqueezeNet README (227×227, conv10 pad 1)', {
          input: [3, 227, 227],
          differs:
            'the Caffe release also pads conv10 by 1, so its last maps are 15×15, not 13×13: 861.3 M MACs × 2 = 1.72 G (architectures.md §15). The torchvision build here has no such pad.',
        }),
        ...topAccuracies(
          58.092,
          80.42,
          TORCHVISION_EVAL,
          'torchvision SqueezeNet1_0_Weights.IMAGENET1K_V1',
        ),
        ...topAccuracies(57.5, 80.3, imagenetVal(227), 'paper Table 2 (Caffe, 227×227 crops)'),
      ],
      notes: [
        'Built as torchvision builds it, at 224×224: conv1 gives 109×109 and the final maps are 13×13 (818.9 M MACs).',
        "The Caffe release (forresti/SqueezeNet) feeds 227×227 crops (conv1 → 111×111) and gives conv10 pad: 1, so its final maps are 15×15: 861.3 M MACs, the README's 1.72 GFLOPs = 2 × MACs. Parameters are the same, 1,248,424 (4.8 MB in fp32).",
        "Max pools use ceil mode (Caffe's rounding; torchvision ceil_mode=True): 109 → 54 → 27 → 13.",
        'The dropout 0.5 before conv10 acts only in training.',
      ],
    },
  },
  {
    id: 'squeezenet1.1',
    family: 'squeezenet',
    values: { version: '1.1' },
    era: 'efficient',
    info: {
      name: 'SqueezeNet 1.1',
      family: 'SqueezeNet',
      year: 2016,
      paper,
      keyIdea,
      published: [
        params(1235496, `torchvision squeezenet1_1 (num_params); ${ARCH}`),
        macs('0.349 G', 'torchvision squeezenet1_1 _ops "GFLOPS" (which are MACs), 224×224'),
        flops('0.72 G', 'forresti/SqueezeNet v1.1 README ("2.4× less computation than 1.0")', {
          input: [3, 227, 227],
          differs:
            '0.72 is 1.72 G / 2.4, the README’s "2.4× less computation" claim, not a count: v1.1 at 227×227 has 387.7 M MACs = 0.78 GFLOPs (architectures.md §15)',
        }),
        ...topAccuracies(
          58.178,
          80.624,
          TORCHVISION_EVAL,
          'torchvision SqueezeNet1_1_Weights.IMAGENET1K_V1',
        ),
      ],
      notes: [
        'Not in the paper: the v1.1 release (forresti/SqueezeNet README) has conv1 3×3/2 with 64 filters and moves the pools to after conv1, fire3 and fire5, so more fire modules run at low resolution.',
        'At 227×227 (Caffe crop) the MACs are 387.7 M (README "0.72 GFLOPS" ≈ 2 × MACs); at 224×224, 349.2 M.',
        'Max pools use ceil mode: 111 → 55 → 27 → 13.',
      ],
    },
  },
];
