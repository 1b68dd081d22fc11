/**
 * The catalog page's ready-made comparisons from the lecture: each a link to `#/compare/…` with
 * its networks named, plus the landscape.
 */
import { READY_COMPARISONS } from '../../catalog/comparisons';
import { presets } from '../../catalog/index';
import { compare as t, localComparison } from '../../i18n';
import { compareText } from '../../store/url';
import './compare.css';

export function ReadyComparisons() {
  return (
    <section className="ready" aria-label={t.ready.heading} data-testid="ready-comparisons">
      <h2>{t.ready.heading}</h2>
      <ul className="ready-list">
        {READY_COMPARISONS.map(localComparison).map((c) => (
          <li key={c.id}>
            <a
              className="ready-card"
              href={`#/compare/${compareText(c.items.map((i) => ({ id: i.id, knobs: { ...i.knobs } })))}`}
              title={c.what}
              data-testid={`ready-${c.id}`}
            >
              <strong>{c.title}</strong>
              <span className="ready-nets">
                {c.items.map((i) => presets.get(i.id)?.info.name ?? i.id).join(' · ')}
              </span>
            </a>
          </li>
        ))}
        <li>
          <a className="ready-card" href="#/landscape" data-testid="ready-landscape">
            <strong>{t.ready.landscape}</strong>
            <span className="ready-nets">{t.ready.landscapeWhat}</span>
          </a>
        </li>
      </ul>
    </section>
  );
}
