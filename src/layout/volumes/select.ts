/**
 * What the stacked-volumes figure draws, independent of the panel (so the count of drawn volumes
 * is a property of the network): the input; conv, pool, fc and merge leaves on the main path;
 * sequential modules opened into their parts while the drawing stays within `budget` volumes (all
 * modules of one kind and depth at once, the cheapest kind first); branched modules (Inception,
 * residual, dense, fire, cells) and any sequence too long for the budget (ResNet-1202's 200-block
 * stages) drawn as their output volume. A grouped conv with 2–4 groups (AlexNet's towers) is drawn
 * as that many streams stacked one above the other, each with C/groups channels; pools and LRNs
 * right after it keep its streams.
 */
import type { Analysis, LayerResult, ModuleResult } from '../../engine/analysis';
import { opFamily } from '../op-family';
import { column, side, thickness } from './measure';
import type { Cuboid, VolumeDraft, VolumeSet } from './types';

export interface VolumesOptions {
  /** Most volumes drawn before sequences stay closed. */
  budget?: number;
}

/** Default volume budget: a figure that still reads at projector sizes. */
export const VOLUME_BUDGET = 40;
/** Leaf ops drawn as a volume (the rest are in place or have no output volume of their own). */
const KEEP = new Set(['input', 'conv', 'pool', 'fc', 'concat', 'add', 'mean']);
/** Vertical gap in px (s = 1) between the streams of a grouped conv. */
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
export function volumeItems(
  a: Analysis,
  budget = VOLUME_BUDGET,
): { items: Item[]; closed: ModuleResult[] } {
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
  const { items, closed } = volumeItems(a, options.budget ?? VOLUME_BUDGET);
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
