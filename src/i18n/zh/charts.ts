/** Strings of the per-layer charts, the cumulative curves and the memory panel (Simplified Chinese). */
import type * as en from '../en/charts';

export const charts: typeof en.charts = {
  heading: '内存和计算量都花在哪里',
  scale: { label: '刻度', linear: '线性', log: '对数' },
  rows: {
    memory: (precision: string, batch: number) => `激活值内存（${precision}，批量 ${batch}）`,
    params: '参数量',
    compute: (unit: string, batch: number) => (batch > 1 ? `${unit}（批量 ${batch}）` : unit),
  },
  /** Row title suffix: the row total and the largest bar's share of it. */
  rowSummary: (total: string, name: string, share: string) => `合计 ${total} · ${name} 占 ${share}`,
  units: { macs: 'MACs', flops: 'FLOPs' },
  percent: (share: number) => `${(share * 100).toFixed(1)} %`,
  families: {
    input: '输入',
    conv: '卷积',
    pool: '池化',
    norm: '归一化',
    fc: '全连接',
    merge: '合并',
    act: '激活',
    module: '模块',
  },
  legendLabel: '柱子颜色',
  trainingOnly: '浅色：仅训练时使用的层（辅助分类头）',
  inPlaceNote:
    'ReLU、dropout 和 flatten 并入前一层的柱子（它们原地计算）；位于块开头的批量归一化不新增存储，在内存一行中以淡色绘出。',
  aggregation: {
    none: (bars: number, layers: number) =>
      `${bars} 根柱子，对应 ${layers} 个叶节点（全部运算，含输入）。`,
    module: (bars: number, layers: number, kind: string) =>
      `已合并：${layers} 个叶节点（全部运算，含输入）超出了宽度，所以 ${bars} 根柱子各汇总一个${kind ? ` ${kind} ` : ''}模块。`,
    bins: (bars: number, layers: number, per: number, kind: string | undefined) =>
      `已合并：${layers} 个叶节点（全部运算，含输入）超出了宽度，所以 ${bars} 根柱子各汇总连续 ${per} 个${kind ? ` ${kind} 模块` : '叶节点'}。`,
  },
  tooltip: {
    layers: (n: number, list: string) => `${n} 层：${list}`,
    memory: (bytes: string, values: string) => `内存 ${bytes}（每张图片 ${values} 个值）`,
    params: (n: string) => `参数量 ${n}`,
    compute: (unit: string, n: string) => `${unit} ${n}`,
  },
  cumulative: {
    heading: '沿深度的累计占比',
    legend: { memory: '激活值内存', params: '参数量', compute: '计算量' },
    at: (name: string) => `截至 ${name}`,
  },
  memory: {
    heading: '内存估算',
    settings: (batch: number, precision: string, bytes: number) =>
      `批量 ${batch}，${precision}（每个值 ${bytes} 字节）`,
    columns: { part: '部分', inference: '推理', training: '训练' },
    parts: {
      params: '参数',
      buffers: '缓冲区（BN 滑动统计量）',
      activations: '存储的激活值',
      total: '合计',
    },
    factors: {
      params: '× 3：权重、梯度、一份动量缓冲',
      activations: '× 2：为反向传播保存，再加上它们的梯度',
    },
    rule: [
      '推理 = 参数 + 缓冲区 + 整个批量的全部存储激活值（这是上界：运行时可以在激活值被使用后立即释放）。',
      '训练 = 参数 × 3（权重、梯度、一份动量缓冲）+ 缓冲区 + 存储的激活值 × 2（为反向传播保存，再加上它们的梯度；即 CS231n 的“×2”）。',
      '“存储的”激活值遵循原地计算规则：存储输入以及 conv、fc、池化、LRN、合并和缩放的输出；ReLU、批量归一化和 dropout 不新增存储。',
    ],
    storedLine: (values: string, bytes: string, batch: number, total: string) =>
      `每张图片存储 ${values} 个值 × ${bytes} B × 批量 ${batch} = ${total}`,
    trainingOnly: (params: string) =>
      `训练时还要算上仅训练时使用的分类头（共 ${params} 个参数）；推理时不含它们。`,
    vgg16Note:
      '与课程对照：VGG-16 每张图片存储 15,237,608 个值，fp32 下约 58 MiB（CS231n 的表格：输入加上每个 conv、pool 和 fc 层的输出，ReLU 原地计算）。课程写的是“24M × 4 bytes ≈ 96MB”，而它自己的表格加起来只有 15.2M。',
  },
};
