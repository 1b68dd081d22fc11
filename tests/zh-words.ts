/**
 * Checks shared by the tests of a domain's words (a code's sentence in English and Chinese):
 * a Chinese sentence says something, keeps the English sentence's numbers, uses full-width
 * punctuation after Chinese characters, and holds no English word of three or more letters but
 * the notation a test allows (op names, field names, dtypes, units, quoted identifiers).
 */

const CJK = /[\u3400-\u9fff]/;

/**
 * The problems of one Chinese sentence `zh`, said beside its English twin `en`. Quoted values
 * (`"…"`, `“…”`) are data the message carries, not words, so their insides are not checked;
 * `values` are other data strings of the message (file names, browser errors), removed likewise.
 */
export function zhProblems(
  en: string,
  zh: string,
  allow: ReadonlySet<string>,
  values: readonly string[] = [],
): string[] {
  const out: string[] = [];
  if (en.trim() === '') out.push('empty in English');
  if (zh.trim() === '') return [...out, 'empty in Chinese'];
  // Longest first: a value inside another (a token inside a detail) must not cut the other.
  const data = [...values].filter(Boolean).sort((a, b) => b.length - a.length);
  const strip = (text: string) => {
    for (const v of data) text = text.split(v).join(' ');
    return text.replace(/"[^"]*"|“[^”]*”/g, ' ');
  };
  const bare = strip(zh);
  const enBare = strip(en);
  // A sentence that is only data (a runtime's own text) has no words to translate.
  if (!CJK.test(zh) && /[A-Za-z]/.test(bare)) out.push(`no Chinese: ${zh}`);
  const digits: string[] = bare.match(/\d+/g) ?? [];
  const lost = (enBare.match(/\d+/g) ?? []).filter((d) => !digits.includes(d));
  if (lost.length) out.push(`numbers ${lost.join(', ')} lost: ${zh}`);
  // A half-width comma, semicolon, colon or parenthesis right after a Chinese character.
  if (/[\u3400-\u9fff][,;:(]/.test(bare)) out.push(`half-width punctuation: ${zh}`);
  const stray = (bare.match(/[A-Za-z][A-Za-z_]*[A-Za-z0-9_]*/g) ?? []).filter(
    (w) => w.replace(/[^A-Za-z]/g, '').length >= 3 && !allow.has(w),
  );
  if (stray.length) out.push(`English words ${stray.join(', ')}: ${zh}`);
  return out;
}
