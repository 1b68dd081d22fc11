/** Strings of the FractalNet, stochastic-depth and NAS walk-throughs (English). */
export const fractal = {
  lead: 'Larsson et al. 2016: FractalNet repeats one expansion rule instead of using shortcuts. Conv units are 3×3 conv → BN → ReLU; a join is the element-wise mean. Blocks come from the catalog’s fractalBlock.',
  labels: {
    C: 'Columns C (sampled net)',
    channels: 'Channels',
    drop: 'Local drop probability %',
    global: 'Global drop-path (0 / 1)',
    seed: 'Random seed',
  } as Record<string, string>,
  steps: {
    rule: 'The expansion rule',
    c: (C: number) => `C = ${C}`,
    sample: 'A sampled drop-path network',
  },
  rule: 'f₁(z) = conv(z),  f_{C+1}(z) = join( f_C(f_C(z)), conv(z) )',
  ruleNote:
    'Each expansion puts two copies of the previous fractal in series and a single conv beside them, joined at the end. Column j (from the left) holds 2^(j−1) conv units.',
  counts: (convs: number, depth: number, joins: number) =>
    `${convs} conv units, ${depth} deep along the longest column, ${joins} join layers.`,
  params: 'Parameters',
  local: (p: number) =>
    `Local drop-path: every join drops each of its inputs with probability ${p} %, keeping at least one.`,
  global: (c: number) => `Global drop-path: a single column is kept end to end (column ${c}).`,
  active: (a: number, n: number) => `${a} of ${n} conv units compute in this sample.`,
  resample: 'Change the seed for another sample.',
  /** The drawing's accessible name, with the counts it draws. */
  drawing: (C: number, convs: number, joins: number) =>
    `Fractal block with ${C} column${C === 1 ? '' : 's'}: ${convs} conv unit${convs === 1 ? '' : 's'}, ${joins} join${joins === 1 ? '' : 's'}`,
  /** The drawing as a table: one row per conv unit. */
  table: {
    caption: (C: number) =>
      `Conv units of the fractal block with ${C} columns (depth counted in conv units from the top)`,
    unit: 'Conv unit',
    column: 'Column',
    depth: 'Depth',
    input: 'Input',
    blockInput: 'the block’s input',
    computes: 'Sample',
    on: 'computes',
    off: 'dropped',
  },
};

export const stochasticDepth = {
  lead: 'Huang et al. 2016: train a deep ResNet with a random subset of its residual blocks; at test time use all of them. The network is the catalog’s CIFAR ResNet with survival probabilities in its blocks.',
  labels: { depth: 'Depth (6n+2)', pL: 'Last block survival p_L %', seed: 'Random seed' } as Record<
    string,
    string
  >,
  steps: {
    net: 'The network',
    rule: 'Survival probabilities',
    sample: 'A sampled training network',
    expected: 'Expected depth',
  },
  net: (depth: number, blocks: number) =>
    `ResNet-${depth} for CIFAR: ${blocks} residual blocks of two 3×3 convs. At test time every block is active, its residual branch scaled by its survival probability.`,
  params: 'Parameters',
  macs: 'Multiply-accumulates at test time',
  rule: 'Block l survives a mini-batch with probability p_l = 1 − (l/L)(1 − p_L): early blocks almost always, the last with p_L.',
  first: (p: string) => `p_1 = ${p}`,
  last: (L: number, p: string) => `p_${L} = ${p}`,
  stripLabel: 'Survival probability of each block',
  sample: 'A dropped block passes its input through its shortcut unchanged (grey).',
  sampled: (a: number, n: number) => `${a} of ${n} blocks active in this mini-batch.`,
  expected: 'Expected number of active blocks, Σ p_l:',
  closed: (v: string) => `The catalog’s closed form L − (1 − p_L)(L + 1)/2 gives ${v}.`,
  convs: (stem: number, e: string) =>
    `About ${stem} + 2 · ${e} conv layers deep on average while training, against the full depth at test time.`,
  blockLabel: (l: number, p: string, on: boolean) =>
    `block ${l}: p = ${p}${on ? '' : ' (dropped)'}`,
};

export const nas = {
  lead: 'Zoph & Le 2017, Zoph et al. 2018: a controller network writes the description of a child network token by token; the child is trained and its accuracy is the controller’s reward. Here the tokens are drawn uniformly with a seed — the policy of an untrained controller; no training or reward is simulated.',
  labels: { layers: 'Layers to sample', seed: 'Random seed' } as Record<string, string>,
  steps: {
    loop: 'The search loop',
    tokens: 'A sampled description',
    decoded: 'The decoded network',
    normal: 'NASNet: the normal cell',
    reduction: 'NASNet: the reduction cell',
  },
  loop: [
    'The controller (an RNN) samples a description: one token at a time.',
    'The description decodes into a network.',
    'The network is trained; its validation accuracy is the reward.',
    'The controller is updated to make good descriptions more likely (policy gradient); repeat.',
  ],
  space:
    'Search space (Zoph & Le 2017 §4.1): filter height and width in {1, 3, 5, 7}, filters in {24, 36, 48, 64}, stride 1.',
  table: {
    layer: 'Layer',
    height: 'Height',
    width: 'Width',
    filters: 'Filters',
    out: 'Output',
    params: 'Parameters',
  },
  decoded:
    'Each layer becomes a conv with “same” padding and a ReLU; a global average pool and a 10-way classifier finish the CIFAR-10 network.',
  total: 'Parameters',
  macs: 'Multiply-accumulates',
  cells:
    'NASNet searches a cell instead of a whole network, then stacks it. From the catalog’s NASNet-A Mobile:',
  normal: 'A normal cell keeps the height and width.',
  reduction: 'A reduction cell halves the height and width.',
  cellIO: (ins: string, out: string) => `Inputs h_i and h_{i−1}: ${ins} → output ${out}.`,
  blocks: 'Its five blocks, each adding two operations:',
};
