/**
 * Depth as the papers count it: the largest number of conv and fc layers on any path from the
 * input to the output. "AlexNet has 8 layers, VGG-16 16, GoogLeNet 22, ResNet-152 152" are all
 * this count (ResNet paper §3.3 and Table 1; GoogLeNet paper §5: "22 layers deep when counting
 * only layers with parameters").
 *
 * Rules, each general (per op or per module kind, never per network):
 * - A path is a chain of leaves, each reading the previous (`LayerResult.inputs`); conv and fc
 *   leaves count 1, every other op 0. A separable conv is its depthwise and its pointwise conv,
 *   so it counts 2.
 * - Training-only leaves (auxiliary classifiers) are not on the deployed network's paths.
 * - Shortcuts do not count: a leaf inside a module of kind `shortcut` — the branch of a residual
 *   addition that carries the input past the block (identity, option-A zero padding, or a
 *   projection conv) — counts 0. It is never the long way round, but a projection's 1×1 conv
 *   must not add a layer where a block's residual branch is as short as its shortcut.
 * - A `scale` op multiplies its first input (the feature map) by its second (a per-channel
 *   gate, as in SE blocks): the gate modulates the map, it is not a stage the data passes
 *   through, so depth follows the map only (Hu et al. name SE-ResNet-50 after its 50 layers).
 */
import type { LayerResult, ModuleResult } from './analysis';

const COUNTED = new Set(['conv', 'fc']);

/** Module paths whose kind is `shortcut`, or that sit inside one. */
function shortcutModules(modules: readonly ModuleResult[]): Set<string> {
  const inside = new Set<string>();
  // Modules come in pre-order, so a parent is seen before its children.
  for (const m of modules) {
    if (m.kind === 'shortcut' || (m.parent !== null && inside.has(m.parent))) inside.add(m.path);
  }
  return inside;
}

/**
 * For every leaf of the deployed network, the conv + fc layers on the longest path from the input
 * up to and including it (training-only leaves and leaves not reachable from the input are left
 * out). Layers must be in execution order (every leaf after the leaves it reads).
 */
export function leafDepths(
  layers: readonly LayerResult[],
  modules: readonly ModuleResult[],
): Map<string, number> {
  const shortcut = shortcutModules(modules);
  const best = new Map<string, number>();
  for (const l of layers) {
    if (l.trainingOnly) continue;
    const reads = l.op === 'scale' ? l.inputs.slice(0, 1) : l.inputs;
    let longest = l.op === 'input' ? 0 : -1;
    for (const p of reads) {
      const d = best.get(p);
      if (d !== undefined && d > longest) longest = d;
    }
    if (longest < 0) continue;
    const counts = COUNTED.has(l.op) && !shortcut.has(l.parent);
    best.set(l.path, longest + (counts ? 1 : 0));
  }
  return best;
}

/** The paper-style depth of an analyzed network: `leafDepths` at its output leaf. */
export function networkDepth(
  layers: readonly LayerResult[],
  modules: readonly ModuleResult[],
  output: string,
): number {
  return leafDepths(layers, modules).get(output) ?? 0;
}
