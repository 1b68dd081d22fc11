/**
 * SENet (Hu et al. 2017) as the original releases / timm's `legacy_` models build it
 * (timm/models/senet.py): ResNet/ResNeXt bottlenecks with a squeeze-and-excitation module on the
 * residual branch before the addition; the SE "FCs" are 1×1 convs with bias; stem max pool is
 * 3×3/2 in ceil mode without padding; SENet-154 has a three-conv stem, 2p→4p bottlenecks with 64
 * groups and 3×3 stride-2 downsampling shortcuts. Built by `residualNet`.
 */
import { bn, conv, maxPool, relu } from './blocks';
import { choice, classesKnob, defineFamily, int, knobError, real } from './knobs';
import { imagenetVal, macs, params, topErrors, type PublishedFigure } from './info';
import { imagenetStages, RESNET_RECIPE, residualNet, strideKnob, type BlockType } from './resnet';
import type { KnobValues, Preset } from './types';
import type { SpecNode } from '../engine/types';

function senetStem(kind: '7x7' | '3x3'): { layers: SpecNode[]; out: number } {
  const pool = maxPool('pool', 3, { stride: 2, ceil: true });
  if (kind === '3x3')
    return {
      layers: [
        conv('conv1', 64, 3, { stride: 2, padding: 1, bias: false }),
        bn('bn1'),
        relu('relu1'),
        conv('conv2', 64, 3, { padding: 1, bias: false }),
        bn('bn2'),
        relu('relu2'),
        conv('conv3', 128, 3, { padding: 1, bias: false }),
        bn('bn3'),
        relu('relu3'),
        pool,
      ],
      out: 128,
    };
  return {
    layers: [
      conv('conv1', 64, 7, { stride: 2, padding: 3, bias: false }),
      bn('bn1'),
      relu('relu1'),
      pool,
    ],
    out: 64,
  };
}

export const senetFamily = defineFamily({
  id: 'senet',
  name: 'SENet',
  knobs: {
    depth: choice([18, 34, 50, 101, 152], {
      label: 'Depth',
      default: 50,
      labels: (d) => `${d} (${d < 50 ? 'basic' : 'bottleneck'} blocks)`,
      help: 'Stage layout of the ResNet of the same depth; 18 and 34 use basic blocks (timm legacy_seresnet18/34).',
    }),
    reduction: int({
      label: 'SE reduction r',
      default: 16,
      min: 1,
      max: 256,
      help: 'The excitation’s hidden layer has ⌊C/r⌋ units for a block with C output channels (paper: r = 16).',
    }),
    cardinality: int({
      label: 'Cardinality C',
      default: 1,
      min: 1,
      max: 128,
      help: 'Groups of the 3×3 conv: 1 = SE-ResNet, 32 = SE-ResNeXt, 64 = SENet-154.',
    }),
    groupWidth: int({
      label: 'Bottleneck width d',
      default: 64,
      min: 1,
      max: 512,
      help: 'Channels per group in layer1, doubling per stage: grouped width ⌊planes·d/64⌋·C (SE-ResNet d = 64, SE-ResNeXt 32×4d, SENet-154 64×4d). Bottleneck blocks only.',
    }),
    bottleneck: choice(['resnext', 'senet154'], {
      label: 'Bottleneck shape',
      default: 'resnext',
      labels: {
        resnext: '1×1 w → 3×3 w → 1×1 4p (ResNet/ResNeXt)',
        senet154: '1×1 w/2 → 3×3 w → 1×1 4p (SENet-154: 2p → 4p)',
      },
      help: 'SENet-154’s bottleneck reduces to half the grouped width in its first 1×1.',
    }),
    stride: { ...strideKnob, default: '1x1' },
    stem: choice(['7x7', '3x3'], {
      label: 'Stem',
      default: '7x7',
      labels: {
        '7x7': 'conv 7×7/2, 64 (ResNet)',
        '3x3': 'three 3×3 convs 64-64-128 (SENet-154)',
      },
      help: 'The stem before the 3×3/2 ceil-mode max pool.',
    }),
    downsampleKernel: choice([1, 3], {
      label: 'Downsample kernel',
      default: 1,
      labels: { 1: '1×1 projection', 3: '3×3 projection, pad 1 (SENet-154)' },
      help: 'Kernel of the stride-2 projection shortcuts in layer2–layer4 (layer1 always uses 1×1).',
    }),
    dropout: real({
      label: 'Dropout before fc',
      default: 0.2,
      min: 0,
      max: 0.9,
      step: 0.1,
      help: 'timm’s SENet drop_rate (default 0.2); no parameters.',
    }),
    classes: classesKnob(1000),
  },
  build(v) {
    const { depth, cardinality: C, groupWidth: d, reduction: r, bottleneck: shape } = v;
    const type: BlockType = depth < 50 ? 'basic' : 'bottleneck';
    if (type === 'basic') {
      if (d !== 64) knobError({ code: 'senet-width-basic', d, depth });
      if (shape !== 'resnext') knobError({ code: 'senet-shape-basic', depth });
      if (64 % C !== 0) knobError({ code: 'senet-cardinality', c: C });
    }
    const stages = imagenetStages(depth, type, C, d);
    if (type === 'bottleneck' && shape === 'senet154') {
      for (const st of stages) {
        if (st.width2 % 2 !== 0 || (st.width2 / 2) % C !== 0)
          knobError({ code: 'senet154-groups', width: st.width2, c: C, d });
        st.width1 = st.width2 / 2;
      }
    }
    const minC = Math.min(...stages.map((s) => s.out));
    if (Math.floor(minC / r) < 1) knobError({ code: 'senet-reduction', min: minC, r });
    const stem = senetStem(v.stem);
    const p = v.dropout;
    return residualNet({
      name: `senet${depth}`,
      input: [3, 224, 224],
      stem: stem.layers,
      stemOut: stem.out,
      block: type,
      activation: 'post',
      stride: v.stride,
      shortcut: 'B',
      downsampleKernel: v.downsampleKernel,
      stages,
      seReduction: r,
      headDropout: p > 0 ? p : undefined,
      classes: v.classes,
    });
  },
});

