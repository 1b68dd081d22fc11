/** Strings of the memory panel's three rules, training budget and GPU measurements (Simplified Chinese). */
import type * as en from '../en/memory';

export const memory: typeof en.memory = {
  rules: {
    heading: '激活值占多少内存：三种规则',
    columns: {
      rule: '规则',
      perImage: '每张图片',
      batch: (batch: number) => `批量 ${batch}`,
      ratio: '相对表格规则',
    },
    table: {
      name: '表格规则（CS231n）',
      text: '输入以及每个 conv、fc、池化、LRN、合并和缩放的输出各计一次；ReLU、批量归一化和 dropout 原地计算。',
    },
    every: {
      name: '每个输出都计',
      text: '每层的输出都是独立的张量（flatten 这类视图除外）：torchvision 的参考计数方式。',
    },
    kept: {
      name: 'autograd 实际保存的',
      text: '训练模式下的 PyTorch eager 加 cuDNN：每个运算的反向传播所需的张量，以 PyTorch 的 derivatives.yaml 为准——conv 和 fc 保存输入，批量归一化保存输入，ReLU、sigmoid 和 tanh 保存输出，最大池化保存输入和 int64 索引（每个输出 8 B），dropout 保存 1 字节的掩码，LRN 保存输入和三个中间量；相加、拼接、全局平均池化、flatten 和填充不保存任何东西。被两个运算共同保存的张量（ReLU 的输出和读取它的 conv）只计一次。',
    },
    constant: (bytes: string) =>
      `另有 ${bytes} 不随批量增长（批量归一化每个通道的均值和标准差倒数）。`,
  },
  budget: {
    heading: '一次训练迭代',
    batch: '批量',
    precision: '精度',
    optimizer: '优化器',
    optimizers: { sgd: 'SGD', momentum: 'SGD + 动量', adam: 'Adam' },
    precisions: { fp32: 'fp32', fp16: 'fp16', bf16: 'bf16' },
    inferenceOnly: (p: string) =>
      `${p} 是推理用的格式：训练按 fp32 显示。请选择 fp32、fp16 或 bf16。`,
    parts: {
      weights: '权重（参数和 BN 滑动统计量）',
      gradients: '梯度（每个参数一份）',
      optimizerState: '优化器状态',
      activations: '为反向传播保存的激活值 × 批量',
      transient: '反向传播的瞬时峰值',
      peak: '峰值',
    },
    notes: {
      optimizerState: (n: number) =>
        n === 0 ? '普通 SGD 不保存状态' : n === 1 ? '一份动量缓冲' : 'Adam 的 m 和 v',
      activations: (perImage: string, batch: number) => `每张图片 ${perImage} × ${batch}`,
      transient: (at: string) => `传递中的梯度，在 ${at} 处最高`,
    },
    rule: [
      '权重、梯度和优化器状态在迭代开始前就已存在：参数量 × 字节数，分别 × 1、× 1、× 0（SGD）、1（动量）或 2（Adam）。',
      '迭代中还要加上反向传播为整个批量保存的张量，以及瞬时峰值：逐个运算模拟，每层的反向传播在为其输入和权重写入新梯度时，要持有其输出的梯度；相加、拼接和视图直接传递梯度，不做复制；保存的张量在反向传播经过后即被释放。与 PyTorch 的缓存分配器一样，每个内存块向上取整到 512 B。',
      'fp16 和 bf16 表示整个网络转为半精度（权重、梯度、状态和激活值均为 2 B）；最大池化索引仍为 8 B，dropout 掩码为 1 B。未计入：CUDA 上下文、cuDNN 和 cuBLAS 的工作空间。',
    ],
    card: '显卡',
    cardOther: '其他',
    cardTyped: '显存大小（GB）',
    cardUnit: 'GB',
    cardOption: (gb: number) => `${gb} GB`,
    largest: (card: string, n: number) =>
      n === 0
        ? `${card} 连一张图片都放不下。`
        : `${card} 能放下的最大批量：${n.toLocaleString('en')}`,
    fits: (card: string) => `这次迭代能放进 ${card}。`,
    overflows: (card: string, by: string) => `这次迭代比 ${card} 的容量多需要 ${by}。`,
    cardNote: '标称“16 GB”的显卡实际是 16 GiB；其中几百 MiB 被 CUDA 上下文占用。',
  },
  dominant: {
    heading: '保存最多的层',
    share: (share: string) => `每张图片，fp32，占保存总量的 ${share}`,
    highlight: '在结构图和图表中高亮它们',
  },
  layer: {
    heading: (path: string) => `${path} 为反向传播保存了什么`,
    nothing: '什么都不保存：它的反向传播只需要尺寸信息，或者它只是一个视图。',
    tensor: (what: string, elements: string, dtype: string, bytes: string) =>
      `${what}：每张图片 ${elements} 个 ${dtype} 值，${bytes}`,
    shared: '已由前面的层保存，计在那一层',
    adds: (bytes: string) => `每张图片（fp32）新增保存 ${bytes}。`,
    source: 'PyTorch tools/autograd/derivatives.yaml',
  },
  measured: {
    heading: 'GPU 实测',
    machine: (m: string) => `测试机器：${m}；随机权重，PyTorch eager 模式。`,
    columns: { what: '指标', measured: '实测', computed: '计算', diff: '差异' },
    saved: '为反向传播保存的字节，每张图片（fp32）',
    savedHow: '（批量 8 时保存的字节 − 批量 1 时）/ 7',
    peak: (input: string) =>
      `训练迭代中超出权重、梯度和动量的部分（SGD + 动量，批量 32，fp32，${input}）`,
    noSaved:
      '保存字节只对五个网络做了实测（AlexNet、VGG-16、GoogLeNet、ResNet-50、DenseNet-121）。',
    leftOut: (diff: number) =>
      `计算出的峰值比实测值${diff < 0 ? '低' : '高'} ${Math.abs(diff * 100).toFixed(1)} %。该规则没有计入：这个网络的 PyTorch 代码超出其 spec 的部分（非原地的激活、填充和切片产生的副本）、cuDNN 的卷积工作空间（benchmark 关闭：默认算法的临时空间），以及分配器把超过 1 MiB 的块在 2 MiB 段内取整所多占的空间。`,
  },
};
