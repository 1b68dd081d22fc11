/**
 * Chinese text is measured full-width: an ideograph or a full-width punctuation mark is set
 * 1 em wide in every CJK font (WenQuanYi, Noto Sans CJK, PingFang, Microsoft YaHei all use a
 * square em for them), against about 0.6 em for a Latin letter, so boxes sized by a count of
 * characters would be too narrow for Chinese labels.
 */
import { describe, expect, it } from 'vitest';
import { families, presets } from '../../src/catalog/index';
import { analyze } from '../../src/engine/analyze';
import { labelText } from '../../src/i18n/catalog-texts';
import { catalogTextsZh } from '../../src/i18n/zh/catalog-texts/index';
import { graphWords } from '../../src/i18n/zh/graph';
import {
  DEFAULT_LAYOUT,
  defaultExpanded,
  layoutGraph,
  type GraphText,
} from '../../src/layout/graph';
import { charCounts, isWide } from '../../src/layout/text-width';
import { textWidth } from '../../src/layout/volumes';

const build = (id: string) => {
  const p = presets.get(id)!;
  return analyze(families.get(p.family)!.build(p.values));
};
const zh: GraphText = { ...graphWords, label: (l) => labelText(l, catalogTextsZh) };

describe('full-width characters', () => {
  it('tells CJK and full-width punctuation from Latin, digits and notation symbols', () => {
    // The arrow counts wide: about 0.85 em in DejaVu Sans, which a 0.6 em measure undercounts.
    for (const ch of ['密', '块', '层', '，', '：', '（', '）', '、', '。', '“', '→'])
      expect(isWide(ch), ch).toBe(true);
    for (const ch of ['a', 'Z', '7', '×', '∥', '·', '−', ',', ':', '(', ' '])
      expect(isWide(ch), ch).toBe(false);
    // "密集块 1：6 层，64 → 256": 密 集 块 ： 层 ， and the arrow are 7 wide; the digits 1, 6,
    // 6 4, 2 5 6 (7) and 4 spaces are 11 narrow.
    expect(charCounts('密集块 1：6 层，64 → 256')).toEqual({ narrow: 11, wide: 7 });
  });

  it('the volumes measure gives a CJK character 1 em (12 px at the 12 px label font)', () => {
    // Regular weight, ×1.04 headroom: 3 ideographs = 3 em = 36 px → 37.44 px.
    expect(textWidth('密集块', 12)).toBeCloseTo(3 * 12 * 1.04, 6);
    // Wider than the same count of Latin letters (0.62 em for "abc"'s unknown letters).
    expect(textWidth('密集块', 12)).toBeGreaterThan(textWidth('abc', 12) * 1.5);
  });

  it('sizes every diagram box and frame to its Chinese text: 11 px per CJK character', () => {
    for (const id of ['googlenet', 'resnet50', 'densenet121', 'nasnet-a-mobile']) {
      const a = build(id);
      const L = layoutGraph(a, defaultExpanded(a), {}, zh);
      let wideSeen = 0;
      for (const n of L.nodes) {
        for (const line of [n.label, n.detail]) {
          const { narrow, wide } = charCounts(line);
          wideSeen += wide;
          // 11 px font: 1 em = 11 px per CJK character, at least 5.5 px per other character.
          const need = wide * 11 + narrow * 5.5;
          expect(n.width, `${id} ${n.id}: ${line}`).toBeGreaterThanOrEqual(need);
          // A collapsed module's centred text also clears its expand button (14 px, 2 px inside
          // the right edge, 1 px gap: 17 px on the right, so 2 × 17 beside the text in all).
          const text = narrow * DEFAULT_LAYOUT.charWidth + wide * DEFAULT_LAYOUT.wideCharWidth;
          if (n.kind === 'module' && n.width > DEFAULT_LAYOUT.minNodeWidth)
            expect(n.width - text, `${id} ${n.id}: ${line}`).toBeGreaterThanOrEqual(34);
        }
      }
      for (const g of L.groups) {
        const { narrow, wide } = charCounts(`− ${g.label}`);
        wideSeen += wide;
        expect(g.width, `${id} ${g.id}: ${g.label}`).toBeGreaterThanOrEqual(
          wide * 11 + narrow * 5.5,
        );
      }
      // The check ran on Chinese text (a layout left in English would pass vacuously).
      expect(wideSeen, id).toBeGreaterThan(10);
    }
  });

  it('a Chinese box is wider than a count of characters at the Latin width would make it', () => {
    const a = build('googlenet');
    const en = layoutGraph(a, defaultExpanded(a));
    const cn = layoutGraph(a, defaultExpanded(a), {}, zh);
    const aux = (L: typeof en) => L.groups.find((g) => g.id === 'stage4/aux1')!;
    // "辅助分类器 1（仅训练时）": 9 ideographs and 2 full-width brackets (the kind, 辅助分类器 in
    // Chinese, is not repeated: the label names it).
    expect(aux(cn).label).toBe('辅助分类器 1（仅训练时）');
    const byCount =
      (aux(cn).label.length + 2) * DEFAULT_LAYOUT.charWidth + DEFAULT_LAYOUT.headerPadX;
    expect(aux(cn).width).toBeGreaterThan(byCount + 11 * (11 - DEFAULT_LAYOUT.charWidth) - 1e-9);
    // English stays as before: the same label, sized by its characters.
    expect(aux(en).label).toBe('Auxiliary classifier 1 (training only) · aux-classifier');
  });
});
