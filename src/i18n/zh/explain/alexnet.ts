/** Strings of the AlexNet walk-through (Simplified Chinese). */
import type * as en from '../../en/explain/alexnet';

export const alexnet: typeof en.alexnet = {
  lead: 'CS231n 第 9 讲对 AlexNet（Krizhevsky 等，2012）的逐层讲解，所用网络是 Caffe 中 bvlc_alexnet 的双 GPU 版本，层顺序按课程的 POOL → NORM。形状与幻灯片一致，写作 H×W×C。',
  labels: { size: '输入高度 = 宽度', gpus: 'GPU 数（1 或 2）' },
  steps: {
    input: '输入',
    layer: (name: string) => name,
    totals: '合计',
  },
  input: (s: string) => `输入：${s} 的图片。`,
  inputNote:
    '论文写的是 224×224×3，但 CONV1 的算式需要 227（(227 − 11)/4 + 1 = 55）。可以在输入中试试 224。',
  table: {
    layer: '层',
    input: '输入',
    output: '输出',
    params: '参数量',
  },
  op: {
    conv: (k: number, n: number, s: number, p: number) =>
      `${n} 个 ${k}×${k} 卷积核，步长 ${s}，填充 ${p}`,
    pool: (k: number, s: number) => `${k}×${k} 最大池化，步长 ${s}`,
    lrn: '局部响应归一化（跨相邻 5 个通道）',
    fc: (n: number) => `全连接，${n} 个输出`,
  },
  inputIs: '输入数据体',
  outputSize: '输出尺寸',
  outputIs: '输出数据体',
  params: '参数量',
  none: '没有参数。',
  macs: '乘加运算',
  gpu: {
    heading: '在两块 GPU 上',
    one: (n: number, reads: number) =>
      `一块 GPU 计算全部 ${n} 个，每个读取 ${reads} 张输入特征图。`,
    conv1: (n: number, reads: number) =>
      `每块 GPU 计算 ${n} 个卷积核；两块都读取完整的 ${reads} 通道输入。`,
    own: (n: number, reads: number) =>
      `每块 GPU 计算 ${n} 个卷积核，每个只读取本 GPU 上的 ${reads} 张特征图（groups = 2）。`,
    cross: (n: number, reads: number) =>
      `每块 GPU 计算 ${n} 个；每个都读取来自两块 GPU 的全部 ${reads} 个输入（两块 GPU 在这里通信）。`,
    none: '每块 GPU 只对自己的特征图做池化或归一化。',
  },
  totals: (layers: number) => `${layers} 个带权重的层：5 个卷积层，3 个全连接层。`,
  totalParams: '参数量',
  totalMacs: '乘加运算',
  fcShare: (pct: string) => `三个全连接层占全部参数的 ${pct} %。`,
};
