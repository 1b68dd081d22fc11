/** 键盘与读屏访问的文字（简体中文）：跳转链接、结构图按键、无障碍名称、图表的表格形式。 */
import { fmt } from '../../engine/format';
import type * as en from '../en/a11y';

export const a11y: typeof en.a11y = {
  skip: '跳到正文',
  ops: {
    input: '输入',
    conv: '卷积',
    pool: '池化',
    lrn: '局部响应归一化',
    bn: '批量归一化',
    relu: 'ReLU',
    prelu: 'PReLU',
    tanh: 'tanh',
    sigmoid: 'sigmoid',
    softmax: 'softmax',
    dropout: 'dropout',
    flatten: '展平',
    fc: '全连接',
    zeropad: '零填充',
    identity: '恒等映射',
    scale: '通道缩放',
    concat: '拼接',
    add: '相加',
    mean: '均值',
  },
  leaf: (name, op, label, out, params) =>
    `${name}，${op} ${label}，输出 ${out}，参数量 ${fmt(params)}`,
  module: (name, kind, leaves, out, params) =>
    `${name}，${kind} 模块（${fmt(leaves)} 层，已折叠），输出 ${out}，参数量 ${fmt(params)}`,
  diagramName: (name, style, boxes) =>
    `${name} 的${style === 'graph' ? '层结构图' : '特征图体块图'}，共 ${fmt(boxes)} 个方框。方向键在层之间移动，Enter 选中，Esc 取消选中，问号键显示按键说明。`,
  selected: (what) => `已选中：${what}`,
  cleared: '已取消选中',
  zoom: {
    in: '放大',
    out: '缩小',
  },
  keys: {
    summary: '键盘操作',
    intro:
      '按 Tab 进入结构图（只占一个停留点），再沿网络移动。下方的层表使用相同按键：↑ ↓ 在行间移动，Enter 选中，Esc 取消。',
    rows: [
      ['↓', '沿数据流到下一层（遇到分叉时进入图中最左边的分支）'],
      ['↑', '逆数据流回到上一层（遇到汇合时回到你下来的那个分支）'],
      ['→ ←', '横向移到下一个 / 上一个并列分支；在单链网络中即下一层 / 上一层'],
      ['Home End', '输入层 / 最后一层'],
      ['Enter、空格', '选中该层或折叠的模块，检查面板随之显示'],
      ['Esc', '取消选中'],
      ['E', '展开折叠的模块，或折叠该层所在的模块'],
      ['+ − 0', '放大、缩小、适应屏幕'],
      ['Shift + 方向键', '平移'],
      ['?', '显示或隐藏按键说明'],
    ],
  },
  chart: {
    showTable: '以表格显示',
    layer: '层',
    op: '运算',
    value: '数值',
    cumulative: (what) => `${what}（累计）`,
    network: '网络',
    stage: '阶段',
    params: '参数量',
    year: '年份',
    place: '名次',
    entry: '参赛方法',
    batch: '批量大小',
    top1: 'Top-1 准确率（%）',
    top5Error: 'Top-5 错误率（%）',
    ms: '每批毫秒数',
  },
};
