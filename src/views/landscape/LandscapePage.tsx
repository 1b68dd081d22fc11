/**
 * `#/landscape`: three linked charts of the whole catalog — accuracy against compute, the ILSVRC
 * winners by year, and measured forward time against batch size — each mark opening its model
 * page, each chart with its sources.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { comparableTop1, LANDSCAPE_PROTOCOL } from '../../catalog/accuracy';
import { HUMAN_TOP5_ERROR, ILSVRC_WINNERS } from '../../catalog/benchmarks';
import { gpuMeasurement, GPU_MACHINE, measuredIds } from '../../catalog/measured';
import { presets } from '../../catalog/index';
import { compact, fmt } from '../../engine/format';
import { createAccuracyChart } from '../../charts/landscape/accuracy';
import { createTimingChart } from '../../charts/landscape/timing';
import { createWinnersChart } from '../../charts/landscape/winners';
import { catalogText, landscape as t, localWinner } from '../../i18n';
import { Count } from '../Count';
import { layoutAccuracy, layoutTiming, layoutWinners } from '../../layout/landscape/charts';
import { useAppStore } from '../../store/index';
import { TIMED_MAX } from '../../store/url';
import { a11y } from '../../i18n';
import { ChartTable } from '../ChartTable';
import { useWidth } from '../useWidth';
import { accuracyData, DEFAULT_TIMED, timingSeries, winnersData, type Dtype } from './data';
import { achievedFlops, macsAtMeasuredInput, msText, tflopsText } from './throughput';
import '../compare/compare.css';
import './landscape.css';

/** Performance mark after the three charts are drawn (read by scripts/bench.ts). */
export const LANDSCAPE_MARK = 'atlas:landscape-rendered';

export function LandscapePage() {
  // A parent's effects run after its children's: the three charts have drawn by now.
  useEffect(() => {
    performance.mark(LANDSCAPE_MARK);
  }, []);
  return (
    <main className="landscape" data-testid="landscape-page">
      <div className="compare-head">
        <h1>{t.heading}</h1>
        <p className="compare-intro">{t.intro}</p>
      </div>
      <AccuracySection />
      <WinnersSection />
      <TimingSection />
    </main>
  );
}

/** Mount a D3 chart in a `<g>` once and feed it `data` on every change. */
function useChart<D>(
  create: (g: SVGGElement) => { update(d: D): void; destroy(): void },
  data: D | null,
) {
  const g = useRef<SVGGElement>(null);
  const chart = useRef<{ update(d: D): void; destroy(): void } | null>(null);
  useEffect(() => {
    chart.current = create(g.current!);
    return () => chart.current?.destroy();
  }, [create]);
  useEffect(() => {
    if (data) chart.current?.update(data);
  }, [data]);
  return g;
}

