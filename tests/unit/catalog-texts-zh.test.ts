/**
 * The Chinese translation memory covers the catalog exactly: every user-visible English text the
 * walker finds in the data (tests/catalog-text-sources.ts) has a translation, no translation is
 * left over for an English text that no longer exists, and each translation keeps the numbers
 * and uses full-width punctuation inside Chinese sentences.
 */
import { describe, expect, it } from 'vitest';
import { catalogTextSources } from '../catalog-text-sources';
import { isPattern, lookup, numberPattern } from '../../src/i18n/catalog-texts';
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
    for (const field of ['keyIdea', 'notes[', 'recipe[', '.differs', '.note', 'help', 'choice']) {
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
});
