/** Strings of the Inception walk-through (Simplified Chinese). */
import type * as en from '../../en/explain/inception';

export const inception: typeof en.inception = {
  lead: 'CS231n 第 9 讲，幻灯片 53–54：在同一个输入上逐个分支对比朴素 Inception 模块和带 1×1 瓶颈层的模块。形状与幻灯片一致，写作 H×W×C；乘法次数指卷积的乘加运算次数。',
  labels: {
    size: '输入高度 = 宽度',
    inChannels: '输入通道数',
    b1: '1×1 卷积核数',
    b3: '3×3 卷积核数',
    b5: '5×5 卷积核数',
    r3: '3×3 前的降维（1×1）',
    r5: '5×5 前的降维（1×1）',
    pp: '池化后的投影（1×1）',
  },
  branch: {
    branch1x1: '1×1 卷积分支',
    branch3x3: '3×3 卷积分支',
    branch5x5: '5×5 卷积分支',
    branchPool: '3×3 最大池化分支',
  },
  branchShort: { branch1x1: '1×1', branch3x3: '3×3', branch5x5: '5×5', branchPool: '池化' },
  /** `3×3 分支：降维 1×1, 64` from the branch, the leaf name and the engine's label. */
  termLabel: (branch: string, name: string, label: string) =>
    `${branch} 分支：${name === 'reduce' ? '降维 ' : name === 'proj' ? '投影 ' : ''}${label.replace(/^conv /, '')}`,
  steps: {
    setup: '两个模块，同一个输入',
    naive: (b: string) => `朴素模块：${b}`,
    naivePool: '朴素模块：池化分支',
    naiveTotal: '朴素模块：合计',
    bottleneck: (b: string) => `瓶颈模块：${b}`,
    totals: '并列对比',
    lecture: '课程中的“358M”',
  },
  input: (s: string) =>
    `输入 ${s}。每个卷积都保持高和宽不变（步长 1，same 填充），因此各分支的输出可以沿深度叠在一起。`,
  naiveIs: '朴素模块：四个分支直接作用于输入：',
  bottleneckIs: '瓶颈模块：在 3×3 和 5×5 卷积之前、池化之后，用 1×1 卷积降低深度：',
  termIntro: '这个卷积的乘法次数：输出高 · 宽 · 卷积核数 · 输入深度 · 卷积核高 · 宽。',
  poolZero: '池化不做乘法：0 次乘法。',
  poolKeeps: (c: number) =>
    `但最大池化保留了输入的每个通道：仅这一个分支就输出 ${c} 个通道，与整个输入一样深。`,
  depthSum: '输出深度，即各分支拼接后的深度：',
  depthGrows: (inC: number, outC: number) =>
    `输入 ${inC} 个通道，输出 ${outC} 个。由于池化分支把全部输入通道都传了下去，堆叠起来的每个朴素模块都比前一个更深，其中的卷积也越来越昂贵。`,
  totalIs: '该模块的总乘法次数：',
  barsNaive: '各卷积的乘法次数，朴素模块',
  barsBottleneck: '各卷积的乘法次数，瓶颈模块（同一刻度）',
  reduceWhy: (from: number, to: number) =>
    `1×1 降维卷积在昂贵的卷积之前把深度从 ${from} 降到 ${to}。`,
  projWhy: (c: number) => `池化之后的 1×1 投影把它的 ${c} 个通道降下来，输出就不再随输入增长。`,
  naiveCol: '朴素',
  bottleneckCol: '带 1×1 瓶颈层',
  multiplies: '次乘法',
  outDepth: '输出深度',
  ratio: (r: string) => `瓶颈模块的乘法次数少 ${r}×。`,
  lectureSays: '幻灯片列出了上面六项，却写着“Total: 358M ops”。这六项之和是',
  lectureIs: '印出的总数等于这个和再加一次 3×3 卷积那一项：',
  lectureVerdict: (r: string) =>
    `各项没有错，印出的总数错了。按算式计算，乘法次数少 ${r}×，而不是 854/358 = 2.4×。`,
};
