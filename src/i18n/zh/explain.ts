/** Strings of the walk-through frame, the topic list and presentation mode (Simplified Chinese). */
import type * as en from '../en/explain';

export const explain: typeof en.explain = {
  heading: '分步讲解',
  lead: '把课程中的论证拆成一步一步。每个数字都由计算引擎算出；改动任一输入，每一步都会随之更新。',
  catalogLead: '课程中的论证，做成可以改动参数的分步讲解：',
  unknown: (topic: string) => `没有名为“${topic}”的讲解。`,
  backToCatalog: '返回模型目录',
  stepOf: (i: number, n: number) => `第 ${i} 步，共 ${n} 步`,
  prev: '← 上一步',
  next: '下一步 →',
  steps: '步骤',
  inputs: '输入',
  inputsHint: '请输入整数；每一步都会重新计算。',
  reset: '恢复课程中的数值',
  keys: '← / → 逐步切换，Home / End 跳到第一步 / 最后一步',
  invalid: '这组输入无法计算',
  modelLink: '分步讲解',
  relatedModels: '在目录中查看：',
  topics: {
    inception: {
      title: 'Inception：为什么要用 1×1 瓶颈层',
      short: '朴素版与瓶颈版 Inception 模块，逐项对比',
    },
    'small-filters': {
      title: '小卷积核：用三个 3×3 卷积代替一个 7×7',
      short: '感受野相同，权重更少，非线性更多',
    },
    alexnet: {
      title: '逐层解读 AlexNet',
      short: 'CONV1 → FC8：输出尺寸、参数量与双 GPU 拆分',
    },
    residual: {
      title: '残差块与捷径连接',
      short: '普通块与残差块，恒等 / 补零 / 投影捷径，瓶颈块',
    },
    se: {
      title: 'Squeeze-and-Excitation（挤压与激励）',
      short: '挤压、激励、缩放：形状与额外参数',
    },
    fire: {
      title: 'SqueezeNet 的 Fire 模块',
      short: '先挤压再扩展；SqueezeNet 1.0 对比 AlexNet',
    },
    dense: {
      title: '密集块：通道数按 k 增长',
      short: '每一层都读取之前所有层的输出',
    },
    fractal: {
      title: 'FractalNet 的扩展规则',
      short: 'f_{C+1} = join(f_C ∘ f_C, conv) 与 drop-path',
    },
    'stochastic-depth': {
      title: '随机深度',
      short: '训练时随机丢弃残差块；期望深度',
    },
    nas: {
      title: '神经架构搜索',
      short: '控制器采样一段描述，再解码成一个网络',
    },
  },
  present: {
    enter: '演示',
    enterTitle: '演示模式：全屏、大字号，← / → 切换步骤（Esc 退出）',
    leave: '退出演示（Esc）',
    theme: '主题',
    themes: { auto: '自动', light: '浅色', dark: '深色', projector: '投影仪' },
  },
};
