/** Strings of the layer table (Simplified Chinese). */
import { fmt } from '../../engine/format';
import type * as en from '../en/table';

export const table: typeof en.table = {
  heading: '各层',
  columns: {
    path: '层',
    op: '运算',
    out: '输出',
    params: '参数量',
    macs: 'MACs',
    flops: 'FLOPs',
    memory: '内存',
    rf: '感受野',
    rfLong: '感受野，单位为输入像素',
  },
  batchSuffix: (batch: number) => (batch > 1 ? ` ×${batch}` : ''),
  total: '合计',
  totalWithTraining: '合计（含仅训练时使用的层）',
  expandAll: '全部展开',
  collapseAll: '全部折叠',
  collapse: (name: string) => `折叠 ${name}`,
  expand: (name: string) => `展开 ${name}`,
  sortBy: (col: string) => `按“${col}”排序`,
  unsort: '按模块分组',
  inPlace: '原地计算：内存合计中不重复计算',
  trainingOnly: '仅训练时',
  rows: (n: number) => `${fmt(n)} 个叶节点（全部运算，不含输入）`,
  conventions: (precision: string, batch: number) =>
    `内存：输出激活值，精度 ${precision}，批量 ${batch}；带方括号 = 原地计算，不重复计入`,
};
