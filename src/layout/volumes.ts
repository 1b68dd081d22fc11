/**
 * "Stacked volumes" geometry, the style of the AlexNet and VGG papers' figures: 3-D boxes, one per
 * output volume on the main path, drawn in oblique projection and read like a paragraph: left to
 * right, then on to the next row, with the flow line wrapping from the end of one row to the start
 * of the next.
 *
 * Two phases. `layoutVolumes(a)` decides WHAT is drawn (independent of the panel, so the count of
 * drawn volumes is a property of the network): the input; conv, pool, fc and merge leaves on the
 * main path; sequential modules opened into their parts while the drawing stays within `budget`
 * volumes (all modules of one kind and depth at once, the cheapest kind first); branched modules (Inception, residual, dense, fire, cells) and any
 * sequence too long for the budget (ResNet-1202's 200-block stages) drawn as their output volume.
 * `arrangeVolumes(set, w, h)` decides WHERE, for a panel of w × h px: it wraps the sequence into
 * rows and picks the box scale `s` that makes the boxes as large as the panel allows while every
 * label keeps its fixed on-screen size (FONT px at the fitted zoom of 1).
 *
 * Axes of a box for an output C×H×W at s = 1: its front face is `thickness(C)` wide (along the
 * page) and `side(H)` tall; its depth `side(W)` recedes up and to the right at 45° (the oblique
 * offset is half the depth on each axis). Scales, chosen so both a 64×224×224 conv output and a
 * 1×1 map read in one figure:
 *   side(n)      = clamp(11·√n, 8, 200)         (224 → 165 px, 56 → 82, 7 → 29, 1 → 11)
 *   thickness(C) = clamp(4 + 6·log2 C, 6, 90)    (3 → 13.5, 64 → 40, 512 → 58, 4096 → 76)
 * A flat vector [N] (fc output) is a thin column whose height is `column(N)` = clamp(12·log2 N, 12, 200)
 * (4096 → 144 px, 1000 → 120) and whose thickness and depth are 8 px.
 * A grouped conv with 2–4 groups (AlexNet's towers) is drawn as that many streams stacked one above
 * the other, each with C/groups channels; pools and LRNs right after it keep its streams.
 */
import type { Analysis, LayerResult, ModuleResult, Shape } from '../engine/analysis';
import { opFamily, type OpFamily } from './op-family';

export const side = (n: number): number => Math.min(200, Math.max(8, 11 * Math.sqrt(n)));
export const thickness = (c: number): number =>
  Math.min(90, Math.max(6, 4 + 6 * Math.log2(Math.max(c, 1))));
export const column = (n: number): number =>
  Math.min(200, Math.max(12, 12 * Math.log2(Math.max(n, 1))));

/** On-screen font sizes (px at the fitted zoom): the name above a box, the shape below it. */
export const FONT = { label: 12, detail: 11 } as const;

/**
 * Advance widths in em of a wide sans (DejaVu Sans, Debian's default UI font; narrower fonts such
 * as San Francisco or Segoe fit inside): digits 0.636, × 0.838, lowercase about 0.6.
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
    else if (ch >= '0' && ch <= '9') em += 0.636;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else em += 0.62;
  }
  return em * px * (bold ? 1.2 : 1.04);
}

/** One drawn box (a stream): front face at (x, y) sized w × h, receding by (dx, −dy). */
export interface Cuboid {
  x: number;
  y: number;
  w: number;
  h: number;
  dx: number;
  dy: number;
}

/** What one volume is, before it is placed: streams at scale 1 around the axis y = 0, x = 0. */
export interface VolumeDraft {
  /** Leaf or module path (the selection key). */
  id: string;
  kind: 'leaf' | 'module';
  family: OpFamily;
  /** Name above the box: `conv3`, `inception4a`, `transition1/conv`. */
  label: string;
  /** Shape below the box: `256×13×13`, or `2 × 128×27×27` for two towers. */
  detail: string;
  /** Hover text: full path, op or module kind, shape. */
  title: string;
  shape: Shape;
  /** One cuboid per stream (AlexNet's towers), top to bottom. */
  streams: Cuboid[];
}

export interface VolumeSummary {
  /** Volumes drawn. */
  volumes: number;
  /** Layers of the network on the inference path, the input not counted. */
  layers: number;
  /** Branched modules (residual, Inception, dense, fire, cells) drawn as their output volume. */
  modules: number;
  /** Their kinds (`bottleneck`, `inception`, `normal-cell` …), in order of first appearance. */
  kinds: string[];
  /** Sequences too long for the budget, drawn as one volume: name and number of parts. */
  closed: { label: string; parts: number }[];
}

export interface VolumeSet {
  volumes: VolumeDraft[];
  summary: VolumeSummary;
}

/** A placed volume: its streams scaled and moved into the panel's coordinates. */
export interface Volume extends VolumeDraft {
  /** Row of the paragraph, 0 at the top. */
  row: number;
  /** Horizontal extent of the slot (box plus label room). */
  x: number;
  width: number;
  /** Centre line of the text and baselines of the two lines. */
  cx: number;
  labelY: number;
  detailY: number;
}

