import type { Analysis } from '../engine/analysis';
import type { ModelInfo, PublishedFigure } from '../engine/types';
import { fmt, shapeText } from '../engine/format';
import { card } from '../i18n/en/card';
import { explain } from '../i18n/en/explain';
import { topicsFor } from './explain/topics';
import './panels.css';

export interface ModelCardProps {
  info?: ModelInfo;
  familyName: string;
  analysis?: Analysis;
}

/** The computed figure that a published one can be compared with, if any. */
export function computedFor(f: PublishedFigure, a: Analysis): string | null {
  const m = f.metric.toLowerCase();
  // Published parameter counts are of the deployed network (auxiliary heads left out).
  if (m === 'params' || m === 'parameters') return fmt(a.inference.params);
  if (m === 'gmacs') return (a.inference.macs / 1e9).toFixed(3);
  if (m === 'gflops') return (a.inference.macs / 1e9).toFixed(3) + ' GMACs';
  if (m === 'mmacs') return (a.inference.macs / 1e6).toFixed(1);
  // The lecture's "multiplies" (ops) of a module are the convs' multiply-accumulates.
  if (m === 'multiplies' || m.startsWith('multiplies ')) return fmt(a.inference.macs);
  return null;
}

function valueText(f: PublishedFigure): string {
  const v = typeof f.value === 'number' ? fmt2(f.value) : f.value;
  return f.unit ? `${v}${f.unit === '%' ? '' : ' '}${f.unit}` : v;
}

function fmt2(n: number): string {
  return Number.isInteger(n) ? fmt(n) : String(n);
}

export function ModelCard({ info, familyName, analysis }: ModelCardProps) {
  if (!info) {
    return (
      <section className="panel model-card" data-testid="model-card">
        <p>{card.custom(familyName)}</p>
      </section>
    );
  }
  const p = info.paper;
  return (
    <section className="panel model-card" aria-label={info.name} data-testid="model-card">
      <h2>
        {info.name} <span className="model-card-year">{info.year}</span>
      </h2>
      <p className="model-card-paper">
        <span className="model-card-k">{card.paper}: </span>
        <cite>{p.title}</cite>. {p.authors}
        {p.venue ? `, ${p.venue}` : ''} {p.year}
        {p.link ? ` (${p.link})` : ''}.
      </p>
      {info.ilsvrc && (
        <p>
          <span className="model-card-k">{card.ilsvrc}: </span>
          {info.ilsvrc}
        </p>
      )}
      <h3>{card.keyIdea}</h3>
      <p className="model-card-idea">{info.keyIdea}</p>
      {topicsFor(info.family).map((w) => (
        <p key={w.id} className="model-card-walkthrough">
          {explain.modelLink}:{' '}
          <a href={`#/explain/${w.id}`} data-testid={`walkthrough-${w.id}`}>
            {w.title}
          </a>
        </p>
      ))}
      {info.published && info.published.length > 0 && (
        <>
          <h3>{card.published}</h3>
          {analysis && (
            <p className="model-card-at">{card.computedAt(shapeText(analysis.input))}</p>
          )}
          <table className="model-card-figures" data-testid="published">
            <thead>
              <tr>
                <th scope="col">{card.metric}</th>
                <th scope="col">{card.publishedValue}</th>
                <th scope="col">{card.computedValue}</th>
                <th scope="col">{card.source}</th>
              </tr>
            </thead>
            <tbody>
              {info.published.map((f, i) => (
                <tr key={i}>
                  <th scope="row">{f.metric}</th>
                  <td className="num">{valueText(f)}</td>
                  <td className="num">{analysis ? (computedFor(f, analysis) ?? '') : ''}</td>
                  <td className="model-card-source">
                    {f.source}
                    {f.note ? ` — ${f.note}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {info.notes && info.notes.length > 0 && (
        <>
          <h3>{card.notes}</h3>
          <ul className="model-card-notes">
            {info.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {info.recipe && info.recipe.length > 0 && (
        <>
          <h3>{card.recipe}</h3>
          <table className="model-card-recipe">
            <tbody>
              {info.recipe.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.item}</th>
                  <td>{r.value}</td>
                  <td className="model-card-source">{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
