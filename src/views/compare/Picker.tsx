/**
 * The comparison's picker: the networks in order, each with move-left, move-right and remove
 * buttons, and a select to add one more (presets of the catalog). Everything is a button or a
 * select, so it all works from the keyboard.
 */
import { useState } from 'react';
import { listIds, presets } from '../../catalog/index';
import { compare as t } from '../../i18n';
import { useAppStore } from '../../store/index';
import { COMPARE_LIMITS, type CompareItem } from '../../store/url';
import { modelHref, type Compared } from './derive';

/** Every preset, for the add select and the "compare with…" control. */
export function presetOptions(): { id: string; name: string }[] {
  return listIds().map((id) => ({ id, name: presets.get(id)!.info.name }));
}

export function Picker({ compared }: { compared: readonly Compared[] }) {
  const setCompare = useAppStore((s) => s.setCompare);
  const items = compared.map((c) => c.item);
  const [pick, setPick] = useState('');
  const full = items.length >= COMPARE_LIMITS.max;
  const set = (next: CompareItem[]) => setCompare(next);
  const move = (i: number, by: number) => {
    const next = [...items];
    const [x] = next.splice(i, 1);
    next.splice(i + by, 0, x);
    set(next);
  };
  return (
    <section className="compare-picker panel" aria-label={t.picker.label} data-testid="picker">
      <ol className="compare-chips">
        {compared.map((c, i) => (
          <li key={c.key} className={`compare-chip cmp-c${i}`} data-testid="chip">
            <span className="compare-swatch" aria-hidden="true" />
            <a href={modelHref(c.item)}>{c.name}</a>
            <button
              type="button"
              aria-label={t.picker.left(c.name)}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ←
            </button>
            <button
              type="button"
              aria-label={t.picker.right(c.name)}
              disabled={i === compared.length - 1}
              onClick={() => move(i, 1)}
            >
              →
            </button>
            <button
              type="button"
              aria-label={t.picker.remove(c.name)}
              onClick={() => set(items.filter((_, j) => j !== i))}
              data-testid="chip-remove"
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form
        className="compare-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (pick && !full) {
            set([...items, { id: pick, knobs: {} }]);
            setPick('');
          }
        }}
      >
        <label>
          {t.picker.add}{' '}
          <select
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            disabled={full}
            data-testid="picker-select"
          >
            <option value="" />
            {presetOptions().map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={full || !pick} data-testid="picker-add">
          {t.picker.addButton}
        </button>
        {full && <span className="compare-full">{t.picker.full(COMPARE_LIMITS.max)}</span>}
      </form>
    </section>
  );
}
