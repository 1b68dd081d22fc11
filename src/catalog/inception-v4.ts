/**
 * Inception-v4 and Inception-ResNet-v2 (Szegedy, Ioffe, Vanhoucke, Alemi 2016) as timm builds them
 * (timm/models/inception_v4.py, timm/models/inception_resnet_v2.py; ported from Google's
 * TensorFlow-Slim models). Default input 3×299×299, shapes C×H×W.
 *
 * Every conv is timm's BasicConv2d / ConvNormAct: conv without bias → batch norm (eps 1e-3) → ReLU.
 * Stem and reduction convs use no padding ("valid"), so 299 → 149 → 147 → 73 → 71 → 35 → 17 → 8.
 * The only convs with biases are Inception-ResNet's 1×1 up-projections before the residual add.
 * The 3×3/1 average pools in the pool branches exclude padding from the mean
 * (count_include_pad=False), which changes values but no shape or count.
 */
import {
  avgPool,
  block,
  concat,
  add,
  conv,
  dropout,
  fc,
  flatten,
  input,
  maxPool,
  parallel,
  relu,
} from './blocks';
import { classesKnob, defineFamily, int, real } from './knobs';
import {
  accuracy,
  error,
  imagenetVal,
  macs,
  params,
  topAccuracies,
  topErrors,
  type ModelInfo,
} from './info';
import type { Preset } from './types';
import type { BlockNode, Pair, ParallelNode, SpecNode } from '../engine/types';

/** timm's BasicConv2d: conv (bias=False) → BN (eps 1e-3) → ReLU, as one unit. */
function basicConv(
  name: string,
  out: number,
  kernel: Pair,
  opts: { stride?: number; padding?: Pair } = {},
): BlockNode {
  return block(name, 'conv-unit', [
    conv('conv', out, kernel, { stride: opts.stride, padding: opts.padding, bias: false }),
    { op: 'bn', name: 'bn', eps: 1e-3 },
    relu('relu'),
  ]);
}

/** A branch: a sequence of conv units (and pools) inside a multi-branch module. */
const branch = (name: string, layers: SpecNode[], label?: string): BlockNode =>
  block(name, 'branch', layers, { label });

const maxPool3s2 = (name: string) => maxPool(name, 3, { stride: 2 });
/** The pool branch's 3×3/1 average pool, padding 1 (count_include_pad=False in timm). */
const avgPool3s1 = (name = 'pool') => avgPool(name, 3, { stride: 1, padding: 1 });

// ---------------------------------------------------------------------------------------------
// Inception-v4 modules (timm class names in comments; paper figure numbers in labels)
// ---------------------------------------------------------------------------------------------

/** Stem (paper Figure 3): 3×299×299 → 384×35×35. */
function v4Stem(): BlockNode {
  return block(
    'stem',
    'stem',
    [
      basicConv('conv1', 32, 3, { stride: 2 }), // 149
      basicConv('conv2', 32, 3), // 147
      basicConv('conv3', 64, 3, { padding: 1 }), // 147
      // Mixed3a: max pool ∥ conv 3×3/2 → 64 + 96 = 160 @ 73
      parallel(
        'mixed3a',
        'inception',
        [maxPool3s2('pool'), basicConv('conv', 96, 3, { stride: 2 })],
        concat('concat'),
      ),
      // Mixed4a: → 96 + 96 = 192 @ 71
      parallel(
        'mixed4a',
        'inception',
        [
          branch('branch0', [basicConv('conv1', 64, 1), basicConv('conv2', 96, 3)]),
          branch('branch1', [
            basicConv('conv1', 64, 1),
            basicConv('conv2', 64, [1, 7], { padding: [0, 3] }),
            basicConv('conv3', 64, [7, 1], { padding: [3, 0] }),
            basicConv('conv4', 96, 3),
          ]),
        ],
        concat('concat'),
      ),
      // Mixed5a: conv 3×3/2 ∥ max pool → 192 + 192 = 384 @ 35
      parallel(
        'mixed5a',
        'inception',
        [basicConv('conv', 192, 3, { stride: 2 }), maxPool3s2('pool')],
        concat('concat'),
      ),
    ],
    { label: 'Stem (Figure 3): 299×299×3 → 35×35×384' },
  );
}

