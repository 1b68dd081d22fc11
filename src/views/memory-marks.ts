/**
 * The layers that keep the most for backward, shared by the memory panel, the diagram and the
 * charts: computed once per analysis, marked in the diagram and charts when the memory panel's
 * "highlight" choice is on.
 */
import { useMemo } from 'react';
import type { Analysis } from '../engine/analysis';
import { keptForBackward, type KeptForBackward, type LayerKept } from '../engine/memory/kept';
import type { ModelSpec } from '../engine/types';
import type { ModelDerivation } from '../store/derived';
import { useAppStore } from '../store/index';
import './memory-marks.css';

const cache = new WeakMap<Analysis, KeptForBackward>();

/** What backward keeps for this analysis of `spec` (training-only heads included), cached. */
export function keptOf(a: Analysis, spec: ModelSpec): KeptForBackward {
  let k = cache.get(a);
  if (!k) {
    k = keptForBackward(a, spec);
    cache.set(a, k);
  }
  return k;
}

/** How many layers the "keep the most" list shows and the diagram marks. */
export const DOMINANT_COUNT = 5;

/** The layers that add the most to what backward keeps, largest first. */
export function dominantLayers(kept: KeptForBackward, n = DOMINANT_COUNT): LayerKept[] {
  return kept.layers
    .filter((l) => l.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, n);
}

const NONE: readonly string[] = [];

/** Paths to mark in the diagram and charts: the dominant layers when the choice is on. */
export function useMemoryMarks(d: ModelDerivation): readonly string[] {
  const on = useAppStore((s) => s.memoryMarks);
  const { analysis, spec } = d;
  return useMemo(
    () =>
      on && analysis && spec ? dominantLayers(keptOf(analysis, spec)).map((l) => l.path) : NONE,
    [on, analysis, spec],
  );
}
