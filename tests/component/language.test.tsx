// @vitest-environment jsdom
/**
 * The language switch: the whole tree re-renders in Chinese and keeps the store's choices; the
 * URL pins a language; the choice is remembered; a first visit follows the browser; a switch
 * during a load, and a failed load, leave the interface consistent.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as i18n from '../../src/i18n/index';
import * as en from '../../src/i18n/en/index';
import { app as zhApp } from '../../src/i18n/zh/app';
import { shell as zhShell } from '../../src/i18n/zh/shell';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { engineWords as zhEngineWords } from '../../src/i18n/zh/engine';
import { say } from '../../src/engine/index';
import { catalogTextsZh } from '../../src/i18n/zh/catalog-texts/index';
import { presets } from '../../src/catalog/index';
import { createAppStore, syncHash } from '../../src/store/index';
import {
  followOtherTabs,
  LANG_KEY,
  rememberLanguage,
  startLanguage,
} from '../../src/views/language';
import { renderApp } from '../render-app';
import { noticeText } from '../../src/views/notices';
import { parseHash } from '../../src/store/url';

// The panels below the summary have their own tests; here only the strings around them matter.
vi.mock('../../src/views/DiagramPanel', () => ({
  DiagramPanel: () => <svg data-testid="diagram" />,
}));
vi.mock('../../src/views/LowerPanels', () => ({
  MainPanels: () => null,
  InspectorSlot: () => null,
  CardSlot: () => null,
}));

afterEach(async () => {
  i18n.setZhLoaderForTests(null);
  await i18n.setLang('en');
  window.localStorage.clear();
  window.location.hash = '';
});

/** A window-like object with the given browser languages and storage. */
function fakeWindow(languages: string[], stored?: string): Window {
  const data = new Map<string, string>(stored ? [[LANG_KEY, stored]] : []);
  return {
    navigator: { languages, language: languages[0] ?? '' },
    localStorage: {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    },
  } as unknown as Window;
}

// Loading the Chinese chunk (a dynamic import) can take seconds on a busy machine.
const SLOW = { timeout: 15_000 };

