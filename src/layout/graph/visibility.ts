/**
 * Collapse policy: which modules are open, which nodes are visible, and the default collapse
 * level.
 *
 * - A module is *open* when it and all its ancestors are expanded (the root is always open).
 * - A *visible node* is a leaf whose parent is open, or a non-empty module that is not expanded
 *   but whose parent is open (a *collapsed* module, standing for all its leaves).
 */
import type { Analysis, ModuleResult } from '../../engine/analysis';

/** The visible-node budget of the default collapse level (a screenful of readable boxes). */
export const DEFAULT_NODE_BUDGET = 150;

/** Lookups over an analysis, built once per analysis. */
export interface Index {
  a: Analysis;
  modules: Map<string, ModuleResult>;
  leafIndex: Map<string, number>;
}

const indexCache = new WeakMap<Analysis, Index>();

export function indexOf(a: Analysis): Index {
  let ix = indexCache.get(a);
  if (!ix) {
    ix = {
      a,
      modules: new Map(a.modules.map((m) => [m.path, m])),
      leafIndex: new Map(a.layers.map((l, i) => [l.path, i])),
    };
    indexCache.set(a, ix);
  }
  return ix;
}

/** Which modules are open, and which visible node stands for each leaf. */
export interface Visibility {
  open: Set<string>;
  /** rep[i]: the visible node (leaf path or collapsed module path) standing for layers[i]. */
  rep: string[];
  /** Visible node paths in execution order. */
  nodes: string[];
  collapsed: Set<string>;
}

export function visibility(a: Analysis, expanded: ReadonlySet<string>): Visibility {
  const open = new Set<string>(['']);
  const collapsed = new Set<string>();
  const rep = a.layers.map((l) => l.path);
  for (const m of a.modules) {
    if (m.parent === null) continue;
    if (!open.has(m.parent) || m.end <= m.start) continue;
    if (expanded.has(m.path)) {
      open.add(m.path);
    } else {
      collapsed.add(m.path);
      for (let i = m.start; i < m.end; i++) rep[i] = m.path;
    }
  }
  const nodes: string[] = [];
  for (const r of rep) if (nodes[nodes.length - 1] !== r) nodes.push(r);
  return { open, rep, nodes, collapsed };
}

/**
 * Paths of the nodes drawn at this collapse level, in execution order: leaves whose modules are
 * all expanded, and collapsed modules (each standing for all its leaves). Empty modules (identity
 * shortcuts) have no leaves and are never drawn; their edge joins producer and consumer directly.
 */
export function visibleNodes(a: Analysis, expanded: ReadonlySet<string>): string[] {
  return visibility(a, expanded).nodes;
}

/** Every non-empty module path except the root: "expand all". */
export function allModules(a: Analysis): Set<string> {
  return new Set(a.modules.filter((m) => m.parent !== null && m.end > m.start).map((m) => m.path));
}

/** Number of drawn children of a module when it is expanded (leaves and non-empty modules). */
function drawnChildren(ix: Index, m: ModuleResult): number {
  let n = 0;
  for (const c of m.children) {
    const cm = ix.modules.get(c);
    if (!cm || cm.end > cm.start) n++;
  }
  return n;
}

/**
 * The default collapse level: expand whole nesting levels, shallowest first, while the visible
 * node count stays within `budget`. Small networks end up fully expanded; deep ones (ResNet-152's
 * stages of blocks, ResNet-1202's 200-block stages) stop at the level whose expansion would
 * overflow, so repeats and stages stay collapsed.
 */
export function defaultExpanded(a: Analysis, budget = DEFAULT_NODE_BUDGET): Set<string> {
  const ix = indexOf(a);
  const expanded = new Set<string>();
  const root = a.modules[0];
  let count = drawnChildren(ix, root);
  let frontier = root.children
    .map((c) => ix.modules.get(c))
    .filter((m): m is ModuleResult => !!m && m.end > m.start);
  while (frontier.length > 0) {
    let gain = 0;
    for (const m of frontier) gain += drawnChildren(ix, m) - 1;
    if (count + gain > budget) break;
    count += gain;
    const next: ModuleResult[] = [];
    for (const m of frontier) {
      expanded.add(m.path);
      for (const c of m.children) {
        const cm = ix.modules.get(c);
        if (cm && cm.end > cm.start) next.push(cm);
      }
    }
    frontier = next;
  }
  // The level that did not fit: expand its modules one by one, in execution order, while they fit.
  for (const m of frontier) {
    const gain = drawnChildren(ix, m) - 1;
    if (count + gain > budget) continue;
    count += gain;
    expanded.add(m.path);
  }
  return expanded;
}
