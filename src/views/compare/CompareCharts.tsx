/**
 * The comparison's charts: per-stage bars (parameters, compute, stored activations) with one
 * scale per chart, cumulative parameters and compute along one depth axis, and the networks'
 * diagrams at one common scale. React owns the panels and captions; D3 draws inside `<g ref>`s.
 */
import { useEffect, useMemo, useRef } from 'react';
import { BYTES, bytesText, computeFigure, type Conventions } from '../../engine/conventions';
import { compact, fmt } from '../../engine/format';
import { compare as t } from '../../i18n';
import { createCurves, type CurvesChart } from '../../charts/compare/curves';
import { createMiniGraph, type MiniGraphChart } from '../../charts/compare/mini-graph';
import { createStageBars, type StageBarsChart } from '../../charts/compare/stage-bars';
import { layoutCurves, layoutStageBars } from '../../layout/compare/charts';
import { cumulativeByDepth, type Stage } from '../../layout/compare/stages';
import { defaultExpanded, layoutGraph, type GraphLayout } from '../../layout/graph';
// The small multiples lay out Inception and dense blocks at once: dagre travels with this page.
import '../../layout/graph/with-dagre';
import { a11y, graphText } from '../../i18n';
import { ChartTable } from '../ChartTable';
import { useWidth } from '../useWidth';
import { computeName } from './TotalsTable';
import { modelHref, type Compared } from './derive';

interface Props {
  compared: readonly Compared[];
  conventions: Conventions;
}

/** Performance mark after every chart of the comparison is drawn (read by scripts/bench.ts). */
export const COMPARE_MARK = 'atlas:compare-rendered';

export function CompareCharts({ compared, conventions }: Props) {
  const ok = compared.filter((x) => x.analysis);
  // A parent's effects run after its children's: every chart has drawn by now.
  useEffect(() => {
    performance.mark(COMPARE_MARK);
  });
  return (
    <>
      <StageBars compared={ok} conventions={conventions} />
      <Curves compared={ok} conventions={conventions} />
      <Multiples compared={ok} />
    </>
  );
}

type MetricSpec = {
  key: 'params' | 'compute' | 'memory';
  title: string;
  valueOf(s: Stage): number;
  /** The chart's label: rounded (138.4 M). */
  text(v: number): string;
  /** The table fallback's cell: the exact integer for counts (one rule: a table shows exact counts). */
  exact(v: number): string;
};

function StageBars({ compared, conventions: c }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const metrics: MetricSpec[] = useMemo(
    () => [
      {
        key: 'params',
        title: t.stages.params,
        valueOf: (s) => s.params,
        text: compact,
        exact: fmt,
      },
      {
        key: 'compute',
        title: computeName(c),
        valueOf: (s) => computeFigure(s.macs, c),
        text: compact,
        exact: fmt,
      },
      {
        key: 'memory',
        title: t.stages.memory(c.batch, c.precision),
        valueOf: (s) => s.stored * BYTES[c.precision] * c.batch,
        text: bytesText,
        exact: bytesText,
      },
    ],
    [c],
  );
  return (
    <section className="compare-stages panel" aria-label={t.stages.heading} ref={ref}>
      <h2>{t.stages.heading}</h2>
      <p className="compare-caption">{t.stages.caption}</p>
      {width !== null &&
        metrics.map((m) => (
          <StageBarsOne
            key={m.key}
            metric={m}
            compared={compared}
            width={Math.max(320, width - 24)}
          />
        ))}
    </section>
  );
}

function StageBarsOne({
  metric,
  compared,
  width,
}: {
  metric: MetricSpec;
  compared: readonly Compared[];
  width: number;
}) {
  const g = useRef<SVGGElement>(null);
  const chart = useRef<StageBarsChart | null>(null);
  const layout = useMemo(
    () =>
      layoutStageBars(
        compared.map((x) => ({ key: x.key, name: x.name, stages: x.stages })),
        metric.valueOf,
        { width },
      ),
    [compared, metric, width],
  );
  useEffect(() => {
    chart.current = createStageBars(g.current!);
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    const hrefs = new Map(compared.map((x) => [x.key, modelHref(x.item)]));
    chart.current?.update({
      layout,
      valueText: metric.text,
      segmentTitle: t.stages.title,
      href: (k) => hrefs.get(k) ?? '#/',
    });
  }, [layout, metric, compared]);
  return (
    <figure className="compare-figure" data-testid={`stages-${metric.key}`}>
      <figcaption>{metric.title}</figcaption>
      {/* A group, not an image: each network's name is a link into the chart. */}
      <svg width={layout.width} height={layout.height} role="group" aria-label={metric.title}>
        <g ref={g} />
      </svg>
      <ChartTable
        caption={metric.title}
        columns={[a11y.chart.network, a11y.chart.stage, metric.title]}
        numeric={[2]}
        rows={() =>
          compared.flatMap((x) =>
            x.stages.map((st) => [x.name, st.label, metric.exact(metric.valueOf(st))]),
          )
        }
        testId={`stages-${metric.key}-table`}
      />
    </figure>
  );
}

