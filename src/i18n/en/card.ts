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
  custom: (family: string) => `${family}: a custom setting of the knobs (no published preset).`,
  computedAt: (input: string) => `computed at input ${input}`,
  of: (network: string) => `of ${network}`,
  at: (settings: string[]) => `for ${settings.join(', ')}`,
  differs: (why: string) => `differs: ${why}`,
};
