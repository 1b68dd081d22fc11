/** Strings of the Inception walk-through (English). */
export const inception = {
  lead: 'CS231n Lecture 9, slides 53–54: the naive Inception module and the one with 1×1 bottlenecks on the same input, branch by branch. Shapes are H×W×C as on the slides; multiplies are the convs’ multiply-accumulates.',
  labels: {
    size: 'Input height = width',
    inChannels: 'Input channels',
    b1: '1×1 filters',
    b3: '3×3 filters',
    b5: '5×5 filters',
    r3: '3×3 reduce (1×1)',
    r5: '5×5 reduce (1×1)',
    pp: 'Pool projection (1×1)',
  } as Record<string, string>,
  branch: {
    branch1x1: '1×1 conv branch',
    branch3x3: '3×3 conv branch',
    branch5x5: '5×5 conv branch',
    branchPool: '3×3 max-pool branch',
  },
  branchShort: { branch1x1: '1×1', branch3x3: '3×3', branch5x5: '5×5', branchPool: 'pool' },
  /** `3×3 branch: reduce 1×1, 64` from the branch, the leaf name and the engine's label. */
  termLabel: (branch: string, name: string, label: string) =>
    `${branch} branch: ${name === 'reduce' ? 'reduce ' : name === 'proj' ? 'projection ' : ''}${label.replace(/^conv /, '')}`,
  steps: {
    setup: 'Two modules, one input',
    naive: (b: string) => `Naive module: ${b}`,
    naivePool: 'Naive module: the pool branch',
    naiveTotal: 'Naive module: total',
    bottleneck: (b: string) => `Bottleneck module: ${b}`,
    totals: 'Side by side',
    lecture: 'The lecture’s “358M”',
  },
  input: (s: string) =>
    `Input ${s}. Every conv keeps the height and width (stride 1, same padding), so the branch outputs stack along depth.`,
  naiveIs: 'Naive module: four branches on the input itself:',
  bottleneckIs:
    'Bottleneck module: 1×1 convs reduce the depth before the 3×3 and 5×5 convs and after the pool:',
  termIntro:
    'Multiplies of this conv: output height · width · filters · input depth · kernel height · width.',
  poolZero: 'The pool multiplies nothing: 0 multiplies.',
  poolKeeps: (c: number) =>
    `But max pooling keeps every input channel: this branch alone outputs ${c} channels, as deep as the whole input.`,
  depthSum: 'Output depth, the branches concatenated:',
  depthGrows: (inC: number, outC: number) =>
    `${inC} channels in, ${outC} out. Because the pool branch passes all input channels through, every stacked naive module is deeper than the one before, and its convs get more expensive.`,
  totalIs: 'Total multiplies of the module:',
  barsNaive: 'Multiplies per conv, naive module',
  barsBottleneck: 'Multiplies per conv, bottleneck module (same scale)',
  reduceWhy: (from: number, to: number) =>
    `The 1×1 reduce conv brings the depth from ${from} down to ${to} before the expensive conv.`,
  projWhy: (c: number) =>
    `The 1×1 projection after the pool brings its ${c} channels down, so the output no longer grows with the input.`,
  naiveCol: 'Naive',
  bottleneckCol: 'With 1×1 bottlenecks',
  multiplies: 'multiplies',
  outDepth: 'Output depth',
  ratio: (r: string) => `The bottleneck module needs ${r}× fewer multiplies.`,
  lectureSays: 'The slide lists the six terms above but prints “Total: 358M ops”. Their sum is',
  lectureIs: 'The printed total is that sum plus the 3×3 conv’s term a second time:',
  lectureVerdict: (r: string) =>
    `The terms are right; the printed total is not. The arithmetic gives ${r}× fewer multiplies, not 854/358 = 2.4×.`,
};