describe('switching language', { timeout: 30_000 }, () => {
  it('re-renders the model page in Chinese and keeps the model, layer and settings', async () => {
    const store = createAppStore({
      page: 'model',
      modelId: 'vgg16',
      selected: 'features/conv1_1',
      batch: 8,
    });
    renderApp(store);
    expect(screen.getByText(en.app.tagline)).toBeInTheDocument();
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(screen.getByTestId('lang-zh'));
    // The tagline and the summary's labels come from src/i18n/zh/app.ts.
    expect(await screen.findByText(zhApp.tagline, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(en.app.tagline)).toBeNull();
    expect(screen.getByText(zhApp.model.summary.params)).toBeInTheDocument();
    expect(screen.getByTestId('lang-zh')).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('zh-CN');
    const s = store.getState();
    expect([s.modelId, s.selected, s.batch]).toEqual(['vgg16', 'features/conv1_1', 8]);
    // torchvision vgg16: 138,357,544 parameters: the page still shows this model.
    expect(screen.getByTestId('total-params')).toHaveAttribute('data-value', '138357544');

    fireEvent.click(screen.getByTestId('lang-en'));
    expect(await screen.findByText(en.app.tagline, {}, SLOW)).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(store.getState().selected).toBe('features/conv1_1');
  });

  it('a broken rule is named in the language shown, beside the engine’s own sentence', async () => {
    // VGG-16 at 3×16×16: 16 → 8 → 4 → 2 → 1 after pool4, so pool5's 2×2 window does not fit
    // (hand count; the same case as settings.test.tsx).
    const store = createAppStore({ page: 'model', modelId: 'vgg16', input: [3, 16, 16] });
    renderApp(store);
    const rule = screen.getByTestId('model-error-rule');
    expect(rule).toHaveAttribute('data-rule', 'kernel-fits');
    expect(rule).toHaveTextContent(
      `${en.errors.rules['kernel-fits']} — pool window height 2 is larger than the padded input 1`,
    );
    fireEvent.click(screen.getByTestId('lang-zh'));
    expect(await screen.findByText(zhApp.tagline, {}, SLOW)).toBeInTheDocument();
    const zh = screen.getByTestId('model-error-rule');
    expect(zh).toHaveTextContent(zhErrors.rules['kernel-fits']);
    expect(zh.textContent).toBe(
      zhErrors.broke(
        zhErrors.rules['kernel-fits'],
        // VGG-16 at 16×16: four 2×2/2 pools leave 1×1 before pool5 (16 → 8 → 4 → 2 → 1).
        '池化窗口高 2 大于填充后的输入 1（1 + 0 填充）',
      ),
    );
  });

  it('the last switch wins when English is chosen while Chinese is still loading', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((r) => (finish = r));
    i18n.setZhLoaderForTests(async () => {
      await gate;
      return { strings: { ...en, app: zhApp }, catalog: {} };
    });
    const store = createAppStore({ page: 'catalog' });
    renderApp(store);
    fireEvent.click(screen.getByTestId('lang-zh'));
    fireEvent.click(screen.getByTestId('lang-en'));
    await act(async () => {
      finish();
      await gate;
    });
    expect(i18n.lang()).toBe('en');
    expect(screen.getByText(en.app.tagline)).toBeInTheDocument();
    expect(store.getState().language).toBe('en');
  });

  it('a failed load says so, in both words, and stays in English', async () => {
    i18n.setZhLoaderForTests(() => Promise.reject(new Error('network down')));
    const store = createAppStore({ page: 'catalog' });
    renderApp(store);
    fireEvent.click(screen.getByTestId('lang-zh'));
    const alert = await screen.findByTestId('lang-error', {}, SLOW);
    expect(alert).toHaveTextContent(en.shell.language.failed('network down'));
    expect(i18n.lang()).toBe('en');
    expect(store.getState().language).toBe('en');
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
    // The next try loads again.
    i18n.setZhLoaderForTests(null);
    fireEvent.click(screen.getByTestId('lang-zh'));
    expect(await screen.findByText(zhApp.tagline, {}, SLOW)).toBeInTheDocument();
  });

  it('Chinese strings and catalog texts arrive through setLang and catalogText', async () => {
    expect(await i18n.setLang('zh')).toBe('zh');
    expect(i18n.app.tagline).toBe(zhApp.tagline);
    expect(i18n.shell.language.failed('x')).toBe(zhShell.language.failed('x'));
    expect(await i18n.setLang('en')).toBe('en');
    expect(i18n.app.tagline).toBe(en.app.tagline);
    // A catalog text: VGG-16's key idea (src/catalog/vgg.ts) and its Chinese
    // (src/i18n/zh/catalog-texts/vgg.ts).
    const idea = presets.get('vgg16')!.info.keyIdea;
    expect(i18n.catalogText(idea)).toBe(idea);
    await i18n.setLang('zh');
    expect(i18n.catalogText(idea)).toBe(catalogTextsZh[idea]);
    expect(i18n.catalogText(idea)).toMatch(/[\u4e00-\u9fff]/);
    expect(i18n.localInfo(presets.get('vgg16')!.info).keyIdea).toBe(catalogTextsZh[idea]);
  });
});

describe('the notice bar in Chinese', { timeout: 30_000 }, () => {
  it('words every URL notice of src/store/url.ts in Chinese, a knob reason too', async () => {
    await i18n.setLang('zh');
    const { notices } = parseHash(
      '#/model/vgg16?batch=0&precision=fp64&input=3x0x224&depth=17&present=yes&layer=a//b',
    );
    const other = parseHash(
      '#/compare/alexnet,nosuchnet,vgg16,vgg19,resnet18,resnet34,resnet50,resnet101',
    );
    const lines = [...notices, ...other.notices, ...parseHash('#/nowhere').notices].map(noticeText);
    expect(lines).toHaveLength(6 + 2 + 1);
    for (const line of lines) {
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      // The frame and the catalog's reason in it are both Chinese.
      expect(line).not.toMatch(/Ignored|must be|unknown model|showing the catalog|has no knob/);
    }
    // batch="0": LIMITS.batch is 4096 (src/store/url.ts).
    expect(lines).toContain('已忽略 batch="0"：必须在 1 到 4096 之间。');
  });

  it('a link pinning Chinese with a refused knob value shows the engine’s reason in Chinese', async () => {
    // ResNet's depth is one of 18, 34, 50, 101, 152 (src/catalog/resnet.ts): 37 is refused.
    window.location.hash = '#/model/resnet?depth=37&lang=zh';
    const store = createAppStore({});
    const stop = syncHash(store, window);
    renderApp(store);
    expect(await screen.findByText(zhApp.tagline, {}, SLOW)).toBeInTheDocument();
    // The URL keeps the catalog's message as data; the Chinese engine words say it.
    const reason = say(zhEngineWords, {
      code: 'knob-value',
      label: 'Depth',
      key: 'depth',
      why: { code: 'one-of', values: ['18', '34', '50', '101', '152'] },
    });
    expect(reason).toBe('架构参数 depth 必须是 18、34、50、101、152 之一');
    const bar = screen.getByTestId('notices');
    expect(bar).toHaveTextContent(
      zhShell.notices.ignored('depth', '37', zhShell.notices.why.knob(reason)),
    );
    expect(bar.textContent).not.toMatch(/must be|one of|Depth/);
    stop();
  });
});

