/**
 * A walk-through's input problems as messages (src/layout/explain/field-words.ts): every code says
 * something in both languages, the Chinese with no English word, and the rule-and-message line
 * (errors.broke) adds no English of its own.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../src/engine/message';
import { FIELD_WORDS, type FieldMessage } from '../../src/layout/explain/field-words';
import { errors as enErrors } from '../../src/i18n/en/errors';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { se as zhSe } from '../../src/i18n/zh/explain/blocks';

/** One realistic message per code, with the label a Chinese page puts in `field`. */
const SAMPLES: { [K in FieldMessage['code']]: Extract<FieldMessage, { code: K }> } = {
  whole: { code: 'whole', field: zhSe.labels.r, text: '2.5' },
  between: { code: 'between', field: zhSe.labels.r, min: 1, max: 4096, got: 0 },
};

/** Latin words allowed in Chinese sentences: notation (the SE labels' "C" and "r" are 1 letter). */
const ALLOWED = new Set<string>([]);
const englishWords = (s: string) => (s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));

describe('field words', () => {
  it('every code has a sample, and the sample codes are the words’ codes', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(FIELD_WORDS).sort());
  });

  for (const m of Object.values(SAMPLES)) {
    it(`${m.code}: English and Chinese say it, the Chinese without English words`, () => {
      const en = say(enErrors.field, m);
      const zh = say(zhErrors.field, m);
      expect(en.length).toBeGreaterThan(m.field.length);
      expect(zh.length).toBeGreaterThan(m.field.length);
      expect(englishWords(zh)).toEqual([]);
      // The values are quoted as they are (the same digits in both languages).
      for (const v of Object.values(m).slice(2)) {
        expect(en).toContain(String(v));
        expect(zh).toContain(String(v));
      }
    });
  }

  it('the English words are the view namespace’s (one table)', () => {
    expect(enErrors.field).toBe(FIELD_WORDS);
  });

  it('errors.broke adds no English in Chinese and keeps the English line', () => {
    expect(enErrors.broke('a', 'b')).toBe('a — b');
    expect(englishWords(zhErrors.broke('规则', '说明'))).toEqual([]);
    expect(zhErrors.broke('规则', '说明')).toBe('规则——说明');
  });
});
