/** Strings of the memory panel's three rules, training budget and GPU measurements (English). */
export const memory = {
  rules: {
    heading: 'What the activations take: three rules',
    columns: {
      rule: 'Rule',
      perImage: 'Per image',
      batch: (batch: number) => `Batch ${batch}`,
      ratio: 'vs the table rule',
    },
    table: {
      name: 'The table rule (CS231n)',
      text: 'The input and each conv, fc, pooling, LRN, merge and scale output, once; ReLU, batch norm and dropout in place.',
    },
    every: {
      name: 'Every output',
      text: 'Each layer’s output its own tensor (views such as flatten excepted): the torchvision reference count.',
    },
    kept: {
      name: 'What autograd keeps',
      text: 'Eager PyTorch in training mode with cuDNN: the tensors each op’s backward needs, as PyTorch’s derivatives.yaml names them — conv and fc keep their input, batch norm its input, ReLU, sigmoid and tanh their output, max pooling its input and int64 indices (8 B per output), dropout a 1-byte mask, LRN its input and three intermediates; add, concat, global average pooling, flatten and padding keep nothing. A tensor kept by two ops (a ReLU’s output and the conv that reads it) counts once.',
    },
    constant: (bytes: string) =>
      `Plus ${bytes} that does not grow with the batch (batch norm’s mean and inverse std per channel).`,
  },
  budget: {
    heading: 'Training step',
    batch: 'Batch',
    precision: 'Precision',
    optimizer: 'Optimizer',
    optimizers: { sgd: 'SGD', momentum: 'SGD + momentum', adam: 'Adam' },
    precisions: { fp32: 'fp32', fp16: 'fp16', bf16: 'bf16' },
    inferenceOnly: (p: string) =>
      `${p} is an inference format: training is shown in fp32. Choose fp32, fp16 or bf16.`,
    parts: {
      weights: 'Weights (parameters and BN running statistics)',
      gradients: 'Gradients (one per parameter)',
      optimizerState: 'Optimizer state',
      activations: 'Kept for backward × batch',
      transient: 'Transient peak of the backward pass',
      peak: 'Peak',
    },
    notes: {
      optimizerState: (n: number): string =>
        n === 0 ? 'plain SGD keeps none' : n === 1 ? 'one momentum buffer' : 'Adam’s m and v',
      activations: (perImage: string, batch: number) => `${perImage} per image × ${batch}`,
      transient: (at: string) => `gradients in flight, highest during ${at}`,
    },
    rule: [
      'Weights, gradients and optimizer state exist before the step: parameters × bytes, × 1, × 1, × 0 (SGD), 1 (momentum) or 2 (Adam).',
      'The step adds what backward keeps for the whole batch, and the transient peak: simulated op by op, each layer’s backward holds its output’s gradient while it writes new gradients for its inputs and its weights; add, concat and views pass gradients on without a copy; kept tensors are freed as backward passes them. Every block is rounded up to 512 B, as PyTorch’s caching allocator does.',
      'fp16 and bf16 mean the whole network cast to half (weights, gradients, state and activations 2 B); max-pool indices stay 8 B, dropout masks 1 B. Not counted: the CUDA context, cuDNN and cuBLAS workspaces.',
    ],
    card: 'Card',
    cardOther: 'other',
    cardTyped: 'Card size in GB',
    cardUnit: 'GB',
    cardOption: (gb: number) => `${gb} GB`,
    largest: (card: string, n: number) =>
      n === 0
        ? `Not one image fits on ${card}.`
        : `Largest batch that fits on ${card}: ${n.toLocaleString('en')}`,
    fits: (card: string) => `This step fits on ${card}.`,
    overflows: (card: string, by: string) => `This step needs ${by} more than ${card}.`,
    cardNote: 'Cards sold as “16 GB” hold 16 GiB; a few hundred MiB go to the CUDA context.',
  },
  dominant: {
    heading: 'Layers that keep the most',
    share: (share: string) => `per image in fp32, ${share} of what is kept`,
    highlight: 'Highlight them in the diagram and charts',
  },
  layer: {
    heading: (path: string) => `What ${path} keeps for backward`,
    nothing: 'Nothing: its backward needs only sizes, or it is a view.',
    tensor: (what: string, elements: string, dtype: string, bytes: string) =>
      `${what}: ${elements} ${dtype} values per image, ${bytes}`,
    shared: 'already kept by an earlier layer, counted there',
    adds: (bytes: string) => `Adds ${bytes} per image (fp32) to what is kept.`,
    source: 'PyTorch tools/autograd/derivatives.yaml',
  },
  measured: {
    heading: 'Measured on the GPU',
    machine: (m: string) => `Measured on ${m}; random weights, eager PyTorch.`,
    columns: { what: 'Figure', measured: 'Measured', computed: 'Computed', diff: 'Difference' },
    saved: 'Kept for backward, per image (fp32)',
    savedHow: '(saved bytes at batch 8 − batch 1) / 7',
    peak: (input: string) =>
      `Training step above weights, gradients and momentum (SGD + momentum, batch 32, fp32, ${input})`,
    noSaved:
      'Kept bytes were measured for five networks only (AlexNet, VGG-16, GoogLeNet, ResNet-50, DenseNet-121).',
    leftOut: (diff: number) =>
      `The computed peak is ${Math.abs(diff * 100).toFixed(1)} % ${diff < 0 ? 'below' : 'above'} the measured one. The rule leaves out what this network’s PyTorch code does beyond its spec (non-in-place activations, padding and slicing copies), cuDNN’s convolution workspaces (benchmark off: the default algorithms’ scratch space) and the allocator’s rounding of blocks over 1 MiB inside 2 MiB segments.`,
  },
};