describe('where the language comes from', () => {
  it('a first visit follows the browser: the first of zh*/en* in its list, else English', () => {
    expect(startLanguage(fakeWindow(['zh-CN', 'en']))).toBe('zh');
    expect(startLanguage(fakeWindow(['zh-TW']))).toBe('zh');
    expect(startLanguage(fakeWindow(['fr-FR', 'zh']))).toBe('zh');
    expect(startLanguage(fakeWindow(['en-US', 'zh-CN']))).toBe('en');
    expect(startLanguage(fakeWindow(['de-DE']))).toBe('en');
    expect(startLanguage(fakeWindow([]))).toBe('en');
  });

  it('a remembered choice beats the browser language', () => {
    expect(startLanguage(fakeWindow(['zh-CN'], 'en'))).toBe('en');
    expect(startLanguage(fakeWindow(['en-US'], 'zh'))).toBe('zh');
    // A damaged entry is ignored.
    expect(startLanguage(fakeWindow(['en-US'], 'klingon'))).toBe('en');
  });

  it('remembers the language across a reload (a new store reading the same storage)', () => {
    const store = createAppStore({ language: startLanguage(window) });
    const stop = rememberLanguage(store, window);
    store.getState().setLanguage('zh');
    stop();
    expect(window.localStorage.getItem(LANG_KEY)).toBe('zh');
    expect(createAppStore({ language: startLanguage(window) }).getState().language).toBe('zh');
  });

  it('?lang= pins the language over the remembered one, and a switch rewrites the pin', () => {
    window.localStorage.setItem(LANG_KEY, 'en');
    window.location.hash = '#/model/vgg16?lang=zh';
    const store = createAppStore({ language: startLanguage(window) });
    const stop = syncHash(store, window);
    expect(store.getState().language).toBe('zh');
    store.getState().setLanguage('en');
    expect(window.location.hash).toBe('#/model/vgg16?lang=en');
    stop();
  });

  it('a URL without ?lang= keeps the language and stays language-free when switching', () => {
    window.location.hash = '#/model/vgg16';
    const store = createAppStore({ language: 'zh' });
    const stop = syncHash(store, window);
    expect(store.getState().language).toBe('zh');
    store.getState().setLanguage('en');
    expect(window.location.hash).toBe('#/model/vgg16');
    stop();
  });
});

describe('a switch in another tab of this browser', { timeout: 30_000 }, () => {
  /** What this tab sees when another tab writes `key`: its storage holds it, then `storage` fires. */
  const fromOtherTab = (value: string, key = LANG_KEY) => {
    window.localStorage.setItem(key, value);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key, newValue: value, storageArea: window.localStorage }),
      );
    });
  };

  it('switches this tab too when its URL pins no language', async () => {
    window.location.hash = '#/';
    const store = createAppStore({ language: 'en' });
    const stopHash = syncHash(store, window);
    const stop = followOtherTabs(store, window);
    renderApp(store);
    expect(screen.getByText(en.app.tagline)).toBeInTheDocument();

    fromOtherTab('zh');
    expect(await screen.findByText(zhApp.tagline, {}, SLOW)).toBeInTheDocument();
    expect(store.getState().language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    // The URL stays language-free, as after a switch in this tab.
    expect(window.location.hash).not.toContain('lang=');

    // A damaged entry, or another key, changes nothing.
    fromOtherTab('klingon');
    fromOtherTab('en', 'cnn-atlas/other');
    expect(store.getState().language).toBe('zh');

    fromOtherTab('en');
    expect(await screen.findByText(en.app.tagline, {}, SLOW)).toBeInTheDocument();
    stop();
    // Stopped: another tab's switch is no longer followed.
    fromOtherTab('zh');
    expect(store.getState().language).toBe('en');
    stopHash();
  });

  it('keeps the language its URL pins (?lang=en): the link wins', async () => {
    window.location.hash = '#/?lang=en';
    const store = createAppStore({ language: 'zh' });
    const stopHash = syncHash(store, window);
    const stop = followOtherTabs(store, window);
    renderApp(store);
    expect(store.getState().lang).toBe('en');
    expect(await screen.findByText(en.app.tagline, {}, SLOW)).toBeInTheDocument();

    fromOtherTab('zh');
    expect(store.getState().language).toBe('en');
    expect(screen.getByText(en.app.tagline)).toBeInTheDocument();
    expect(window.location.hash).toBe('#/?lang=en');
    stop();
    stopHash();
  });
});
