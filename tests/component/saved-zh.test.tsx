// @vitest-environment jsdom
/**
 * The saved networks page on a Chinese page: a damaged entry, a refused file and a share link
 * too large are said in Chinese (src/i18n/zh/saved.ts), with the broken rule's Chinese name; a
 * duplicate is named in Chinese and keeps that name when the page goes back to English.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../src/engine/types';
import * as i18n from '../../src/i18n/index';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { parseNotation } from '../../src/notation/index';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import {
  memoryStorage,
  openSavedStore,
  setSavedNetworks,
  type SavedStore,
} from '../../src/store/saved/index';
import { SHARE_MAX } from '../../src/store/saved/share';
import { KEY_PREFIX } from '../../src/store/saved/storage';
import EditPage from '../../src/views/edit/EditPage';
import { NEGATIVE_OUT as BAD } from '../saved-specs';

// LeNet-5 in the notation: 61,706 params (LeCun et al. 1998; tests/component/saved-networks.test.tsx).
const LENET =
  'input 1x32x32, conv5-6/p0/linear, tanh, avgpool, conv5-16/p0/linear, tanh, avgpool, conv5-120/p0/linear, tanh, fc-84/linear, tanh, fc-10';

/**
 * A network the notation cannot write (a parallel block) with 400 branch names of 12 random
 * letters: the spec JSON goes into the link, and the names do not compress, so the payload is
 * well over SHARE_MAX (6,000) characters.
 */
function unshareable(): ModelSpec {
  // A fixed linear congruential sequence (Numerical Recipes' constants): the same names each run.
  let x = 12345;
  const letter = () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return String.fromCharCode(97 + ((x >>> 16) % 26));
  };
  const name = (i: number) => `b${i}_${Array.from({ length: 12 }, letter).join('')}`;
  return {
    root: {
      op: 'block',
      name: 'wide',
      layers: [
        { op: 'input', name: 'input', shape: [3, 8, 8] },
        {
          op: 'parallel',
          name: 'many',
          branches: Array.from({ length: 400 }, (_, i) => ({
            op: 'conv',
            name: name(i),
            out: 1,
            kernel: 1,
          })),
          merge: { op: 'concat', name: 'cat' },
        },
      ],
    },
  } as ModelSpec;
}

function renderList() {
  const store = createAppStore({ page: 'edit', modelId: '' });
  render(
    <AppStoreProvider store={store}>
      <EditPage />
    </AppStoreProvider>,
  );
}

let saved: SavedStore;
let storage: ReturnType<typeof memoryStorage>;
beforeEach(async () => {
  await i18n.setLang('zh');
  storage = memoryStorage();
  const first = openSavedStore(storage);
  first.add('LeNet', parseNotation(LENET).spec);
  const bad = first.add('Damaged', parseNotation(LENET).spec);
  storage.setItem(KEY_PREFIX + bad.id, '[1, 2]');
  saved = openSavedStore(storage);
  setSavedNetworks(saved);
});
afterEach(async () => {
  setSavedNetworks(null);
  await i18n.setLang('en');
});

describe('the saved networks page in Chinese', () => {
  it('says a damaged entry in Chinese', () => {
    renderList();
    const problems = screen.getByTestId('storage-problems');
    expect(saved.getSnapshot().problems[0].msg.code).toBe('entryUnreadable');
    expect(problems).toHaveTextContent(
      /无法读取已保存的网络“[a-z0-9]+”：它不是 JSON 对象。原始文本已保留，可以下载。/,
    );
    expect(problems).not.toHaveTextContent('could not be read');
    expect(within(problems).getByRole('button', { name: '下载原始文本' })).toBeVisible();
  });

  it('says a refused file in Chinese, naming the layer and the rule in Chinese', async () => {
    renderList();
    const file = new File([JSON.stringify(BAD)], 'bad.cnn.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('load-file-input'), { target: { files: [file] } });
    });
    const status = await screen.findByTestId('load-status');
    expect(status).toHaveTextContent(
      `无法载入文件：bad.cnn.json：其中的网络在 c1 处违反了规则：${zhErrors.rules['positive-size']}`,
    );
    expect(status).not.toHaveTextContent('breaks a rule');
  });

  it('says a share link too large in Chinese, and names a copy in Chinese for good', async () => {
    const big = saved.add('Wide', unshareable());
    renderList();
    const row = screen
      .getAllByTestId('saved-row')
      .find((r) => r.getAttribute('data-id') === big.id)!;
    fireEvent.click(within(row).getByTestId('share'));
    const note = within(row).getByTestId('share-too-large');
    expect(note).toHaveTextContent(/^这个网络太大，无法作为链接分享：压缩后 [\d,]+ 个字符/);
    expect(note).toHaveTextContent(`链接限制在 ${SHARE_MAX.toLocaleString('en')} 个以内`);

    const lenet = saved.getSnapshot().networks.find((n) => n.name === 'LeNet')!;
    const lenetRow = screen
      .getAllByTestId('saved-row')
      .find((r) => r.getAttribute('data-id') === lenet.id)!;
    fireEvent.click(within(lenetRow).getByTestId('duplicate'));
    expect(saved.getSnapshot().networks.map((n) => n.name)).toContain('LeNet（副本）');
    // The copy's name is the user's now: an English page shows it as it was made.
    await i18n.setLang('en');
    expect(
      openSavedStore(storage)
        .getSnapshot()
        .networks.map((n) => n.name),
    ).toContain('LeNet（副本）');
  });
});
