/** #/explain/small-filters: n stacked 3×3 convs against one (2n+1)×(2n+1) conv. */
import { useMemo } from 'react';
import {
  SMALL_FILTER_FIELDS,
  rfSquares,
  smallFiltersLesson,
  type SmallFiltersLesson,
} from '../../layout/explain/small-filters';
import { smallFilters as t, shell, arithWords } from '../../i18n';
import { expressionIn, formulaIn } from '../../engine/arith-words';
import { useAppStore } from '../../store/index';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N, Pair } from './parts';
import { hwc } from './shapes';

export default function SmallFiltersPage() {
  const inputs = useInputs('small-filters', SMALL_FILTER_FIELDS);
  const lesson = useLesson(inputs.values, smallFiltersLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="small-filters"
      fields={SMALL_FILTER_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

/** The input pixel grid with the window the centre output sees after `upTo` convs. */
function RfGrid({ l, upTo }: { l: SmallFiltersLesson; upTo: number }) {
  const present = useAppStore((s) => s.present);
  const { side, squares } = rfSquares(l);
  const rf = squares[upTo - 1];
  const cell = Math.max(12, Math.min(present ? 44 : 30, Math.floor(440 / side)));
  const c = (side - 1) / 2;
  const cells = [];
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const seen = Math.abs(x - c) <= (rf - 1) / 2 && Math.abs(y - c) <= (rf - 1) / 2;
      const centre = x === c && y === c;
      cells.push(
        <rect
          key={`${x},${y}`}
          x={x * cell + 1}
          y={y * cell + 1}
          width={cell - 2}
          height={cell - 2}
          className={`ex-cell${seen ? ' is-seen' : ''}${centre ? ' is-centre' : ''}`}
        />,
      );
    }
  return (
    <svg
      className="ex-svg"
      width={side * cell}
      height={side * cell}
      role="img"
      aria-label={t.gridLabel(side, upTo, rf)}
      data-testid="rf-grid"
      data-rf={rf}
    >
      {cells}
    </svg>
  );
}

function buildSteps(l: SmallFiltersLesson): Step[] {
  const input = hwc(l.small.analysis.input);
  const steps: Step[] = [
    {
      title: t.steps.claim,
      body: (
        <>
          <p className="ex-big">{t.claim(l.n, l.big, input)}</p>
          <ul className="ex-list ex-big">
            {t.claimList.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </>
      ),
    },
  ];
  l.small.convs.forEach((c, i) => {
    const rf = c.layer.arithmetic.find((a) => a.quantity === 'rf-size')!;
    steps.push({
      title: t.steps.after(i + 1),
      body: (
        <Pair
          left={<RfGrid l={l} upTo={i + 1} />}
          right={
            <>
              <p>{t.rfRule}</p>
              <Formula
                formula={formulaIn(arithWords, rf)}
                expression={expressionIn(arithWords, rf)}
                value={rf.value}
                testId="rf"
              />
              <p>{t.gridCaption(c.rf)}</p>
              {i === l.small.convs.length - 1 && <p className="ex-big">{t.same(l.single.rf)}</p>}
            </>
          }
        />
      ),
    });
  });
  const single = l.single.convs[0];
  steps.push({
    title: t.steps.params,
    body: (
      <>
        <Pair
          left={
            <>
              <h3>{t.stack(l.n)}</h3>
              <p className="ex-note">{t.perConv}</p>
              {l.small.convs.map((c) => (
                <div key={c.layer.path} className="ex-formula-line">
                  <code>{c.paramsExpression}</code> = <N v={c.params} />
                </div>
              ))}
              <p className="ex-big">
                {t.total}
                {shell.colon}
                <N v={l.small.params} testId="stack-params" />{' '}
                {t.inC2(t.stackSymbolic(l.n), l.small.perC2)}
              </p>
            </>
          }
          right={
            <>
              <h3>{t.single(l.big)}</h3>
              <p className="ex-note">{t.perConv}</p>
              <div className="ex-formula-line">
                <code>{single.paramsExpression}</code> = <N v={single.params} />
              </div>
              <p className="ex-big">
                {t.total}
                {shell.colon}
                <N v={l.single.params} testId="single-params" />{' '}
                {t.inC2(t.singleSymbolic(l.big), l.single.perC2)}
              </p>
            </>
          }
        />
        <p className="ex-big">{t.fewer(((100 * l.small.params) / l.single.params).toFixed(1))}</p>
        <BarChart
          label={t.steps.params}
          items={[
            { id: 'stack', label: t.stack(l.n), value: l.small.params },
            { id: 'single', label: t.single(l.big), value: l.single.params },
          ]}
        />
      </>
    ),
  });
  steps.push({
    title: t.steps.macs,
    body: (
      <>
        <p>{t.macsNote}</p>
        <BarChart
          label={t.steps.macs}
          items={[
            { id: 'stack', label: t.stack(l.n), value: l.small.macs },
            { id: 'single', label: t.single(l.big), value: l.single.macs },
          ]}
          testId="macs-bars"
        />
      </>
    ),
  });
  steps.push({
    title: t.steps.relu,
    body: <p className="ex-big">{t.reluCount(l.small.nonlinearities, l.single.nonlinearities)}</p>,
  });
  return steps;
}