export interface VolumesLayout {
  volumes: Volume[];
  /** Flow lines as polylines, each ending in an arrowhead at its last point. */
  links: { points: [number, number][] }[];
  width: number;
  height: number;
  /** Top edge of the drawing. */
  top: number;
  rows: number;
  /** Box scale chosen for the panel (1 = the scales above). */
  scale: number;
  font: { label: number; detail: number };
  /** The set this layout places, and the panel it was made for. */
  set: VolumeSet;
  panel: { width: number; height: number };
}

export interface VolumesOptions {
  budget?: number;
}

const KEEP = new Set(['input', 'conv', 'pool', 'fc', 'concat', 'add', 'mean']);
const STREAM_GAP = 6;

/**
 * True when a module's children form one chain: every leaf reads only inside its own child, from
 * the child just before it, or (first child only) from outside the module. A ResNet stage of
 * blocks or a DenseNet `features` of dense blocks and transitions is a sequence; a residual or
 * Inception module is not.
 */
function isSequence(
  a: Analysis,
  m: ModuleResult,
  modules: Map<string, ModuleResult>,
  leafIndex: Map<string, number>,
): boolean {
  const childOf = new Map<number, number>();
  m.children.forEach((c, k) => {
    const cm = modules.get(c);
    if (cm) for (let i = cm.start; i < cm.end; i++) childOf.set(i, k);
    else {
      const li = leafIndex.get(c);
      if (li !== undefined) childOf.set(li, k);
    }
  });
  for (let i = m.start; i < m.end; i++) {
    const k = childOf.get(i)!;
    if (a.layers[i].trainingOnly) continue;
    for (const p of a.layers[i].inputs) {
      const pi = leafIndex.get(p)!;
      const j = pi >= m.start && pi < m.end ? childOf.get(pi)! : -1;
      if (j === k) continue;
      if (
        j === -1
          ? k !== firstChild(a, m, modules, leafIndex)
          : j !== k - 1 && !skipsOnlyEmpty(m, modules, j, k)
      )
        return false;
    }
  }
  return true;
}

/** Index of the first child that holds leaves. */
function firstChild(
  a: Analysis,
  m: ModuleResult,
  modules: Map<string, ModuleResult>,
  leafIndex: Map<string, number>,
): number {
  for (let k = 0; k < m.children.length; k++) {
    const cm = modules.get(m.children[k]);
    if (cm ? cm.end > cm.start : leafIndex.has(m.children[k])) return k;
  }
  return 0;
}

/**
 * True when every child strictly between j and k is an empty module (passes its input through)
 * or a training-only side head (GoogLeNet's auxiliary classifiers between 4a and 4b).
 */
function skipsOnlyEmpty(m: ModuleResult, modules: Map<string, ModuleResult>, j: number, k: number) {
  if (j > k) return false;
  for (let x = j + 1; x < k; x++) {
    const cm = modules.get(m.children[x]);
    if (!cm || (cm.end > cm.start && !cm.trainingOnly)) return false;
  }
  return true;
}

type Item = { leaf: LayerResult } | { module: ModuleResult };

function groupsOf(l: LayerResult): number {
  if (l.op !== 'conv') return 1;
  const m = /groups (\d+)/.exec(l.label);
  const g = m ? Number(m[1]) : 1;
  return g >= 2 && g <= 4 ? g : 1;
}

/**
 * The main-path items: leaves and modules, in execution order. Sequential modules open into
 * their parts round by round while the count stays within the budget; the sequences left closed
 * are returned too (the caption names them).
 */
export function volumeItems(a: Analysis, budget = 40): { items: Item[]; closed: ModuleResult[] } {
  const modules = new Map(a.modules.map((m) => [m.path, m]));
  const leaves = new Map(a.layers.map((l) => [l.path, l]));
  const leafIndex = new Map(a.layers.map((l, i) => [l.path, i]));
  const children = (m: ModuleResult): Item[] => {
    const out: Item[] = [];
    for (const c of m.children) {
      const cm = modules.get(c);
      if (cm) {
        if (cm.end > cm.start && !cm.trainingOnly) out.push({ module: cm });
      } else {
        const l = leaves.get(c)!;
        if (!l.trainingOnly && KEEP.has(l.op)) out.push({ leaf: l });
      }
    }
    return out;
  };
  const sequence = new Map<string, boolean>();
  const isSeq = (m: ModuleResult) => {
    let s = sequence.get(m.path);
    if (s === undefined) sequence.set(m.path, (s = isSequence(a, m, modules, leafIndex)));
    return s;
  };
  let items = children(a.modules[0]);
  // Modules of one kind at one depth (all of ResNet's stages, all dense blocks) open together,
  // so the drawing has one granularity per level; the class adding fewest volumes goes first.
  for (;;) {
    const classes = new Map<string, { paths: string[]; inner: Item[][]; added: number }>();
    for (const it of items) {
      if (!('module' in it) || !isSeq(it.module)) continue;
      const key = `${it.module.kind}@${it.module.depth}`;
      const c = classes.get(key) ?? { paths: [], inner: [], added: 0 };
      const inner = children(it.module);
      c.paths.push(it.module.path);
      c.inner.push(inner);
      c.added += inner.length - 1;
      classes.set(key, c);
    }
    const open = new Map<string, Item[]>();
    let count = items.length;
    for (const c of [...classes.values()].sort((p, q) => p.added - q.added)) {
      if (count + c.added > budget) break;
      c.paths.forEach((p, k) => open.set(p, c.inner[k]));
      count += c.added;
    }
    if (open.size === 0) break;
    items = items.flatMap((it) => ('module' in it && open.get(it.module.path)) || [it]);
  }
  const closed = items
    .filter((it): it is { module: ModuleResult } => 'module' in it && isSeq(it.module))
    .map((it) => it.module)
    .filter((m) => children(m).length > 1);
  return { items, closed };
}

