/**
 * A diagram or chart as a standalone figure for slides and papers: a white page with a title
 * (and subtitle) above the drawing and its colour legend below. Pure string building: the page
 * serializes the live drawing (styles inlined) and passes it in; text from the user or a file is
 * escaped here.
 */

export interface LegendItem {
  label: string;
  /** A CSS colour (hex, rgb()/rgba() or a name). */
  color: string;
  /** Drawn as a line sample (a chart's series) instead of a filled square. */
  line?: boolean;
}

export interface Figure {
  title: string;
  subtitle?: string;
  /** SVG markup of the drawing, in the coordinates of `box`. */
  content: string;
  /** The drawing's extent: x, y, width, height. */
  box: readonly [number, number, number, number];
  legend: readonly LegendItem[];
}

export interface FigureSvg {
  svg: string;
  /** Size in CSS pixels (a PNG at 2× is twice this). */
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';

/** Escape text and attribute values for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A colour usable in an attribute, or grey when the value is not a plain colour. */
function safeColor(c: string): string {
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\)|[a-zA-Z]+)$/.test(c.trim())
    ? c.trim()
    : '#8c959f';
}

/** Rough width of text in px (no font metrics outside a browser): 0.6 em per character. */
function labelWidth(s: string, size = LEGEND_SIZE): number {
  return Math.ceil(s.length * size * 0.6);
}

/** Legend items laid out left to right, wrapping at `width`. */
function legendRows(
  items: readonly LegendItem[],
  width: number,
): { item: LegendItem; x: number; row: number }[] {
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 18 + labelWidth(item.label) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    placed.push({ item, x, row });
    x += w;
  }
  return placed;
}

export function figureSvg(f: Figure): FigureSvg {
  const [bx, by, bw, bh] = f.box;
  const width = Math.ceil(
    Math.max(
      bw + 2 * PAD,
      360,
      labelWidth(f.title, TITLE_SIZE) + 2 * PAD,
      labelWidth(f.subtitle ?? '', SUBTITLE_SIZE) + 2 * PAD,
    ),
  );
  const inner = width - 2 * PAD;
  const titleY = PAD + TITLE_SIZE;
  const headH = titleY + (f.subtitle ? SUBTITLE_SIZE + 8 : 0) + 12;
  const placed = legendRows(f.legend, inner);
  const rows = placed.length ? placed[placed.length - 1].row + 1 : 0;
  const legendY = headH + bh + (rows ? 14 : 0);
  const height = Math.ceil(legendY + rows * LEGEND_ROW + PAD);
  const legend = placed
    .map(({ item, x, row }) => {
      const y = legendY + row * LEGEND_ROW;
      const c = safeColor(item.color);
      const mark = item.line
        ? `<line x1="${PAD + x}" y1="${y + 6}" x2="${PAD + x + 12}" y2="${y + 6}" stroke="${c}" stroke-width="2.5"/>`
        : `<rect x="${PAD + x}" y="${y}" width="12" height="12" rx="2" fill="${c}" stroke="#57606a" stroke-width="0.5"/>`;
      return (
        `<g class="legend-item">${mark}<text x="${PAD + x + 18}" y="${y + 10}" font-size="${LEGEND_SIZE}">` +
        `${xmlEscape(item.label)}</text></g>`
      );
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT}" fill="#1f2328">` +
    `<title>${xmlEscape(f.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text class="figure-title" x="${PAD}" y="${titleY}" font-size="${TITLE_SIZE}" font-weight="700">${xmlEscape(f.title)}</text>` +
    (f.subtitle
      ? `<text class="figure-subtitle" x="${PAD}" y="${titleY + SUBTITLE_SIZE + 6}" font-size="${SUBTITLE_SIZE}" fill="#59636e">${xmlEscape(f.subtitle)}</text>`
      : '') +
    `<svg class="figure-content" x="${PAD + Math.max(0, (inner - bw) / 2)}" y="${headH}" width="${bw}" height="${bh}" ` +
    `viewBox="${bx} ${by} ${bw} ${bh}" overflow="visible">${f.content}</svg>` +
    (legend ? `<g class="figure-legend">${legend}</g>` : '') +
    `</svg>`;
  return { svg, width, height };
}
