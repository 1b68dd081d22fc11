/** Strings of the settings and knobs panels (English). */
export const settings = {
  heading: 'Settings',
  input: 'Input C×H×W',
  channels: 'Channels',
  height: 'Height',
  width: 'Width',
  presets: 'Input size',
  modelDefault: (shape: string) => `default ${shape}`,
  batch: 'Batch',
  precision: 'Precision',
  precisions: { fp32: 'fp32 (4 B)', fp16: 'fp16 (2 B)', bf16: 'bf16 (2 B)', int8: 'int8 (1 B)' },
  compute: 'Count',
  computes: { macs: 'MACs', flops: 'FLOPs (2 × MACs)' },
  invalidNumber: 'Enter a whole number from 1 to',
  knobs: 'Architecture',
  knobsNone: 'This architecture has no knobs.',
};
