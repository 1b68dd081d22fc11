/** 小屏幕布局与计数标签的文字（简体中文）。 */
import type * as en from '../en/screen';

export const screen: typeof en.screen = {
  inspector: {
    close: '关闭',
    closeLabel: '关闭检查器并取消选择（Esc）',
  },
};
