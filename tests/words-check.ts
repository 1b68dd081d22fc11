/**
 * Checks shared by the tests of each domain's words (a code → sentence table in English beside
 * the code that makes the messages, and its Chinese twin under src/i18n/zh/): every code says
 * something in both languages with realistic values, the Chinese keeps the English's numbers, and
 * no English word is left in a Chinese sentence except notation on an explicit allow-list.
 */
import { say, type MessageOf, type Words } from '../src/engine/message';

/** One realistic message per code of `W`: a missing code fails the type-check. */
export type Samples<W extends Words> = { [K in keyof W & string]: MessageOf<W> & { code: K } };

const cjk = /[\u3400-\u9fff]/;

/** The problems of one pair of tables (empty when all is well). */
export function wordProblems<W extends Words>(
  en: W,
  zh: W,
  samples: Samples<W>,
  /** Latin words of 3+ letters a Chinese sentence may hold (op, field, operator names, units). */
  allowed: ReadonlySet<string>,
  /** Strings quoted from values (names the user or file wrote): removed before the word check. */
  quoted: readonly string[] = [],
): string[] {
  const bad: string[] = [];
  const codes = Object.keys(en).sort();
  if (JSON.stringify(Object.keys(samples).sort()) !== JSON.stringify(codes))
    bad.push(`samples cover ${Object.keys(samples).length} of ${codes.length} codes`);
  if (JSON.stringify(Object.keys(zh).sort()) !== JSON.stringify(codes))
    bad.push('the Chinese words have other codes than the English');
  for (const code of codes) {
    const m = samples[code as keyof Samples<W>];
    if (!m) continue;
    const e = say(en, m);
    const z = say(zh, m);
    if (e.trim() === '' || e === code) bad.push(`${code}: no English`);
    if (z.trim() === '' || z === code) bad.push(`${code}: no Chinese`);
    if (!cjk.test(z)) bad.push(`${code}: not Chinese: ${z}`);
    const digits: string[] = z.match(/\d+/g) ?? [];
    const lost = (e.match(/\d+/g) ?? []).filter((d) => !digits.includes(d));
    if (lost.length > 0) bad.push(`${code}: numbers ${lost.join(', ')} lost: ${z}`);
    let text = z;
    for (const q of quoted) text = text.split(q).join(' ');
    const words = (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.has(w));
    if (words.length > 0) bad.push(`${code}: English words ${words.join(', ')} in: ${z}`);
    if (/[\u3400-\u9fff][,;:(]/.test(z)) bad.push(`${code}: half-width punctuation: ${z}`);
    // Chinese typesetting spaces a Latin word or a number off from Chinese characters.
    if (/[A-Za-z0-9][\u3400-\u9fff]|[\u3400-\u9fff][A-Za-z0-9]/.test(z))
      bad.push(`${code}: no space between Latin and Chinese: ${z}`);
  }
  return bad;
}
