/**
 * Where the stacked volumes go in a panel of w × h px: the sequence wrapped into rows read like a
 * paragraph (left to right, then on to the next row, the flow line wrapping from the end of one
 * row to the start of the next), at the box scale `s` that makes the boxes as large as the panel
 * allows while every label keeps its fixed on-screen size (FONT px at the fitted zoom of 1).
 */
import { FONT, textWidth } from './measure';
import type { Rect, Volume, VolumeDraft, VolumeSet, VolumesLayout } from './types';

/** Geometry constants of the arrangement, px on screen at the fitted zoom. */
const PAD = 8; // panel edge to drawing
const MARGIN = 14; // room left and right of the rows for the wrapping flow line
const GAP_X = 12; // between two slots
const GAP_ROW = 16; // between two rows (the flow line runs in its middle)
const LABEL_GAP = 5; // box top to the label's baseline
const DETAIL_GAP = 4; // box bottom to the detail's top

interface Extent {
  /** Box extents at s = 1: width, rise above the axis, drop below it. */
  boxW: number;
  rise: number;
  drop: number;
  /** Text widths at their fixed size. */
  textW: number;
}

function extents(v: VolumeDraft): Extent {
  let rise = 0;
  let drop = 0;
  for (const c of v.streams) {
    rise = Math.max(rise, -(c.y - c.dy));
    drop = Math.max(drop, c.y + c.h);
  }
  const s0 = v.streams[0];
  return {
    boxW: s0.w + s0.dx,
    rise,
    drop,
    textW: Math.max(textWidth(v.label, FONT.label, true), textWidth(v.detail, FONT.detail)),
  };
}

const slotW = (e: Extent, s: number) => Math.max(e.boxW * s, e.textW);
// Label: cap height ≈ 0.75 em above the baseline, descenders 0.25 em below.
const upOf = (e: Extent, s: number) => e.rise * s + LABEL_GAP + FONT.label;
const downOf = (e: Extent, s: number) => e.drop * s + DETAIL_GAP + FONT.detail * 1.05;

/** Greedy line breaks: start index of each row for rows no wider than `limit`. */
function breaks(ext: Extent[], s: number, limit: number): number[] {
  const starts = [0];
  let w = 0;
  ext.forEach((e, i) => {
    const sw = slotW(e, s);
    if (i > starts[starts.length - 1] && w + GAP_X + sw > limit) {
      starts.push(i);
      w = sw;
    } else w += (i > starts[starts.length - 1] ? GAP_X : 0) + sw;
  });
  return starts;
}

function rowsOf<T>(xs: T[], starts: number[]): T[][] {
  return starts.map((st, r) => xs.slice(st, starts[r + 1] ?? xs.length));
}

function heightOf(ext: Extent[], s: number, starts: number[]): number {
  let h = 0;
  for (const row of rowsOf(ext, starts))
    h += Math.max(...row.map((e) => upOf(e, s))) + Math.max(...row.map((e) => downOf(e, s)));
  return h + (starts.length - 1) * GAP_ROW;
}

/**
 * Where a row may start naturally: after a pool, or where the parent module changes (VGG's
 * stages, ResNet's layer1 → layer2), so a row reads as one stage of the network.
 */
function natural(vs: VolumeDraft[], i: number): boolean {
  const parent = (id: string) => id.slice(0, Math.max(0, id.lastIndexOf('/')));
  const p = vs[i - 1];
  return p.family === 'pool' || parent(p.id) !== parent(vs[i].id);
}

function rowWidth(ext: Extent[], s: number, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += slotW(ext[i], s) + (i > from ? GAP_X : 0);
  return w;
}

/** Move each row break by up to 3 volumes to a natural one, if both rows still fit. */
function nudgeToStages(
  vs: VolumeDraft[],
  ext: Extent[],
  s: number,
  starts: number[],
  limit: number,
  room: number,
): number[] {
  const out = [...starts];
  for (let r = 1; r < out.length; r++) {
    const b = out[r];
    if (natural(vs, b)) continue;
    const lo = out[r - 1];
    const hi = out[r + 1] ?? vs.length;
    for (const d of [-1, 1, -2, 2, -3, 3]) {
      const nb = b + d;
      if (nb <= lo || nb >= hi || !natural(vs, nb)) continue;
      if (rowWidth(ext, s, lo, nb) > limit || rowWidth(ext, s, nb, hi) > limit) continue;
      const trial = [...out];
      trial[r] = nb;
      if (heightOf(ext, s, trial) > room) continue;
      out[r] = nb;
      break;
    }
  }
  return out;
}

/** Range of the box scale searched (1 = the sizes of measure.ts). */
const S_MIN = 0.08;
const S_MAX = 2.5;

/**
 * Place a set in a panel of `width` × `height` px: the largest box scale whose wrapped rows fit,
 * then rows balanced to equal widths (same count of rows).
 */
