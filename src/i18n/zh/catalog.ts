/** Strings of the catalog page (Simplified Chinese). */
import type * as en from '../en/catalog';

export const catalog: typeof en.catalog = {
  heading: '模型目录',
  search: '按名称、id 或模型族搜索',
  searchPlaceholder: '例如 resnet、2014、inception',
  count: (shown: number, all: number) =>
    shown === all ? `共 ${all} 个架构` : `${all} 个架构中显示 ${shown} 个`,
  none: '没有与搜索匹配的架构。',
  eras: {
    early: '起步：LeNet → AlexNet → ZFNet',
    '2014': '2014 年的优胜者',
    resnet: 'ResNet 及其改进',
    efficient: '轻量化网络',
    searched: '搜索得到的网络',
    demo: '课程演示',
  },
  card: {
    params: '参数',
    top1: 'top-1 准确率',
    top1Title: (accuracy: number, printedError: number | null, protocol: string, source: string) =>
      `top-1 准确率 ${accuracy} %${printedError === null ? '' : `（原文写作错误率 ${printedError} %）`}；${protocol}；${source}`,
    computing: '计算中…',
    glyph: '各层输出大小随深度的变化（对数刻度）',
    failed: '无法分析',
  },
};
