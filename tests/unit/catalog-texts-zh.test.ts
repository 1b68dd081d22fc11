/**
 * The Chinese translation memory covers the catalog exactly: every user-visible English text the
 * walker finds in the data (tests/catalog-text-sources.ts) has a translation, no translation is
 * left over for an English text that no longer exists, and each translation keeps the numbers
 * and uses full-width punctuation inside Chinese sentences.
 */
import { describe, expect, it } from 'vitest';
import { catalogTextSources } from '../catalog-text-sources';
import {
  isPattern,
  labelNeedsTranslation,
  labelText,
  labelWords,
  lookup,
  numberPattern,
} from '../../src/i18n/catalog-texts';
import { catalogTextFilesZh, catalogTextsZh } from '../../src/i18n/zh/catalog-texts/index';

const sources = catalogTextSources();
/** The number patterns of the catalog's texts (a pattern key must match one of them). */
const patterns = new Set([...sources.keys()].map((t) => numberPattern(t).key));
const cjk = /[\u3400-\u9fff]/;

describe('Chinese catalog texts', () => {
  it('walks a catalog with texts in every kind of source', () => {
    // Guards the walker itself: a walk that found nothing would make the next test pass vacuously.
    const kinds = new Set([...sources.values()].flat().map((w) => w.split(/[ :[]/)[0]));
    expect([...kinds].sort()).toEqual(
      ['ILSVRC', 'accuracy.ts', 'comparison', 'depth', 'family', 'measured.ts', 'preset'].sort(),
    );
    const where = [...sources.values()].flat();
    for (const field of [
      'keyIdea',
      'notes[',
      'recipe[',
      '.differs',
      '.note',
      'help',
      'choice',
      ' node label',
    ]) {
      expect(
        where.some((w) => w.includes(field)),
        field,
      ).toBe(true);
    }
  });

  it('has a translation for every English text of the catalog', () => {
    const missing = [...sources]
      .filter(([text]) => lookup(text, catalogTextsZh) === undefined)
      .map(
        ([text, where]) =>
          `${where[0]}${where.length > 1 ? ` (+${where.length - 1})` : ''}: ${text}`,
      );
    expect(missing).toEqual([]);
  });

  it('has no stale translation and no text translated in two files', () => {
    const stale: string[] = [];
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, texts] of Object.entries(catalogTextFilesZh)) {
      for (const text of Object.keys(texts)) {
        const used = isPattern(text) ? patterns.has(text) : sources.has(text);
        if (!used) stale.push(`${file}: ${text}`);
        const first = seen.get(text);
        if (first) twice.push(`${first} and ${file}: ${text}`);
        seen.set(text, file);
      }
    }
    expect(stale).toEqual([]);
    expect(twice).toEqual([]);
  });

  it('keeps every number of the English and writes Chinese punctuation in Chinese sentences', () => {
    const bad: string[] = [];
    for (const [en, zh] of Object.entries(catalogTextsZh)) {
      // Digits, and a pattern's placeholders {0}, {1} … (each must be placed in the Chinese).
      const digits: string[] = zh.match(/\d+/g) ?? [];
      const lost = (en.match(/\d+/g) ?? []).filter((d) => !digits.includes(d));
      if (lost.length > 0) bad.push(`numbers ${lost.join(', ')} lost: ${en}`);
      if (zh.trim() === '') bad.push(`empty: ${en}`);
      // A half-width comma, semicolon, colon or parenthesis right after a Chinese character.
      if (/[\u3400-\u9fff][,;:(]/.test(zh)) bad.push(`half-width punctuation: ${zh}`);
      // Quotation marks in a Chinese sentence are “…”, not "…".
      if (cjk.test(zh) && zh.includes('"')) bad.push(`half-width quotation marks: ${zh}`);
      // An English sentence left untranslated (formulas and names have few lower-case words).
      const words = en.match(/\b[a-z]{3,}\b/g) ?? [];
      if (!cjk.test(zh) && words.length >= 3) bad.push(`not translated: ${en}`);
    }
    expect(bad).toEqual([]);
  });

  it('writes every label with words in Chinese, keeping only notation in Latin letters', () => {
    const labels = [...sources].filter(([, where]) => where.some((w) => w.endsWith(' node label')));
    // Module labels of every family and the engine's op descriptions with words.
    expect(labels.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const [en] of labels) {
      const zh = lookup(en, catalogTextsZh) ?? en;
      const left = labelWords(zh);
      if (left.length > 0) bad.push(`English words ${left.join(', ')} left: ${zh}`);
      if (!cjk.test(zh)) bad.push(`no Chinese: ${zh}`);
    }
    expect(bad).toEqual([]);
  });

  it('tells words from notation in labels, and leaves notation and names alone', () => {
    // All notation (the lecture writes "3x3 conv, 192" in its Chinese too): no entry needed.
    for (const l of [
      'conv 7×7, 64, /2',
      'fc 4096',
      '1×1 → 3×3',
      'sep 5×5 /2, 176',
      'NASNet-A 4 @ 1056',
    ])
      expect(labelNeedsTranslation(l), l).toBe(false);
    for (const l of ['BN-ReLU-1×1 128, BN-ReLU-3×3 32', 'SE, r = 16', 'avg 3×3 + identity'])
      expect(labelNeedsTranslation(l), l).toBe(false);
    // Words a reader should read in Chinese; "layer2" and "fire9" are names and stay.
    expect(labelWords('layer2: 4 × bottleneck, 512, /2')).toEqual(['bottleneck']);
    expect(labelWords('fire9: squeeze 64, expand 256 + 256')).toEqual(['squeeze', 'expand']);
    expect(labelWords('Dense block 1: 6 layers, 64 → 256')).toEqual(['Dense', 'block', 'layers']);
    // Through the memory: a number pattern fills in any numbers, notation passes unchanged.
    expect(labelText('Dense block 7: 3 layers, 10 → 1,000', catalogTextsZh)).toBe(
      '密集块 7：3 层，10 → 1,000',
    );
    expect(labelText('layer2: 4 × bottleneck, 512, /2', catalogTextsZh)).toBe(
      'layer2：4 × 瓶颈块，512，/2',
    );
    expect(labelText('conv 7×7, 64, /2', catalogTextsZh)).toBe('conv 7×7, 64, /2');
    expect(labelText('Dense block 1: 6 layers, 64 → 256', null)).toBe(
      'Dense block 1: 6 layers, 64 → 256',
    );
  });
});
