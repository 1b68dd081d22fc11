/**
 * Sizes in the stacked-volumes figure: the box scales and the text width estimate.
 *
 * Axes of a box for an output C×H×W at s = 1: its front face is `thickness(C)` wide (along the
 * page) and `side(H)` tall; its depth `side(W)` recedes up and to the right at 45° (the oblique
 * offset is half the depth on each axis). Scales, chosen so both a 64×224×224 conv output and a
 * 1×1 map read in one figure:
 *   side(n)      = clamp(11·√n, 8, 200)         (224 → 165 px, 56 → 82, 7 → 29, 1 → 11)
 *   thickness(C) = clamp(4 + 6·log2 C, 6, 90)    (3 → 13.5, 64 → 40, 512 → 58, 4096 → 76)
 * A flat vector [N] (fc output) is a thin column whose height is `column(N)` = clamp(12·log2 N, 12, 200)
 * (4096 → 144 px, 1000 → 120) and whose thickness and depth are 8 px.
 */
import { isWide } from '../text-width';

export const side = (n: number): number => Math.min(200, Math.max(8, 11 * Math.sqrt(n)));
export const thickness = (c: number): number =>
  Math.min(90, Math.max(6, 4 + 6 * Math.log2(Math.max(c, 1))));
export const column = (n: number): number =>
  Math.min(200, Math.max(12, 12 * Math.log2(Math.max(n, 1))));

/** On-screen font sizes (px at the fitted zoom): the name above a box, the shape below it. */
export const FONT = { label: 12, detail: 11 } as const;

/**
 * Advance widths in em of a wide sans (DejaVu Sans, Debian's default UI font; narrower fonts such
 * as San Francisco or Segoe fit inside): digits 0.636, × 0.838, lowercase about 0.6. CJK
 * characters and full-width punctuation are 1 em in every CJK font (../text-width.ts).
 */
const EM: Record<string, number> = {
  '×': 0.838,
  ' ': 0.318,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  '/': 0.337,
  '·': 0.318,
  _: 0.5,
  '-': 0.361,
  '(': 0.39,
  ')': 0.39,
  i: 0.278,
  l: 0.278,
  j: 0.278,
  f: 0.352,
  t: 0.392,
  r: 0.411,
  m: 0.974,
  w: 0.818,
};
/**
 * Estimated width in px of `text` set at `px`, generous by a few per cent; `bold` for the
 * semibold labels (DejaVu Sans Bold runs up to 12 % wider than its regular: "input" measures
 * 35.5 px at 12 px in Chromium against 31.6 px from the regular advances).
 */
export function textWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const e = EM[ch];
    if (e !== undefined) em += e;
    else if (isWide(ch)) em += 1;
    else if (ch >= '0' && ch <= '9') em += 0.636;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else em += 0.62;
  }
  return em * px * (bold ? 1.2 : 1.04);
}