function Curves({ compared, conventions: c }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const curves = useMemo(
    () => compared.map((x) => ({ x, curve: cumulativeByDepth(x.analysis!) })),
    [compared],
  );
  const half = width === null ? null : Math.max(320, Math.floor((width - 64) / 2));
  const slot = useMemo(() => {
    const m = new Map(compared.map((x, i) => [x.key, i]));
    return (k: string) => m.get(k) ?? 0;
  }, [compared]);
  return (
    <section className="compare-curves panel" aria-label={t.curves.heading} ref={ref}>
      <h2>{t.curves.heading}</h2>
      <p className="compare-caption">{t.curves.caption}</p>
      {half !== null && (
        <div className="compare-curves-row">
          <CurvesOne
            id="params"
            yName={t.curves.params}
            width={half}
            slot={slot}
            inputs={curves.map(({ x, curve }) => ({
              key: x.key,
              name: x.name,
              values: curve.params,
            }))}
          />
          <CurvesOne
            id="compute"
            yName={computeName(c)}
            width={half}
            slot={slot}
            inputs={curves.map(({ x, curve }) => ({
              key: x.key,
              name: x.name,
              values: curve.macs.map((m) => computeFigure(m, c)),
            }))}
          />
        </div>
      )}
    </section>
  );
}

function CurvesOne({
  id,
  yName,
  width,
  inputs,
  slot,
}: {
  id: string;
  yName: string;
  width: number;
  inputs: { key: string; name: string; values: number[] }[];
  slot(k: string): number;
}) {
  const g = useRef<SVGGElement>(null);
  const chart = useRef<CurvesChart | null>(null);
  const labelSpace = Math.min(200, 20 + 7 * Math.max(...inputs.map((i) => i.name.length)));
  const layout = useMemo(
    () => layoutCurves(inputs, { width, height: 240, labelSpace }),
    [inputs, width, labelSpace],
  );
  useEffect(() => {
    chart.current = createCurves(g.current!);
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    chart.current?.update({ layout, valueText: compact, xName: t.curves.depth, yName, slot });
  }, [layout, yName, slot]);
  return (
    <figure className="compare-figure" data-testid={`curves-${id}`}>
      <svg width={layout.width} height={layout.height} role="img" aria-label={yName}>
        <g ref={g} />
      </svg>
      <ChartTable
        caption={yName}
        columns={[a11y.chart.network, t.curves.depth, a11y.chart.cumulative(yName)]}
        numeric={[1, 2]}
        rows={() => inputs.flatMap((i) => i.values.map((v, d) => [i.name, d, fmt(v)]))}
        testId={`curves-${id}-table`}
      />
    </figure>
  );
}

/** Nodes per small multiple: each network's top-level structure. */
const MINI_BUDGET = 16;

function Multiples({ compared }: { compared: readonly Compared[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const layouts = useMemo(
    () =>
      compared.map((x) =>
        layoutGraph(x.analysis!, defaultExpanded(x.analysis!, MINI_BUDGET), {}, graphText()),
      ),
    [compared],
  );
  // One scale for all: the widest diagram fills its cell, at most the model page's own size.
  // A cell's drawing room: the section's inner width (clientWidth) less its padding (2 × 12), the
  // row's 12 px gaps, and each cell's own padding and border (2 × 6 + 2); see compare.css.
  const n = Math.max(1, compared.length);
  const cell = width === null ? 0 : Math.floor((width - 24 - 12 * (n - 1)) / n) - 14;
  const maxW = Math.max(...layouts.map((l) => l.width), 1);
  // Never below 10 %: a container not laid out yet (width 0) must not give a negative size.
  const scale = Math.max(0.1, Math.min(1, cell / maxW));
  return (
    <section className="compare-multiples panel" aria-label={t.multiples.heading} ref={ref}>
      <h2>{t.multiples.heading}</h2>
      <p className="compare-caption">{t.multiples.caption(Math.round(scale * 100))}</p>
      {width !== null && (
        <div className="compare-multiples-row">
          {compared.map((x, i) => (
            <a
              key={x.key}
              href={modelHref(x.item)}
              className={`compare-multiple cmp-c${i}`}
              aria-label={t.multiples.open(x.name)}
              data-testid="multiple"
            >
              <span className="compare-multiple-name">{x.name}</span>
              <MiniGraph layout={layouts[i]} scale={scale} />
            </a>
          ))}
        </div>
      )}
    </section>
  );
}

function MiniGraph({ layout, scale }: { layout: GraphLayout; scale: number }) {
  const g = useRef<SVGGElement>(null);
  const chart = useRef<MiniGraphChart | null>(null);
  useEffect(() => {
    chart.current = createMiniGraph(g.current!);
    return () => chart.current?.destroy();
  }, []);
  useEffect(() => {
    chart.current?.update({ layout, scale });
  }, [layout, scale]);
  return (
    <svg
      width={Math.ceil(layout.width * scale)}
      height={Math.ceil(layout.height * scale)}
      aria-hidden="true"
    >
      <g ref={g} />
    </svg>
  );
}
