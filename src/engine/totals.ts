/**
 * Totals over leaves: sums of the per-layer counts, with the rules of what counts where (the
 * input and views add no activations; in-place ops add no stored values).
 */
import type { LayerResult, Totals } from './analysis';
import { SpecError } from './errors';
import { MAX_EXACT } from './limits';

export function emptyTotals(): Totals {
  return {
    params: 0,
    buffers: 0,
    macs: 0,
    elementwise: 0,
    activations: 0,
    storedValues: 0,
    layers: 0,
    convs: 0,
    fcs: 0,
  };
}

export function addLayer(t: Totals, l: LayerResult): void {
  t.params += l.params;
  t.buffers += l.buffers;
  t.macs += l.macs;
  t.elementwise += l.elementwise;
  if (l.op !== 'input' && !l.view) t.activations += l.activations;
  if (!l.inPlace) t.storedValues += l.activations;
  if (l.op !== 'input') t.layers += 1;
  if (l.op === 'conv') t.convs += 1;
  if (l.op === 'fc') t.fcs += 1;
}

/** Sum the leaves layers[start..end); with `inference`, training-only leaves are left out. */
export function sumLayers(
  layers: readonly LayerResult[],
  start = 0,
  end = layers.length,
  inference = false,
): Totals {
  const t = emptyTotals();
  for (let i = start; i < end; i++) {
    const l = layers[i];
    if (inference && l.trainingOnly) continue;
    addLayer(t, l);
  }
  return t;
}

/**
 * Every total must be exact too: past 2^53 − 1 the network is refused at the layer where the
 * running total crosses it. (Sums of exact integers below that bound are exact.)
 */
export function checkTotals(layers: readonly LayerResult[], t: Totals): void {
  const keys = ['params', 'buffers', 'macs', 'elementwise', 'activations', 'storedValues'] as const;
  for (const key of keys) {
    if (t[key] <= MAX_EXACT) continue;
    const running = emptyTotals();
    for (const l of layers) {
      addLayer(running, l);
      if (running[key] > MAX_EXACT)
        throw new SpecError(l.path, 'too-large', {
          code: 'total-too-large',
          what: key,
          max: MAX_EXACT,
        });
    }
  }
}
