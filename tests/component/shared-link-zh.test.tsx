// @vitest-environment jsdom
/**
 * A shared link on a Chinese page: a link that cannot be read gives the store's reason in
 * Chinese (src/i18n/zh/saved.ts), not the engine's English fallback; a link that carries no name
 * is headed by the default name of the language shown.
 */
import { screen } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import * as i18n from '../../src/i18n/index';
import { savedWords as zhSaved } from '../../src/i18n/zh/saved';
import { SAVED_WORDS } from '../../src/store/saved/words';
import { createAppStore } from '../../src/store/index';
import { renderApp } from '../render-app';

afterEach(async () => {
  await i18n.setLang('en');
});

const SLOW = { timeout: 20_000 };

// LeNet-5 in the notation (tests/component/saved-zh.test.tsx).
const LENET =
  'input 1x32x32, conv5-6/p0/linear, tanh, avgpool, conv5-16/p0/linear, tanh, avgpool, conv5-120/p0/linear, tanh, fc-84/linear, tanh, fc-10';

describe('a shared link in Chinese', { timeout: 60_000 }, () => {
  it('a damaged link says the store’s reason in Chinese', async () => {
    await i18n.setLang('zh');
    // "garbage" does not decompress (lz-string gives '' or null): the store's shareDamaged.
    renderApp(createAppStore({ language: 'zh', page: 'model', modelId: 'shared:garbage' }));
    const alert = await screen.findByTestId('model-error', {}, SLOW);
    expect(alert.textContent).toBe(zhSaved.shareDamaged());
    expect(alert.textContent).not.toContain(SAVED_WORDS.shareDamaged());
  });

  it('a link with no name is headed by the Chinese default name', async () => {
    await i18n.setLang('zh');
    const payload = compressToEncodedURIComponent(JSON.stringify({ t: LENET }));
    renderApp(createAppStore({ language: 'zh', page: 'model', modelId: `shared:${payload}` }));
    expect(
      await screen.findByRole('heading', { level: 1, name: '分享的网络' }, SLOW),
    ).toBeInTheDocument();
  });
});
