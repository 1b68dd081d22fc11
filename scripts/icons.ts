/**
 * `npx tsx scripts/icons.ts`: the web app manifest's PNG icons, drawn from public/favicon.svg
 * (the four shrinking feature maps) in headless Chromium, written to public/icons/. Run again
 * when the favicon changes; the PNGs are committed so a build needs no browser.
 *
 * - icon-192.png, icon-512.png ("any"): the bars on a white rounded square, 8 % margin;
 * - icon-maskable-512.png ("maskable"): full-bleed white, the bars inside the central 80 % circle
 *   every platform's mask keeps (https://w3c.github.io/manifest/#icon-masks);
 * - apple-touch-icon.png (180 px): opaque white square, iOS rounds it itself.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium } from './browser';

const favicon = readFileSync('public/favicon.svg', 'utf8');
/** The favicon's drawing (its viewBox is 0 0 32 32; the bars span x 2…29, y 8…24). */
const bars = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');

/** An icon `size` px square: background (rounded by `radius`, in 32nds) and the bars scaled by `scale` about the centre. */
function icon(size: number, scale: number, radius: number): string {
  const t = 16 - 15.5 * scale; // centre of the bars' box (15.5, 16) stays at the centre
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${radius}" fill="#ffffff"/>
  <g transform="translate(${t.toFixed(3)} ${t.toFixed(3)}) scale(${scale})">${bars}</g>
</svg>`;
}

const ICONS: [file: string, size: number, scale: number, radius: number][] = [
  ['icon-192.png', 192, 1, 6],
  ['icon-512.png', 512, 1, 6],
  // The bars' half-diagonal is about 15.9 units at scale 1; 0.7 keeps it inside the 12.8-unit
  // radius of the safe circle (80 % of 32 / 2).
  ['icon-maskable-512.png', 512, 0.7, 0],
  ['apple-touch-icon.png', 180, 0.85, 0],
];

async function main() {
  mkdirSync('public/icons', { recursive: true });
  const browser = await launchChromium();
  try {
    for (const [file, size, scale, radius] of ICONS) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${icon(size, scale, radius)}`,
      );
      await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
      await page.close();
      console.log(`public/icons/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
