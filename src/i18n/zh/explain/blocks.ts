/** Strings of the SE, Fire and dense-block walk-throughs (Simplified Chinese). */
import type * as en from '../../en/explain/blocks';

export const se: typeof en.se = {
  lead: 'Hu 等，2017：SE 块用特征图 U 自身算出的门控值，对 U 的各通道重新加权。与官方发布的模型一致，FC 实现为带偏置的 1×1 卷积。形状写作 H×W×C。',
  labels: { C: '通道数 C', size: '高度 = 宽度', r: '缩减比 r' },
  steps: {
    input: '特征图 U',
    squeeze: '挤压（Squeeze）',
    fc1: '激励：缩减',
    fc2: '激励：扩展并门控',
    scale: '缩放',
    cost: '代价',
  },
  input: (s: string) => `U 为 ${s}：残差分支的输出，在相加之前。`,
  squeeze: '全局平均池化：每个通道一个数，概括整张特征图。',
  fc1: (r: number) => `一个全连接层把 C 个数缩减为 1/r（r = ${r}），再接 ReLU。`,
  fc2: '第二个全连接层恢复到 C 个数；sigmoid 把每个数变成 0 到 1 之间的门控值。',
  scale: 'U 的每个通道乘以对应的门控值：输出形状不变，各通道被重新加权。',
  out: '输出',
  params: '参数量',
  none: '没有参数。',
  total: '该块的额外参数量',
  macs: '两个 FC 的乘加运算',
  network: '放到整个网络中（目录预设，r = 16）：',
  se50: 'SE-ResNet-50',
  r50: 'ResNet-50',
  adds: (n: string, pct: string) => `SE 增加了 ${n} 个参数，多出 ${pct} %。`,
};

export const fire: typeof en.fire = {
  lead: 'Iandola 等，2016：Fire 模块先用 1×1 卷积把输入挤压到少量通道，再用并排的 1×1 和 3×3 卷积扩展。默认值取自 SqueezeNet 1.0 的 fire2。形状写作 H×W×C。',
  labels: {
    C: '输入通道数',
    size: '高度 = 宽度',
    s: '挤压层 1×1 卷积核数',
    e1: '扩展层 1×1 卷积核数',
    e3: '扩展层 3×3 卷积核数',
  },
  steps: {
    module: 'Fire 模块',
    squeeze: '挤压',
    expand: '扩展',
    against: '与一个 3×3 卷积对比',
    networks: 'SqueezeNet 对比 AlexNet',
  },
  module: (input: string, s: number, e1: number, e3: number) =>
    `输入 ${input}：先挤压到 ${s} 个通道（1×1），再扩展为 ${e1}（1×1）+ ${e3}（3×3），拼接输出。`,
  squeeze: '昂贵的 3×3 卷积核面对的输入通道更少：它们只看到挤压后的特征图。',
  expand: '在挤压后的特征图上做两个扩展卷积，输出沿深度拼接。',
  out: '输出',
  params: '参数量',
  module_: 'Fire 模块',
  direct: '一个 3×3 卷积，输出深度相同',
  fewer: (r: string) => `Fire 模块的参数量少 ${r}×。`,
  networks:
    'SqueezeNet 1.0 在一个 7×7 卷积和一个输出 1000 类的 1×1 卷积之间堆叠了八个 Fire 模块；没有全连接层。取自模型目录：',
  squeezenet: 'SqueezeNet 1.0',
  alexnet: 'AlexNet',
  ratio: (r: string) => `参数量比 AlexNet 少 ${r}×（论文：“少 50×”），准确率与 AlexNet 相当。`,
  bytes: (a: string, b: string) => `每个参数 4 字节时：${a} 对 ${b}。`,
  macs: '乘加运算',
};

export const dense: typeof en.dense = {
  lead: 'Huang 等，2016：在密集块中，每一层读取块输入与之前所有层输出的拼接，并新增 k 个通道（即增长率）。DenseNet-BC 的层：BN-ReLU-1×1 卷积（4k）→ BN-ReLU-3×3 卷积（k）。默认值取自 DenseNet-121 的第一个密集块。',
  labels: {
    k0: '输入通道数 k₀',
    k: '增长率 k',
    layers: '块内层数',
    size: '高度 = 宽度',
  },
  steps: {
    idea: '每一层都读取之前的全部输出',
    first: '第 1 层',
    second: '第 2 层',
    growth: '通道数按 k 增长',
    cost: '每层的代价',
  },
  idea: (k0: number, k: number, n: number) =>
    `块输入有 ${k0} 个通道。${n} 层中的每一层都新增 k = ${k} 个通道，并把读到的全部内容继续往下传。`,
  layer: (reads: number, k: number, out: number) =>
    `读取 ${reads} 个通道，计算 ${k} 个新通道，输出 ${reads} + ${k} = ${out} 个。`,
  convs: '它的卷积（先用 1×1 卷积把输入变为 4k 个通道）',
  growthIs: (k0: number, n: number, k: number) => `${k0} + ${n}·${k} =`,
  growthLabel: '每层之后的通道数',
  costLabel: '每层的参数量',
  costNote: '1×1 卷积读取之前的全部通道，所以越靠后的层代价越高，呈线性增长。',
  params: '参数量',
};
