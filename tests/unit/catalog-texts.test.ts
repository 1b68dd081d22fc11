/** The functions that apply a catalog translation memory: what they translate and what not. */
import { describe, expect, it, vi } from 'vitest';
import { presets } from '../../src/catalog/index';
import { READY_COMPARISONS } from '../../src/catalog/comparisons';
import {
  catalogText,
  figureLabelText,
  localizeInfo,
  localizeKnob,
  localizeComparison,
  lookup,
  needsTranslation,
  numberPattern,
} from '../../src/i18n/catalog-texts';
import { catalogTextsZh } from '../../src/i18n/zh/catalog-texts/index';
import { families } from '../../src/catalog/index';

describe('catalogText', () => {
  const zh = { 'Batch norm': '批量归一化' };

  it('returns the English for null, the translation when the memory has it', () => {
    expect(catalogText('Batch norm', null)).toBe('Batch norm');
    expect(catalogText('Batch norm', zh)).toBe('批量归一化');
  });

  it('falls back to the English with one warning per missing text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(catalogText('No such text (test)', zh)).toBe('No such text (test)');
    catalogText('No such text (test)', zh);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('needs no entry for numbers and symbols, and does not read inherited keys', () => {
    expect(needsTranslation('3×3')).toBe(false);
    expect(needsTranslation('50 layers')).toBe(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(catalogText('1 / 2', zh)).toBe('1 / 2');
    expect(catalogText('constructor', zh)).toBe('constructor');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('number patterns', () => {
  const zh = {
    'Option A: append {0} zero channels (no parameters).': '选项 A：补 {0} 个零通道（无参数）。',
    'from {0} to {1}': '到 {1}，从 {0}',
    'exactly 16': '恰好 16',
  };

  it('reads the numbers of a text in order, decimals and thousands included', () => {
    expect(numberPattern('drop 0.15 of 1,516 maps, 3×3')).toEqual({
      key: 'drop {0} of {1} maps, {2}×{3}',
      numbers: ['0.15', '1,516', '3', '3'],
    });
  });

  it('fills a pattern with the text’s numbers, in the order the translation places them', () => {
    expect(catalogText('Option A: append 32 zero channels (no parameters).', zh)).toBe(
      '选项 A：补 32 个零通道（无参数）。',
    );
    expect(catalogText('from 7 to 9', zh)).toBe('到 9，从 7');
  });

  it('prefers an exact text to a pattern and takes a lookup function as a source', () => {
    expect(lookup('exactly 16', zh)).toBe('恰好 16');
    expect(lookup('exactly 17', zh)).toBeUndefined();
    const c = localizeComparison(READY_COMPARISONS[1], (t) => `«${t}»`);
    expect(c.title).toBe(`«${READY_COMPARISONS[1].title}»`);
  });
});

describe('localizing with the Chinese memory', () => {
  it('translates a comparison title and text', () => {
    const c = localizeComparison(READY_COMPARISONS[0], catalogTextsZh);
    expect(c.title).toBe('ILSVRC 冠军 2012–2015');
    expect(c.items).toBe(READY_COMPARISONS[0].items);
  });

  it('translates a knob label and keeps its values', () => {
    const k = families.get('resnet')!.knobs.find((x) => x.key === 'classes')!;
    const z = localizeKnob(k, catalogTextsZh);
    expect(z.label).toBe('类别数');
    expect(z.default).toBe(k.default);
  });

  it('keeps names, paper and sources, and the figure labels English until figureLabelText', () => {
    const info = presets.get('lenet5')!.info;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const z = localizeInfo(info, catalogTextsZh);
    warn.mockRestore();
    expect(z.name).toBe(info.name);
    expect(z.paper).toBe(info.paper);
    expect(z.published?.map((f) => f.source)).toEqual(info.published?.map((f) => f.source));
    expect(figureLabelText(z.published![0], catalogTextsZh)).toBe('参数量');
    expect(localizeInfo(info, null)).toBe(info);
  });

  it('translates the network an accuracy is for when it is not the entry', () => {
    const info = presets.get('wrn-28-10')!.info;
    const of = (i: typeof info) =>
      i.published?.flatMap((f) => (f.kind === 'accuracy' && f.of ? [f.of] : []));
    expect(of(info)).toContain('WRN-28-10 with a 100-way classifier (classes knob 100)');
    expect(of(localizeInfo(info, catalogTextsZh))).toContain(
      '带 100 类分类器的 WRN-28-10（类别数选项 100）',
    );
  });
});
