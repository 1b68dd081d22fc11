// @vitest-environment jsdom
/**
 * The labels of spec nodes in the language shown: on GoogLeNet's page with ?lang=zh the diagram's
 * frames, the inspector and the layer table say "辅助分类器 1（仅训练时）" and "Inception 3a：256
 * 通道"; in English the same places keep the catalog's "Auxiliary classifier 1 (training only)".
 * Notation stays as written in both ("1×1 → 3×3" style branch labels, "conv 7×7 …" leaves).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as i18n from '../../src/i18n/index';
import { createAppStore, syncHash } from '../../src/store/index';
import { startLanguage } from '../../src/views/language';
import { renderApp } from '../render-app';

afterEach(async () => {
  await i18n.setLang('en');
  window.localStorage.clear();
  window.location.hash = '';
});

// Loading the Chinese chunk and the lazy panels can take seconds on a busy machine.
const SLOW = { timeout: 20_000 };

/** The text of the diagram frame of the module at `path` (drawn once it is in view). */
const frame = (path: string) =>
  document.querySelector(`[data-group-path="${path}"] .dg-group-label`)?.textContent ?? null;

describe('labels in the language shown', { timeout: 60_000 }, () => {
  it('GoogLeNet with ?lang=zh: module labels in Chinese in the diagram, inspector and table', async () => {
    window.location.hash = '#/model/googlenet?layer=stage4/aux1&lang=zh';
    const store = createAppStore({
      language: startLanguage(window),
      page: 'model',
      modelId: 'googlenet',
      selected: 'stage4/aux1',
    });
    const stop = syncHash(store, window);
    renderApp(store);
    // The catalog's "Auxiliary classifier 1 (training only)" (src/catalog/googlenet.ts) through
    // the memory's pattern "Auxiliary classifier {0} (training only)".
    const inspector = await screen.findByTestId('inspector', {}, SLOW);
    await waitFor(
      () =>
        expect(within(inspector).getByRole('heading', { level: 3 })).toHaveTextContent(
          '辅助分类器 1（仅训练时）',
        ),
      SLOW,
    );
    // The diagram frames of the first Inception module and of its second branch (GoogLeNet's
    // default view opens every module): words translated, the kind and the notation kept.
    await waitFor(
      () => expect(frame('stage3/inception3a')).toBe('− Inception 3a：256 通道 · Inception 模块'),
      SLOW,
    );
    expect(frame('stage3/inception3a/branch2')).toBe('− 1×1 降维 → 3×3 · 分支');
    // The kind "stem" is not repeated after a label that names it ("Stem: …").
    expect(frame('stem')).toBe('− Stem: conv 7×7/2 → pool → conv 1×1 → conv 3×3');
    // A leaf box: the engine's "input 3×224×224" in Chinese; the aria name says it too.
    const input = document.querySelector('[data-node-path="input"]')!;
    expect(input.querySelector('.dg-label')).toHaveTextContent('输入 3×224×224');
    // The layer table, open around the selected layer.
    const tableLabels = () =>
      [...document.querySelectorAll('.table-label')].map((e) => e.textContent);
    await waitFor(() => expect(tableLabels()).toContain('Inception 4a：512 通道'), SLOW);
    // No English word of a translated label is left anywhere on the page.
    expect(document.body.textContent).not.toMatch(/Auxiliary classifier|256 channels|reduce →/);

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(
      () =>
        expect(
          within(screen.getByTestId('inspector')).getByRole('heading', { level: 3 }),
        ).toHaveTextContent('Auxiliary classifier 1 (training only)'),
      SLOW,
    );
    await waitFor(
      () => expect(frame('stage3/inception3a')).toBe('− Inception 3a: 256 channels'),
      SLOW,
    );
    expect(frame('stage3/inception3a/branch2')).toBe('− 1×1 reduce → 3×3 · branch');
    expect(tableLabels()).toContain('Inception 4a: 512 channels');
    expect(document.querySelector('[data-node-path="input"] .dg-label')).toHaveTextContent(
      'input 3×224×224',
    );
    stop();
  });
});
