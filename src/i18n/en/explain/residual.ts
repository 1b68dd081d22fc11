/** Strings of the residual walk-through (English). */
export const residual = {
  lead: 'He et al. 2015 (CS231n Lecture 9): learn a residual F(x) and add the input back. Blocks are built like the catalog’s ResNets: conv → BN, no conv bias, ReLU after the addition. Shapes are H×W×C.',
  labels: {
    C: 'Channels C (basic block)',
    size: 'Input height = width',
    wide: 'Bottleneck block channels',
    mid: 'Bottleneck inner channels',
  } as Record<string, string>,
  steps: {
    plain: 'A plain block',
    residual: 'A residual block',
    identity: 'Where the shape changes: identity?',
    zeropad: 'Shortcut A: zero-padding',
    projection: 'Shortcut B: projection',
    bottleneck: 'The bottleneck block',
    degradation: 'Why: deeper plain nets train worse',
  },
  plain: (s: string) =>
    `Two 3×3 convs, each followed by batch norm and ReLU, on ${s}: the block must learn the whole mapping H(x).`,
  residual:
    'The same two convs compute F(x); the input is added back: H(x) = F(x) + x, then ReLU. If the best H is close to the identity, F only has to learn a small correction.',
  params: 'Parameters',
  sameParams:
    'The identity shortcut has no parameters: the residual block costs exactly what the plain one does.',
  out: 'Output',
  changes: (a: string, b: string) =>
    `The first block of a new stage halves the size and doubles the channels: F(x) is ${b}, x is still ${a}.`,
  engineSays: 'The engine refuses to add them:',
  zeropad:
    'Option A: keep every other pixel (1×1 window, stride 2) and append zero channels. No parameters, but the added channels carry nothing from x.',
  projection: 'Option B: a 1×1 conv with stride 2 (and batch norm) maps x to the new shape.',
  shortcutParams: 'Shortcut parameters',
  bottleneck: (w: number, m: number) =>
    `On ${w} channels: a 1×1 conv reduces to ${m}, a 3×3 conv works on ${m}, a 1×1 conv expands back to ${w}. Against two 3×3 convs on ${w} channels:`,
  bottleneckCol: '1×1 → 3×3 → 1×1',
  twoCol: 'two 3×3',
  convWeights: 'Conv weights',
  withBn: 'with batch norm',
  ratio: (r: string) => `The bottleneck block needs ${r}× fewer parameters.`,
  degradation:
    'Stacking more layers on a plain network made it worse on the training set too, so it is not overfitting: the deeper net is harder to optimize.',
  table: { depth: 'Layers', plain: 'Plain, top-1 error %', resnet: 'ResNet, top-1 error %' },
  curves:
    'The CIFAR-10 comparison of 20 and 56 plain layers is drawn as curves without printed values:',
};
