/**
 * Wide ResNet on CIFAR (Zagoruyko & Komodakis 2016): WRN-d-k = pre-activation basic blocks,
 * N = (d − 4)/6 per group, widths 16k/32k/64k at 32/16/8 px, 1×1 conv shortcuts where the width
 * or resolution changes, optional dropout between the two 3×3 convs. Built by `residualNet`.
 * (torchvision's ImageNet wide_resnet50_2/101_2 are presets of the `resnet` family, knob k.)
 */
import { conv } from './blocks';
import { classesKnob, defineFamily, int, knobError, real } from './knobs';
import { cifar, error, macs, params, type PublishedFigure } from './info';
import { residualNet, WRN_PAPER, type StageSpec } from './resnet';
import type { Preset } from './types';

/** Blocks per group of a CIFAR WRN of depth d: N = (d − 4)/6. */
export function wrnBlocksPerGroup(depth: number): number {
  const n = (depth - 4) / 6;
  if (!Number.isInteger(n) || n < 1) knobError({ code: 'wrn-depth', depth });
  return n;
}

export const wrnFamily = defineFamily({
  id: 'wrn',
  name: 'Wide ResNet (CIFAR)',
  knobs: {
    depth: int({
      label: 'Depth d',
      default: 28,
      min: 10,
      max: 1000,
      suggest: [16, 22, 28, 40],
      help: 'Conv layers: 6N+4 with N pre-activation basic blocks per group (plus conv1, the shortcut projections are not counted).',
    }),
    k: int({
      label: 'Width k',
      default: 10,
      min: 1,
      max: 32,
      help: 'Width multiplier: groups have 16k, 32k and 64k filters (k = 1 is a thin pre-activation ResNet).',
    }),
    dropout: real({
      label: 'Dropout in blocks',
      default: 0,
      min: 0,
      max: 0.9,
      step: 0.1,
      help: 'Dropout between the two 3×3 convs of each block (the paper’s best CIFAR runs: 0.3). Training only; no parameters.',
    }),
    classes: classesKnob(10),
  },
  build(v) {
    const { depth, k } = v;
    const n = wrnBlocksPerGroup(depth);
    const stages: StageSpec[] = [16, 32, 64].map((w, i) => ({
      blocks: n,
      stride: i === 0 ? 1 : 2,
      width1: w * k,
      width2: w * k,
      out: w * k,
      groups: 1,
    }));
    const p = v.dropout;
    return residualNet({
      name: `wrn_${depth}_${k}`,
      input: [3, 32, 32],
      stem: [conv('conv1', 16, 3, { padding: 1, bias: false })],
      stemOut: 16,
      block: 'basic',
      activation: 'pre',
      stride: '3x3',
      shortcut: 'B',
      stages,
      blockDropout: p > 0 ? p : undefined,
      classes: v.classes,
    });
  },
});

const KEY_IDEA =
  'Go wider, not deeper: residual networks with thousands of thin layers waste most of their blocks (diminishing feature reuse), so WRN widens each pre-activation basic block by a factor k and cuts the depth. WRN-28-10 (36.5 M parameters) beats the 1001-layer pre-activation ResNet on CIFAR and trains several times faster, because wide convolutions use GPUs far better than long chains of thin ones. Dropout between the two convs of a block regularizes the wide nets further.';

const README = 'szagoruyko/wide-residual-networks README';
const MEDIAN = 'median of 5 runs';
const C100 = 'WRN-28-10 with a 100-way classifier (classes knob 100)';

const wrnPreset = (
  depth: number,
  k: number,
  paramCount: number,
  gmacs: string,
  extra: PublishedFigure[],
): Preset => ({
  id: `wrn-${depth}-${k}`,
  family: 'wrn',
  values: { depth, k },
  era: 'resnet',
  info: {
    name: `WRN-${depth}-${k}`,
    family: 'Wide ResNet',
    year: 2016,
    paper: WRN_PAPER,
    keyIdea: KEY_IDEA,
    published: [
      params(paramCount, 'calc, architectures.md §10.1 (szagoruyko/wide-residual-networks README)'),
      macs(gmacs, 'calc, architectures.md §10.1'),
      ...extra,
    ],
    recipe: [
      {
        item: 'optimizer',
        value: 'SGD, Nesterov momentum 0.9, weight decay 5e-4, batch 128',
        source: 'WRN paper §3',
      },
      {
        item: 'learning rate',
        value: '0.1, multiplied by 0.2 at epochs 60, 120 and 160 (200 epochs)',
        source: 'WRN paper §3',
      },
    ],
    notes: [
      `N = (${depth} − 4)/6 = ${(depth - 4) / 6} blocks per group, widths ${16 * k}/${32 * k}/${64 * k}; conv1 has 16 filters, convs have no bias, the classifier follows a final BN-ReLU and global average pooling.`,
      'The default has no dropout (the dropout knob adds it between the two convs; parameters and MACs are unchanged).',
      'CIFAR-100 heads add 90 × (64k + 1) parameters (WRN-28-10/C100 = 36,536,884).',
      'Default input 32×32×3.',
    ],
  },
});

export const wrnPresets: Preset[] = [
  wrnPreset(28, 10, 36479194, '5.243 G', [
    error(1, 4.0, cifar(10, 'standard'), README, { note: MEDIAN }),
    error(1, 3.89, cifar(10, 'standard'), README, { note: `${MEDIAN}, dropout 0.3` }),
    error(1, 19.25, cifar(100, 'standard'), README, { note: MEDIAN, of: C100 }),
    error(1, 18.85, cifar(100, 'standard'), README, { note: `${MEDIAN}, dropout 0.3`, of: C100 }),
  ]),
  wrnPreset(40, 4, 8949210, '1.299 G', []),
];
