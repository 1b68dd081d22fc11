/** Strings of the export menu (Simplified Chinese). */
import type * as en from '../en/export';
import { exportText as enExport } from '../en/export';

export const exportText: typeof en.exportText = {
  menu: '导出',
  groups: {
    diagram: '结构图',
    bars: '逐层图表',
    cumulative: '累计图表',
    table: '层表格',
    network: '网络',
  },
  /** Format names are the same in both languages. */
  formats: enExport.formats,
  subtitle: {
    diagram: (input: string, params: string, macs: string) =>
      `层结构图 · 输入 ${input} · 参数量 ${params} · ${macs} MACs`,
    bars: '每层的参数量、计算量和激活值内存',
    cumulative: '参数量、计算量和内存沿深度的累计占比',
  },
  done: (file: string) => `已下载 ${file}`,
  missing: '请先打开图表面板：它在滚动到可见区域时才会绘制。',
  failed: (why: string) => `导出失败：${why}`,
};
