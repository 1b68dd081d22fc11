/** Strings of the inspector (Simplified Chinese). */
import type * as en from '../en/inspector';

export const inspector: typeof en.inspector = {
  heading: '详情',
  empty: '在结构图或表格中点击一层，查看它的各个数字是怎么算出来的。',
  notFound: (path: string) => `这个网络中没有层或模块“${path}”。`,
  path: '路径',
  op: '运算',
  inputs: '输入',
  output: '输出',
  arithmetic: '计算过程',
  noArithmetic: '无需计算：这一层把输入原样传下去。',
  quantities: {
    out: '输出尺寸',
    'out-height': '输出高度',
    'out-width': '输出宽度',
    'out-channels': '输出通道数',
    padding: '填充',
    params: '参数量',
    buffers: '缓冲区（滑动统计量）',
    macs: '乘加运算',
    elementwise: '逐元素运算',
    activations: '激活值',
    'rf-size': '感受野大小',
    'rf-jump': '感受野跳距',
  },
  rf: (h: number, w: number, jh: number, jw: number) =>
    h === w && jh === jw ? `${h}×${w} 像素，跳距 ${jh}` : `${h}×${w} 像素，跳距 ${jh}×${jw}`,
  receptiveField: '感受野',
  module: {
    kind: '类型',
    children: '子模块',
    layers: '叶节点（全部运算）',
    totals: '合计',
    share: '占整个网络的比例',
    params: '参数量',
    buffers: '缓冲区',
    memory: '存储的激活值',
    inShapes: '输入',
  },
  trainingOnly: '仅在训练时存在（部署后的合计不含它）。',
};
