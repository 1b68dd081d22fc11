/** #/explain/stochastic-depth: survival probabilities, a sampled training network, expected depth. */
import { useMemo } from 'react';
import { fmt } from '../../engine/format';
import {
  STOCHASTIC_DEPTH_FIELDS,
  stochasticDepthLesson,
  type StochasticDepthLesson,
} from '../../layout/explain/stochastic-depth';
import { a11y, stochasticDepth as t, shell } from '../../i18n';
import { ChartTable } from '../ChartTable';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { N, useChartFont } from './parts';

export default function StochasticDepthPage() {
  const inputs = useInputs('stochastic-depth', STOCHASTIC_DEPTH_FIELDS);
  const lesson = useLesson(inputs.values, stochasticDepthLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="stochastic-depth"
      fields={STOCHASTIC_DEPTH_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

/** One bar per block: height = survival probability; `sampled` greys the dropped ones. */
function Strip({ l, sampled }: { l: StochasticDepthLesson; sampled: boolean }) {
  const font = useChartFont();
  const n = l.blocks.length;
  const bw = Math.max(1.5, Math.min(16, 860 / n));
  const h = font * 8;
  const width = bw * n + 2;
  const height = h + font * 1.6;
  return (
    <>
      // The viewBox lets the strip shrink with a narrow slide (explain.css) rather than widen the
      page.
      <svg
        className="ex-svg ex-strip"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t.stripLabel}
        data-testid={sampled ? 'sd-sample' : 'sd-rule'}
        data-active={sampled ? l.sampled : undefined}
        style={{ fontSize: font }}
      >
        {l.blocks.map((b, i) => (
          <rect
            key={b.module.path}
            className={sampled && !b.active ? 'is-off' : ''}
            x={1 + i * bw}
            y={h - b.survival * h}
            width={Math.max(1, bw - 1)}
            height={b.survival * h}
          >
            <title>{t.blockLabel(i + 1, b.survival.toFixed(3), !sampled || b.active)}</title>
          </rect>
        ))}
        <text x={1} y={h + font * 1.3}>
          1
        </text>
        <text x={bw * n} y={h + font * 1.3} textAnchor="end">
          {n}
        </text>
      </svg>
      <ChartTable
        caption={t.stripLabel}
        columns={
          sampled
            ? [a11y.chart.block, a11y.chart.survival, a11y.chart.kept]
            : [a11y.chart.block, a11y.chart.survival]
        }
        rows={() =>
          l.blocks.map((b, i) => {
            const row = [i + 1, b.survival.toFixed(3)];
            return sampled ? [...row, b.active ? a11y.chart.yes : a11y.chart.no] : row;
          })
        }
        numeric={[0, 1]}
        testId={sampled ? 'sd-sample-table' : 'sd-rule-table'}
      />
    </>
  );
}

function buildSteps(l: StochasticDepthLesson): Step[] {
  const n = l.blocks.length;
  const a = l.analysis;
  const depth = a.totals.convs + a.totals.fcs;
  return [
    {
      title: t.steps.net,
      body: (
        <>
          <p className="ex-big">{t.net(depth, n)}</p>
          <p className="ex-big">
            {t.params}
            {shell.colon}
            <N v={a.inference.params} />
          </p>
          <p className="ex-big">
            {t.macs}
            {shell.colon}
            <N v={a.inference.macs} />
          </p>
        </>
      ),
    },
    {
      title: t.steps.rule,
      body: (
        <>
          <p className="ex-big">{t.rule}</p>
          <p className="ex-big">
            {t.first(l.blocks[0].survival.toFixed(4))} …{' '}
            {t.last(n, l.blocks[n - 1].survival.toFixed(4))}
          </p>
          <Strip l={l} sampled={false} />
        </>
      ),
    },
    {
      title: t.steps.sample,
      body: (
        <>
          <p className="ex-big">{t.sample}</p>
          <Strip l={l} sampled />
          <p className="ex-big" data-testid="sd-sampled">
            {t.sampled(l.sampled, n)}
          </p>
        </>
      ),
    },
    {
      title: t.steps.expected,
      body: (
        <>
          <p className="ex-big">
            {t.expected} <strong data-testid="sd-expected">{fmtDec(l.expected)}</strong> / {fmt(n)}
          </p>
          <p>{t.closed(fmtDec(l.expectedClosedForm))}</p>
          <p className="ex-big">{t.convs(l.stemConvs, fmtDec(l.expected))}</p>
        </>
      ),
    },
  ];
}

/** A non-integer figure to two decimals (exact integers stay whole). */
function fmtDec(x: number): string {
  return Number.isInteger(x) ? fmt(x) : x.toFixed(2);
}
