/**
 * The model page's "Compare with…" control: pick a second network and open `#/compare/…` with
 * this one (its knobs included) first.
 */
import { useState } from 'react';
import { compare as t } from '../../i18n';
import { useAppStore } from '../../store/index';
import { presetOptions } from './Picker';
import './compare.css';

export function CompareWith({ id, knobs }: { id: string; knobs: Record<string, string> }) {
  const openCompare = useAppStore((s) => s.openCompare);
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState('');
  return (
    <div className="compare-with">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="compare-with"
      >
        {t.withButton}
      </button>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (other)
              openCompare([
                { id, knobs },
                { id: other, knobs: {} },
              ]);
          }}
        >
          <label>
            {t.withLabel}{' '}
            <select
              value={other}
              onChange={(e) => setOther(e.target.value)}
              data-testid="compare-with-select"
              autoFocus
            >
              <option value="" />
              {presetOptions()
                .filter((o) => o.id !== id)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={!other} data-testid="compare-with-go">
            {t.withGo}
          </button>
        </form>
      )}
    </div>
  );
}
