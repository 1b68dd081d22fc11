/** Strings of the app shell and the model page (Simplified Chinese). */
import type * as en from '../en/app';

export const app: typeof en.app = {
  title: 'CNN Atlas',
  tagline: '经典 CNN 架构，逐层展开，每个数字都有算式。',
  nav: { catalog: '模型目录', landscape: '全景：准确率、历届冠军、GPU 耗时' },
  notices: { heading: '链接中的部分参数已被忽略', dismiss: '关闭' },
  model: {
    unknown: (id: string) => `模型目录中没有“${id}”这个模型。`,
    backToCatalog: '返回模型目录',
    invalidHeading: '这组设置无法计算',
    atLayer: '问题出在',
    fallbackNote: (input: string) =>
      `下表按默认输入 ${input} 展示同一个网络，方便你找到出错的那一层。`,
    summary: {
      input: '输入',
      output: '输出',
      params: '参数量',
      layers: '叶节点（全部运算）',
      layersHelp:
        '部署后网络中的每个叶节点运算：conv、pool、ReLU、BN、dropout、flatten、合并……（不含输入）。',
      depth: '深度（卷积 + 全连接）',
      depthHelp:
        '最长输入→输出路径上的卷积层和全连接层数，也就是论文给出的层数（VGG-16：16，ResNet-152：152）。',
      inference: '部署时（不含辅助分类头）',
      training: '含训练专用的分类头',
    },
    style: { label: '结构图样式', graph: '计算图', volumes: '数据体堆叠' },
  },
  units: { macs: 'MACs', flops: 'FLOPs' },
};
