/** Strings of the comparison page and the "compare with…" control (English). */
export const compare = {
  heading: 'Compare',
  intro:
    'The same settings (input, batch, precision, MACs or FLOPs) for every network; each figure comes from the engine, published accuracy from the model cards with its source.',
  tooFew: (min: number) => `Add networks to compare: at least ${min}.`,
  picker: {
    label: 'Networks compared',
    add: 'Add a network',
    addButton: 'Add',
    remove: (name: string) => `Remove ${name}`,
    left: (name: string) => `Move ${name} left`,
    right: (name: string) => `Move ${name} right`,
    full: (max: number) => `A comparison holds at most ${max} networks.`,
    knobs: 'knobs',
  },
  settings: {
    input: 'Input',
    inputOwn: 'each network’s own',
    batch: 'Batch',
    precision: 'Precision',
    compute: 'Compute',
  },
  totals: {
    heading: 'Totals',
    caption: (batch: number, precision: string) =>
      `Deployed networks (training-only heads left out); compute and memory for a batch of ${batch} at ${precision}.`,
    network: 'Network',
    input: 'Input',
    params: 'Parameters',
    depth: 'Depth (conv + fc, longest path)',
    activations: 'Activations (output elements, one image)',
    memory: 'Memory, inference (weights + stored activations)',
    top1: 'Top-1',
    top5: 'Top-5',
    accuracy: 'Published accuracy',
    error: 'error',
    acc: 'accuracy',
    none: 'no ImageNet figure on the card',
    failed: 'could not be analyzed',
  },
  ratios: {
    heading: 'Large differences',
    none: 'No two of these differ by 2× or more in parameters or compute.',
    times: (r: number) => (r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`),
    params: 'parameters',
    /** "VGG-16 has 20× the parameters of GoogLeNet and 9.8× its MACs." */
    sentence: (a: string, ratio: string, what: string, b: string, rest: string) =>
      `${a} has ${ratio} the ${what} of ${b} ${rest}.`,
    more: (ratio: string, what: string) => `and ${ratio} its ${what}`,
    fewer: (ratio: string, what: string) => `but ${ratio} fewer ${what}`,
    same: (what: string) => `and about as many ${what}`,
  },
  stages: {
    heading: 'Per stage, on one scale',
    caption:
      'Each bar is one network, each segment one stage (a module of the network, or a conv/fc layer with the layers around it); all rows of a chart share one scale. Hover a segment for its figure.',
    params: 'Parameters',
    memory: (batch: number, precision: string) =>
      `Stored activations (batch ${batch}, ${precision})`,
    title: (network: string, stage: string, value: string, share: string) =>
      `${network} · ${stage}: ${value} (${share} of the network)`,
  },
  curves: {
    heading: 'Cumulative along depth',
    caption:
      'Each layer counts at its depth (conv + fc layers on the longest path up to it); a dashed line carries a network’s total past its last layer.',
    depth: 'depth (conv + fc layers)',
    params: 'parameters',
  },
  multiples: {
    heading: 'Diagrams at one scale',
    caption: (pct: number) =>
      `Top-level structure of each network, all drawn at ${pct} % of the model page’s size; click one to open it.`,
    open: (name: string) => `Open ${name}`,
  },
  withButton: 'Compare with…',
  withLabel: 'Network to compare with',
  withGo: 'Compare',
  ready: {
    heading: 'Ready-made comparisons',
    open: 'Open comparison',
    landscape: 'The landscape',
    landscapeWhat: 'accuracy vs compute · ILSVRC winners · GPU time vs batch',
  },
};
