/** 语言切换、精确计数提示等界面外壳文字（简体中文）。 */
import type * as en from '../en/shell';

export const shell: typeof en.shell = {
  language: {
    label: '语言 · Language',
    loading: '正在加载中文…',
    failed: (why: string) => `中文界面加载失败（${why}），仍显示英文。`,
    dismiss: '关闭',
  },
  count: {
    exact: (exact: string) => `精确值 ${exact}`,
  },
};
