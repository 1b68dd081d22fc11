/** Strings of the SE, Fire and dense-block walk-throughs (English). */
export const se = {
  lead: 'Hu et al. 2017: an SE block re-weights the channels of a feature map U by gates computed from U itself. FCs are 1×1 convs with bias, as in the released models. Shapes are H×W×C.',
  labels: { C: 'Channels C', size: 'Height = width', r: 'Reduction r' } as Record<string, string>,
  steps: {
    input: 'The feature map U',
    squeeze: 'Squeeze',
    fc1: 'Excite: reduce',
    fc2: 'Excite: expand and gate',
    scale: 'Scale',
    cost: 'What it costs',
  },
  input: (s: string) => `U is ${s}: the output of a residual branch, before the addition.`,
  squeeze: 'Global average pooling: one number per channel, a summary of the whole map.',
  fc1: (r: number) => `A fully connected layer shrinks the C numbers by r = ${r}, then ReLU.`,
  fc2: 'A second fully connected layer goes back to C numbers; a sigmoid turns each into a gate between 0 and 1.',
  scale: 'Each channel of U is multiplied by its gate: same shape out, channels re-weighted.',
  out: 'Output',
  params: 'Parameters',
  none: 'No parameters.',
  total: 'Extra parameters of the block',
  macs: 'Multiply-accumulates of the two FCs',
  network: 'In a whole network (catalog presets, r = 16):',
  se50: 'SE-ResNet-50',
  r50: 'ResNet-50',
  adds: (n: string, pct: string) => `SE adds ${n} parameters, ${pct} % more.`,
};

export const fire = {
  lead: 'Iandola et al. 2016: a Fire module squeezes the input to a few channels with 1×1 convs, then expands with 1×1 and 3×3 convs side by side. Defaults are fire2 of SqueezeNet 1.0. Shapes are H×W×C.',
  labels: {
    C: 'Input channels',
    size: 'Height = width',
    s: 'Squeeze 1×1 filters',
    e1: 'Expand 1×1 filters',
    e3: 'Expand 3×3 filters',
  } as Record<string, string>,
  steps: {
    module: 'The Fire module',
    squeeze: 'Squeeze',
    expand: 'Expand',
    against: 'Against one 3×3 conv',
    networks: 'SqueezeNet against AlexNet',
  },
  module: (input: string, s: number, e1: number, e3: number) =>
    `On ${input}: squeeze to ${s} channels (1×1), then expand to ${e1} (1×1) + ${e3} (3×3), concatenated.`,
  squeeze: 'Fewer input channels for the expensive 3×3 filters: they see only the squeezed maps.',
  expand: 'Two expand convs on the squeezed maps, outputs concatenated along depth.',
  out: 'Output',
  params: 'Parameters',
  module_: 'Fire module',
  direct: 'one 3×3 conv, same output depth',
  fewer: (r: string) => `The Fire module needs ${r}× fewer parameters.`,
  networks:
    'SqueezeNet 1.0 stacks eight Fire modules between a 7×7 conv and a 1×1 conv to 1000 classes; no fully connected layers. From the catalog:',
  squeezenet: 'SqueezeNet 1.0',
  alexnet: 'AlexNet',
  ratio: (r: string) =>
    `${r}× fewer parameters than AlexNet (the paper: “50× fewer”), at AlexNet’s accuracy.`,
  bytes: (a: string, b: string) => `At 4 bytes per parameter: ${a} against ${b}.`,
  macs: 'Multiply-accumulates',
};

export const dense = {
  lead: 'Huang et al. 2016: in a dense block every layer reads the concatenation of the block input and all earlier outputs, and adds k new channels (the growth rate). DenseNet-BC layers: BN-ReLU-1×1 conv (4k) → BN-ReLU-3×3 conv (k). Defaults: DenseNet-121’s first block.',
  labels: {
    k0: 'Input channels k₀',
    k: 'Growth rate k',
    layers: 'Layers in the block',
    size: 'Height = width',
  } as Record<string, string>,
  steps: {
    idea: 'Every layer reads everything before it',
    first: 'Layer 1',
    second: 'Layer 2',
    growth: 'Channels grow by k',
    cost: 'Cost per layer',
  },
  idea: (k0: number, k: number, n: number) =>
    `The block input has ${k0} channels. Each of the ${n} layers adds k = ${k}, and passes everything it read on.`,
  layer: (reads: number, k: number, out: number) =>
    `Reads ${reads} channels, computes ${k} new ones, outputs ${reads} + ${k} = ${out}.`,
  convs: 'Its convs (the 1×1 first brings the input to 4k channels)',
  growthIs: (k0: number, n: number, k: number) => `${k0} + ${n}·${k} =`,
  growthLabel: 'Channels after each layer',
  costLabel: 'Parameters of each layer',
  costNote: 'The 1×1 conv reads all earlier channels, so later layers cost more, linearly.',
  params: 'Parameters',
};
