/**
 * The comparison's networks, derived from the store's choices: each item built and analyzed at
 * the shared input (cached by the model derivation), with its display name and stages.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Analysis } from '../../engine/analysis';
import { stagesOf, type Stage } from '../../layout/compare/stages';
import { deriveModel, type ModelDerivation } from '../../store/derived';
import { useAppStore } from '../../store/index';
import type { CompareItem } from '../../store/url';

export interface Compared {
  /** Unique within the comparison: the item's URL text (`resnet;depth=101`). */
  key: string;
  item: CompareItem;
  name: string;
  d: ModelDerivation;
  analysis?: Analysis;
  stages: Stage[];
}

/** `resnet;depth=101` — also the key of an item. */
export function itemText(it: CompareItem): string {
  return [it.id, ...Object.entries(it.knobs).map(([k, v]) => `${k}=${v}`)].join(';');
}

/** Display name: the preset's name, or the family's with its knob overrides. */
export function itemName(it: CompareItem, d: ModelDerivation): string {
  const info = d.info ?? d.preset?.info;
  if (info && Object.keys(it.knobs).length === 0) return info.name;
  const base = d.family?.name ?? it.id;
  const knobs = Object.entries(it.knobs).map(([k, v]) => `${k}=${v}`);
  return knobs.length ? `${info?.name ?? base} (${knobs.join(', ')})` : (info?.name ?? base);
}

/** `#/model/<id>?knob=v` for an item. */
export function modelHref(it: CompareItem): string {
  const q = Object.entries(it.knobs)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `#/model/${encodeURIComponent(it.id)}${q ? `?${q}` : ''}`;
}

export function deriveCompared(
  items: readonly CompareItem[],
  input: readonly number[] | null,
): Compared[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const d = deriveModel(item.id, item.knobs, input);
    const text = itemText(item);
    const n = seen.get(text) ?? 0;
    seen.set(text, n + 1);
    return {
      key: n ? `${text}#${n + 1}` : text,
      item,
      name: itemName(item, d),
      d,
      analysis: d.analysis,
      stages: d.analysis ? stagesOf(d.analysis) : [],
    };
  });
}

/** The compared networks for the current store state (memoized on items and input). */
export function useCompared(): Compared[] {
  const { items, input } = useAppStore(useShallow((s) => ({ items: s.compare, input: s.input })));
  return useMemo(() => deriveCompared(items, input), [items, input]);
}
