/**
 * The residual family (He et al. 2015 and its descendants) as ONE builder, `residualNet`, and the
 * families that expose its knobs: `resnet` (ImageNet, torchvision), `resnext` (torchvision),
 * `resnet-cifar` (the paper's 6n+2 / pre-activation 9n+2 nets, stochastic depth). `wrn.ts` and
 * `senet.ts` are thin families over the same builder.
 *
 * Module structure, the same in every residual net so diagrams can rely on it (paths follow
 * torchvision: `layer3/block2/conv1`, `layer3/block2/downsample/conv`, `layer3/block2/add`):
 *   root: input → stem → layer1 … layerN (kind 'stage') → [final_bn → final_relu] → avgpool →
 *         flatten → [dropout] → fc
 *   layerS/blockB: ONE block (kind 'residual' for basic blocks, 'bottleneck' for bottlenecks), a
 *   small graph wired with `from`, no nested parallel. Its children, in execution order:
 *     [bn1 → relu1]     pre-activation only, where the BN-ReLU is shared before the split (the
 *                       first unit and units with a projection shortcut); the shortcut then
 *                       reads relu1 instead of the block input in0
 *     residual leaves   post: conv1 → bn1 → relu1 → conv2 → bn2 [→ relu2 → conv3 → bn3];
 *                       pre: [bn1 → relu1 →] conv1 → bn2 → relu2 → [dropout →] conv2 …
 *     [se → scale]      SE nets: `se` (kind 'se': squeeze → fc1 → relu → fc2 → sigmoid, the gate)
 *                       and `scale`, which reads [last residual leaf, se]
 *     [downsample]      only where the shape changes: a side block (kind 'shortcut') reading
 *                       in0 (or relu1): option B conv [→ bn], or option A subsample → zeropad.
 *                       An identity shortcut has no node at all.
 *     add               reads [last residual leaf, downsample | in0 | relu1]
 *     [relu]            post-activation only
 */
import {
  add,
  block,
  bn,
  conv,
  dropout,
  fc,
  flatten,
  globalPool,
  input,
  maxPool,
  relu,
  sigmoid,
} from './blocks';
import { choice, classesKnob, defineFamily, int, knobError, real } from './knobs';
import {
  cifar,
  count,
  error,
  imagenetVal,
  macs,
  params as paramsFigure,
  topAccuracies,
  topErrors,
  TORCHVISION_EVAL,
  type AccuracyFigure,
  type ModelInfo,
  type PublishedFigure,
  type RecipeItem,
} from './info';
import type { Preset } from './types';
import type { BlockNode, Meta, SpecNode } from '../engine/types';

// ---------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------

export type BlockType = 'basic' | 'bottleneck';
/** post: conv-BN-ReLU, add, then ReLU (2015). pre: BN-ReLU-conv, nothing after the add (2016). */
export type Activation = 'post' | 'pre';
/** Where a bottleneck's stride-2 goes: the first 1×1 (paper, "v1") or the 3×3 (torchvision, "v1.5"). */
export type StridePlace = '1x1' | '3x3';
/**
 * Shortcut when the shape changes. A: subsample (1×1 max pool, stride 2) and zero-pad the new
 * channels, no parameters. B: 1×1 convolution (+ BN when post-activation). Identity otherwise.
 */
export type ShortcutType = 'A' | 'B';

export interface StageSpec {
  blocks: number;
  /** Stride of the stage's first block. */
  stride: number;
  /** Output channels of the bottleneck's first 1×1 (bottleneck only). */
  width1: number;
  /** Channels of the 3×3 conv(s): a bottleneck's grouped 3×3, or both convs of a basic block. */
  width2: number;
  /** Block output channels (= shortcut channels). */
  out: number;
  /** Groups of the 3×3 conv (ResNeXt cardinality); 1 = dense. */
  groups: number;
}

export interface ResidualNetConfig {
  /** Name of the root module (`resnet50`). */
  name: string;
  /** Default input [C, H, W]; the analysis' input setting overrides it. */
  input: readonly [number, number, number];
  /** The stem's layers (without the module); its output has `stemOut` channels. */
  stem: readonly SpecNode[];
  stemOut: number;
  block: BlockType;
  activation: Activation;
  stride: StridePlace;
  shortcut: ShortcutType;
  /** Kernel of the projection shortcut in stages after the first (SENet-154: 3, padding 1). */
  downsampleKernel?: number;
  stages: readonly StageSpec[];
  /** Squeeze-and-excitation reduction ratio r (hidden units = ⌊C/r⌋); absent = no SE. */
  seReduction?: number;
  /** Dropout before the last conv of each residual branch (Wide ResNet's 0.3). */
  blockDropout?: number;
  /** Stochastic depth: survival probability p_L of the last block (linear decay from 1). */
  survivalLast?: number;
  /** Dropout before the classifier (timm's SENet: 0.2). */
  headDropout?: number;
  classes: number;
}

/** Survival probability of block l of L under the linear decay rule p_l = 1 − (l/L)(1 − p_L). */
export function survival(l: number, total: number, pLast: number): number {
  return 1 - (l / total) * (1 - pLast);
}

/**
 * The excitation gate of an SE block (kind 'se'): global average pool → fc1 (1×1 conv, bias) →
 * relu → fc2 (1×1 conv, bias) → sigmoid, a C×1×1 gate. The block's `scale` leaf applies it.
 */
function seModule(channels: number, r: number): BlockNode {
  const hidden = Math.floor(channels / r);
  return block(
    'se',
    'se',
    [
      globalPool('squeeze'),
      conv('fc1', hidden, 1, { label: `fc1 1×1, ${channels}→${hidden}` }),
      relu('relu'),
      conv('fc2', channels, 1, { label: `fc2 1×1, ${hidden}→${channels}` }),
      sigmoid('sigmoid'),
    ],
    {
      label: `SE, r = ${r}`,
      note: `Squeeze (global average) → excitation (${channels}→${hidden}→${channels}, sigmoid): one gate per channel, applied by the block's scale.`,
    },
  );
}