const PAPER = {
  title: 'Squeeze-and-Excitation Networks',
  authors: 'Jie Hu, Li Shen, Samuel Albanie, Gang Sun, Enhua Wu',
  venue: 'CVPR',
  year: 2018,
  link: 'arXiv:1709.01507',
};

const KEY_IDEA =
  'Let the network reweight its own channels: an SE block squeezes each channel of a residual branch to one number (global average pooling), passes the vector through a small bottleneck of two fully connected layers (C → C/16 → C, ReLU then sigmoid) and multiplies every channel by the resulting gate. This adaptive recalibration models dependencies between channels at almost no cost (about +10 % parameters and +0.3 % MACs for ResNet-50) and drops into any architecture; SENet-154 won ILSVRC 2017.';

const ILSVRC17 = 'ILSVRC 2017 winner (classification, 2.251 % top-5 test error with an ensemble)';

const COMMON_NOTES = [
  'The SE "fully connected" layers are 1×1 convolutions with bias, as in the released Caffe models and timm; the squeeze is a global average pool and the scale reads [residual map, gate].',
  'timm’s legacy stem pool is 3×3/2 in ceil mode without padding (112 → 56, like torchvision’s padded floor-mode pool), and timm adds dropout 0.2 before the classifier (no parameters).',
  'Default input 224×224×3.',
];

const sePreset = (
  id: string,
  name: string,
  values: KnobValues,
  published: PublishedFigure[],
  notes: string[],
): Preset => ({
  id,
  family: 'senet',
  values,
  era: 'resnet',
  info: {
    name,
    family: 'SENet',
    year: 2017,
    paper: PAPER,
    keyIdea: KEY_IDEA,
    ilsvrc: ILSVRC17,
    published,
    recipe: [
      ...RESNET_RECIPE.filter((r) => r.item !== 'learning rate' && r.item !== 'weight decay'),
      {
        item: 'learning rate',
        value: '0.6, divided by 10 every 30 epochs (100 epochs), batch 1024, SGD momentum 0.9',
        source: 'SENet paper §6 (†, not re-read here)',
      },
    ],
    notes: [...notes, ...COMMON_NOTES],
  },
});

export const senetPresets: Preset[] = [
  sePreset(
    'se-resnet50',
    'SE-ResNet-50',
    { depth: 50 },
    [
      params(28088024, 'calc = timm legacy_seresnet50 28.09 M (architectures.md §12)'),
      macs('3.86 G', 'calc, architectures.md §12 (timm legacy 3.88 G; paper ≈3.87 GFLOPs†)'),
      ...topErrors(
        22.37,
        6.36,
        imagenetVal(224, 1),
        'hujie-frank/SENet README (author-retrained, 224 single crop)',
      ),
    ],
    [
      'Stride on the first 1×1 of each bottleneck (the original Caffe release, timm’s SEResNetBottleneck), so MACs follow ResNet-50 v1 (3.86 G); with the stride on the 3×3 (knob) they would be 4.09 G.',
      'The SE FCs add 2,514,944 weights + 16,048 biases = 2,530,992 parameters over ResNet-50 (architectures.md §12).',
    ],
  ),
  sePreset(
    'se-resnext50-32x4d',
    'SE-ResNeXt-50 (32×4d)',
    { depth: 50, cardinality: 32, groupWidth: 4, stride: '3x3' },
    [
      params('27.56 M', 'timm results-imagenet.csv legacy_seresnext50_32x4d'),
      ...topErrors(
        20.97,
        5.54,
        imagenetVal(224, 1),
        'hujie-frank/SENet README (224 single crop; †, not re-read here)',
      ),
    ],
    [
      'timm SEResNeXtBottleneck: grouped width ⌊planes·4/64⌋·32 = 128/256/512/1024, stride on the grouped 3×3, so the network is ResNeXt-50 32×4d (25,028,904) plus the same SE modules as SE-ResNet-50 (2,530,992) = 27,559,896.',
    ],
  ),
  sePreset(
    'senet154',
    'SENet-154',
    {
      depth: 152,
      cardinality: 64,
      groupWidth: 4,
      bottleneck: 'senet154',
      stride: '3x3',
      stem: '3x3',
      downsampleKernel: 3,
    },
    [
      params(115088984, 'calc = timm legacy_senet154 115.09 M (architectures.md §12)'),
      macs('20.69 G', 'calc, architectures.md §12 (timm 20.77 G; CB 21 GFLOPs)'),
      ...topErrors(18.68, 4.47, imagenetVal(224, 1), 'hujie-frank/SENet README (224 single crop)'),
    ],
    [
      'SENet-154 = SE-ResNeXt-152 (64 groups) with a three-conv 3×3 stem (64-64-128), bottlenecks 1×1 2p → 3×3 4p (64 groups) → 1×1 4p, and 3×3 stride-2 projection shortcuts (1×1 in layer1), architectures.md §12 and timm legacy_senet154.',
    ],
  ),
];
