/**
 * What the comparison page draws per network, derived from one analysis: its stages (the units a
 * paper's table lists: stem, stage3, fc6 …) with their parameters, MACs and stored activation
 * values, and its cumulative parameters and MACs along depth. All figures are of the deployed
 * network (training-only heads left out) and of one image.
 */
import type { Analysis, LayerResult, ModuleResult } from '../../engine/analysis';
import { sumLayers } from '../../engine/analyze';
import { leafDepths } from '../../engine/depth';

export interface Stage {
  /** Module or first leaf path (`features/stage3`, `classifier/fc6`). */
  path: string;
  /** Short name: the last path segment. */
  label: string;
  params: number;
  macs: number;
  /** Values kept for one image under the in-place rule (`Totals.storedValues`). */
  stored: number;
}

/**
 * Modules that hold stages rather than being one: the network itself, `features`,
 * `classifier` and `head` wrappers. Their children become stages.
 */
const CONTAINERS = new Set(['network', 'features', 'classifier', 'head']);
const WEIGHTED = new Set(['conv', 'fc']);

function leafStage(l: LayerResult): Stage {
  const t = sumLayers([l], 0, 1, true);
  return { path: l.path, label: l.name, params: t.params, macs: t.macs, stored: t.storedValues };
}

function addInto(s: Stage, o: Stage): void {
  s.params += o.params;
  s.macs += o.macs;
  s.stored += o.stored;
}

/**
 * The stages of a network, in execution order. A container module is opened; any other module is
 * one stage; runs of loose leaves become one stage per conv/fc leaf, the leaves around it (ReLU,
 * pool, dropout) joining it — those before a run's first conv/fc join that one, and a run with
 * none joins the stage before it.
 */
export function stagesOf(a: Analysis): Stage[] {
  const modules = new Map<string, ModuleResult>(a.modules.map((m) => [m.path, m]));
  const leaves = new Map<string, LayerResult>(a.layers.map((l) => [l.path, l]));
  const out: Stage[] = [];

  function flush(run: LayerResult[]): void {
    if (run.length === 0) return;
    const groups: Stage[] = [];
    let pending: Stage | null = null;
    for (const l of run) {
      const s = leafStage(l);
      if (WEIGHTED.has(l.op)) {
        if (pending) addInto(s, pending);
        pending = null;
        groups.push(s);
      } else if (groups.length > 0) addInto(groups[groups.length - 1], s);
      else if (pending) addInto(pending, s);
      else pending = s;
    }
    if (pending) {
      if (groups.length > 0) addInto(groups[0], pending);
      else if (out.length > 0) addInto(out[out.length - 1], pending);
      else groups.push(pending);
    }
    out.push(...groups);
  }

  function walk(m: ModuleResult): void {
    let run: LayerResult[] = [];
    for (const c of m.children) {
      const child = modules.get(c);
      if (!child) {
        const l = leaves.get(c)!;
        if (l.op !== 'input' && !l.trainingOnly) run.push(l);
        continue;
      }
      if (child.trainingOnly || child.end <= child.start) continue;
      flush(run);
      run = [];
      if (CONTAINERS.has(child.kind) && child.children.length > 1) walk(child);
      else {
        const t = sumLayers(a.layers, child.start, child.end, true);
        out.push({
          path: child.path,
          label: child.name,
          params: t.params,
          macs: t.macs,
          stored: t.storedValues,
        });
      }
    }
    flush(run);
  }
  walk(a.modules[0]);
  return out;
}

export interface DepthCurve {
  /** params[d], macs[d]: totals of the conv/fc layers (and their BN) at depth ≤ d, d = 0 … depth. */
  params: number[];
  macs: number[];
}

/**
 * Cumulative parameters and MACs along depth: each leaf counts at its own depth (the conv + fc
 * layers on the longest path up to it, src/engine/depth.ts), so parallel branches of one
 * Inception module land at the same depth. The last entry equals the deployed totals.
 */
export function cumulativeByDepth(a: Analysis): DepthCurve {
  const depths = leafDepths(a.layers, a.modules);
  const n = a.depth + 1;
  const params = new Array<number>(n).fill(0);
  const macs = new Array<number>(n).fill(0);
  for (const l of a.layers) {
    const d = depths.get(l.path);
    // Leaves past the output (none in the catalog) are clamped to the network's depth.
    if (d === undefined) continue;
    const i = Math.min(d, n - 1);
    params[i] += l.params;
    macs[i] += l.macs;
  }
  for (let i = 1; i < n; i++) {
    params[i] += params[i - 1];
    macs[i] += macs[i - 1];
  }
  return { params, macs };
}
