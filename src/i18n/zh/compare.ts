/** Strings of the comparison page and the "compare with…" control (Simplified Chinese). */
import type * as en from '../en/compare';

export const compare: typeof en.compare = {
  heading: '对比',
  intro:
    '所有网络使用相同的设置（输入、批量、精度、MACs 或 FLOPs）；每个数字都由计算引擎算出，已发表的准确率来自模型卡片并注明出处。',
  tooFew: (min: number) => `请添加要对比的网络：至少 ${min} 个。`,
  picker: {
    label: '参与对比的网络',
    add: '添加网络',
    addButton: '添加',
    remove: (name: string) => `移除 ${name}`,
    left: (name: string) => `将 ${name} 左移`,
    right: (name: string) => `将 ${name} 右移`,
    full: (max: number) => `一次最多对比 ${max} 个网络。`,
    knobs: '结构参数',
  },
  settings: {
    input: '输入',
    inputOwn: '各网络自身的输入',
    batch: '批量',
    precision: '精度',
    compute: '计算量',
  },
  totals: {
    heading: '总量',
    caption: (batch: number, precision: string) =>
      `部署时的网络（不含仅训练时使用的分类头）；计算量和内存按批量 ${batch}、精度 ${precision} 计算。`,
    network: '网络',
    input: '输入',
    params: '参数量',
    depth: '深度（卷积 + 全连接，最长路径）',
    activations: '激活值（输出元素数，单张图片）',
    memory: '推理内存（权重 + 存储的激活值）',
    top1: 'Top-1',
    top5: 'Top-5',
    accuracy: '已发表的准确率',
    error: '错误率',
    acc: '准确率',
    none: '模型卡片上没有 ImageNet 数据',
    failed: '无法分析',
  },
  ratios: {
    heading: '显著差异',
    none: '这些网络两两之间的参数量和计算量都相差不到 2×。',
    times: (r: number) => (r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`),
    params: '参数量',
    /** "VGG-16 的参数量是 GoogLeNet 的 20×，MACs 是它的 9.8×。" */
    sentence: (a: string, ratio: string, what: string, b: string, rest: string) =>
      `${a} 的${what}是 ${b} 的 ${ratio}，${rest}。`,
    more: (ratio: string, what: string) => `${what}是它的 ${ratio}`,
    fewer: (ratio: string, what: string) => `但${what}比它少 ${ratio}`,
    same: (what: string) => `${what}与它相当`,
  },
  stages: {
    heading: '逐阶段对比（同一刻度）',
    caption:
      '每根柱子是一个网络，每一段是一个阶段（网络中的一个模块，或一个 conv/fc 层连同其前后的层）；同一张图的所有行共用一个刻度。悬停在某一段上可查看其数值。',
    params: '参数量',
    memory: (batch: number, precision: string) => `存储的激活值（批量 ${batch}，${precision}）`,
    title: (network: string, stage: string, value: string, share: string) =>
      `${network} · ${stage}：${value}（占整个网络的 ${share}）`,
  },
  curves: {
    heading: '沿深度累计',
    caption:
      '每一层计在它所在的深度（到该层为止最长路径上的卷积层和全连接层数）；虚线把网络的总量延续到其最后一层之后。',
    depth: '深度（卷积 + 全连接层数）',
    params: '参数量',
  },
  multiples: {
    heading: '同一比例的结构图',
    caption: (pct: number) =>
      `各网络的顶层结构，统一按模型页面尺寸的 ${pct} % 绘制；点击即可打开。`,
    open: (name: string) => `打开 ${name}`,
  },
  withButton: '与…对比',
  withLabel: '要对比的网络',
  withGo: '对比',
  ready: {
    heading: '现成的对比',
    open: '打开对比',
    landscape: '全景',
    landscapeWhat: '准确率与计算量 · ILSVRC 冠军 · GPU 耗时与批量',
  },
};
