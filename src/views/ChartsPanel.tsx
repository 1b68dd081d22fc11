/**
 * Per-layer charts (activation memory, parameters, compute) and cumulative curves. React owns the
 * panel, the toolbar and the legend; D3 draws inside two `<g>` elements that stay empty in JSX.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useWidth } from './useWidth';
import type { Analysis } from '../engine/analysis';
import { bytesText, type Conventions } from '../engine/conventions';
import { fmt } from '../engine/format';
import {
  CHAR_W,
  CHART_SCALES,
  columnRange,
  layoutBars,
  layoutCumulative,
  METRICS,
  valueText,
  type RowSummary,
  type Metric,
  type BarFamily,
  type ChartScale,
} from '../layout/bars';
import { createBars, type BarsChart } from '../charts/bars';
import { createCumulative, type CumulativeChart } from '../charts/cumulative';
import { a11y, charts as t } from '../i18n';
import { ChartTable } from './ChartTable';
import './charts.css';

export interface ChartsPanelProps {
  analysis: Analysis;
  conventions: Conventions;
  scale: ChartScale;
  onScaleChange(s: ChartScale): void;
  selected: string | null;
  hovered: string | null;
  /** Layers whose bars carry a mark (the memory panel's "keep the most"). */
  marks?: readonly string[];
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
}

type Titles = Record<Metric, { title: string; summary: string }>;

function rowTitle(r: RowSummary, c: Conventions) {
  const title =
    r.metric === 'memory'
      ? t.rows.memory(c.precision, c.batch)
      : r.metric === 'params'
        ? t.rows.params
        : t.rows.compute(t.units[c.compute], c.batch);
  const summary =
    r.total > 0 ? t.rowSummary(valueText(r.metric, r.total), r.name, t.percent(r.maxShare)) : '';
  return { title, summary };
}

/** Title text is 12 px semibold, the summary 11 px: a generous estimate of the drawn width. */
/** A metric's name as its row of bars is titled. */
function metricName(m: Metric, c: Conventions): string {
  if (m === 'memory') return t.rows.memory(c.precision, c.batch);
  if (m === 'params') return t.rows.params;
  return t.rows.compute(t.units[c.compute], c.batch);
}

function titleWidth(x: { title: string; summary: string }): number {
  return x.title.length * CHAR_W * 1.2 + 8 + x.summary.length * CHAR_W;
}

const FAMILIES: BarFamily[] = ['input', 'conv', 'pool', 'norm', 'fc', 'merge'];