interface BlockCtx {
  cfg: ResidualNetConfig;
  inC: number;
  stage: StageSpec;
  stride: number;
  /** True for the network's first residual block (pre-activation: activation before the split). */
  first: boolean;
  /** Downsample kernel for this stage's projection. */
  dsKernel: number;
  meta?: Meta;
}

/**
 * The shortcut where the shape changes: a side block `downsample` (kind 'shortcut') reading
 * `src`; undefined for an identity shortcut (the add then reads `src` itself).
 */
function downsampleBlock(c: BlockCtx, src: string): BlockNode | undefined {
  const { cfg, inC, stage, stride } = c;
  const out = stage.out;
  if (stride === 1 && inC === out) return undefined;
  const opts = { from: [src], side: true };
  if (cfg.shortcut === 'A') {
    if (out < inC) knobError({ code: 'resnet-option-a', cin: inC, cout: out });
    const layers: SpecNode[] = [];
    if (stride !== 1)
      layers.push({
        ...maxPool('subsample', 1, { stride }),
        note: 'Option A: keep every other pixel (1×1 window, stride 2).',
      });
    if (out > inC)
      layers.push({
        op: 'zeropad',
        name: 'zeropad',
        channels: [0, out - inC],
        note: `Option A: append ${out - inC} zero channels (no parameters).`,
      });
    return block('downsample', 'shortcut', layers, { ...opts, label: 'zero-pad shortcut (A)' });
  }
  const k = c.dsKernel;
  const layers: SpecNode[] = [conv('conv', out, k, { stride, padding: (k - 1) / 2, bias: false })];
  if (cfg.activation === 'post') layers.push(bn('bn'));
  return block('downsample', 'shortcut', layers, {
    ...opts,
    label: `projection ${k}×${k}, ${out}${stride !== 1 ? `, /${stride}` : ''}`,
  });
}

function residualBlock(name: string, c: BlockCtx): BlockNode {
  const { cfg, inC, stage, stride } = c;
  const pre = cfg.activation === 'pre';
  const projection = cfg.shortcut === 'B' && !(stride === 1 && inC === stage.out);
  // Pre-activation: the first unit and units with a projection shortcut apply BN-ReLU before the
  // split, so the shortcut reads the activated input (Identity Mappings appendix; WRN code).
  const preSplit = pre && (c.first || projection);
  /** What the shortcut reads: the block input, or the shared pre-activation. */
  const src = preSplit ? 'relu1' : 'in0';
  const downsample = downsampleBlock(c, src);
  const layers: SpecNode[] = [];
  if (preSplit) layers.push(bn('bn1'), relu('relu1'));
  const g = stage.groups;
  const s1 = cfg.block === 'bottleneck' && cfg.stride === '1x1' ? stride : 1;
  const s3 = cfg.block === 'bottleneck' && cfg.stride === '1x1' ? 1 : stride;
  const convs: SpecNode[] =
    cfg.block === 'basic'
      ? [
          conv('conv1', stage.width2, 3, { stride, padding: 1, bias: false }),
          conv('conv2', stage.out, 3, { padding: 1, groups: g, bias: false }),
        ]
      : [
          conv('conv1', stage.width1, 1, { stride: s1, bias: false }),
          conv('conv2', stage.width2, 3, { stride: s3, padding: 1, groups: g, bias: false }),
          conv('conv3', stage.out, 1, { bias: false }),
        ];
  convs.forEach((cv, i) => {
    const n = i + 1;
    const last = i === convs.length - 1;
    if (pre) {
      if (!(n === 1 && preSplit)) layers.push(bn(`bn${n}`), relu(`relu${n}`));
      if (last && cfg.blockDropout) layers.push(dropout(cfg.blockDropout, 'dropout'));
      layers.push(cv);
    } else {
      layers.push(cv, bn(`bn${n}`));
      if (!last) layers.push(relu(`relu${n}`));
    }
  });
  if (cfg.seReduction !== undefined) {
    const map = layers[layers.length - 1].name;
    layers.push(seModule(stage.out, cfg.seReduction), {
      op: 'scale',
      name: 'scale',
      from: [map, 'se'],
      note: 'Multiplies each channel of the residual map by its SE gate.',
    });
  }
  const residualOut = layers[layers.length - 1].name;
  if (downsample) layers.push(downsample);
  layers.push({
    ...add('add'),
    from: [residualOut, downsample ? 'downsample' : src],
    label: 'F(x) + shortcut',
  });
  if (!pre) layers.push(relu('relu'));
  const kindLabel = cfg.block === 'basic' ? 'basic' : 'bottleneck';
  const shape =
    cfg.block === 'basic'
      ? `3×3 ${stage.width2}, 3×3 ${stage.out}`
      : `1×1 ${stage.width1}, 3×3 ${stage.width2}${g > 1 ? ` (${g} groups)` : ''}, 1×1 ${stage.out}`;
  return block(name, cfg.block === 'basic' ? 'residual' : 'bottleneck', layers, {
    label: `${kindLabel}: ${shape}${stride !== 1 ? ', /' + stride : ''}`,
    meta: c.meta,
  });
}

