/** 语言切换、精确计数提示等界面外壳文字（简体中文）。 */
import type * as en from '../en/shell';

export const shell: typeof en.shell = {
  language: {
    label: '语言 · Language',
    loading: '正在加载中文…',
    failed: (why: string) => `中文界面加载失败（${why}），仍显示英文。`,
    dismiss: '关闭',
  },
  notices: {
    unknownPage: (page: string) => `没有“${page}”这个页面：显示模型目录。`,
    ignored: (key: string, raw: string, why: string) => `已忽略 ${key}="${raw}"：${why}。`,
    ignoredFor: (key: string, raw: string, model: string, why: string) =>
      `已忽略 ${model} 的 ${key}="${raw}"：${why}。`,
    compareUnknown: (id: string) => `已忽略对比中的“${id}”：没有这个模型。`,
    compareFull: (id: string, max: number) => `已忽略“${id}”：一次对比最多 ${max} 个网络。`,
    why: {
      oneOf: (values: string) => `只能是 ${values} 之一`,
      whole: '必须是整数',
      between: (min: number, max: number) => `必须在 ${min} 到 ${max} 之间`,
      flag: '只能是 1 或 0',
      shape: '必须是 C×H×W，例如 3x224x224',
      shapePart: (why: string) => `${why}（C×H×W）`,
      tooLong: '太长',
      layerPath: '必须是层路径，例如 stage3/block2/conv1',
      nets: (max: number) => `必须是 1 到 ${max} 个以逗号分隔的网络 id`,
      unknownModel: '没有这个模型',
      // The catalog's reason, already said by the Chinese engine words (架构参数 depth 必须是 …).
      knob: (text: string) => text,
    },
  },
  figureInput: (shape: string) => `输入 ${shape}`,
  count: {
    exact: (exact: string) => `精确值 ${exact}`,
  },
  /** A label's colon: ': ' in English, the full-width '：' (no space) in Chinese. */
  colon: '：',
};
