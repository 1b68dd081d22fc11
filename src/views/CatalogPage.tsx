import { memo, useEffect, useMemo, useState } from 'react';
import { listIds, presets, topOne, type Era, type Preset } from '../catalog/index';
import { catalog, app, explain, protocolTextIn, screen } from '../i18n';
import { Count } from './Count';
import { protocolShort, topOneShown } from './accuracy-display';
import { cardSummary, hasCardSummary, type CardSummary } from '../store/derived';
import { useAppStore } from '../store/index';
import { ReadyComparisons } from './compare/ReadyComparisons';
import { TopicList } from './explain/TopicList';
import './catalog.css';

const ERAS: Era[] = ['early', '2014', 'resnet', 'efficient', 'searched', 'demo'];

/** Case-insensitive match on name, id, family and year. */
export function matches(p: Preset, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = `${p.info.name} ${p.id} ${p.family} ${p.info.family} ${p.info.year}`.toLowerCase();
  return q.split(/\s+/).every((word) => hay.includes(word));
}

/**
 * Fill card summaries a few at a time, yielding to the browser between batches, so ~50 analyses
 * (ResNet-1202 among them) never freeze the page. Returns how many are ready (to re-render).
 */
function useSummaries(ids: string[]): number {
  const [ready, setReady] = useState(() => ids.filter(hasCardSummary).length);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const todo = ids.filter((id) => !hasCardSummary(id));
    const step = () => {
      if (cancelled) return;
      const t0 = performance.now();
      // Work for up to ~12 ms per slice: well inside a frame.
      while (todo.length && performance.now() - t0 < 12) cardSummary(todo.shift()!);
      setReady(ids.length - todo.length);
      if (todo.length) timer = setTimeout(step, 0);
      else performance.mark('atlas:catalog-summaries');
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ids]);
  return ready;
}

export function CatalogPage() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const compute = useAppStore((s) => s.compute);
  const all = useMemo(() => listIds().map((id) => presets.get(id)!), []);
  const ids = useMemo(() => all.map((p) => p.id), [all]);
  useSummaries(ids);
  const shown = all.filter((p) => matches(p, query));
  return (
    <main className="catalog">
      <div className="catalog-bar">
        <h1>{catalog.heading}</h1>
        <label className="catalog-search">
          <span>{catalog.search}</span>
          <input
            type="search"
            value={query}
            placeholder={catalog.searchPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="catalog-search"
          />
        </label>
        <span className="catalog-count" data-testid="catalog-count">
          {catalog.count(shown.length, all.length)}
        </span>
      </div>
      <ReadyComparisons />
      {!query && (
        <section className="catalog-era" data-testid="catalog-walkthroughs">
          <h2>{explain.heading}</h2>
          <p className="catalog-none">{explain.catalogLead}</p>
          <TopicList />
        </section>
      )}
      {shown.length === 0 && <p className="catalog-none">{catalog.none}</p>}
      {ERAS.map((era) => {
        const inEra = shown.filter((p) => p.era === era);
        if (!inEra.length) return null;
        return (
          <section key={era} className="catalog-era" data-era={era}>
            <h2>{catalog.eras[era]}</h2>
            <ul className="catalog-cards">
              {inEra.map((p) => (
                <li key={p.id}>
                  <Card preset={p} compute={compute} ready={hasCardSummary(p.id)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}

/**
 * The entry's own top-1 figure as an accuracy, with its protocol and where it comes from: the
 * first printed as an accuracy, else the first error (shown as 100 − error; the title says so).
 */
function topOneText(p: Preset): { text: string; protocol: string; title: string } | null {
  const all = topOne(p.info);
  const f = all.find((x) => x.as === 'accuracy') ?? all[0];
  if (!f) return null;
  const shown = topOneShown(f);
  const short = protocolShort(f.protocol);
  return {
    text: `${shown.accuracy} %`,
    protocol: screen.card.protocol(short.dataset, short.crops),
    // The text's digits round-trip through a number: the complement never ends in a 0 the
    // printed figure lacks (see complementText).
    title: catalog.card.top1Title(
      Number(shown.accuracy),
      shown.printedError === null ? null : Number(shown.printedError),
      protocolTextIn(f.protocol),
      f.source,
    ),
  };
}

/**
 * Memoized: while the summaries fill in, a batch re-renders only the cards that became `ready`
 * (the summary cache lives outside React, so readiness is passed in as a prop).
 */
const Card = memo(function Card({
  preset,
  compute,
  ready,
}: {
  preset: Preset;
  compute: 'macs' | 'flops';
  ready: boolean;
}) {
  const s = ready ? cardSummary(preset.id) : null;
  const top1 = topOneText(preset);
  const computeValue = s ? s.macs * (compute === 'flops' ? 2 : 1) : NaN;
  return (
    <a className="catalog-card" href={`#/model/${preset.id}`} data-testid={`card-${preset.id}`}>
      <div className="catalog-card-head">
        <span className="catalog-card-name">{preset.info.name}</span>
        <span className="catalog-card-year">{preset.info.year}</span>
      </div>
      <code className="catalog-card-id">{preset.id}</code>
      {s && !s.error ? (
        <>
          <Glyph summary={s} />
          <dl className="catalog-card-figures">
            <div>
              <dt>{catalog.card.params}</dt>
              <dd>
                <Count value={s.params} inLink />
              </dd>
            </div>
            <div>
              <dt>{app.units[compute]}</dt>
              <dd>
                <Count value={computeValue} inLink />
              </dd>
            </div>
            {top1 && (
              <div title={top1.title}>
                <dt>{catalog.card.top1}</dt>
                <dd data-testid="catalog-top1">
                  {top1.text} <span className="catalog-card-protocol">{top1.protocol}</span>
                </dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p className="catalog-card-wait">
          {s?.error ? catalog.card.failed : catalog.card.computing}
        </p>
      )}
    </a>
  );
});

/** Tiny bar chart: one bar per (sampled) conv/pool/fc layer, height = log10(output elements). */
function Glyph({ summary }: { summary: CardSummary }) {
  const w = 180;
  const h = 36;
  const n = summary.glyph.length;
  if (!n) return null;
  // Heights span the network's own range, so the shrink along depth is visible.
  const max = Math.max(...summary.glyph);
  const min = Math.min(...summary.glyph);
  const bw = w / n;
  return (
    <svg className="catalog-glyph" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img">
      <title>{catalog.card.glyph}</title>
      {summary.glyph.map((v, i) => {
        const bh = 4 + (max > min ? (v - min) / (max - min) : 1) * (h - 6);
        return <rect key={i} x={i * bw + 0.5} y={h - bh} width={Math.max(1, bw - 1)} height={bh} />;
      })}
    </svg>
  );
}
