/** Strings of the AlexNet walk-through (English). */
export const alexnet = {
  lead: 'CS231n Lecture 9’s walk through AlexNet (Krizhevsky et al. 2012), on the two-GPU network of Caffe’s bvlc_alexnet with the lecture’s POOL → NORM order. Shapes are H×W×C as on the slides.',
  labels: { size: 'Input height = width', gpus: 'GPUs (1 or 2)' } as Record<string, string>,
  steps: {
    input: 'Input',
    layer: (name: string) => name,
    totals: 'Totals',
  },
  input: (s: string) => `Input: ${s} images.`,
  inputNote:
    'The paper says 224×224×3; the arithmetic of CONV1 needs 227 ((227 − 11)/4 + 1 = 55). Try 224 in the inputs.',
  table: {
    layer: 'Layer',
    input: 'Input',
    output: 'Output',
    params: 'Parameters',
  },
  op: {
    conv: (k: number, n: number, s: number, p: number) =>
      `${n} filters of ${k}×${k}, stride ${s}, padding ${p}`,
    pool: (k: number, s: number) => `max pool ${k}×${k}, stride ${s}`,
    lrn: 'local response normalization (across 5 neighbouring channels)',
    fc: (n: number) => `fully connected, ${n} outputs`,
  },
  inputIs: 'Input volume',
  outputSize: 'Output size',
  outputIs: 'Output volume',
  params: 'Parameters',
  none: 'No parameters.',
  macs: 'Multiply-accumulates',
  gpu: {
    heading: 'On the GPUs',
    one: (n: number, reads: number) =>
      `One GPU computes all ${n}, each reading ${reads} input maps.`,
    conv1: (n: number, reads: number) =>
      `Each GPU computes ${n} filters; both read the whole ${reads}-channel input.`,
    own: (n: number, reads: number) =>
      `Each GPU computes ${n} filters, each reading only the ${reads} maps on its own GPU (groups = 2).`,
    cross: (n: number, reads: number) =>
      `Each GPU computes ${n}; every one reads all ${reads} inputs from both GPUs (the GPUs talk here).`,
    none: 'Each GPU pools or normalizes its own maps.',
  },
  totals: (layers: number) => `${layers} layers with weights: 5 conv, 3 fully connected.`,
  totalParams: 'Parameters',
  totalMacs: 'Multiply-accumulates',
  fcShare: (pct: string) => `The three fully connected layers hold ${pct} % of the parameters.`,
};
