/** Strings of the landscape page (Simplified Chinese). */
import type * as en from '../en/landscape';

export const landscape: typeof en.landscape = {
  heading: '全景',
  intro:
    '仿照课程中的图，把整个模型目录画在三张图上。点击任一标记可打开其模型页面；计算所得的数字来自计算引擎，其余数字的出处列在各图下方。',
  accuracy: {
    heading: '1. 准确率与计算量',
    caption: (protocol: string) =>
      `已发表的 ImageNet top-1 准确率与计算引擎算出的每张图片 MACs（对数坐标轴）；气泡面积与参数量成正比。统一评测协议：${protocol}。仿照 Canziani、Paszke 和 Culurciello 的 “An Analysis of Deep Neural Network Models for Practical Applications”，2016。`,
    x: '每张图片的 MACs（对数刻度）',
    y: 'top-1 准确率',
    title: (name: string, top1: number, macs: string, params: string, source: string) =>
      `${name}：top-1 ${top1} %，${macs} MACs，参数量 ${params}（${source}）`,
    apartHeading: '未绘出：没有此评测协议下的数据',
    apartImagenet: '其他评测协议下的 ImageNet 数据（见其模型卡片）：',
    apartOther: '非 ImageNet 分类器（CIFAR、MNIST、课程演示）：',
    sources: '出处：各网络的模型卡片（torchvision 权重表；timm results-imagenet.csv）。',
  },
  winners: {
    heading: '2. 历届 ImageNet 冠军',
    caption:
      'ILSVRC 分类任务：历年测试集 top-5 错误率，以及冠军网络的深度（最长路径上的卷积层和全连接层数，由计算引擎根据该参赛模型所基于的目录网络算出）。2014 年的亚军 VGG 与 GoogLeNet 并列画出。',
    y: 'top-5 错误率',
    human: (v: number) => `人类：${v} %`,
    shallow: '浅层',
    ensemble: '集成',
    layers: (n: number) => `${n} 层`,
    title: (entry: string, year: number, err: number, what: string, source: string) =>
      `${year} ${entry}：top-5 错误率 ${err} %。${what}。出处：${source}`,
    sourcesHeading: '出处',
  },
  timing: {
    heading: '3. 前向耗时和功耗与批量大小',
    caption:
      '每张图片的毫秒数（整个批量一次前向传播的时间 ÷ 批量大小）与批量大小的关系，双对数坐标。这是实测值而非计算值：随机权重，PyTorch eager 模式加 cuDNN（开启 benchmark，eval 模式，未用 torch.compile）——反映的是一台机器的测量结果，而不是架构本身的属性。',
    x: '批量大小（对数刻度）',
    y: '每张图片 ms',
    dtype: '精度',
    choose: '绘出的网络',
    limit: (n: number) => `最多 ${n} 个`,
    dot: (name: string, batch: number, ms: string) => `${name}，批量 ${batch}：每张图片 ${ms}`,
    table: {
      network: '网络',
      macs: 'MACs / 图片',
      ms1: 'ms / 图片，批量 1',
      ms64: 'ms / 图片，批量 64',
      tput: '实际 TFLOP/s，批量 64',
      power1: '功耗，批量 1',
      power64: '功耗，批量 64',
    },
    machine: (m: string) => `测试机器：${m}。`,
    tputNote: '实际吞吐量 = 2 × MACs × 批量 ÷ 时间（每秒 FLOPs）。',
  },
};

/** Strings of the model page's measured-time panel (Simplified Chinese). */
export const measuredPanel: typeof en.measuredPanel = {
  heading: '单块 GPU 实测：前向耗时与功耗',
  what: (machine: string) =>
    `这是该网络对应的 PyTorch 模型在一台机器（${machine}）上的实测结果：随机权重，PyTorch eager 模式，cuDNN，eval 模式。它们反映的是那台机器和软件的特性，与计算引擎算出的数字并列展示，而不是取而代之。`,
  computed: (macs: string, input: string) =>
    `本页计算：输入 ${input}（即实测所用输入）时每张图片 ${macs} MACs。`,
  otherInput: (input: string) =>
    `本页的输入与实测所用输入不同；下面的吞吐量按输入 ${input} 时的 MACs 计算。`,
  batch: '批量',
  msBatch: 'ms / 批',
  msImage: 'ms / 图片',
  tput: '实际 TFLOP/s',
  power: (w1: number, w64: number, dtype: string) =>
    `板卡功耗（${dtype}）：批量 1 时 ${w1} W，批量 64 时 ${w64} W。`,
  tputNote: '实际吞吐量 = 2 × MACs × 批量 ÷ 时间。',
  landscape: '在全景页查看所有实测网络',
};
