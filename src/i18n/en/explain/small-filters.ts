/** Strings of the small-filters walk-through (English). */
export const smallFilters = {
  lead: 'VGG’s argument (CS231n Lecture 9; architectures.md §1.3): a stack of n 3×3 convs sees as much of the input as one (2n+1)×(2n+1) conv, with fewer weights and more non-linearities. C channels in and out, convs without bias.',
  labels: { C: 'Channels C', n: 'Stacked 3×3 convs n', size: 'Input height = width' } as Record<
    string,
    string
  >,
  steps: {
    claim: 'The claim',
    after: (i: number) => `Receptive field after 3×3 conv ${i}`,
    params: 'Parameters',
    macs: 'Multiply-accumulates',
    relu: 'Non-linearities',
  },
  claim: (n: number, big: number, input: string) =>
    `${n} stacked 3×3 convs against one ${big}×${big} conv, both on ${input} and both keeping the size (stride 1, same padding).`,
  claimList: [
    'Same receptive field: each output sees the same window of the input.',
    'Fewer weights.',
    'More non-linearities: a ReLU after every conv.',
  ],
  gridCaption: (rf: number) =>
    `The red output pixel sees a ${rf}×${rf} window of the input (shaded).`,
  rfRule: 'Receptive field (the engine’s rule, stride 1 so the jump stays 1):',
  same: (big: number) => `After the last conv: ${big}×${big}, the same as one ${big}×${big} conv.`,
  stack: (n: number) => `${n} × 3×3 conv`,
  single: (big: number) => `1 × ${big}×${big} conv`,
  perConv: 'Each conv: K·K·C_in·C_out',
  total: 'Total',
  inC2: (symbolic: string, k: number) => `= ${symbolic} = ${k}·C²`,
  stackSymbolic: (n: number) => `${n}·(3·3·C·C)`,
  singleSymbolic: (big: number) => `${big}·${big}·C·C`,
  fewer: (pct: string) => `The stack needs ${pct} % of the single conv’s weights.`,
  macsNote: 'Per output position the work scales the same way; over the whole map:',
  reluCount: (a: number, b: number) =>
    `${a} ReLUs against ${b}: the stack is a deeper function of its input for fewer weights.`,
  /** The grid's accessible name: what it shows, from the same numbers as the drawing. */
  gridLabel: (side: number, convs: number, rf: number) =>
    `Receptive field on the ${side}×${side} input pixel grid: after ${convs} 3×3 conv${convs === 1 ? '' : 's'} the centre output sees the ${rf}×${rf} window around it`,
};
