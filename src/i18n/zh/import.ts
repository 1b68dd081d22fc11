/** Strings of the ONNX import (Simplified Chinese). Names from a file are always shown as text. */
import type * as en from '../en/import';

export const importText: typeof en.importText = {
  nav: '导入 ONNX',
  page: {
    title: '导入 ONNX 模型',
    intro:
      '把 PyTorch 或其他框架导出的 ONNX 文件拖到这里，即可查看各层的精确形状、参数量和 MACs，计数方式与模型目录相同。文件只在当前标签页中读取，不会上传。',
    how: '文件含权重时，参数量取自权重；导出时不含权重的（torch.onnx.export(..., export_params=False) 得到的文件只有几 KB），则取自计算图输入的形状。PyTorch 折叠进卷积的批量归一化会重新显示为 conv + 批量归一化。',
  },
  drop: {
    zone: '把 .onnx 文件拖到这里',
    or: '或',
    pick: '选择文件…',
    reading: (name: string) => `正在读取 ${name}…`,
    failed: (name: string) => `无法导入 ${name}`,
    limits: '最大 256 MB、100,000 个节点。',
  },
  result: {
    heading: '已导入',
    producer: '导出工具',
    opset: 'opset',
    nodes: (n: string) => `${n} 个 ONNX 节点`,
    weights: {
      initializers: '参数量取自文件中的权重',
      'graph inputs': '参数量取自计算图输入的形状（文件中没有权重）',
      none: '文件中没有参数',
    },
    params: '参数量',
    macs: 'MACs',
    layers: '层数',
    output: '输出',
    open: '在模型页面打开',
    notSaved: (why: string) => `未保存到本浏览器：${why}`,
    warningsHeading: (n: number) => `${n} 个节点未能精确映射`,
    notesHeading: '采用的约定',
    graph: '（计算图）',
    opOf: (op: string) => `（${op}）`,
  },
};
