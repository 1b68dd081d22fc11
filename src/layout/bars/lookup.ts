/** What the charts look up about an analysis whatever the width or conventions, and short names. */
import type { Analysis, ModuleResult } from '../../engine/analysis';

export interface Lookup {
  mods: Map<string, ModuleResult>;
  maxDepth: number;
  layerNames: string[];
  moduleNames: Map<string, string>;
}

// Analyses are immutable results: their lookups are computed once (ResNet-1202 has 4,211 leaves).
const lookups = new WeakMap<Analysis, Lookup>();

export function lookup(a: Analysis): Lookup {
  let l = lookups.get(a);
  if (!l) {
    const moduleNames = shortNames(a.modules.map((m) => m.path));
    l = {
      mods: new Map(a.modules.map((m) => [m.path, m])),
      maxDepth: a.modules.reduce((d, m) => Math.max(d, m.depth), 0),
      layerNames: shortNames(a.layers.map((x) => x.path)),
      moduleNames: new Map(a.modules.map((m, i) => [m.path, moduleNames[i]])),
    };
    lookups.set(a, l);
  }
  return l;
}

/**
 * Short, unique names for paths, for labels: the leaf's own name when no other path ends the same
 * way, else the last two segments, else the numbered segments (`layer3`, `block2`, `denselayer6`)
 * before the leaf name, so `layer3/block2/body/residual/conv2` reads `layer3/block2/conv2`; the
 * last three segments when even that repeats.
 */
export function shortNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split('/'));
  const schemes: ((seg: string[]) => string)[] = [
    (seg) => seg.slice(-1).join('/'),
    (seg) => seg.slice(-2).join('/'),
    (seg) => numbered(seg).slice(-2).join('/'),
    (seg) => numbered(seg).slice(-3).join('/'),
    (seg) => seg.slice(-3).join('/'),
  ];
  const out = parts.map((seg) => seg.join('/'));
  let pending = parts.map((_, i) => i);
  for (const scheme of schemes) {
    if (pending.length === 0) break;
    const names = parts.map(scheme);
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    pending = pending.filter((i) => {
      if (counts.get(names[i]) === 1) {
        out[i] = names[i];
        return false;
      }
      return true;
    });
  }
  for (const i of pending) out[i] = parts[i].slice(-3).join('/');
  return out;
}

/** The segments that carry a number, then the leaf name. */
function numbered(seg: string[]): string[] {
  return [...seg.slice(0, -1).filter((x) => /\d/.test(x)), seg[seg.length - 1]];
}

/** The ancestor of a leaf at module depth `depth` (or the leaf's own module when shallower). */
export function ancestorAt(
  mods: Map<string, ModuleResult>,
  parent: string,
  depth: number,
): ModuleResult {
  let m = mods.get(parent)!;
  while (m.depth > depth && m.parent !== null) m = mods.get(m.parent)!;
  return m;
}
