/**
 * "Stacked volumes" geometry, the style of the AlexNet and VGG papers' figures: a left-to-right
 * row of 3-D boxes, one per output volume on the main path, drawn in oblique projection.
 *
 * Axes of a box for an output C×H×W: its front face is `thickness(C)` wide (along the page) and
 * `side(H)` tall; its depth `side(W)` recedes up and to the right at 45° (the oblique offset is
 * half the depth on each axis). Scales (px at zoom 1), chosen so both a 64×224×224 conv output
 * and a 1×1 map read on one row:
 *   side(n)      = clamp(11·√n, 8, 200)         (224 → 165 px, 56 → 82, 7 → 29, 1 → 11)
 *   thickness(C) = clamp(4 + 6·log2 C, 6, 90)    (3 → 13.5, 64 → 40, 512 → 58, 4096 → 76)
 * A flat vector [N] (fc output) is a thin column whose height is `column(N)` = clamp(12·log2 N, 12, 200)
 * (4096 → 144 px, 1000 → 120) and whose thickness and depth are 8 px.
 *
 * What the row holds: the input; conv, pool, fc and merge leaves on the main path; sequential
 * modules opened into their parts while the row stays within `budget` boxes; branched modules
 * (Inception, residual, dense, fire, cells) collapsed to their output volume. A grouped conv with
 * 2–4 groups (AlexNet's towers) is drawn as that many streams stacked one above the other, each
 * with C/groups channels; pools and LRNs right after it keep its streams.
 */
import type { Analysis, LayerResult, ModuleResult, Shape } from '../engine/analysis';
import { opFamily, type OpFamily } from './graph';

export const side = (n: number): number => Math.min(200, Math.max(8, 11 * Math.sqrt(n)));
export const thickness = (c: number): number =>
  Math.min(90, Math.max(6, 4 + 6 * Math.log2(Math.max(c, 1))));
export const column = (n: number): number =>
  Math.min(200, Math.max(12, 12 * Math.log2(Math.max(n, 1))));

/** One drawn box (a stream): front face at (x, y) sized w × h, receding by (dx, −dy). */
export interface Cuboid {
  x: number;
  y: number;
  w: number;
  h: number;
  dx: number;
  dy: number;
}

export interface Volume {
  /** Leaf or module path (the selection key). */
  id: string;
  kind: 'leaf' | 'module';
  family: OpFamily;
  /** Name above the box: `conv3`, `inception4a`. */
  label: string;
  /** Shape below the box: `256×13×13`, or `2 × 128×27×27` for two towers. */
  detail: string;
  shape: Shape;
  /** One cuboid per stream (AlexNet's towers), top to bottom. */
  streams: Cuboid[];
  /** Horizontal extent of the slot (box plus label room). */
  x: number;
  width: number;
  /** Baselines of the two text lines. */
  labelY: number;
  detailY: number;
}

export interface VolumesLayout {
  volumes: Volume[];
  /** Arrows from one volume to the next: [x1, y, x2]. */
  links: { x1: number; x2: number; y: number }[];
  width: number;
  height: number;
  /** Top edge of the drawing (negative: boxes rise above the axis y = 0). */
  top: number;
}

export interface VolumesOptions {
  budget?: number;
  gap?: number;
  charWidth?: number;
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

/** True when every child strictly between j and k is an empty module (passes its input through). */
function skipsOnlyEmpty(m: ModuleResult, modules: Map<string, ModuleResult>, j: number, k: number) {
  if (j > k) return false;
  for (let x = j + 1; x < k; x++) {
    const cm = modules.get(m.children[x]);
    if (!cm || cm.end > cm.start) return false;
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

/** The main-path items: leaves and collapsed modules, in execution order. */
export function volumeItems(a: Analysis, budget = 40): Item[] {
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
  let items = children(a.modules[0]);
  // Open sequential modules level by level while the row fits the budget.
  for (;;) {
    let grew = false;
    const next: Item[] = [];
    let count = items.length;
    for (const it of items) {
      if ('module' in it && !isSequence(a, it.module, modules, leafIndex)) {
        next.push(it);
        continue;
      }
      if ('module' in it) {
        const inner = children(it.module);
        if (count - 1 + inner.length <= budget) {
          next.push(...inner);
          count += inner.length - 1;
          grew = true;
          continue;
        }
      }
      next.push(it);
    }
    items = next;
    if (!grew) break;
  }
  return items;
}

export function layoutVolumes(a: Analysis, options: VolumesOptions = {}): VolumesLayout {
  const gap = options.gap ?? 28;
  const cw = options.charWidth ?? 6.4;
  const items = volumeItems(a, options.budget ?? 40);
  const volumes: Volume[] = [];
  let x = 0;
  let top = 0;
  let bottom = 0;
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
    // A module is named by its last two path segments (`layer2/block1`), a trailing `body` dropped.
    const segs = id.split('/');
    if (!isLeaf && segs.length > 1 && segs[segs.length - 1] === 'body') segs.pop();
    const label = isLeaf ? it.leaf.name : segs.slice(-2).join('/');
    const boxW = streams[0].w + streams[0].dx;
    const textW = Math.max(label.length, detail.length) * cw;
    const width = Math.max(boxW, textW);
    const offset = (width - boxW) / 2;
    let sTop = Infinity;
    let sBottom = -Infinity;
    for (const s of streams) {
      s.x = x + offset;
      sTop = Math.min(sTop, s.y - s.dy);
      sBottom = Math.max(sBottom, s.y + s.h);
    }
    const labelY = sTop - 8;
    const detailY = sBottom + 16;
    top = Math.min(top, labelY - 12);
    bottom = Math.max(bottom, detailY + 4);
    volumes.push({
      id,
      kind: isLeaf ? 'leaf' : 'module',
      family: isLeaf ? opFamily(op) : 'module',
      label,
      detail,
      shape,
      streams,
      x,
      width,
      labelY,
      detailY,
    });
    x += width + gap;
  }
  const links = volumes.slice(1).map((v, i) => {
    const p = volumes[i];
    const ps = p.streams[0];
    return { x1: ps.x + ps.w + ps.dx + 3, x2: v.streams[0].x - 3, y: 0 };
  });
  return { volumes, links, width: Math.max(0, x - gap), height: bottom - top, top };
}