/** Inception-A (Figure 4): 384 → 96 + 96 + 96 + 96 = 384 @ 35×35. */
function inceptionA(name: string): ParallelNode {
  return parallel(
    name,
    'inception',
    [
      branch('branch0', [basicConv('conv', 96, 1)], '1×1'),
      branch(
        'branch1',
        [basicConv('conv1', 64, 1), basicConv('conv2', 96, 3, { padding: 1 })],
        '1×1 → 3×3',
      ),
      branch(
        'branch2',
        [
          basicConv('conv1', 64, 1),
          basicConv('conv2', 96, 3, { padding: 1 }),
          basicConv('conv3', 96, 3, { padding: 1 }),
        ],
        '1×1 → 3×3 → 3×3',
      ),
      branch('branch3', [avgPool3s1(), basicConv('conv', 96, 1)], 'avg 3×3 → 1×1'),
    ],
    concat('concat'),
    { label: 'Inception-A (Figure 4)' },
  );
}

/**
 * Reduction-A (Figure 7) with the paper's filter counts: n (3×3/2) ∥ k → l → m (1×1, 3×3,
 * 3×3/2) ∥ 3×3/2 max pool, concatenated. Inception-v4 uses k=192 l=224 m=256 n=384
 * (384 @ 35 → 384 + 256 + 384 = 1024 @ 17); Inception-ResNet-v2's Mixed_6a k=256 l=256 m=384
 * n=384 (320 @ 35 → 384 + 384 + 320 = 1088 @ 17).
 */
function reductionA(
  name: string,
  f: { k: number; l: number; m: number; n: number },
  label: string,
): ParallelNode {
  return parallel(
    name,
    'inception',
    [
      branch('branch0', [basicConv('conv', f.n, 3, { stride: 2 })], '3×3/2'),
      branch(
        'branch1',
        [
          basicConv('conv1', f.k, 1),
          basicConv('conv2', f.l, 3, { padding: 1 }),
          basicConv('conv3', f.m, 3, { stride: 2 }),
        ],
        '1×1 → 3×3 → 3×3/2',
      ),
      maxPool3s2('branch2'),
    ],
    concat('concat'),
    { label },
  );
}

/** Inception-B (Figure 5): 1024 → 384 + 256 + 256 + 128 = 1024 @ 17×17. */
function inceptionB(name: string): ParallelNode {
  return parallel(
    name,
    'inception',
    [
      branch('branch0', [basicConv('conv', 384, 1)], '1×1'),
      branch(
        'branch1',
        [
          basicConv('conv1', 192, 1),
          basicConv('conv2', 224, [1, 7], { padding: [0, 3] }),
          basicConv('conv3', 256, [7, 1], { padding: [3, 0] }),
        ],
        '1×1 → 1×7 → 7×1',
      ),
      branch(
        'branch2',
        [
          basicConv('conv1', 192, 1),
          basicConv('conv2', 192, [7, 1], { padding: [3, 0] }),
          basicConv('conv3', 224, [1, 7], { padding: [0, 3] }),
          basicConv('conv4', 224, [7, 1], { padding: [3, 0] }),
          basicConv('conv5', 256, [1, 7], { padding: [0, 3] }),
        ],
        '1×1 → 7×1 → 1×7 → 7×1 → 1×7',
      ),
      branch('branch3', [avgPool3s1(), basicConv('conv', 128, 1)], 'avg 3×3 → 1×1'),
    ],
    concat('concat'),
    { label: 'Inception-B (Figure 5)' },
  );
}

/** Reduction-B (Figure 8): 1024 @ 17 → 192 + 320 + 1024 = 1536 @ 8. */
function reductionB(): ParallelNode {
  return parallel(
    'reduction_b',
    'inception',
    [
      branch(
        'branch0',
        [basicConv('conv1', 192, 1), basicConv('conv2', 192, 3, { stride: 2 })],
        '1×1 → 3×3/2',
      ),
      branch(
        'branch1',
        [
          basicConv('conv1', 256, 1),
          basicConv('conv2', 256, [1, 7], { padding: [0, 3] }),
          basicConv('conv3', 320, [7, 1], { padding: [3, 0] }),
          basicConv('conv4', 320, 3, { stride: 2 }),
        ],
        '1×1 → 1×7 → 7×1 → 3×3/2',
      ),
      maxPool3s2('branch2'),
    ],
    concat('concat'),
    { label: 'Reduction-B (Figure 8): 17×17 → 8×8' },
  );
}

