/** Strings of the language switch, the exact-count tooltip and other shell texts (Simplified Chinese). */
import type * as en from '../en/shell';

export const shell: typeof en.shell = {
  language: {
    /** The switch's group name; it also carries the other language's word for "language". */
    label: '语言 · Language',
    loading: '正在加载中文…',
    /** The load of the Chinese strings failed (offline before the first Chinese visit, say). */
    failed: (why: string) => `无法加载中文界面（${why}）；继续使用英文。`,
    dismiss: '关闭',
  },
  count: {
    /** Accessible name of a rounded count: the rounded text, then the exact integer. */
    exact: (rounded: string, exact: string) => `${rounded}（精确值 ${exact}）`,
  },
};
