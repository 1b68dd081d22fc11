/** Strings of the residual walk-through (Simplified Chinese). */
import type * as en from '../../en/explain/residual';

export const residual: typeof en.residual = {
  lead: 'He 等，2015（CS231n 第 9 讲）：学习残差 F(x)，再把输入加回去。块的搭法与模型目录中的 ResNet 相同：卷积 → BN，卷积不带偏置，相加之后接 ReLU。形状写作 H×W×C。',
  labels: {
    C: '通道数 C（基本块）',
    size: '输入高度 = 宽度',
    wide: '瓶颈块的通道数',
    mid: '瓶颈块的内部通道数',
  },
  steps: {
    plain: '普通块',
    residual: '残差块',
    identity: '形状改变时：还能用恒等映射吗？',
    zeropad: '捷径 A：补零',
    projection: '捷径 B：投影',
    bottleneck: '瓶颈块',
    degradation: '原因：更深的普通网络反而训练得更差',
  },
  plain: (s: string) =>
    `两个 3×3 卷积，各接批量归一化和 ReLU，作用于 ${s}：这个块必须学习完整的映射 H(x)。`,
  residual:
    '同样的两个卷积计算 F(x)；再把输入加回去：H(x) = F(x) + x，然后接 ReLU。如果最优的 H 接近恒等映射，F 只需学习一个小的修正量。',
  params: '参数量',
  sameParams: '恒等捷径没有参数：残差块的代价与普通块完全相同。',
  out: '输出',
  changes: (a: string, b: string) =>
    `新阶段的第一个块把尺寸减半、通道数加倍：F(x) 是 ${b}，而 x 仍是 ${a}。`,
  engineSays: '计算引擎拒绝把它们相加：',
  zeropad:
    '方案 A：隔一个像素取一个（1×1 窗口，步长 2），再补上全零通道。没有参数，但新增的通道不携带 x 的任何信息。',
  projection: '方案 B：用步长为 2 的 1×1 卷积（加批量归一化）把 x 映射到新的形状。',
  shortcutParams: '捷径连接的参数量',
  bottleneck: (w: number, m: number) =>
    `在 ${w} 个通道上：1×1 卷积降到 ${m} 个通道，3×3 卷积在 ${m} 个通道上计算，1×1 卷积再扩展回 ${w} 个。与 ${w} 个通道上的两个 3×3 卷积对比：`,
  bottleneckCol: '1×1 → 3×3 → 1×1',
  twoCol: '两个 3×3',
  convWeights: '卷积权重',
  withBn: '含批量归一化',
  ratio: (r: string) => `瓶颈块的参数量少 ${r}×。`,
  degradation:
    '在普通网络上堆叠更多层，连训练集上的表现也变差了，所以这不是过拟合：更深的网络更难优化。',
  table: { depth: '层数', plain: '普通网络 top-1 错误率 %', resnet: 'ResNet top-1 错误率 %' },
  curves: 'CIFAR-10 上 20 层与 56 层普通网络的对比只以曲线给出，没有印出数值：',
};