/** A conv unit that forks into a 1×3 and a 3×1 conv whose outputs are concatenated. */
function split13(name: string, out: number): ParallelNode {
  return parallel(
    name,
    'branch',
    [
      basicConv('conv1x3', out, [1, 3], { padding: [0, 1] }),
      basicConv('conv3x1', out, [3, 1], { padding: [1, 0] }),
    ],
    concat('concat'),
    { label: `1×3 ∥ 3×1, ${out} each` },
  );
}

/** Inception-C (Figure 6): 1536 → 256 + 512 + 512 + 256 = 1536 @ 8×8. */
function inceptionC(name: string): ParallelNode {
  return parallel(
    name,
    'inception',
    [
      branch('branch0', [basicConv('conv', 256, 1)], '1×1'),
      branch('branch1', [basicConv('conv1', 384, 1), split13('split', 256)], '1×1 → (1×3 ∥ 3×1)'),
      branch(
        'branch2',
        [
          basicConv('conv1', 384, 1),
          basicConv('conv2', 448, [3, 1], { padding: [1, 0] }),
          basicConv('conv3', 512, [1, 3], { padding: [0, 1] }),
          split13('split', 256),
        ],
        '1×1 → 3×1 → 1×3 → (1×3 ∥ 3×1)',
      ),
      branch('branch3', [avgPool3s1(), basicConv('conv', 256, 1)], 'avg 3×3 → 1×1'),
    ],
    concat('concat'),
    { label: 'Inception-C (Figure 6)' },
  );
}

/** A stage block of repeated modules; no stage at all when there are none. */
function stage(name: string, label: string, modules: SpecNode[]): SpecNode[] {
  if (modules.length === 0) return [];
  return [block(name, 'stage', modules, { label: `${modules.length}× ${label}` })];
}

const times = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i + 1));

/** Global average pool → flatten → dropout → FC, timm's create_classifier(…, 'avg'). */
function head(classes: number, p: number, fcName: string): BlockNode {
  const layers: SpecNode[] = [
    { op: 'pool', name: 'global_pool', mode: 'avg', global: true },
    flatten('flatten'),
  ];
  if (p > 0) layers.push(dropout(p, 'dropout'));
  layers.push(fc(fcName, classes));
  return block('head', 'classifier', layers, { label: 'Global average pool → dropout → FC' });
}

/** The knobs both networks share: dropout before the classifier and its classes. */
const headKnobs = {
  dropout: real({
    label: 'Dropout',
    default: 0.2,
    min: 0,
    max: 0.95,
    step: 0.05,
    help: 'Drop probability before the classifier: the paper keeps 0.8 (p = 0.2); timm’s default drop_rate is 0 (no dropout layer). No effect on parameters or MACs.',
  }),
  classes: classesKnob(
    1000,
    'Outputs of the last fully connected layer (Google’s released checkpoints have 1001: a background class).',
  ),
};

/** How many modules of one kind a stage stacks. */
const countKnob = (label: string, dflt: number, max: number, help: string) =>
  int({ label, default: dflt, min: 0, max, help });

