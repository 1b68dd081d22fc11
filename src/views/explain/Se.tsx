/** #/explain/se: squeeze, excite, scale, with shapes and the block's extra parameters. */
import { useMemo } from 'react';
import type { LayerResult } from '../../engine/analysis';
import { fmt } from '../../engine/format';
import { SE_FIELDS, seLesson, type SeLesson } from '../../layout/explain/se';
import { se as t, arithWords, labelText, shell } from '../../i18n';
import { expressionIn, formulaIn } from '../../engine/arith-words';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N } from './parts';
import { hwc } from './shapes';

export default function SePage() {
  const inputs = useInputs('se', SE_FIELDS);
  const lesson = useLesson(inputs.values, seLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="se"
      fields={SE_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

function LayerFacts({ l }: { l: LayerResult }) {
  // Pooling's line reads "0 = 0": show the sentence instead.
  const p = l.arithmetic.find((x) => x.quantity === 'params' && x.value > 0);
  return (
    <>
      <p className="ex-big">
        {labelText(l.label)}
        {shell.colon}
        {hwc(l.inShapes[0])} → <strong data-testid="out-shape">{hwc(l.out)}</strong>
      </p>
      {p ? (
        <Formula
          formula={formulaIn(arithWords, p)}
          expression={expressionIn(arithWords, p)}
          value={p.value}
          testId="params"
        />
      ) : (
        <p>{t.none}</p>
      )}
    </>
  );
}

function buildSteps(l: SeLesson): Step[] {
  const [squeeze, fc1, , fc2, , scale] = l.steps;
  const r = l.r;
  const added = l.network.se - l.network.plain;
  return [
    { title: t.steps.input, body: <p className="ex-big">{t.input(hwc(l.analysis.input))}</p> },
    {
      title: t.steps.squeeze,
      body: (
        <>
          <p className="ex-big">{t.squeeze}</p>
          <LayerFacts l={squeeze} />
        </>
      ),
    },
    {
      title: t.steps.fc1,
      body: (
        <>
          <p className="ex-big">{t.fc1(r)}</p>
          <LayerFacts l={fc1} />
        </>
      ),
    },
    {
      title: t.steps.fc2,
      body: (
        <>
          <p className="ex-big">{t.fc2}</p>
          <LayerFacts l={fc2} />
        </>
      ),
    },
    {
      title: t.steps.scale,
      body: (
        <>
          <p className="ex-big">{t.scale}</p>
          <p className="ex-big">
            {scale.inShapes.map(hwc).join(' · ')} → <strong>{hwc(scale.out)}</strong>
          </p>
        </>
      ),
    },
    {
      title: t.steps.cost,
      body: (
        <>
          <p className="ex-big">
            {t.total}
            {shell.colon}
            <code>
              {fmt(fc1.params)} + {fmt(fc2.params)}
            </code>{' '}
            = <N v={l.params} testId="se-params" />
          </p>
          <p>
            {t.macs}
            {shell.colon}
            <N v={l.macs} />
          </p>
          <p>{t.network}</p>
          <BarChart
            label={t.network}
            items={[
              { id: 'r50', label: t.r50, value: l.network.plain },
              { id: 'se50', label: t.se50, value: l.network.se },
            ]}
          />
          <p className="ex-big">
            {t.adds(fmt(added), ((100 * added) / l.network.plain).toFixed(1))}
          </p>
        </>
      ),
    },
  ];
}
