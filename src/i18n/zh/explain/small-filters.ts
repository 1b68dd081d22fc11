/** Strings of the small-filters walk-through (Simplified Chinese). */
import type * as en from '../../en/explain/small-filters';

export const smallFilters: typeof en.smallFilters = {
  lead: 'VGG 的论证（CS231n 第 9 讲；architectures.md §1.3）：n 个堆叠的 3×3 卷积看到的输入范围与一个 (2n+1)×(2n+1) 卷积相同，但权重更少、非线性更多。输入和输出都是 C 个通道，卷积不带偏置。',
  labels: { C: '通道数 C', n: '堆叠的 3×3 卷积数 n', size: '输入高度 = 宽度' },
  steps: {
    claim: '论点',
    after: (i: number) => `第 ${i} 个 3×3 卷积之后的感受野`,
    params: '参数量',
    macs: '乘加运算',
    relu: '非线性',
  },
  claim: (n: number, big: number, input: string) =>
    `${n} 个堆叠的 3×3 卷积对比一个 ${big}×${big} 卷积，都作用于 ${input}，且都保持尺寸不变（步长 1，same 填充）。`,
  claimList: [
    '感受野相同：每个输出看到的输入窗口一样大。',
    '权重更少。',
    '非线性更多：每个卷积之后都有一个 ReLU。',
  ],
  gridCaption: (rf: number) => `红色的输出像素看到输入中一个 ${rf}×${rf} 的窗口（阴影部分）。`,
  rfRule: '感受野（计算引擎的规则；步长为 1，所以跳距保持为 1）：',
  same: (big: number) => `最后一个卷积之后：${big}×${big}，与一个 ${big}×${big} 卷积相同。`,
  stack: (n: number) => `${n} × 3×3 卷积`,
  single: (big: number) => `1 × ${big}×${big} 卷积`,
  perConv: '每个卷积：K·K·C_in·C_out',
  total: '合计',
  inC2: (symbolic: string, k: number) => `= ${symbolic} = ${k}·C²`,
  stackSymbolic: (n: number) => `${n}·(3·3·C·C)`,
  singleSymbolic: (big: number) => `${big}·${big}·C·C`,
  fewer: (pct: string) => `堆叠方案的权重只有单个大卷积的 ${pct} %。`,
  macsNote: '每个输出位置上的计算量按同样的比例变化；在整张特征图上：',
  reluCount: (a: number, b: number) =>
    `${a} 个 ReLU 对 ${b} 个：堆叠方案用更少的权重，得到了关于输入的更深的函数。`,
  gridLabel: (side: number, convs: number, rf: number) =>
    `${side}×${side} 输入像素网格上的感受野：经过 ${convs} 个 3×3 卷积后，中心的输出看到它周围 ${rf}×${rf} 的窗口`,
};
