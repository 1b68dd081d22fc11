// @vitest-environment jsdom
/**
 * One rendering of a broken rule (src/views/RuleBroken.tsx): the layer's path, the rule's name and
 * the engine's message, all in the language shown, never the English `Error.message` with its
 * `[rule-id]`. And a walk-through's bad input or broken rule, said in Chinese from the lesson's data.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as i18n from '../../src/i18n/index';
import * as en from '../../src/i18n/en/index';
import { app as zhApp } from '../../src/i18n/zh/app';
import { engineWords as zhEngineWords } from '../../src/i18n/zh/engine';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { se as zhSe } from '../../src/i18n/zh/explain/blocks';
import { residual as zhResidual } from '../../src/i18n/zh/explain/residual';
import { explain as zhExplain } from '../../src/i18n/zh/explain';
import { say, SpecError } from '../../src/engine';
import { AppStoreProvider, createAppStore, type AppStore } from '../../src/store/index';
import { deriveModel } from '../../src/store/derived';
import { ModelPage } from '../../src/views/ModelPage';
import { RuleBroken } from '../../src/views/RuleBroken';
import SePage from '../../src/views/explain/Se';
import ResidualPage from '../../src/views/explain/Residual';

// The panels below the summary have their own tests; here only the error line matters.
vi.mock('../../src/views/DiagramPanel', () => ({
  DiagramPanel: () => <svg data-testid="diagram" />,
}));
vi.mock('../../src/views/LowerPanels', () => ({
  MainPanels: () => null,
  InspectorSlot: () => null,
  CardSlot: () => null,
}));

afterEach(async () => {
  await i18n.setLang('en');
});

function renderIn(store: AppStore, ui: React.ReactNode) {
  render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>);
  // A walk-through keeps its raw inputs while the app runs: start each test from the defaults.
  const reset = screen.queryByTestId('explain-reset');
  if (reset) fireEvent.click(reset);
}

/**
 * Words of 3+ Latin letters in a Chinese sentence that are not notation. The engine's own
 * sentences still come through the transitional `said` code (English) until its throw sites are
 * converted, so the tests below look at the parts this component and the lessons own.
 */
const english = (s: string) => s.match(/[A-Za-z]{3,}/g) ?? [];

// AlexNet (torchvision) at 3×20×20, by hand: conv1 11×11/4 pad 2 → ⌊(20 + 4 − 11)/4⌋ + 1 = 4;
// pool1 3×3/2 → ⌊(4 − 3)/2⌋ + 1 = 1; conv2 5×5 pad 2 keeps 1; pool2's 3×3 window cannot fit 1.
const ALEXNET_SMALL = { page: 'model', modelId: 'alexnet' } as const;

describe('RuleBroken on the model page', () => {
  it('English: the layer, the rule’s name and the engine’s sentence, no [rule-id]', () => {
    renderIn(createAppStore({ ...ALEXNET_SMALL, input: [3, 20, 20] }), <ModelPage />);
    const alert = screen.getByTestId('model-error');
    expect(within(alert).getByTestId('model-error-path')).toHaveTextContent('features/pool2');
    const rule = within(alert).getByTestId('model-error-rule');
    expect(rule).toHaveAttribute('data-rule', 'kernel-fits');
    expect(rule.textContent).toBe(
      `${en.errors.rules['kernel-fits']} — pool window height 3 is larger than the padded input 1 (1 + 0 padding)`,
    );
    expect(alert.textContent).not.toContain('[kernel-fits]');
  });

  it('Chinese: the rule is named in Chinese and the message is said by the Chinese words', async () => {
    await i18n.setLang('zh');
    renderIn(createAppStore({ ...ALEXNET_SMALL, input: [3, 20, 20] }), <ModelPage />);
    const alert = screen.getByTestId('model-error');
    expect(alert).toHaveTextContent(zhApp.model.invalidHeading);
    expect(alert).toHaveTextContent(`${zhApp.model.atLayer} features/pool2：`);
    const rule = within(alert).getByTestId('model-error-rule');
    // The same error the store derives, said with the Chinese engine words.
    const e = deriveModel('alexnet', {}, [3, 20, 20]).error!;
    expect(e.rule).toBe('kernel-fits');
    expect(rule.textContent).toBe(
      zhErrors.broke(zhErrors.rules['kernel-fits'], say(zhEngineWords, e.msg)),
    );
    expect(rule.textContent!.startsWith('卷积核（窗口）必须不大于填充后的输入——')).toBe(true);
    expect(alert.textContent).not.toContain('[kernel-fits]');
    expect(alert.textContent).not.toContain(en.errors.rules['kernel-fits']);
  });

  it('says any engine message with the words of the language shown', async () => {
    const e = new SpecError('stage2/add', 'add-shapes', {
      code: 'merge-shapes',
      op: 'add',
      shapes: ['64×56×56', '128×28×28'],
    });
    const said = say(zhEngineWords, e.msg);
    expect(said).toContain('64×56×56');
    await i18n.setLang('zh');
    render(<RuleBroken error={e} lead={<strong>无法计算</strong>} />);
    expect(screen.getByTestId('rule-broken-path')).toHaveTextContent('stage2/add');
    expect(screen.getByTestId('rule-broken-rule').textContent).toBe(
      `${zhErrors.rules['add-shapes']}——${said}`,
    );
    // The lead, the path, the full-width colon, then the rule.
    expect(document.body.textContent).toBe(
      `无法计算stage2/add：${zhErrors.rules['add-shapes']}——${said}`,
    );
  });
});

