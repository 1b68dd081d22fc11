/** Strings of the walk-through frame, the topic list and presentation mode (English). */
export const explain = {
  heading: 'Walk-throughs',
  lead: 'The lecture’s arguments, one step at a time. Every number is computed by the engine; change an input and every step follows.',
  catalogLead: 'The lecture’s arguments as step-by-step pages you can change:',
  unknown: (topic: string) => `There is no walk-through "${topic}".`,
  backToCatalog: 'Back to the catalog',
  stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
  prev: '← Previous',
  next: 'Next →',
  steps: 'Steps',
  inputs: 'Inputs',
  inputsHint: 'Whole numbers; every step is recomputed.',
  reset: 'Lecture values',
  keys: '← / → step through, Home / End jump to the first / last step',
  invalid: 'These inputs do not work',
  modelLink: 'Walk-through',
  relatedModels: 'See it in the catalog:',
  topics: {
    inception: {
      title: 'Inception: why 1×1 bottlenecks',
      short: 'Naive vs bottleneck Inception module, term by term',
    },
    'small-filters': {
      title: 'Small filters: three 3×3 convs instead of one 7×7',
      short: 'Same receptive field, fewer weights, more non-linearities',
    },
    alexnet: {
      title: 'AlexNet layer by layer',
      short: 'CONV1 → FC8: output sizes, parameters and the two-GPU split',
    },
    residual: {
      title: 'Residual blocks and shortcuts',
      short: 'Plain vs residual, identity / zero-pad / projection, the bottleneck',
    },
    se: {
      title: 'Squeeze-and-excitation',
      short: 'Squeeze, excite, scale: shapes and extra parameters',
    },
    fire: {
      title: 'SqueezeNet’s Fire module',
      short: 'Squeeze then expand; SqueezeNet 1.0 against AlexNet',
    },
    dense: {
      title: 'Dense blocks: channels grow by k',
      short: 'Each layer reads every earlier output',
    },
    fractal: {
      title: 'FractalNet’s expansion rule',
      short: 'f_{C+1} = join(f_C ∘ f_C, conv) and drop-path',
    },
    'stochastic-depth': {
      title: 'Stochastic depth',
      short: 'Drop residual blocks while training; expected depth',
    },
    nas: {
      title: 'Neural architecture search',
      short: 'A controller samples a description that decodes into a network',
    },
  },
  present: {
    enter: 'Present',
    enterTitle: 'Presentation mode: full screen, large text, ← / → to step (Esc leaves)',
    leave: 'Leave presentation (Esc)',
    theme: 'Theme',
    themes: { auto: 'Auto', light: 'Light', dark: 'Dark', projector: 'Projector' },
  },
};

export type TopicId = keyof typeof explain.topics;