/** A module's name: its last path segment, with the parent's when short (`layer2/block1`). */
function moduleLabel(path: string): string {
  const segs = path.split('/');
  if (segs.length > 1 && segs[segs.length - 1] === 'body') segs.pop();
  const two = segs.slice(-2).join('/');
  return two.length <= 14 ? two : segs[segs.length - 1];
}

/** Decide what is drawn: one draft per volume, in execution order. */
export function layoutVolumes(a: Analysis, options: VolumesOptions = {}): VolumeSet {
  const { items, closed } = volumeItems(a, options.budget ?? 40);
  const volumes: VolumeDraft[] = [];
  let towers = 1;
  for (const it of items) {
    const isLeaf = 'leaf' in it;
    const id = isLeaf ? it.leaf.path : it.module.path;
    const shape = isLeaf ? it.leaf.out : it.module.out;
    const op = isLeaf ? it.leaf.op : 'module';
    if (isLeaf) {
      const g = groupsOf(it.leaf);
      if (op === 'conv' || op === 'fc' || op === 'input' || op === 'concat' || op === 'add')
        towers = g;
      else if (op !== 'pool') towers = 1;
    } else towers = 1;
    const streams: Cuboid[] = [];
    let detail: string;
    if (shape.length === 3) {
      const [c, hh, ww] = shape;
      const per = c / towers;
      const w = thickness(per);
      const h = side(hh);
      const d = side(ww) / 2;
      const total = towers * h + (towers - 1) * (d + STREAM_GAP);
      let y = -total / 2;
      for (let k = 0; k < towers; k++) {
        streams.push({ x: 0, y, w, h, dx: d, dy: d });
        y += h + d + STREAM_GAP;
      }
      detail = towers > 1 ? `${towers} × ${per}×${hh}×${ww}` : shape.join('×');
    } else {
      const h = column(shape[0] ?? 1);
      streams.push({ x: 0, y: -h / 2, w: 8, h, dx: 4, dy: 4 });
      detail = shape.join('×');
    }
    const kind = isLeaf ? it.leaf.op : it.module.kind;
    volumes.push({
      id,
      kind: isLeaf ? 'leaf' : 'module',
      family: isLeaf ? opFamily(op) : 'module',
      label: isLeaf ? it.leaf.name : moduleLabel(id),
      detail,
      title: `${id} · ${kind} · ${detail}`,
      shape,
      streams,
    });
  }
  // A leaf name seen twice (DenseNet's transition `conv`, SqueezeNet's `squeeze`) takes its
  // parent's name in front.
  const seen = new Map<string, number>();
  for (const v of volumes) seen.set(v.label, (seen.get(v.label) ?? 0) + 1);
  for (const v of volumes) {
    if (seen.get(v.label)! < 2) continue;
    const segs = v.id.split('/');
    if (segs.length > 1) v.label = `${segs[segs.length - 2]}/${segs[segs.length - 1]}`;
  }
  const byPath = new Map(a.modules.map((m) => [m.path, m]));
  const kids = (m: ModuleResult) =>
    m.children.filter((c) => {
      const cm = byPath.get(c);
      return cm !== undefined && cm.end > cm.start;
    }).length;
  const closedPaths = new Set(closed.map((m) => m.path));
  const branched = items
    .filter((it): it is { module: ModuleResult } => 'module' in it)
    .map((it) => it.module)
    .filter((m) => !closedPaths.has(m.path));
  return {
    volumes,
    summary: {
      volumes: volumes.length,
      layers: a.layers.filter((l) => !l.trainingOnly && l.op !== 'input').length,
      modules: branched.length,
      kinds: [...new Set(branched.map((m) => m.kind))],
      closed: closed.map((m) => ({ label: moduleLabel(m.path), parts: kids(m) })),
    },
  };
}

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

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
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