export function ChartsPanel(props: ChartsPanelProps) {
  const { analysis, conventions, scale, onScaleChange, selected, hovered, marks } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const barsG = useRef<SVGGElement>(null);
  const cumG = useRef<SVGGElement>(null);
  const barsChart = useRef<BarsChart | null>(null);
  const cumChart = useRef<CumulativeChart | null>(null);
  const handlers = useRef({ onSelect: props.onSelect, onHover: props.onHover });
  useEffect(() => {
    handlers.current = { onSelect: props.onSelect, onHover: props.onHover };
  });
  const width = useWidth(wrapRef);

  const laidOut = useMemo(() => {
    if (width === null) return null;
    // The row titles quote each row's total and largest bar; the labels keep clear of them.
    const titles = {} as Titles;
    const layout = layoutBars(analysis, conventions, {
      width,
      scale,
      titleWidth: (r) => {
        titles[r.metric] = rowTitle(r, conventions);
        return titleWidth(titles[r.metric]);
      },
    });
    return { layout, titles };
  }, [analysis, conventions, width, scale]);
  const layout = laidOut?.layout ?? null;
  const titles = laidOut?.titles ?? null;
  const cumulative = useMemo(() => (layout ? layoutCumulative(layout) : null), [layout]);
  const selRange = useMemo(
    () => (layout ? columnRange(analysis, layout.columns, selected) : null),
    [analysis, layout, selected],
  );
  const hovRange = useMemo(
    () => (layout ? columnRange(analysis, layout.columns, hovered) : null),
    [analysis, layout, hovered],
  );

  const marked = useMemo(() => {
    const cols = new Set<number>();
    if (!layout || !marks) return cols;
    for (const p of marks) {
      const r = columnRange(analysis, layout.columns, p);
      if (r) for (let i = r[0]; i < r[1]; i++) cols.add(i);
    }
    return cols;
  }, [analysis, layout, marks]);

  useEffect(() => {
    const bars = createBars(barsG.current!, {
      onSelect: (p) => handlers.current.onSelect(p),
      onHover: (p) => handlers.current.onHover(p),
    });
    const cum = createCumulative(cumG.current!, {
      onSelect: (p) => handlers.current.onSelect(p),
    });
    barsChart.current = bars;
    cumChart.current = cum;
    return () => {
      bars.destroy();
      cum.destroy();
      barsChart.current = null;
      cumChart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!layout || !cumulative || !titles) return;
    const unit = t.units[conventions.compute];
    barsChart.current?.update({
      layout,
      selected: selRange,
      hovered: hovRange,
      marked,
      titles,
      tooltip: (i) => {
        const col = layout.columns[i];
        const list =
          col.layers.length > 5 ? `${col.layers.slice(0, 4).join(', ')}, …` : col.layers.join(', ');
        return [
          col.path,
          ...(col.layers.length > 1 ? [t.tooltip.layers(col.layers.length, list)] : []),
          t.tooltip.memory(bytesText(col.values.memory), fmt(col.storedValues)),
          t.tooltip.params(fmt(col.values.params)),
          t.tooltip.compute(unit, fmt(col.values.compute)),
        ].join('\n');
      },
    });
    cumChart.current?.update({
      bars: layout,
      layout: cumulative,
      selected: selRange,
      shareText: t.percent,
    });
  }, [layout, cumulative, selRange, hovRange, marked, titles, conventions.compute]);

  const agg = layout?.aggregation;
  const note = !agg
    ? ''
    : agg.mode === 'none'
      ? t.aggregation.none(agg.bars, agg.layers)
      : agg.mode === 'module'
        ? t.aggregation.module(agg.bars, agg.layers, agg.kind ?? '')
        : t.aggregation.bins(agg.bars, agg.layers, agg.perBin ?? 1, agg.kind);

  return (
    <section className="panel charts-panel" data-testid="charts-panel">
      <header className="charts-head">
        <h2>{t.heading}</h2>
        <div className="charts-toggle" role="group" aria-label={t.scale.label}>
          <span>{t.scale.label}</span>
          {CHART_SCALES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={scale === s}
              className={scale === s ? 'is-on' : ''}
              onClick={() => onScaleChange(s)}
            >
              {t.scale[s]}
            </button>
          ))}
        </div>
      </header>
      <p className="charts-note" data-testid="charts-aggregation" data-mode={agg?.mode}>
        {note}
      </p>
      <ul className="charts-legend" aria-label={t.legendLabel}>
        {FAMILIES.map((f) => (
          <li key={f}>
            <span className={`charts-swatch charts-op-${f}`} />
            {t.families[f]}
          </li>
        ))}
        {analysis.hasTrainingOnly && (
          <li>
            <span className="charts-swatch charts-op-fc is-training" />
            {t.trainingOnly}
          </li>
        )}
      </ul>
      <div ref={wrapRef} className="charts-wrap">
        <svg
          data-testid="charts-bars"
          data-bars={layout?.columns.length ?? 0}
          width={layout?.width ?? 0}
          height={layout?.height ?? 0}
          viewBox={`0 0 ${layout?.width ?? 0} ${layout?.height ?? 0}`}
          role="img"
          aria-label={t.heading}
        >
          <g ref={barsG} />
        </svg>
        {layout && (
          <ChartTable
            caption={t.heading}
            columns={[a11y.chart.layer, ...METRICS.map((m) => metricName(m, conventions))]}
            numeric={[1, 2, 3]}
            rows={() =>
              layout.columns.map((c) => [c.name, ...METRICS.map((m) => valueText(m, c.values[m]))])
            }
            testId="charts-bars-table"
          />
        )}
        <div className="charts-cum-head">
          <h3>{t.cumulative.heading}</h3>
          <ul className="charts-legend">
            {METRICS.map((m) => (
              <li key={m}>
                <span className={`charts-line-swatch charts-metric-${m}`} />
                {t.cumulative.legend[m]}
              </li>
            ))}
          </ul>
        </div>
        <svg
          data-testid="charts-cumulative"
          width={cumulative?.width ?? 0}
          height={cumulative?.height ?? 0}
          viewBox={`0 0 ${cumulative?.width ?? 0} ${cumulative?.height ?? 0}`}
          role="img"
          aria-label={t.cumulative.heading}
        >
          <g ref={cumG} />
        </svg>
        {layout && cumulative && (
          <ChartTable
            caption={t.cumulative.heading}
            columns={[
              a11y.chart.layer,
              ...METRICS.map((m) => a11y.chart.cumulative(t.cumulative.legend[m])),
            ]}
            numeric={[1, 2, 3]}
            rows={() =>
              layout.columns.map((c, i) => [
                c.name,
                ...METRICS.map((m) => t.percent(cumulative.shares[m][i] ?? 0)),
              ])
            }
            testId="charts-cumulative-table"
          />
        )}
      </div>
      <p className="charts-note">{t.inPlaceNote}</p>
    </section>
  );
}
