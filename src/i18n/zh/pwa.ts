/** Strings of the offline service worker's prompts (Simplified Chinese). */
import type * as en from '../en/pwa';

export const pwa: typeof en.pwa = {
  update: {
    text: 'CNN Atlas 有新版本可用。',
    reload: '重新加载',
    later: '稍后',
    label: '有可用更新',
  },
};
