/** Strings of the settings and knobs panels (Simplified Chinese). */
import type * as en from '../en/settings';

export const settings: typeof en.settings = {
  heading: '设置',
  input: '输入 C×H×W',
  channels: '通道',
  height: '高',
  width: '宽',
  presets: '输入尺寸',
  modelDefault: (shape: string) => `默认 ${shape}`,
  batch: '批量',
  precision: '精度',
  precisions: {
    fp32: 'fp32（4 B）',
    fp16: 'fp16（2 B）',
    bf16: 'bf16（2 B）',
    int8: 'int8（1 B）',
  },
  compute: '计算量单位',
  computes: { macs: 'MACs', flops: 'FLOPs（2 × MACs）' },
  invalidNumber: '请输入整数，范围 1 到',
  knobs: '架构参数',
  knobsNone: '这个架构没有可调参数。',
};
