// @vitest-environment jsdom
/**
 * The editor's problem line on a Chinese page: the rule by its Chinese name and the message in
 * Chinese words, for a notation typo and for an engine rule; a language switch says the same
 * problem again (the problem is kept as data, said at render).
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as i18n from '../../src/i18n';
import { parseNotation } from '../../src/notation/index';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import { memoryStorage, openSavedStore, setSavedNetworks } from '../../src/store/saved/index';
import { NetworkEditor } from '../../src/views/edit/NetworkEditor';

afterEach(async () => {
  setSavedNetworks(null);
  await i18n.setLang('en');
});

/** A saved network whose text is `text` (the spec is a valid one, as after an earlier save). */
function editorWith(text: string) {
  const saved = openSavedStore(memoryStorage());
  setSavedNetworks(saved);
  const rec = saved.add('Typo', parseNotation('input 3x32x32, conv3-8, fc-10').spec, {
    source: { format: 'notation', text },
  });
  const store = createAppStore({ page: 'edit', modelId: rec.id });
  const ui = () => (
    <AppStoreProvider store={store}>
      <NetworkEditor record={rec} />
    </AppStoreProvider>
  );
  return { ...render(ui()), ui };
}

describe('editor problems in Chinese', () => {
  it('a notation typo: the rule named in Chinese, the sentence in Chinese, the token as written', async () => {
    await i18n.setLang('zh');
    editorWith('input 3x32x32,\nconv3-64/q2');
    const error = await screen.findByTestId('editor-error');
    expect(error).toHaveAttribute('data-rule', 'notation');
    // Line 2 holds the bad item; "/q2" is no conv option (src/notation/parse.ts).
    expect(error).toHaveTextContent(
      '第 2 行 · 简记法语法：“conv3-64/q2”：未知的 conv 选项“/q2”（可用：/s<步长>',
    );
    expect(error.textContent).not.toMatch(/unknown|expected|option/);
  });

  it('an engine rule: named by its Chinese name, and said again in English after a switch', async () => {
    await i18n.setLang('zh');
    // 4×4 → 2×2 pool → a 3×3 window without padding cannot fit the 2×2 map.
    const view = editorWith('input 3x4x4, maxpool, conv3-8/p0, fc-10');
    const error = await screen.findByTestId('editor-error');
    expect(error).toHaveAttribute('data-rule', 'kernel-fits');
    // The engine's sentence in Chinese too (src/i18n/zh/engine.ts kernel-larger): 2×2 map, no padding.
    expect(error).toHaveTextContent(
      '第 1 行 · conv2_1 · 卷积核（窗口）必须不大于填充后的输入：卷积核高 3 大于填充后的输入 2（2 + 0 填充）',
    );
    expect(error.textContent).not.toMatch(/kernel|larger|padding/);
    // The same editor, re-rendered after a switch: the problem is data, said again at render.
    await act(async () => {
      await i18n.setLang('en');
    });
    view.rerender(view.ui());
    expect(screen.getByTestId('editor-error')).toHaveTextContent(
      'line 1 · conv2_1 · the kernel (window) must fit the padded input: kernel height 3 is larger than the padded input 2 (2 + 0 padding)',
    );
  });
});
