/** Strings of the landscape page (English). */
export const landscape = {
  heading: 'Landscape',
  intro:
    'The whole catalog on three charts, after the lecture’s. Every mark opens its model page; computed figures come from the engine, the others from the sources named under each chart.',
  accuracy: {
    heading: '1. Accuracy against compute',
    caption: (protocol: string) =>
      `Published ImageNet top-1 accuracy against the engine’s MACs per image (log axis); bubble area is proportional to parameters. One protocol: ${protocol}. After Canziani, Paszke & Culurciello, “An Analysis of Deep Neural Network Models for Practical Applications”, 2016.`,
    x: 'MACs per image (log scale)',
    y: 'top-1 accuracy',
    title: (name: string, top1: number, macs: string, params: string, source: string) =>
      `${name}: ${top1} % top-1, ${macs} MACs, ${params} parameters (${source})`,
    apartHeading: 'Not plotted: no figure of this protocol',
    apartImagenet: 'ImageNet figure of another protocol (shown on its card):',
    apartOther: 'Not ImageNet classifiers (CIFAR, MNIST, lecture demos):',
    sources:
      'Sources: each network’s card (torchvision weights tables; timm results-imagenet.csv).',
  },
  winners: {
    heading: '2. The ImageNet winners',
    caption:
      'ILSVRC classification: top-5 error on the test set by year, with the winning network’s depth (conv + fc layers on its longest path, computed by the engine from the catalog network the entry was built on). The 2014 runner-up, VGG, stands beside GoogLeNet.',
    y: 'top-5 error',
    human: (v: number) => `human: ${v} %`,
    shallow: 'shallow',
    ensemble: 'ensemble',
    layers: (n: number) => `depth ${n} (conv + fc)`,
    title: (entry: string, year: number, err: number, what: string, source: string) =>
      `${year} ${entry}: ${err} % top-5 error. ${what}. Source: ${source}`,
    sourcesHeading: 'Sources',
  },
  timing: {
    heading: '3. Forward time and power against batch size',
    caption:
      'Milliseconds per image (time of one forward pass of the batch ÷ batch size) against batch size, log–log. Measured, not computed: random weights, PyTorch eager mode with cuDNN (benchmark on, eval mode, no torch.compile) — measurements of one machine, not properties of the architectures.',
    x: 'batch size (log scale)',
    y: 'ms per image',
    dtype: 'Precision',
    choose: 'Networks drawn',
    limit: (n: number) => `at most ${n}`,
    dot: (name: string, batch: number, ms: string) => `${name}, batch ${batch}: ${ms} per image`,
    table: {
      network: 'Network',
      macs: 'MACs / image',
      ms1: 'ms / image, batch 1',
      ms64: 'ms / image, batch 64',
      tput: 'achieved TFLOP/s, batch 64',
      power1: 'power, batch 1',
      power64: 'power, batch 64',
    },
    machine: (m: string) => `Machine: ${m}.`,
    tputNote: 'Achieved throughput = 2 × MACs × batch ÷ time (FLOPs per second).',
  },
};

/** Strings of the model page's measured-time panel (English). */
export const measuredPanel = {
  heading: 'Measured on one GPU: forward time and power',
  what: (machine: string) =>
    `Measurements of this network’s PyTorch counterpart on one machine (${machine}): random weights, PyTorch eager mode, cuDNN, eval mode. They are properties of that machine and software, shown beside the engine’s computed figures, not instead of them.`,
  computed: (macs: string, input: string) =>
    `Computed here: ${macs} MACs per image at ${input} (the measured input).`,
  otherInput: (input: string) =>
    `The page’s input differs from the measured one; the throughput below uses the MACs at ${input}.`,
  batch: 'Batch',
  msBatch: 'ms / batch',
  msImage: 'ms / image',
  tput: 'achieved TFLOP/s',
  power: (w1: number, w64: number, dtype: string) =>
    `Board power (${dtype}): ${w1} W at batch 1, ${w64} W at batch 64.`,
  tputNote: 'Achieved throughput = 2 × MACs × batch ÷ time.',
  landscape: 'All measured networks on the landscape',
};
