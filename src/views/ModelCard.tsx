import type { Analysis } from '../engine/analysis';
import { engineCount, figureText, type ModelInfo, type PublishedFigure } from '../catalog/index';
import { fmt, shapeText } from '../engine/format';
import { card, explain, figureLabelText, localInfo, protocolTextIn, shell } from '../i18n';
import { DepthLine } from './compare/DepthLine';
import { topicsFor } from './explain/topics';
import './panels.css';

export interface ModelCardProps {
  info?: ModelInfo;
  familyName: string;
  analysis?: Analysis;
  /** Catalog id, for the depth note where the paper counts layers differently. */
  id?: string;
}

/**
 * The engine's exact value for a published figure, when it is of the network and input shown
 * (a figure for other knob values or another input is compared in the catalog tests, not here).
 */
export function computedFor(f: PublishedFigure, a: Analysis): string | null {
  if (f.kind === 'shape') return shapeText(a.output);
  if (f.kind !== 'count' || f.at || f.input) return null;
  const v = engineCount(f, a);
  return v === undefined ? null : fmt(v);
}

/** Where a figure comes from and what it is of: source, protocol, network, notes, reasons. */
function sourceText(f: PublishedFigure): string {
  const parts = [f.source];
  if (f.kind === 'accuracy') {
    parts.push(protocolTextIn(f.protocol));
    if (f.of) parts.push(card.of(f.of));
  }
  if (f.kind === 'count') {
    if (f.at) parts.push(card.at(Object.entries(f.at).map(([k, v]) => `${k} = ${String(v)}`)));
    if (f.input) parts.push(card.at([shell.figureInput(f.input.join('×'))]));
    if (f.differs) parts.push(card.differs(f.differs));
  }
  if (f.note) parts.push(f.note);
  return parts.join(' — ');
}

export function ModelCard({ info: source, familyName, analysis, id }: ModelCardProps) {
  // Key idea, notes, recipe and figure notes in the language shown (names and sources as printed).
  const info = source && localInfo(source);
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
        <span className="model-card-k">
          {card.paper}
          {shell.colon}
        </span>
        <cite>{p.title}</cite>. {p.authors}
        {p.venue ? `, ${p.venue}` : ''} {p.year}
        {p.link ? ` (${p.link})` : ''}.
      </p>
      {info.ilsvrc && (
        <p>
          <span className="model-card-k">
            {card.ilsvrc}
            {shell.colon}
          </span>
          {info.ilsvrc}
        </p>
      )}
      {analysis && <DepthLine id={id} analysis={analysis} />}
      <h3>{card.keyIdea}</h3>
      <p className="model-card-idea">{info.keyIdea}</p>
      {topicsFor(info.family).map((w) => (
        <p key={w.id} className="model-card-walkthrough">
          {explain.modelLink}
          {shell.colon}
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
                  <th scope="row">{figureLabelText(f)}</th>
                  <td className="num">{figureText(f)}</td>
                  <td className="num">{analysis ? (computedFor(f, analysis) ?? '') : ''}</td>
                  <td className="model-card-source">{sourceText(f)}</td>
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
