/** #/explain/fractal: FractalNet's expansion rule for C = 1…4 and a drop-path sample. */
import { useMemo } from 'react';
import {
  FRACTAL_FIELDS,
  fractalLesson,
  type DropPathSample,
  type FractalDrawing,
  type FractalLesson,
} from '../../layout/explain/fractal';
import { fractal as t, shell } from '../../i18n';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { ChartTable } from '../ChartTable';
import { N, Pair, useChartFont } from './parts';

export default function FractalPage() {
  const inputs = useInputs('fractal', FRACTAL_FIELDS);
  const lesson = useLesson(inputs.values, fractalLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="fractal"
      fields={FRACTAL_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

/**
 * One block: columns left (shallow) to right (deep), depth downwards; joins as bars. Its name
 * gives the counts; with `table`, a "Show as table" lists the same units (and the sample's).
 */
function Block({
  d,
  sample,
  table,
}: {
  d: FractalDrawing;
  sample?: DropPathSample;
  table?: boolean;
}) {
  const font = useChartFont();
  const colW = font * 4;
  const rowH = Math.max(font * 1.6, Math.min(font * 4, 420 / d.depth));
  const top = font * 1.5;
  const w = d.C * colW + 20;
  const h = top + d.depth * rowH + font * 2.6;
  const x = (col: number) => 10 + (col - 1) * colW + colW / 2;
  const joinRow = new Map(d.joins.map((j) => [j.path, j.row]));
  const unitBy = new Map(d.units.map((u) => [u.path, u]));
  const yOf = (path: string): number => {
    if (!path) return top - 3;
    const u = unitBy.get(path);
    if (u) return top + u.row1 * rowH - 3;
    return top + (joinRow.get(path) ?? 0) * rowH;
  };
  const on = (p: string) => !sample || sample.active.has(p);
  const drawing = (
    <svg
      className="ex-svg"
      width={w}
      height={h}
      role="img"
      aria-label={t.drawing(d.C, d.units.length, d.joins.length)}
      data-testid={`fractal-block-${d.C}`}
      style={{ fontSize: font }}
    >
      <text x={w / 2} y={font} textAnchor="middle">
        z
      </text>
      <rect
        className="ex-join"
        x={x(1) - colW * 0.35}
        y={top - 6}
        width={(d.C - 1) * colW + colW * 0.7}
        height={3}
      />
      {Array.from({ length: d.C }, (_, i) => (
        <text key={i} x={x(i + 1)} y={h - font * 0.4} textAnchor="middle" className="ex-note">
          {i + 1}
        </text>
      ))}
      {d.units.map((u) => (
        <line
          key={`l-${u.path}`}
          className={`ex-link${on(u.path) ? '' : ' is-off'}`}
          x1={x(u.column)}
          x2={x(u.column)}
          y1={yOf(u.from)}
          y2={top + u.row0 * rowH + 3}
        />
      ))}
      {d.units.map((u) => (
        <rect
          key={u.path}
          className={`ex-box${on(u.path) ? '' : ' is-off'}`}
          data-unit={u.path}
          data-active={on(u.path)}
          x={x(u.column) - colW * 0.32}
          y={top + u.row0 * rowH + 3}
          width={colW * 0.64}
          height={(u.row1 - u.row0) * rowH - 6}
          rx={3}
        />
      ))}
      {d.joins.map((j) => {
        const cols = j.inputs.map((p) => unitBy.get(p)?.column ?? 1);
        return (
          <rect
            key={j.path}
            className="ex-join"
            x={x(Math.min(...cols)) - colW * 0.35}
            y={top + j.row * rowH - 2}
            width={(Math.max(...cols) - Math.min(...cols)) * colW + colW * 0.7}
            height={4}
          />
        );
      })}
    </svg>
  );
  if (!table) return drawing;
  return (
    <div className="ex-fractal">
      {drawing}
      <ChartTable
        caption={t.table.caption(d.C)}
        columns={[
          t.table.unit,
          t.table.column,
          t.table.depth,
          t.table.input,
          ...(sample ? [t.table.computes] : []),
        ]}
        rows={() => unitRows(d, sample)}
        numeric={[1]}
        testId={`fractal-table-${d.C}`}
      />
    </div>
  );
}

/** The drawing's units as table rows: by column, then top to bottom, as drawn. */
function unitRows(d: FractalDrawing, sample?: DropPathSample): string[][] {
  return [...d.units]
    .sort((a, b) => a.column - b.column || a.row0 - b.row0)
    .map((u) => [
      u.path,
      String(u.column),
      u.row1 - u.row0 === 1 ? String(u.row1) : `${u.row0 + 1}–${u.row1}`,
      u.from || t.table.blockInput,
      ...(sample ? [sample.active.has(u.path) ? t.table.on : t.table.off] : []),
    ]);
}

function buildSteps(l: FractalLesson): Step[] {
  const steps: Step[] = [
    {
      title: t.steps.rule,
      body: (
        <>
          <p className="ex-big">
            <code>{t.rule}</code>
          </p>
          <p>{t.ruleNote}</p>
          <div className="ex-row">
            {l.drawings.map((d) => (
              <Block key={d.C} d={d} />
            ))}
          </div>
        </>
      ),
    },
  ];
  for (const d of l.drawings) {
    steps.push({
      title: t.steps.c(d.C),
      body: (
        <Pair
          left={<Block d={d} table />}
          right={
            <>
              <p className="ex-big">{t.counts(d.units.length, d.depth, d.joins.length)}</p>
              <p className="ex-big">
                {t.params}
                {shell.colon}
                <N v={d.analysis.totals.params} />
              </p>
            </>
          }
        />
      ),
    });
  }
  const s = l.sample;
  steps.push({
    title: t.steps.sample,
    body: (
      <Pair
        left={<Block d={l.chosen} sample={s} table />}
        right={
          <>
            <p className="ex-big">
              {s.column !== undefined ? t.global(s.column) : t.local(l.drop)}
            </p>
            <p className="ex-big" data-testid="fractal-active">
              {t.active(s.active.size, l.chosen.units.length)}
            </p>
            <p className="ex-note">{t.resample}</p>
          </>
        }
      />
    ),
  });
  return steps;
}
