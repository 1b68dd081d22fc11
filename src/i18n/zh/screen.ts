/** 小屏幕布局与目录卡片准确率的文字（简体中文）。 */
import type * as en from '../en/screen';

export const screen: typeof en.screen = {
  inspector: {
    close: '关闭',
    closeLabel: '关闭检查器并取消选择（Esc）',
  },
  card: {
    protocol: (dataset, crops) =>
      crops === null
        ? dataset
        : crops === 'dense'
          ? `${dataset}，密集多尺度`
          : `${dataset}，${crops === 1 ? '单裁剪' : `${crops} 裁剪`}`,
  },
};