export const inceptionV4Family = defineFamily({
  id: 'inception-v4',
  name: 'Inception-v4',
  knobs: {
    blocksA: countKnob('Inception-A blocks', 4, 16, 'Inception-A modules at 35×35 (paper: 4).'),
    blocksB: countKnob('Inception-B blocks', 7, 24, 'Inception-B modules at 17×17 (paper: 7).'),
    blocksC: countKnob('Inception-C blocks', 3, 16, 'Inception-C modules at 8×8 (paper: 3).'),
    ...headKnobs,
  },
  build(v) {
    return {
      root: block('inception_v4', 'network', [
        input([3, 299, 299]),
        v4Stem(),
        ...stage(
          'stage_a',
          'Inception-A (35×35×384)',
          times(v.blocksA, (i) => inceptionA(`inception_a${i}`)),
        ),
        reductionA(
          'reduction_a',
          { k: 192, l: 224, m: 256, n: 384 },
          'Reduction-A (Figure 7): 35×35 → 17×17',
        ),
        ...stage(
          'stage_b',
          'Inception-B (17×17×1024)',
          times(v.blocksB, (i) => inceptionB(`inception_b${i}`)),
        ),
        reductionB(),
        ...stage(
          'stage_c',
          'Inception-C (8×8×1536)',
          times(v.blocksC, (i) => inceptionC(`inception_c${i}`)),
        ),
        head(v.classes, v.dropout, 'last_linear'),
      ]),
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Inception-ResNet-v2 modules (timm: Mixed_5b, Block35, Mixed_6a, Block17, Mixed_7a, Block8)
// ---------------------------------------------------------------------------------------------

/**
 * A residual Inception block: ReLU(x + scale · up(concat(branches(x)))), `up` a 1×1 conv with
 * bias that restores the input channels. The scale is a constant multiply (no parameters, no
 * MACs); it is recorded in `meta.residualScale`. The empty `shortcut` block is the identity.
 */
function residualInception(
  name: string,
  label: string,
  branches: SpecNode[],
  channels: number,
  scale: number,
  withRelu: boolean,
): BlockNode {
  const residual = block(
    'residual',
    'branch',
    [
      parallel('mixed', 'inception', branches, concat('concat')),
      conv('up', channels, 1, { bias: true, label: `conv 1×1, ${channels} (bias), × ${scale}` }),
    ],
    { label: `Inception branches → 1×1 up-projection, scaled by ${scale}` },
  );
  const sum = parallel('sum', 'branch', [residual, block('shortcut', 'shortcut', [])], add('add'), {
    label: 'scaled residual + identity',
  });
  return block(name, 'residual', withRelu ? [sum, relu('relu')] : [sum], {
    label,
    meta: { residualScale: scale, reluAfterAdd: withRelu },
    note: withRelu
      ? undefined
      : 'The last block before conv2d_7b has residual scale 1.0 and no ReLU after the add (timm Block8(no_relu=True)).',
  });
}

/** Block35 = Inception-ResNet-A (Figure 16): 320 @ 35×35. */
function block35(name: string, scale: number): BlockNode {
  return residualInception(
    name,
    `Inception-ResNet-A (×${scale})`,
    [
      branch('branch0', [basicConv('conv', 32, 1)], '1×1'),
      branch(
        'branch1',
        [basicConv('conv1', 32, 1), basicConv('conv2', 32, 3, { padding: 1 })],
        '1×1 → 3×3',
      ),
      branch(
        'branch2',
        [
          basicConv('conv1', 32, 1),
          basicConv('conv2', 48, 3, { padding: 1 }),
          basicConv('conv3', 64, 3, { padding: 1 }),
        ],
        '1×1 → 3×3 → 3×3',
      ),
    ],
    320,
    scale,
    true,
  );
}

/** Block17 = Inception-ResNet-B (Figure 17): 1088 @ 17×17. */
function block17(name: string, scale: number): BlockNode {
  return residualInception(
    name,
    `Inception-ResNet-B (×${scale})`,
    [
      branch('branch0', [basicConv('conv', 192, 1)], '1×1'),
      branch(
        'branch1',
        [
          basicConv('conv1', 128, 1),
          basicConv('conv2', 160, [1, 7], { padding: [0, 3] }),
          basicConv('conv3', 192, [7, 1], { padding: [3, 0] }),
        ],
        '1×1 → 1×7 → 7×1',
      ),
    ],
    1088,
    scale,
    true,
  );
}

/** Block8 = Inception-ResNet-C (Figure 19): 2080 @ 8×8. */
function block8(name: string, scale: number, withRelu: boolean): BlockNode {
  return residualInception(
    name,
    `Inception-ResNet-C (×${scale})`,
    [
      branch('branch0', [basicConv('conv', 192, 1)], '1×1'),
      branch(
        'branch1',
        [
          basicConv('conv1', 192, 1),
          basicConv('conv2', 224, [1, 3], { padding: [0, 1] }),
          basicConv('conv3', 256, [3, 1], { padding: [1, 0] }),
        ],
        '1×1 → 1×3 → 3×1',
      ),
    ],
    2080,
    scale,
    withRelu,
  );
}

/** Stem (timm conv2d_1a … mixed_5b): 3×299×299 → 320×35×35. */
function irv2Stem(): BlockNode {
  return block(
    'stem',
    'stem',
    [
      basicConv('conv2d_1a', 32, 3, { stride: 2 }), // 149
      basicConv('conv2d_2a', 32, 3), // 147
      basicConv('conv2d_2b', 64, 3, { padding: 1 }), // 147
      maxPool3s2('maxpool_3a'), // 73
      basicConv('conv2d_3b', 80, 1), // 73
      basicConv('conv2d_4a', 192, 3), // 71
      maxPool3s2('maxpool_5a'), // 35
      // Mixed_5b: 96 + 64 + 96 + 64 = 320 @ 35
      parallel(
        'mixed_5b',
        'inception',
        [
          branch('branch0', [basicConv('conv', 96, 1)], '1×1'),
          branch(
            'branch1',
            [basicConv('conv1', 48, 1), basicConv('conv2', 64, 5, { padding: 2 })],
            '1×1 → 5×5',
          ),
          branch(
            'branch2',
            [
              basicConv('conv1', 64, 1),
              basicConv('conv2', 96, 3, { padding: 1 }),
              basicConv('conv3', 96, 3, { padding: 1 }),
            ],
            '1×1 → 3×3 → 3×3',
          ),
          branch('branch3', [avgPool3s1(), basicConv('conv', 64, 1)], 'avg 3×3 → 1×1'),
        ],
        concat('concat'),
        { label: 'Mixed 5b (Inception-A style): 320 channels' },
      ),
    ],
    { label: 'Stem: 299×299×3 → 35×35×320' },
  );
}

/** Mixed_7a = Reduction-B (Figure 18): 1088 @ 17 → 384 + 288 + 320 + 1088 = 2080 @ 8. */
function mixed7a(): ParallelNode {
  return parallel(
    'mixed_7a',
    'inception',
    [
      branch(
        'branch0',
        [basicConv('conv1', 256, 1), basicConv('conv2', 384, 3, { stride: 2 })],
        '1×1 → 3×3/2',
      ),
      branch(
        'branch1',
        [basicConv('conv1', 256, 1), basicConv('conv2', 288, 3, { stride: 2 })],
        '1×1 → 3×3/2',
      ),
      branch(
        'branch2',
        [
          basicConv('conv1', 256, 1),
          basicConv('conv2', 288, 3, { padding: 1 }),
          basicConv('conv3', 320, 3, { stride: 2 }),
        ],
        '1×1 → 3×3 → 3×3/2',
      ),
      maxPool3s2('branch3'),
    ],
    concat('concat'),
    { label: 'Reduction-B: 17×17 → 8×8' },
  );
}

function scaleKnob(label: string, dflt: number) {
  return real({
    label,
    default: dflt,
    min: 0,
    max: 1,
    step: 0.01,
    help: 'Factor on the residual branch before the add (paper §3.3: 0.1–0.3 keeps training stable). A constant multiply: no parameters or MACs.',
  });
}

export const inceptionResnetV2Family = defineFamily({
  id: 'inception-resnet-v2',
  name: 'Inception-ResNet-v2',
  knobs: {
    blocks35: countKnob(
      'Inception-ResNet-A blocks',
      10,
      30,
      'Block35 modules at 35×35×320 (timm: 10; the paper’s Figure 15 draws 5).',
    ),
    blocks17: countKnob(
      'Inception-ResNet-B blocks',
      20,
      40,
      'Block17 modules at 17×17×1088 (timm: 20; the paper’s Figure 15 draws 10).',
    ),
    blocks8: countKnob(
      'Inception-ResNet-C blocks',
      10,
      30,
      'Block8 modules at 8×8×2080, the last one unscaled and without ReLU (timm: 9 + 1; the paper’s Figure 15 draws 5).',
    ),
    scale35: scaleKnob('Residual scale A', 0.17),
    scale17: scaleKnob('Residual scale B', 0.1),
    scale8: scaleKnob('Residual scale C', 0.2),
    ...headKnobs,
  },
  build(v) {
    const { blocks35: n35, blocks17: n17, blocks8: n8, scale35: s35, scale17: s17, scale8: s8 } = v;
    // timm: `repeat_2` holds n8 − 1 scaled blocks, then `block8` (scale 1.0, no ReLU).
    const blocks8 = times(n8, (i) =>
      i < n8 ? block8(`block8_${i}`, s8, true) : block8(`block8_${i}`, 1, false),
    );
    return {
      root: block('inception_resnet_v2', 'network', [
        input([3, 299, 299]),
        irv2Stem(),
        ...stage(
          'stage_35',
          'Inception-ResNet-A (35×35×320)',
          times(n35, (i) => block35(`block35_${i}`, s35)),
        ),
        reductionA('mixed_6a', { k: 256, l: 256, m: 384, n: 384 }, 'Reduction-A: 35×35 → 17×17'),
        ...stage(
          'stage_17',
          'Inception-ResNet-B (17×17×1088)',
          times(n17, (i) => block17(`block17_${i}`, s17)),
        ),
        mixed7a(),
        ...stage('stage_8', 'Inception-ResNet-C (8×8×2080)', blocks8),
        basicConv('conv2d_7b', 1536, 1),
        head(v.classes, v.dropout, 'classif'),
      ]),
    };
  },
});

const paper = {
  title: 'Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning',
  authors: 'Christian Szegedy, Sergey Ioffe, Vincent Vanhoucke, Alexander A. Alemi',
  venue: 'AAAI',
  year: 2017,
  link: 'arXiv:1602.07261',
};

const recipe = [
  {
    item: 'optimizer',
    value: 'RMSProp, decay 0.9, ε 1.0 (20 replicas, TensorFlow distributed training)',
    source: 'paper §4',
  },
  {
    item: 'learning rate',
    value: '0.045, decayed every two epochs by a factor 0.94',
    source: 'paper §4',
  },
];

const ensemble = error(
  5,
  3.08,
  { dataset: 'ILSVRC-2012 test', models: 4 },
  'paper abstract: 3 × Inception-ResNet-v2 + 1 × Inception-v4',
  { of: 'an ensemble of three Inception-ResNet-v2 and one Inception-v4' },
);

/** timm's results-imagenet.csv: 299×299, one centre crop. */
const TIMM_299 = imagenetVal(299, 1);
/** Paper Table 2: single crop, 299×299. */
const PAPER_1CROP = imagenetVal(299, 1);

const timmCounter = (calc: string) =>
  `timm’s benchmark counter (infer_gmacs) counts more than the conv and fc multiply-accumulates: conv + fc give ${calc} (architectures.md §7)`;

const timmResults = 'timm results/results-imagenet.csv (commit 0173a13)';
const timmBench = 'timm results/benchmark-infer-amp-nchw-pt240-cu124-rtx4090.csv (infer_gmacs)';

const v4Info: ModelInfo = {
  name: 'Inception-v4',
  family: 'Inception',
  year: 2016,
  paper,
  keyIdea:
    'A cleaned-up, uniform Inception: a deep stem of valid-padded convolutions brings 299×299 down to 35×35, then three kinds of Inception modules (A at 35×35, B at 17×17, C at 8×8) are stacked 4, 7 and 3 times, with dedicated Reduction modules between them that halve the grid by running strided convolutions and a max pool in parallel. Large filters are factorized (n×n into 1×n then n×1; 5×5 into two 3×3), so the network reaches 42.7 M parameters and about 12 G multiply-adds while matching Inception-ResNet-v2 accuracy without any residual connection.',
  published: [
    params(42679816, 'architectures.md §7 (calc from timm inception_v4.py)'),
    params('42.68 M', timmResults),
    macs('12.28 G', timmBench, { differs: timmCounter('12,253,974,624') }),
    accuracy(
      1,
      80.156,
      TIMM_299,
      `${timmResults}, inception_v4.tf_in1k (architectures.md §7 quotes 80.144 from another version)`,
    ),
    accuracy(5, 94.968, TIMM_299, `${timmResults}, inception_v4.tf_in1k`),
    ...topErrors(
      20.0,
      5.0,
      PAPER_1CROP,
      'paper Table 2, single crop (quoted in architectures.md §7, not re-read from the PDF)',
    ),
    ensemble,
  ],
  recipe,
  notes: [
    'Built as timm’s inception_v4 (ported from TF-Slim): every conv has batch norm (eps 1e-3) and no bias, so the 42,679,816 parameters are conv weights, BN γ/β and the classifier.',
    'MACs (conv + FC) 12,253,974,624; timm’s benchmark lists 12.28 G because its counter also includes some non-conv operations.',
    'The pool branches average 3×3 windows without counting padding (count_include_pad=False): no effect on shapes or counts.',
    'timm’s default drop_rate is 0 (no dropout layer); the paper keeps 0.8 before the classifier, which is this entry’s default. Dropout has no parameters.',
  ],
};

const irv2Info: ModelInfo = {
  name: 'Inception-ResNet-v2',
  family: 'Inception',
  year: 2016,
  paper,
  keyIdea:
    'Inception meets ResNet: each Inception module becomes the residual branch of a block, its concatenated branches projected back to the input width by a 1×1 conv (with bias) and added to an identity shortcut. Residual connections speed up training markedly; the residual branch is scaled by 0.1–0.3 before the add, because without the scaling very wide residual networks "died" early in training. With 10 A-, 20 B- and 10 C-blocks (timm’s build of the TF-Slim release) it reaches about 80.5% top-1 at 55.8 M parameters and 13 G multiply-adds.',
  published: [
    params('55.84 M', `${timmResults}, inception_resnet_v2.tf_in1k`),
    macs('13.18 G', timmBench, { differs: timmCounter('13,155,794,016') }),
    ...topAccuracies(80.462, 95.308, TIMM_299, `${timmResults}, inception_resnet_v2.tf_in1k`),
    ...topErrors(
      19.9,
      4.9,
      PAPER_1CROP,
      'paper Table 2, single crop (as commonly quoted; not re-read from the PDF)',
      { of: 'the paper’s Inception-ResNet-v2 (Figure 15: 5/10/5 blocks, its own stem)' },
    ),
    ensemble,
  ],
  recipe: [
    ...recipe,
    {
      item: 'residual scaling',
      value:
        '0.17 (A), 0.10 (B), 0.20 (C) in the TF-Slim/timm release; the paper recommends 0.1–0.3',
      source: 'timm inception_resnet_v2.py; paper §3.3',
    },
  ],
  notes: [
    'Built as timm’s inception_resnet_v2: computed 55,843,464 parameters (timm: 55.84 M) and 13,155,794,016 MACs (timm’s benchmark: 13.18 G, its counter includes some non-conv operations).',
    'timm stacks 10 Block35, 20 Block17 and 9 + 1 Block8 (the last one unscaled, without ReLU); the paper’s Figure 15 draws 5, 10 and 5 blocks. The stem is TF-Slim’s (conv 3×3 ×3, pool, 1×1 80, 3×3 192, pool, Mixed 5b → 320 channels), not the paper’s Figure 3 stem (384 channels).',
    'The residual scale is a constant multiply on the branch output: no parameters and no MACs. The 1×1 up-projection convs are the only convs with biases (no batch norm after them).',
    'timm’s default drop_rate is 0 (no dropout layer); the paper keeps 0.8 before the classifier, which is this entry’s default.',
  ],
};

// Era 'resnet': both networks come from the 2016 paper that answered ResNet (Inception-ResNet-v2 is
// a residual network; Inception-v4 is its non-residual control), so they sit with the ResNet family
// and its improvements rather than with the 2014 winners.
export const inceptionV4Presets: Preset[] = [
  { id: 'inception-v4', family: 'inception-v4', values: {}, era: 'resnet', info: v4Info },
  {
    id: 'inception-resnet-v2',
    family: 'inception-resnet-v2',
    values: {},
    era: 'resnet',
    info: irv2Info,
  },
];
