/** Strings of the diagram panel (Simplified Chinese). */
import type * as en from '../en/diagram';

export const diagram: typeof en.diagram = {
  title: '结构图',
  toolbar: {
    label: '结构图控件',
    fit: '适应窗口',
    expandAll: '全部展开',
    collapseAll: '全部折叠',
    reset: '默认视图',
  },
  ariaGraph: (name: string, nodes: number) =>
    `${name} 的层级计算图：${nodes} 个方框。点击方框选中它；拖动平移，滚轮缩放。`,
  ariaVolumes: (name: string, boxes: number) =>
    `${name} 的数据体堆叠图：${boxes} 个输出数据体，大小按高、宽和通道数绘制。`,
  hint: {
    graph: '点击方框查看详情 · 双击或按 + 展开模块 · 点击框的标题栏将其折叠 · 拖动平移，滚轮缩放',
    volumes:
      '每个方框是一个输出数据体 C×H×W：横向宽度表示通道数（对数刻度），高度和纵深表示 H 和 W（平方根刻度）。按箭头从左到右、逐行阅读；点击方框查看详情，悬停显示其路径',
  },
  count: (visible: number, total: number) =>
    `${total} 个叶节点（全部运算，含输入）中有 ${visible} 个画成方框`,
  legend: {
    title: '颜色',
    input: '输入',
    conv: '卷积',
    pool: '池化',
    norm: '归一化',
    fc: '全连接',
    merge: '合并（相加、拼接、平均、缩放）',
    activation: '激活',
    other: '变形、dropout、填充',
    module: '折叠的模块',
  },
  volumes: {
    towers: '两路并行（分组卷积）',
    merge: '合并',
    /** What the drawing shows of the network: what a volume is at this network's size. */
    caption: (s) =>
      [
        `${s.volumes} 个数据体，对应 ${s.layers} 个叶节点（部署网络的全部运算，不含输入）`,
        s.modules > 0 ? `${s.modules} 个模块（${s.kinds.join('、')}）只画出其输出数据体` : '',
        s.closed.length > 0
          ? `每个阶段一个数据体：${s.closed.map((c) => `${c.label}（${c.parts} 个模块）`).join('，')}`
          : '',
        '激活、归一化和 dropout 见表格',
      ]
        .filter(Boolean)
        .join(' · '),
  },
};
