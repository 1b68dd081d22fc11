/** Strings of the model card (English). */
export const card = {
  paper: 'Paper',
  keyIdea: 'Key idea',
  ilsvrc: 'ImageNet challenge',
  published: 'Published figures vs computed',
  metric: 'Figure',
  publishedValue: 'Published',
  computedValue: 'Computed here',
  source: 'Source',
  notes: 'Why the numbers may differ',
  recipe: 'Training recipe',
  depth: 'Depth',
  depthValue: (n: number) => `${n} conv + fc layers on the longest input→output path.`,
  depthPaper: (n: number) => `The paper counts ${n}:`,
  custom: (family: string) => `${family}: a custom setting of the knobs (no published preset).`,
  computedAt: (input: string) => `computed at input ${input}`,
};