/** Build a residual network from a full configuration (the families below fill it from knobs). */
export function residualNet(cfg: ResidualNetConfig): { root: BlockNode } {
  const totalBlocks = cfg.stages.reduce((a, s) => a + s.blocks, 0);
  const sd = cfg.survivalLast !== undefined && cfg.survivalLast < 1;
  let inC = cfg.stemOut;
  let l = 0;
  const stages = cfg.stages.map((st, si) => {
    const blocks: BlockNode[] = [];
    for (let b = 1; b <= st.blocks; b++) {
      l += 1;
      const meta: Meta | undefined = sd
        ? { blockIndex: l, survival: survival(l, totalBlocks, cfg.survivalLast!) }
        : undefined;
      blocks.push(
        residualBlock(`block${b}`, {
          cfg,
          inC,
          stage: st,
          stride: b === 1 ? st.stride : 1,
          first: l === 1,
          dsKernel: si === 0 ? 1 : (cfg.downsampleKernel ?? 1),
          meta,
        }),
      );
      inC = st.out;
    }
    return block(`layer${si + 1}`, 'stage', blocks, {
      label: `layer${si + 1}: ${st.blocks} × ${cfg.block}, ${st.out}${st.stride !== 1 ? ', /' + st.stride : ''}`,
    });
  });
  const head: SpecNode[] = [];
  if (cfg.activation === 'pre') head.push(bn('final_bn'), relu('final_relu'));
  head.push(globalPool('avgpool'), flatten('flatten'));
  if (cfg.headDropout) head.push(dropout(cfg.headDropout, 'dropout'));
  head.push(fc('fc', cfg.classes));
  const rootMeta: Meta = { blocks: totalBlocks };
  if (sd) {
    // E[active blocks] = Σ_{l=1..L} p_l = L − (1 − p_L)(L + 1)/2 (closed form of the linear rule).
    const pL = cfg.survivalLast!;
    rootMeta.survivalLast = pL;
    rootMeta.expectedTrainingBlocks = totalBlocks - ((1 - pL) * (totalBlocks + 1)) / 2;
  }
  return {
    root: block(
      cfg.name,
      'network',
      [input(cfg.input), block('stem', 'stem', cfg.stem), ...stages, ...head],
      { meta: rootMeta },
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Shared knobs and stems
// ---------------------------------------------------------------------------------------------

export { classesKnob };

/** Where a downsampling bottleneck carries its stride (ResNet, ResNeXt, SENet). */
export const strideKnob = choice(['3x3', '1x1'], {
  label: 'Stride on',
  default: '3x3',
  labels: {
    '3x3': '3×3 conv (torchvision, "v1.5")',
    '1x1': 'first 1×1 conv (paper, "v1")',
  },
  help: 'Which bottleneck conv carries the stride 2 when a stage downsamples: same parameters, the 3×3 placement costs more MACs. Basic blocks always stride their first 3×3.',
});

/** torchvision's ResNet stem: conv 7×7/2, 64 → BN → ReLU → max 3×3/2, pad 1. */
export function imagenetStem(): SpecNode[] {
  return [
    conv('conv1', 64, 7, { stride: 2, padding: 3, bias: false }),
    bn('bn1'),
    relu('relu'),
    maxPool('maxpool', 3, { stride: 2, padding: 1 }),
  ];
}

/** The depths of the paper's Table 1. */
export type ImagenetDepth = 18 | 34 | 50 | 101 | 152;

/** Blocks per stage of the ImageNet ResNets (paper Table 1). */
export const IMAGENET_LAYOUTS: Record<ImagenetDepth, readonly number[]> = {
  18: [2, 2, 2, 2],
  34: [3, 4, 6, 3],
  50: [3, 4, 6, 3],
  101: [3, 4, 23, 3],
  152: [3, 8, 36, 3],
};
const PLANES = [64, 128, 256, 512];

/** A depth knob over some of Table 1's layouts, each labelled with its blocks per stage. */
export const depthKnob = <const D extends ImagenetDepth>(depths: readonly D[], help: string) =>
  choice(depths, {
    label: 'Depth',
    default: 50 as NoInfer<D>,
    labels: (d) => `${d}: ${IMAGENET_LAYOUTS[d].join('-')} blocks`,
    help,
  });

/**
 * ImageNet stages, torchvision rule: a bottleneck's grouped width is ⌊planes·d/64⌋·C
 * (`width_per_group` d, `groups` C), outputs planes·4; basic blocks are planes wide.
 */
export function imagenetStages(
  depth: ImagenetDepth,
  type: BlockType,
  cardinality: number,
  groupWidth: number,
): StageSpec[] {
  return IMAGENET_LAYOUTS[depth].map((blocks, i) => {
    const p = PLANES[i];
    if (type === 'basic')
      return { blocks, stride: i === 0 ? 1 : 2, width1: p, width2: p, out: p, groups: cardinality };
    const w = Math.floor((p * groupWidth) / 64) * cardinality;
    return {
      blocks,
      stride: i === 0 ? 1 : 2,
      width1: w,
      width2: w,
      out: p * 4,
      groups: cardinality,
    };
  });
}

function blockTypeFor(depth: number, block: BlockType | 'auto'): BlockType {
  if (block !== 'auto') return block;
  return depth < 50 ? 'basic' : 'bottleneck';
}

// ---------------------------------------------------------------------------------------------
// Family: resnet (ImageNet, torchvision)
// ---------------------------------------------------------------------------------------------

export const resnetFamily = defineFamily({
  id: 'resnet',
  name: 'ResNet (ImageNet)',
  knobs: {
    depth: depthKnob(
      [18, 34, 50, 101, 152],
      'Stage layout of the paper’s Table 1 (blocks per stage); with the default block type the name is the number of weight layers.',
    ),
    block: choice(['auto', 'basic', 'bottleneck'], {
      label: 'Block',
      default: 'auto',
      labels: {
        auto: 'as in the paper (basic below 50, bottleneck from 50)',
        basic: 'basic: two 3×3 convs',
        bottleneck: 'bottleneck: 1×1 reduce, 3×3, 1×1 expand ×4',
      },
      help: 'Residual block type. Bottleneck blocks on the 18-layer layout make a 26-layer net, basic blocks on the 50-layer layout a 34-layer one.',
    }),
    stride: strideKnob,
    width: int({
      label: 'Width factor k',
      default: 1,
      min: 1,
      max: 8,
      help: 'Multiplies the bottleneck’s inner width (torchvision wide_resnet50_2: k = 2, width_per_group 128); outputs stay 256…2048.',
    }),
    classes: classesKnob(1000),
  },
  build(v) {
    const depth = v.depth;
    const type = blockTypeFor(depth, v.block);
    const k = v.width;
    if (type === 'basic' && k !== 1) knobError({ code: 'resnet-width-basic', k });
    return residualNet({
      name: `resnet${depth}`,
      input: [3, 224, 224],
      stem: imagenetStem(),
      stemOut: 64,
      block: type,
      activation: 'post',
      stride: v.stride,
      shortcut: 'B',
      stages: imagenetStages(depth, type, 1, 64 * k),
      classes: v.classes,
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Family: resnext (torchvision)
// ---------------------------------------------------------------------------------------------

export const resnextFamily = defineFamily({
  id: 'resnext',
  name: 'ResNeXt',
  knobs: {
    depth: depthKnob(
      [50, 101, 152],
      'Stage layout of the ResNet with the same depth (bottleneck blocks).',
    ),
    cardinality: int({
      label: 'Cardinality C',
      default: 32,
      min: 1,
      max: 256,
      help: 'Number of groups (parallel paths) in each bottleneck’s 3×3 conv.',
    }),
    groupWidth: int({
      label: 'Bottleneck width d',
      default: 4,
      min: 1,
      max: 512,
      help: 'Channels per group in layer1; doubles per stage. Grouped width = ⌊planes·d/64⌋·C (32×4d: 128, 256, 512, 1024).',
    }),
    stride: strideKnob,
    classes: classesKnob(1000),
  },
  build(v) {
    const { depth, cardinality: C, groupWidth: d } = v;
    return residualNet({
      name: `resnext${depth}_${C}x${d}d`,
      input: [3, 224, 224],
      stem: imagenetStem(),
      stemOut: 64,
      block: 'bottleneck',
      activation: 'post',
      stride: v.stride,
      shortcut: 'B',
      stages: imagenetStages(depth, 'bottleneck', C, d),
      classes: v.classes,
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Family: resnet-cifar (paper §4.2, Identity Mappings, stochastic depth)
// ---------------------------------------------------------------------------------------------

/** The depth rule of a CIFAR residual net: 6n+2 (basic, 2 convs per block) or 9n+2 (bottleneck). */
export function cifarBlocksPerStage(depth: number, type: BlockType): number {
  const per = type === 'basic' ? 6 : 9;
  const n = (depth - 2) / per;
  if (!Number.isInteger(n) || n < 1) {
    const examples = type === 'basic' ? [20, 32, 44, 56, 110] : [11, 20, 164, 1001];
    knobError({ code: 'cifar-depth', per, examples, block: type, depth });
  }
  return n;
}

export const resnetCifarFamily = defineFamily({
  id: 'resnet-cifar',
  name: 'ResNet (CIFAR)',
  knobs: {
    depth: int({
      label: 'Depth',
      default: 20,
      min: 8,
      max: 2000,
      suggest: [20, 32, 44, 56, 110, 164, 1001, 1202],
      help: 'Weight layers: 6n+2 with basic blocks (n per stage), 9n+2 with bottlenecks.',
    }),
    block: choice(['basic', 'bottleneck'], {
      label: 'Block',
      default: 'basic',
      labels: {
        basic: 'basic: 3×3, 3×3 (16/32/64)',
        bottleneck: 'bottleneck: 1×1, 3×3, 1×1 (16/32/64 → 64/128/256)',
      },
      help: 'Residual block type.',
    }),
    activation: choice(['post', 'pre'], {
      label: 'Activation order',
      default: 'post',
      labels: {
        post: 'post-activation (2015): conv-BN-ReLU, ReLU after the add',
        pre: 'pre-activation (2016): BN-ReLU-conv, clean identity path',
      },
      help: 'Where batch norm and ReLU sit relative to the convolutions and the addition.',
    }),
    shortcut: choice(['A', 'B'], {
      label: 'Shortcut',
      default: 'A',
      labels: {
        A: 'A: subsample + zero-pad channels (no parameters)',
        B: 'B: 1×1 projection where the shape changes',
      },
      help: 'How the shortcut matches shapes when a block changes resolution or width.',
    }),
    survival: real({
      label: 'Stochastic depth p_L',
      default: 1,
      min: 0,
      max: 1,
      step: 0.05,
      help: 'Survival probability of the last block (linear decay from 1 at the input); 1 = no stochastic depth. Test-time network and totals are unchanged.',
    }),
    classes: classesKnob(10),
  },
  build(v) {
    const depth = v.depth;
    const type = v.block;
    const n = cifarBlocksPerStage(depth, type);
    const pre = v.activation === 'pre';
    const widths = [16, 32, 64];
    const stages: StageSpec[] = widths.map((w, i) => ({
      blocks: n,
      stride: i === 0 ? 1 : 2,
      width1: w,
      width2: w,
      out: type === 'basic' ? w : 4 * w,
      groups: 1,
    }));
    const stem: SpecNode[] = [conv('conv1', 16, 3, { padding: 1, bias: false })];
    if (!pre) stem.push(bn('bn1'), relu('relu'));
    const pL = v.survival;
    return residualNet({
      name: `${pre ? 'preact-' : ''}resnet${depth}_cifar`,
      input: [3, 32, 32],
      stem,
      stemOut: 16,
      block: type,
      activation: pre ? 'pre' : 'post',
      stride: '3x3',
      shortcut: v.shortcut,
      stages,
      survivalLast: pL < 1 ? pL : undefined,
      classes: v.classes,
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Info shared by the presets
// ---------------------------------------------------------------------------------------------

export const RESNET_PAPER = {
  title: 'Deep Residual Learning for Image Recognition',
  authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
  venue: 'CVPR',
  year: 2016,
  link: 'arXiv:1512.03385',
};

export const PREACT_PAPER = {
  title: 'Identity Mappings in Deep Residual Networks',
  authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
  venue: 'ECCV',
  year: 2016,
  link: 'arXiv:1603.05027',
};

const SD_PAPER = {
  title: 'Deep Networks with Stochastic Depth',
  authors: 'Gao Huang, Yu Sun, Zhuang Liu, Daniel Sedra, Kilian Q. Weinberger',
  venue: 'ECCV',
  year: 2016,
  link: 'arXiv:1603.09382',
};

const RESNEXT_PAPER = {
  title: 'Aggregated Residual Transformations for Deep Neural Networks',
  authors: 'Saining Xie, Ross Girshick, Piotr Dollár, Zhuowen Tu, Kaiming He',
  venue: 'CVPR',
  year: 2017,
  link: 'arXiv:1611.05431',
};

export const WRN_PAPER = {
  title: 'Wide Residual Networks',
  authors: 'Sergey Zagoruyko, Nikos Komodakis',
  venue: 'BMVC',
  year: 2016,
  link: 'arXiv:1605.07146',
};

const LECTURE = 'lecture (CS231n Lecture 9 notes, ResNet training)';

/** The ResNet training recipe as the lecture gives it, with the weight-decay discrepancy shown. */
export const RESNET_RECIPE: readonly RecipeItem[] = [
  { item: 'normalization', value: 'batch norm after every conv layer', source: LECTURE },
  { item: 'initialization', value: 'He (Kaiming) initialization', source: LECTURE },
  { item: 'optimizer', value: 'SGD with momentum 0.9', source: LECTURE },
  {
    item: 'learning rate',
    value: '0.1, divided by 10 when the validation error plateaus',
    source: LECTURE,
  },
  { item: 'batch size', value: '256', source: LECTURE },
  { item: 'weight decay', value: '1e-5', source: LECTURE },
  {
    item: 'weight decay',
    value: '1e-4 (0.0001) — the paper’s value; the lecture’s 1e-5 disagrees',
    source: 'paper §3.4 (ImageNet implementation)',
  },
  { item: 'dropout', value: 'none', source: `${LECTURE}; paper §3.4` },
];

/** CIFAR training recipe of the paper (§4.2). */
const CIFAR_RECIPE: readonly RecipeItem[] = [
  {
    item: 'optimizer',
    value: 'SGD momentum 0.9, batch 128, weight decay 1e-4, no dropout',
    source: 'paper §4.2',
  },
  {
    item: 'learning rate',
    value:
      '0.1, divided by 10 at 32k and 48k iterations, stop at 64k (ResNet-110: 0.01 warm-up until training error < 80 %)',
    source: 'paper §4.2',
  },
  { item: 'initialization', value: 'He initialization, BN after every conv', source: 'paper §4.2' },
];

const RESNET_KEY_IDEA =
  'Learn residuals, not mappings: each block computes F(x) and outputs F(x) + x through an identity shortcut, so a block that has nothing to add only has to push F towards zero. Plain networks got worse with depth (higher training error at 56 than at 20 layers, an optimization problem, not overfitting); with shortcuts, 152 layers on ImageNet and 1202 on CIFAR train fine. Deeper nets use a bottleneck (1×1 reduce → 3×3 → 1×1 expand) to keep compute in check, and downsample with stride-2 convs and projection shortcuts; a global average pool replaces the big fully connected layers.';

const V1_V15_NOTE =
  'torchvision puts the stride-2 of a downsampling bottleneck on the 3×3 conv ("ResNet v1.5", from fb.resnet.torch); the paper put it on the first 1×1. Same parameters, more MACs: ResNet-50 4.089 G (v1.5) vs 3.858 G (v1, the paper’s "3.8×10⁹ FLOPs", which are multiply-adds). Set the stride knob to "1x1" for the paper’s version.';

const ILSVRC15 =
  'ILSVRC 2015 winner (classification, 3.57 % top-5 test error with an ensemble), also 1st in detection and localization';

/** The paper's 10-crop ImageNet validation testing (Tables 2–4). */
const TEN_CROP = imagenetVal(224, 10);

/** The ILSVRC 2015 winning entry: six ResNets of different depths, multi-scale, test set. */
const ENSEMBLE = error(
  5,
  3.57,
  { dataset: 'ILSVRC-2015 test', crops: 'dense', models: 6 },
  'paper Table 5',
  { of: 'an ensemble of six ResNets of different depths (two of them 152 layers deep)' },
);

function imagenetInfo(
  depth: number,
  params: number,
  macsV1: string,
  macsV15: string,
  tvTop1: number,
  tvTop5: number,
  paperErr: AccuracyFigure[],
): ModelInfo {
  return {
    name: `ResNet-${depth}`,
    family: 'ResNet',
    year: 2015,
    paper: RESNET_PAPER,
    keyIdea: RESNET_KEY_IDEA,
    ilsvrc: ILSVRC15,
    published: [
      paramsFigure(params, `torchvision resnet${depth} num_params (architectures.md §8.1)`),
      macs(macsV15, `torchvision resnet${depth} _ops "GFLOPS" (which are MACs), v1.5`),
      macs(macsV1, 'calc, architectures.md §8.1; paper Table 1 "FLOPs" are multiply-adds', {
        label: 'MACs (v1, stride on 1×1)',
        at: { stride: '1x1' },
      }),
      ...topAccuracies(
        tvTop1,
        tvTop5,
        TORCHVISION_EVAL,
        `torchvision ResNet${depth}_Weights.IMAGENET1K_V1`,
      ),
      ...paperErr,
      ENSEMBLE,
    ],
    recipe: RESNET_RECIPE,
    notes: [
      depth >= 50
        ? V1_V15_NOTE
        : 'Basic blocks stride their first 3×3 conv, so v1 and v1.5 are the same network here.',
      'Parameters include batch-norm γ and β; the running mean and variance are reported as buffers (equal in number to the BN parameters). Keras counts them, and conv biases, in its totals (ResNet50 25,636,712).',
      'Shortcuts are identity, with a 1×1 stride-2 projection + BN where the shape changes (the paper’s option B).',
      'Default input 224×224×3.',
    ],
  };
}

/** The paper's 10-crop errors (top-5 where the source gives it). */
const paperErr = (top1: number, top5: number | undefined, source: string): AccuracyFigure[] =>
  top5 === undefined ? [error(1, top1, TEN_CROP, source)] : topErrors(top1, top5, TEN_CROP, source);

// ---------------------------------------------------------------------------------------------
// Presets
// ---------------------------------------------------------------------------------------------

const imagenetPresets: Preset[] = [
  {
    id: 'resnet18',
    family: 'resnet',
    values: { depth: 18 },
    era: 'resnet',
    info: imagenetInfo(
      18,
      11689512,
      '1.814 G',
      '1.814 G',
      69.758,
      89.078,
      paperErr(27.88, undefined, 'paper Table 2 (architectures.md §8.1, not re-read: †)'),
    ),
  },
  {
    id: 'resnet34',
    family: 'resnet',
    values: { depth: 34 },
    era: 'resnet',
    info: imagenetInfo(
      34,
      21797672,
      '3.664 G',
      '3.664 G',
      73.314,
      91.42,
      paperErr(24.52, 7.46, 'paper Table 3, option B (architectures.md §8.1, not re-read: †)'),
    ),
  },
  {
    id: 'resnet50',
    family: 'resnet',
    values: { depth: 50 },
    era: 'resnet',
    info: imagenetInfo(
      50,
      25557032,
      '3.858 G',
      '4.089 G',
      76.13,
      92.862,
      paperErr(22.85, 6.71, 'paper Table 3; KaimingHe/deep-residual-networks README 22.9/6.7'),
    ),
  },
  {
    id: 'resnet101',
    family: 'resnet',
    values: { depth: 101 },
    era: 'resnet',
    info: imagenetInfo(
      101,
      44549160,
      '7.570 G',
      '7.801 G',
      77.374,
      93.546,
      paperErr(21.75, 6.05, 'paper Table 3; KaimingHe/deep-residual-networks README 21.8/6.1'),
    ),
  },
  {
    id: 'resnet152',
    family: 'resnet',
    values: { depth: 152 },
    era: 'resnet',
    info: imagenetInfo(
      152,
      60192808,
      '11.282 G',
      '11.514 G',
      78.312,
      94.046,
      paperErr(21.43, 5.71, 'paper Table 3; KaimingHe/deep-residual-networks README 21.4/5.7'),
    ),
  },
];

const wideImagenet = (
  depth: number,
  params: number,
  gmacs: string,
  accs?: [number, number],
): Preset => ({
  id: `wide-resnet${depth}-2`,
  family: 'resnet',
  values: { depth, width: 2 },
  era: 'resnet',
  info: {
    name: `Wide ResNet-${depth}-2`,
    family: 'Wide ResNet',
    year: 2016,
    paper: WRN_PAPER,
    keyIdea:
      'Width instead of depth: the bottleneck’s inner 1×1/3×3 width is doubled while the block outputs (256…2048) stay, so each block does more work in parallel. A 50-layer wide net beats the 152-layer original while being faster to train on GPUs, at 2.7× the parameters.',
    published: [
      paramsFigure(params, `torchvision wide_resnet${depth}_2 num_params (architectures.md §10.2)`),
      macs(gmacs, `torchvision wide_resnet${depth}_2 _ops (MACs)`),
      ...(accs
        ? [
            ...topAccuracies(
              accs[0],
              accs[1],
              TORCHVISION_EVAL,
              'torchvision Wide_ResNet50_2_Weights.IMAGENET1K_V1',
            ),
            ...topErrors(
              21.9,
              6.03,
              imagenetVal(),
              'szagoruyko/wide-residual-networks pretrained/README.md (the main README’s 5.79 is pre-ResNet-200’s figure)',
              { of: 'the authors’ WRN-50-2-bottleneck (Torch), the same architecture' },
            ),
          ]
        : []),
    ],
    recipe: RESNET_RECIPE,
    notes: [
      'torchvision builds it as ResNet v1.5 with width_per_group = 128: inner widths 128/256/512/1024, outputs unchanged.',
      'Default input 224×224×3.',
    ],
  },
});

const resnextPreset = (
  depth: number,
  C: number,
  d: number,
  params: number,
  gmacs: string,
  extra: PublishedFigure[],
): Preset => ({
  id: `resnext${depth}-${C}x${d}d`,
  family: 'resnext',
  values: { depth, cardinality: C, groupWidth: d },
  era: 'resnet',
  info: {
    name: `ResNeXt-${depth} ${C}×${d}d`,
    family: 'ResNeXt',
    year: 2016,
    paper: RESNEXT_PAPER,
    keyIdea:
      'Cardinality as a new dimension: the bottleneck’s 3×3 conv is split into C parallel paths of width d (a grouped convolution), aggregated by summation. At the same parameters and MACs as ResNet-50, 32 paths of width 4 beat one wide path; raising cardinality helps more than going deeper or wider.',
    ilsvrc: 'ILSVRC 2016: 2nd place in classification',
    published: [
      paramsFigure(
        params,
        `torchvision resnext${depth}_${C}x${d}d num_params (architectures.md §11)`,
      ),
      macs(gmacs, 'torchvision _ops / calc (architectures.md §11), MACs'),
      ...extra,
    ],
    recipe: RESNET_RECIPE,
    notes: [
      'Stride on the grouped 3×3 (fb.resnet.torch style, like torchvision’s ResNet v1.5).',
      `Grouped width per stage = ⌊planes·d/64⌋·C = ${[64, 128, 256, 512].map((p) => Math.floor((p * d) / 64) * C).join(', ')}.`,
      'Default input 224×224×3.',
    ],
  },
});

const cifarInfo = (
  depth: number,
  n: number,
  params: number,
  mmacs: string,
  err: number,
  errNote: string | undefined,
  paperParams: string,
): ModelInfo => ({
  name: `ResNet-${depth} (CIFAR)`,
  family: 'ResNet',
  year: 2015,
  paper: RESNET_PAPER,
  keyIdea: RESNET_KEY_IDEA,
  ilsvrc: ILSVRC15 + ' (the ImageNet models; this CIFAR net is the paper’s §4.2 study)',
  published: [
    paramsFigure(params, 'calc, architectures.md §8.2 (BN γ/β included)'),
    paramsFigure(paperParams, 'paper Table 6'),
    macs(mmacs, 'calc, architectures.md §8.2'),
    error(1, err, cifar(10, 'standard'), 'paper Table 6', errNote ? { note: errNote } : {}),
  ],
  recipe: CIFAR_RECIPE,
  notes: [
    `Depth 6n+2 with n = ${n}: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.`,
    'Option A shortcuts (paper §4.2): where a stage halves the resolution and doubles the filters, the shortcut keeps every other pixel (1×1 max pool, stride 2) and appends zero channels, so it has no parameters (option B would add 1×1 projections: ResNet-110 1,730,714 params).',
    'Zero channels are appended after the input channels, as fb.resnet.torch does; many PyTorch ports pad half before and half after — same numbers.',
    'Default input 32×32×3.',
  ],
});

const cifarPresets: Preset[] = (
  [
    [20, 3, 269722, '40.55 M', 8.75, undefined, '0.27 M'],
    [32, 5, 464154, '68.86 M', 7.51, undefined, '0.46 M'],
    [44, 7, 658586, '97.17 M', 7.17, undefined, '0.66 M'],
    [56, 9, 853018, '125.49 M', 6.97, undefined, '0.85 M'],
    [110, 18, 1727962, '252.89 M', 6.43, 'best of 5 runs; mean 6.61 ± 0.16', '1.7 M'],
    [
      1202,
      200,
      19421274,
      '2829 M',
      7.93,
      'worse than ResNet-110: the paper attributes it to overfitting',
      '19.4 M',
    ],
  ] as const
).map(([depth, n, params, mmacs, err, errNote, pp]) => ({
  id: `resnet${depth}-cifar`,
  family: 'resnet-cifar',
  values: { depth },
  era: 'resnet' as const,
  info: cifarInfo(depth, n, params, mmacs, err, errNote, pp),
}));

const PREACT_KEY_IDEA =
  'Keep the shortcut path clean: move batch norm and ReLU in front of each convolution (BN-ReLU-conv) and put nothing after the addition, so x_L = x_l + Σ F_i and both the signal and its gradient pass between any two units unchanged. With this "pre-activation" unit a 1001-layer net trains easily and generalizes better than the original post-activation design.';

const preactPreset = (
  depth: number,
  block: BlockType,
  shortcut: ShortcutType,
  published: PublishedFigure[],
  notes: string[],
): Preset => ({
  id: `preact-resnet${depth}-cifar`,
  family: 'resnet-cifar',
  values: { depth, block, activation: 'pre', shortcut },
  era: 'resnet',
  info: {
    name: `Pre-activation ResNet-${depth} (CIFAR)`,
    family: 'ResNet',
    year: 2016,
    paper: PREACT_PAPER,
    keyIdea: PREACT_KEY_IDEA,
    published,
    recipe: [
      {
        item: 'optimizer',
        value: 'SGD momentum 0.9, weight decay 1e-4, batch 128 (ResNet-1001 also with batch 64)',
        source: 'paper §4 / KaimingHe/resnet-1k-layers README',
      },
      {
        item: 'learning rate',
        value:
          '0.1 (0.01 warm-up for the first 400 iterations on 110/1001 layers), divided by 10 at 32k and 48k, stop at 64k',
        source: 'paper §4',
      },
    ],
    notes: [
      'The first unit’s BN-ReLU comes right after conv1 and before the split, and units with a projection shortcut apply their BN-ReLU before the split too (the projection reads the activated input); an extra BN-ReLU follows the last unit (paper appendix; KaimingHe/resnet-1k-layers).',
      ...notes,
      'Default input 32×32×3.',
    ],
  },
});

/** The original (post-activation) net's error and the pre-activation one's, same depth. */
const beforeAfter = (
  classes: 10 | 100,
  original: number,
  preact: number,
  source: string,
  depth: number,
  note?: string,
): AccuracyFigure[] => [
  error(1, original, cifar(classes, 'standard'), source, {
    of: `the original (post-activation) ResNet-${depth}`,
    ...(note ? { note } : {}),
  }),
  error(1, preact, cifar(classes, 'standard'), source, note ? { note } : {}),
];

const preactPresets: Preset[] = [
  preactPreset(
    110,
    'basic',
    'B',
    [
      paramsFigure('≈1.7 M', 'architectures.md §9'),
      ...beforeAfter(10, 6.61, 6.37, 'paper Table 2 / architectures.md §9 (†, not re-read)', 110),
    ],
    [
      'Depth 6n+2 with n = 18 basic units (16/32/64 filters). Shortcuts: identity, and a 1×1 projection (no BN on the shortcut, pre-activation) where the shape changes, the rule architectures.md §9 gives for the pre-activation CIFAR nets: 1,730,522 parameters. The shortcut for this 110-layer basic net is not restated in the stored sources; with option-A zero-padding (shortcut knob) it has 1,727,962, exactly the original ResNet-110’s count.',
    ],
  ),
  preactPreset(
    164,
    'bottleneck',
    'B',
    [
      paramsFigure(1703258, 'calc, architectures.md §9 (paper: 1.7 M)'),
      macs('247.6 M', 'calc, architectures.md §9'),
      ...beforeAfter(
        10,
        5.93,
        5.46,
        'paper Table 3; szagoruyko/wide-residual-networks README (5.46)',
        164,
      ),
      ...beforeAfter(
        100,
        25.16,
        24.33,
        'paper Table 3; szagoruyko/wide-residual-networks README (24.33)',
        164,
      ),
    ],
    [
      'Depth 9n+2 with n = 18 bottleneck units per stage: 1×1 16k → 3×3 16k → 1×1 64k for k = 1, 2, 4 (outputs 64/128/256); 1×1 projection shortcut where the shape changes.',
    ],
  ),
  preactPreset(
    1001,
    'bottleneck',
    'B',
    [
      paramsFigure(10327706, 'calc, architectures.md §9'),
      paramsFigure('10.2 M', 'paper (as quoted in architectures.md §9)', {
        differs:
          'every conv weight, BN γ/β and the FC sum to 10,327,706 (architectures.md §9); the paper does not say what its 10.2 M leaves out',
      }),
      macs('1.491 G', 'calc, architectures.md §9'),
      ...beforeAfter(
        10,
        7.61,
        4.92,
        'paper Table 3; KaimingHe/resnet-1k-layers README',
        1001,
        'mini-batch 128',
      ),
      error(1, 4.62, cifar(10, 'standard'), 'KaimingHe/resnet-1k-layers README', {
        note: 'mini-batch 64',
      }),
      ...beforeAfter(
        100,
        27.82,
        22.71,
        'paper Table 3; szagoruyko/wide-residual-networks README',
        1001,
      ),
    ],
    ['Depth 9n+2 with n = 111 bottleneck units per stage (333 units).'],
  ),
];

const sdPreset: Preset = {
  id: 'stochastic-depth-resnet110-cifar',
  family: 'resnet-cifar',
  values: { depth: 110, survival: 0.5 },
  era: 'resnet',
  info: {
    name: 'ResNet-110 with stochastic depth (CIFAR)',
    family: 'ResNet',
    year: 2016,
    paper: SD_PAPER,
    keyIdea:
      'Train short, test deep: during training each residual block is dropped (replaced by its identity shortcut) with probability 1 − p_l, where p_l falls linearly from 1 at the input to p_L = 0.5 at the last block. Each mini-batch trains a shallower random sub-network (about 40 of 54 blocks on average), which cuts training time by about 25 %, eases vanishing gradients and acts like an ensemble; at test time every block is active with its residual branch scaled by p_l.',
    published: [
      paramsFigure(1727962, 'calc, architectures.md §8.2 / §18 (same network as ResNet-110)'),
      count('expected-blocks', '40.25', 'architectures.md §18: Σ p_l = (3L − 1)/4 with L = 54'),
      error(1, 6.41, cifar(10, 'standard'), 'paper (architectures.md §18)', {
        of: 'ResNet-110 trained with constant depth',
      }),
      error(1, 5.25, cifar(10, 'standard'), 'paper (architectures.md §18)'),
      error(1, 27.22, cifar(100, 'standard'), 'paper (architectures.md §18)', {
        of: 'ResNet-110 trained with constant depth',
      }),
      error(1, 24.98, cifar(100, 'standard'), 'paper (architectures.md §18)'),
      error(1, 4.91, cifar(10, 'standard'), 'paper abstract (architectures.md §18)', {
        of: 'ResNet-1202 with stochastic depth',
      }),
    ],
    recipe: [
      {
        item: 'survival',
        value: 'p_l = 1 − (l/L)(1 − p_L), L = 54, p_L = 0.5',
        source: 'paper §3 (linear decay rule)',
      },
      ...CIFAR_RECIPE,
    ],
    notes: [
      'The graph shown is the test-time network (all 54 blocks active): parameters and MACs equal ResNet-110’s. Each block’s survival probability is in its meta (`survival`), and the root’s meta holds the expected number of active blocks during training (40.25, ≈ 82 conv layers).',
      'During training a dropped block outputs ReLU(x) (its identity shortcut); at test time the residual branch is multiplied by p_l.',
      'Default input 32×32×3.',
    ],
  },
};

export const resnetPresets: Preset[] = [
  ...imagenetPresets,
  ...cifarPresets,
  ...preactPresets,
  sdPreset,
  wideImagenet(50, 68883240, '11.398 G', [78.468, 94.086]),
  wideImagenet(101, 126886696, '22.753 G'),
  resnextPreset(50, 32, 4, 25028904, '4.23 G', [
    error(1, 22.2, imagenetVal(224, 1), 'facebookresearch/ResNeXt README'),
    ...topAccuracies(
      77.618,
      93.698,
      TORCHVISION_EVAL,
      'torchvision ResNeXt50_32X4D_Weights.IMAGENET1K_V1',
    ),
  ]),
  resnextPreset(101, 32, 8, 88791336, '16.414 G', [
    ...topAccuracies(
      79.312,
      94.526,
      TORCHVISION_EVAL,
      'torchvision ResNeXt101_32X8D_Weights.IMAGENET1K_V1',
    ),
  ]),
  resnextPreset(101, 64, 4, 83455272, '15.46 G', [
    error(1, 20.4, imagenetVal(224, 1), 'facebookresearch/ResNeXt README'),
  ]),
];
