// @vitest-environment jsdom
/**
 * Catalog texts the views show outside the model card, in Chinese: a module's note in the
 * inspector (through a number pattern: SE-ResNet-50's squeeze-excitation note names its widths)
 * and a family's name in the knobs panel.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { families } from '../../src/catalog/index';
import { DEFAULT_CONVENTIONS } from '../../src/engine/index';
import * as i18n from '../../src/i18n/index';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import { Inspector } from '../../src/views/Inspector';
import { KnobsPanel } from '../../src/views/KnobsPanel';
import { analyzeId } from '../helpers';

afterEach(async () => {
  await i18n.setLang('en');
});

describe('catalog texts in Chinese', () => {
  it('the inspector words a module note by its number pattern', async () => {
    const se = analyzeId('se-resnet50');
    const path = 'layer1/block1/se';
    const note = se.modules.find((m) => m.path === path)?.note;
    // src/catalog/senet.ts: widths 256 → 256/16 = 16 → 256 for layer1's blocks (r = 16).
    expect(note).toBe(
      "Squeeze (global average) → excitation (256→16→256, sigmoid): one gate per channel, applied by the block's scale.",
    );
    await i18n.setLang('zh');
    render(<Inspector analysis={se} conventions={DEFAULT_CONVENTIONS} selected={path} />);
    expect(
      screen.getByText(
        '挤压（全局平均）→ 激励（256→16→256，sigmoid）：每个通道一个门控值，由块中的缩放层施加。',
      ),
    ).toBeInTheDocument();
  });

  it('the knobs panel names the family and its knobs in Chinese', async () => {
    await i18n.setLang('zh');
    render(
      <AppStoreProvider store={createAppStore({ page: 'model' })}>
        <KnobsPanel family={families.get('alexnet')!} raw={{}} />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('AlexNet（2012，双 GPU）');
    expect(screen.getByText('两路 GPU 并行')).toBeInTheDocument();
  });
});