describe('walk-through errors said from the lesson’s data', () => {
  it('a bad input field in Chinese: the field’s Chinese label and the Chinese words', async () => {
    await i18n.setLang('zh');
    renderIn(createAppStore({ page: 'explain', topic: 'se' }), <SePage />);
    fireEvent.change(screen.getByTestId('input-r'), { target: { value: '0' } });
    const alert = screen.getByTestId('explain-error');
    // SE_FIELDS: r from 1 to 4096; its label from src/i18n/zh/explain/blocks.ts.
    expect(alert.textContent).toBe(
      `${zhExplain.invalid}：${zhSe.labels.r} 必须在 1 到 4096 之间，当前为 0`, // a space after the Latin "r" (zh errors.ts spaced)
    );
    fireEvent.change(screen.getByTestId('input-r'), { target: { value: '2.5' } });
    expect(alert.textContent).toBe(
      `${zhExplain.invalid}：${zhSe.labels.r} 必须是整数，当前为“2.5”`,
    );
    expect(english(alert.textContent!)).toEqual([]);
  });

  it('the same field in English', () => {
    renderIn(createAppStore({ page: 'explain', topic: 'se' }), <SePage />);
    fireEvent.change(screen.getByTestId('input-r'), { target: { value: '0' } });
    expect(screen.getByTestId('explain-error').textContent).toBe(
      `${en.explain.invalid}: ${en.se.labels.r} must be between 1 and 4096, got 0`,
    );
  });

  it('a rule the engine says broke, in Chinese: the rule’s Chinese name', async () => {
    await i18n.setLang('zh');
    renderIn(createAppStore({ page: 'explain', topic: 'se' }), <SePage />);
    // C = 8 with r = 16: ⌊8/16⌋ = 0 hidden units, which the SE builder refuses.
    fireEvent.change(screen.getByTestId('input-C'), { target: { value: '8' } });
    const alert = screen.getByTestId('explain-error');
    const rule = within(alert).getByTestId('explain-error-rule');
    expect(rule).toHaveAttribute('data-rule', 'bad-knob');
    expect(rule.textContent!.startsWith(`${zhErrors.rules['bad-knob']}——`)).toBe(true);
    expect(rule.textContent).toContain('⌊8/16⌋ = 0');
    expect(alert.textContent).not.toContain('[bad-knob]');
  });

  it('the residual slide where identity cannot add names the add and its rule in Chinese', async () => {
    await i18n.setLang('zh');
    renderIn(createAppStore({ page: 'explain', topic: 'residual' }), <ResidualPage />);
    fireEvent.click(screen.getByRole('button', { name: zhResidual.steps.identity }));
    const box = screen.getByTestId('identity-error');
    // 64×56×56 through the shortcut, 128×28×28 out of the stride-2 convs: the add refuses.
    expect(within(box).getByTestId('identity-error-path')).toHaveTextContent('block/add');
    const rule = within(box).getByTestId('identity-error-rule');
    expect(rule).toHaveAttribute('data-rule', 'add-shapes');
    expect(rule.textContent!.startsWith(`${zhErrors.rules['add-shapes']}——`)).toBe(true);
  });
});
