/**
 * The browser half of the exports: capture a drawing from the page with its styles inlined (so
 * the file looks the same outside the app), draw the whole diagram off screen, rasterize a figure
 * to PNG, and hand a file to the user. The figure and table text come from src/export.
 */
import { createDiagram } from '../../charts/diagram';
import type { Analysis } from '../../engine/analysis';
import type { LegendItem } from '../../export/svg';
import { graphText } from '../../i18n';
import { defaultExpanded, layoutGraph, loadDagre } from '../../layout/graph';

/** Presentation properties copied from the page's CSS onto each exported element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Properties that do not inherit, with their initial values. */
const NOT_INHERITED: Partial<Record<(typeof STYLE_PROPS)[number], string>> = {
  opacity: '1',
  display: 'inline',
};

/**
 * Clone `el` with the computed presentation style written inline: on the root every property,
 * below it only what differs from the parent (inheritance supplies the rest), so files stay small.
 */
function inlineStyles<T extends Element>(el: T): T {
  const copy = el.cloneNode(true) as T;
  const src = [el, ...el.querySelectorAll('*')];
  const dst = [copy, ...copy.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  src.forEach((s, i) => {
    const cs = getComputedStyle(s);
    computed.set(s, cs);
    const parent = s === el ? undefined : computed.get(s.parentElement!);
    const style = STYLE_PROPS.flatMap((p) => {
      const v = cs.getPropertyValue(p);
      const initial = NOT_INHERITED[p];
      const same = initial !== undefined ? v === initial : parent?.getPropertyValue(p) === v;
      return same && parent ? [] : [`${p}:${v}`];
    }).join(';');
    if (style) dst[i].setAttribute('style', style);
    else dst[i].removeAttribute('style');
    dst[i].removeAttribute('class');
  });
  return copy;
}

function markup(el: Element): string {
  return new XMLSerializer().serializeToString(el);
}

export interface Capture {
  content: string;
  box: [number, number, number, number];
}

/** A chart's SVG as drawn (charts draw everything; their extent is the svg's own size). */
export function captureChart(svg: SVGSVGElement): Capture {
  const w = Number(svg.getAttribute('width')) || svg.clientWidth;
  const h = Number(svg.getAttribute('height')) || svg.clientHeight;
  const copy = inlineStyles(svg);
  return {
    content: [...copy.childNodes].map((n) => markup(n as Element)).join(''),
    box: [0, 0, w, h],
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The whole layer graph at its default collapse level, drawn off screen at zoom 1 (every box with
 * its text; the panel itself draws only what is in view at the reader's zoom).
 */
export async function captureDiagram(analysis: Analysis, host: Element): Promise<Capture> {
  await loadDagre(); // the default view may need it where the reader's view did not
  // For reading: the box text in the language shown (the spec JSON export keeps English).
  const layout = layoutGraph(analysis, defaultExpanded(analysis), {}, graphText());
  const ns = 'http://www.w3.org/2000/svg';
  const box = document.createElement('div');
  // Off screen but not hidden: hidden would be inherited into the copied styles.
  box.style.cssText = 'position:fixed;left:-200000px;top:0;pointer-events:none';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'diagram-svg');
  svg.setAttribute('width', String(Math.ceil(layout.width)));
  svg.setAttribute('height', String(Math.ceil(layout.height)));
  svg.style.width = `${Math.ceil(layout.width)}px`;
  svg.style.height = `${Math.ceil(layout.height)}px`;
  const layer = document.createElementNS(ns, 'g');
  svg.appendChild(layer);
  box.appendChild(svg);
  // Inside the panel, so the panel's CSS rules style the copy as they style the original.
  host.appendChild(box);
  const chart = createDiagram(
    svg,
    { layer, onSelect: () => {}, onHover: () => {}, onToggle: () => {} },
    { virtualizeAbove: Infinity },
  );
  try {
    chart.update(layout, { selected: null, hovered: null });
    await nextFrame();
    await nextFrame();
    const copy = inlineStyles(layer);
    // The viewport group carries the zoom; the export is at zoom 1 in layout coordinates.
    copy.firstElementChild?.removeAttribute('transform');
    return {
      content: markup(copy),
      box: [0, 0, Math.ceil(layout.width), Math.ceil(layout.height)],
    };
  } finally {
    chart.destroy();
    box.remove();
  }
}

/** A legend `<ul>` of the page (swatch span + label per item) as figure legend items. */
export function legendFrom(list: Element | null): LegendItem[] {
  if (!list) return [];
  return [...list.querySelectorAll('li')].map((li) => {
    const sw = li.querySelector('span');
    const cs = sw ? getComputedStyle(sw) : null;
    const bg = cs?.backgroundColor ?? '';
    const filled = bg !== '' && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)';
    return {
      label: (li.textContent ?? '').trim(),
      color: filled ? bg : (cs?.borderTopColor ?? '#8c959f'),
      line: !filled,
    };
  });
}

/** Rasterize an SVG figure at `scale` (2 for slides), capped to what a canvas can hold. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const k = Math.min(scale, 16000 / width, 16000 / height, Math.sqrt(250e6 / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * k));
    canvas.height = Math.max(1, Math.floor(height * k));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2-D canvas in this browser');
    ctx.scale(k, k);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a file to the user (the browser's download). */
export function download(data: Blob | string, name: string, type = 'text/plain'): void {
  const blob =
    typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