function AccuracySection() {
  const ref = useRef<HTMLElement>(null);
  const width = useWidth(ref);
  const data = useMemo(() => accuracyData(), []);
  const w = Math.max(480, Math.min(1100, (width ?? 900) - 24));
  const layout = useMemo(() => layoutAccuracy(data.points, { width: w, height: 420 }), [data, w]);
  const chartData = useMemo(
    () => ({
      layout,
      xText: compact,
      paramsText: compact,
      xName: t.accuracy.x,
      yName: t.accuracy.y,
      title: (b: (typeof layout.bubbles)[number]) =>
        t.accuracy.title(
          b.name,
          b.top1,
          compact(b.macs),
          compact(b.params),
          comparableTop1(presets.get(b.id)?.info)?.source ?? '',
        ),
      href: (id: string) => `#/model/${id}`,
    }),
    [layout],
  );
  const g = useChart(createAccuracyChart, chartData);
  return (
    <section className="panel ls-section" ref={ref} aria-label={t.accuracy.heading}>
      <h2>{t.accuracy.heading}</h2>
      <p className="compare-caption">{t.accuracy.caption(catalogText(LANDSCAPE_PROTOCOL))}</p>
      <svg
        width={layout.width}
        height={layout.height}
        data-testid="chart-accuracy"
        role="group"
        aria-label={t.accuracy.heading}
      >
        <g ref={g} />
      </svg>
      <ChartTable
        caption={t.accuracy.heading}
        columns={[a11y.chart.network, a11y.chart.top1, t.accuracy.x, a11y.chart.params]}
        numeric={[1, 2, 3]}
        rows={() => data.points.map((p) => [p.name, p.top1, fmt(p.macs), fmt(p.params)])}
        testId="chart-accuracy-table"
      />
      <p className="ls-sources">{t.accuracy.sources}</p>
      <details className="ls-apart" data-testid="accuracy-apart">
        <summary>{t.accuracy.apartHeading}</summary>
        <p>{t.accuracy.apartImagenet}</p>
        <ul>
          {data.otherProtocol.map((o) => (
            <li key={o.id}>
              <a href={`#/model/${o.id}`}>{o.name}</a>: {o.figure}
            </li>
          ))}
        </ul>
        <p>
          {t.accuracy.apartOther}{' '}
          {data.notImagenet.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ', '}
              <a href={`#/model/${o.id}`}>{o.name}</a>
            </span>
          ))}
        </p>
      </details>
    </section>
  );
}

function WinnersSection() {
  const ref = useRef<HTMLElement>(null);
  const width = useWidth(ref);
  const w = Math.max(480, Math.min(1100, (width ?? 900) - 24));
  const winners = useMemo(() => winnersData(), []);
  const layout = useMemo(
    () => layoutWinners(winners, HUMAN_TOP5_ERROR.value, { width: w, height: 340 }),
    [winners, w],
  );
  const chartData = useMemo(
    () => ({
      layout,
      yName: t.winners.y,
      humanText: t.winners.human(HUMAN_TOP5_ERROR.value),
      title: (b: (typeof layout.bars)[number]) => {
        const src = localWinner(
          ILSVRC_WINNERS.find((x) => x.year === b.year && x.place === b.place)!,
        );
        return t.winners.title(src.entry, b.year, b.top5Error, src.what, src.source);
      },
    }),
    [layout],
  );
  const g = useChart(createWinnersChart, chartData);
  return (
    <section className="panel ls-section" ref={ref} aria-label={t.winners.heading}>
      <h2>{t.winners.heading}</h2>
      <p className="compare-caption">{t.winners.caption}</p>
      <svg
        width={layout.width}
        height={layout.height}
        data-testid="chart-winners"
        role="group"
        aria-label={t.winners.heading}
      >
        <g ref={g} />
      </svg>
      <ChartTable
        caption={t.winners.heading}
        columns={[a11y.chart.entry, a11y.chart.year, a11y.chart.place, a11y.chart.top5Error]}
        numeric={[1, 2, 3]}
        rows={() => winners.map((w) => [w.entry, w.year, w.place, w.top5Error])}
        testId="chart-winners-table"
      />
      <details className="ls-apart">
        <summary>{t.winners.sourcesHeading}</summary>
        <ul className="ls-sources-list">
          {ILSVRC_WINNERS.map(localWinner).map((x) => (
            <li key={`${x.year}-${x.place}`}>
              <strong>
                {x.year} {x.entry}, {x.top5Error} %
              </strong>
              : {x.what}. {x.source}.
            </li>
          ))}
          <li>
            <strong>{t.winners.human(HUMAN_TOP5_ERROR.value)}</strong>: {HUMAN_TOP5_ERROR.source}.
          </li>
        </ul>
      </details>
    </section>
  );
}

