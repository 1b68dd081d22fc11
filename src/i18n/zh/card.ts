/** Strings of the model card (Simplified Chinese). */
import type * as en from '../en/card';

export const card: typeof en.card = {
  paper: '论文',
  keyIdea: '核心思想',
  ilsvrc: 'ImageNet 大赛',
  published: '论文数字与本页计算对比',
  metric: '指标',
  publishedValue: '论文数字',
  computedValue: '本页计算',
  source: '出处',
  notes: '数字为何可能不同',
  recipe: '训练配置',
  depth: '深度',
  depthValue: (n: number) => `最长输入→输出路径上有 ${n} 个卷积层和全连接层。`,
  depthPaper: (n: number) => `论文计为 ${n} 层：`,
  custom: (family: string) => `${family}：自定义的结构参数（没有对应的已发表版本）。`,
  computedAt: (input: string) => `按输入 ${input} 计算`,
  of: (network: string) => `指 ${network}`,
  at: (settings: string[]) => `条件：${settings.join('，')}`,
  differs: (why: string) => `差异：${why}`,
};