export function arrangeVolumes(
  set: VolumeSet,
  width: number,
  height: number,
  options: { stageBreaks?: boolean } = {},
): VolumesLayout {
  const ext = set.volumes.map(extents);
  const limit = Math.max(1, width - 2 * PAD - 2 * MARGIN);
  const room = Math.max(1, height - 2 * PAD);
  const fits = (s: number) => heightOf(ext, s, breaks(ext, s, limit)) <= room;
  let s = S_MIN;
  if (ext.length && fits(S_MIN)) {
    let lo = S_MIN;
    let hi = S_MAX;
    if (fits(hi)) lo = hi;
    for (let i = 0; i < 30 && hi - lo > 1e-3; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    s = lo;
  }
  let starts = breaks(ext, s, limit);
  // Balance: the narrowest line width that keeps the same number of rows.
  const widest = Math.max(0, ...ext.map((e) => slotW(e, s)));
  let lo = widest;
  let hi = limit;
  for (let i = 0; i < 30 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (breaks(ext, s, mid).length <= starts.length) hi = mid;
    else lo = mid;
  }
  const balanced = breaks(ext, s, Math.max(hi, widest));
  // Balanced rows can group tall boxes differently; keep them only if they still fit.
  if (ext.length && heightOf(ext, s, balanced) <= room) starts = balanced;
  if (options.stageBreaks !== false)
    starts = nudgeToStages(set.volumes, ext, s, starts, limit, room);

  const volumes: Volume[] = [];
  const axes: number[] = [];
  const ends: number[] = [];
  let y = 0;
  let right = 0;
  rowsOf(
    set.volumes.map((v, i) => ({ v, e: ext[i] })),
    starts,
  ).forEach((row, r) => {
    const up = Math.max(...row.map(({ e }) => upOf(e, s)));
    const down = Math.max(...row.map(({ e }) => downOf(e, s)));
    const axis = y + up;
    axes.push(axis);
    let x = MARGIN;
    for (const { v, e } of row) {
      const width = slotW(e, s);
      const bx = x + (width - e.boxW * s) / 2;
      const streams = v.streams.map((c) => ({
        x: bx + c.x * s,
        y: axis + c.y * s,
        w: c.w * s,
        h: c.h * s,
        dx: c.dx * s,
        dy: c.dy * s,
      }));
      volumes.push({
        ...v,
        streams,
        row: r,
        x,
        width,
        cx: x + width / 2,
        labelY: axis - e.rise * s - LABEL_GAP,
        detailY: axis + e.drop * s + DETAIL_GAP + FONT.detail * 0.78,
      });
      x += width + GAP_X;
    }
    ends.push(x - GAP_X);
    right = Math.max(right, x - GAP_X);
    y = axis + down + GAP_ROW;
  });
  const total = Math.max(0, y - GAP_ROW);

  const links: VolumesLayout['links'] = [];
  for (let i = 1; i < volumes.length; i++) {
    const p = volumes[i - 1];
    const v = volumes[i];
    const ps = p.streams[0];
    const from = ps.x + ps.w + ps.dx + 2;
    const to = v.streams[0].x - 2;
    if (p.row === v.row) {
      links.push({
        points: [
          [from, axes[p.row]],
          [to, axes[p.row]],
        ],
      });
      continue;
    }
    // Wrap: out past the row's end, down into the gap between rows, back to the left margin,
    // down to the next row's axis and into its first box.
    const xr = ends[p.row] + MARGIN / 2;
    const channel = volumes.find((u) => u.row === v.row)!;
    const gapY = rowTop(channel) - GAP_ROW / 2;
    const xl = MARGIN / 2;
    links.push({
      points: [
        [from, axes[p.row]],
        [xr, axes[p.row]],
        [xr, gapY],
        [xl, gapY],
        [xl, axes[v.row]],
        [to, axes[v.row]],
      ],
    });
  }
  function rowTop(first: Volume): number {
    const inRow = volumes.filter((u) => u.row === first.row);
    return Math.min(...inRow.map((u) => u.labelY - FONT.label));
  }

  return {
    volumes,
    links,
    width: right + MARGIN,
    height: total,
    top: 0,
    rows: starts.length,
    scale: s,
    font: { ...FONT },
    set,
    panel: { width, height },
  };
}

/** The fit-to-screen transform: scale k ≤ 1 (labels stay at their set size) and centring. */
export function fitTransform(
  l: VolumesLayout,
  width: number,
  height: number,
): { k: number; x: number; y: number } {
  const k = Math.min(
    1,
    (width - 2 * PAD) / Math.max(l.width, 1),
    (height - 2 * PAD) / Math.max(l.height, 1),
  );
  return { k, x: (width - l.width * k) / 2, y: (height - l.height * k) / 2 - l.top * k };
}

/** Boxes (x0, y0, x1, y1) of the two text lines of a placed volume, from the width estimate. */
export function textBoxes(v: Volume): { label: Rect; detail: Rect } {
  const lw = textWidth(v.label, FONT.label, true) / 2;
  const dw = textWidth(v.detail, FONT.detail) / 2;
  return {
    label: {
      x0: v.cx - lw,
      y0: v.labelY - FONT.label * 0.78,
      x1: v.cx + lw,
      y1: v.labelY + FONT.label * 0.24,
    },
    detail: {
      x0: v.cx - dw,
      y0: v.detailY - FONT.detail * 0.78,
      x1: v.cx + dw,
      y1: v.detailY + FONT.detail * 0.24,
    },
  };
}

/** Bounding box of a placed volume's streams (front, top and right faces). */
export function boxRect(v: Volume): Rect {
  let r: Rect = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const c of v.streams)
    r = {
      x0: Math.min(r.x0, c.x),
      y0: Math.min(r.y0, c.y - c.dy),
      x1: Math.max(r.x1, c.x + c.w + c.dx),
      y1: Math.max(r.y1, c.y + c.h),
    };
  return r;
}