function TimingSection() {
  const ref = useRef<HTMLElement>(null);
  const width = useWidth(ref);
  const timed = useAppStore((s) => s.timed) ?? DEFAULT_TIMED;
  const setTimed = useAppStore((s) => s.setTimed);
  const [dtype, setDtype] = useState<Dtype>('fp32');
  const w = Math.max(480, Math.min(1100, (width ?? 900) - 24));
  const series = useMemo(() => timingSeries(timed, dtype), [timed, dtype]);
  const labelSpace = 20 + 7 * Math.max(10, ...series.map((s) => s.name.length));
  const layout = useMemo(
    () => layoutTiming(series, { width: w, height: 340, labelSpace }),
    [series, w, labelSpace],
  );
  const chartData = useMemo(
    () => ({
      layout,
      xName: t.timing.x,
      yName: t.timing.y,
      msText: (v: number) => `${v}`,
      dotTitle: (name: string, batch: number, ms: number) => t.timing.dot(name, batch, msText(ms)),
      href: (id: string) => (presets.has(id) ? `#/model/${id}` : undefined),
    }),
    [layout],
  );
  const g = useChart(createTimingChart, chartData);
  const all = measuredIds();
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...timed, id] : timed.filter((x) => x !== id);
    setTimed(next.length ? next : null);
  };
  return (
    <section className="panel ls-section" ref={ref} aria-label={t.timing.heading}>
      <h2>{t.timing.heading}</h2>
      <p className="compare-caption">{t.timing.caption}</p>
      <div className="ls-timing-controls">
        <label>
          {t.timing.dtype}{' '}
          <select
            value={dtype}
            onChange={(e) => setDtype(e.target.value as Dtype)}
            data-testid="timing-dtype"
          >
            <option value="fp32">fp32</option>
            <option value="bf16">bf16 (autocast)</option>
          </select>
        </label>
        <details className="ls-choose">
          <summary>
            {t.timing.choose} ({timed.length}, {t.timing.limit(TIMED_MAX)})
          </summary>
          <div className="ls-choose-list">
            {all.map((id) => (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={timed.includes(id)}
                  disabled={!timed.includes(id) && timed.length >= TIMED_MAX}
                  onChange={(e) => toggle(id, e.target.checked)}
                />{' '}
                {presets.get(id)?.info.name ?? id}
              </label>
            ))}
          </div>
        </details>
      </div>
      <svg
        width={layout.width}
        height={layout.height}
        data-testid="chart-timing"
        role="group"
        aria-label={t.timing.heading}
      >
        <g ref={g} />
      </svg>
      <TimingTable ids={timed} dtype={dtype} />
      <p className="ls-sources">
        {t.timing.machine(catalogText(GPU_MACHINE))} {t.timing.tputNote}
      </p>
    </section>
  );
}

function TimingTable({ ids, dtype }: { ids: readonly string[]; dtype: Dtype }) {
  const tt = t.timing.table;
  return (
    <table className="ls-table" data-testid="timing-table">
      <thead>
        <tr>
          <th scope="col">{tt.network}</th>
          <th scope="col">{tt.macs}</th>
          <th scope="col">{tt.ms1}</th>
          <th scope="col">{tt.ms64}</th>
          <th scope="col">{tt.tput}</th>
          <th scope="col">{tt.power1}</th>
          <th scope="col">{tt.power64}</th>
        </tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const m = gpuMeasurement(id);
          if (!m) return null;
          const macs = presets.has(id) ? macsAtMeasuredInput(id, m) : null;
          const ms64 = m.inferMs[dtype]['64'];
          return (
            <tr key={id} data-id={id}>
              <th scope="row">
                {presets.has(id) ? <a href={`#/model/${id}`}>{presets.get(id)!.info.name}</a> : id}
              </th>
              <td className="num">{macs === null ? '—' : <Count value={macs} />}</td>
              <td className="num">{msText(m.inferMs[dtype]['1'])}</td>
              <td className="num">{msText(ms64 / 64)}</td>
              <td className="num">
                {macs === null ? '—' : tflopsText(achievedFlops(macs, 64, ms64))}
              </td>
              <td className="num">{m.powerW[dtype]['1']} W</td>
              <td className="num">{m.powerW[dtype]['64']} W</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
