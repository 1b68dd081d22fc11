/**
 * Full-width characters in measured text. A Chinese label ("密集块 1：6 层，64 → 256") sets each
 * ideograph and each full-width punctuation mark about 1 em wide, where a Latin letter or digit
 * of the same font is about 0.6 em: a layout that counted every character alike would draw boxes
 * too narrow for Chinese labels. The diagram's and the volumes' measures both ask this.
 */

/**
 * Is `ch` (one code point) set full-width: CJK radicals, punctuation, kana and ideographs
 * (U+2E80–U+A4CF), Hangul, compatibility ideographs, vertical and small forms, full-width
 * forms (U+FF01–U+FF60, U+FFE0–U+FFE6) and the supplementary ideographs? The curly quotes and
 * the ellipsis (‘ ’ “ ” …) are full-width in a CJK font and narrow in a Latin one: counted wide,
 * which is generous in English.
 */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026 ||
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** How many characters of `text` are set narrow and how many full-width (by code point). */
export function charCounts(text: string): { narrow: number; wide: number } {
  let narrow = 0;
  let wide = 0;
  for (const ch of text) {
    if (isWide(ch)) wide++;
    else narrow++;
  }
  return { narrow, wide };
}
