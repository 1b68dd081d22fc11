/** #/explain/fire: SqueezeNet's Fire module, and SqueezeNet 1.0 against AlexNet. */
import { useMemo } from 'react';
import type { LayerResult } from '../../engine/analysis';
import { bytesText } from '../../engine/conventions';
import { fmt } from '../../engine/format';
import { FIRE_FIELDS, fireLesson, type FireLesson } from '../../layout/explain/fire';
import { fire as t, arithWords, labelText, shell } from '../../i18n';
import { expressionIn, formulaIn } from '../../engine/arith-words';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N } from './parts';
import { hwc } from './shapes';

export default function FirePage() {
  const inputs = useInputs('fire', FIRE_FIELDS);
  const lesson = useLesson(inputs.values, fireLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="fire"
      fields={FIRE_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

function Conv({ l }: { l: LayerResult }) {
  const p = l.arithmetic.find((x) => x.quantity === 'params')!;
  return (
    <div>
      <p>
        <strong>{labelText(l.label)}</strong>: {hwc(l.inShapes[0])} → {hwc(l.out)}
      </p>
      <Formula
        formula={formulaIn(arithWords, p)}
        expression={expressionIn(arithWords, p)}
        value={p.value}
      />
    </div>
  );
}

function buildSteps(l: FireLesson): Step[] {
  const s = l.squeeze.out[0];
  const e1 = l.expand1.out[0];
  const e3 = l.expand3.out[0];
  const sq = l.networks.squeezenet.inference;
  const ax = l.networks.alexnet.inference;
  return [
    {
      title: t.steps.module,
      body: <p className="ex-big">{t.module(hwc(l.analysis.input), s, e1, e3)}</p>,
    },
    {
      title: t.steps.squeeze,
      body: (
        <>
          <p className="ex-big">{t.squeeze}</p>
          <Conv l={l.squeeze} />
        </>
      ),
    },
    {
      title: t.steps.expand,
      body: (
        <>
          <p className="ex-big">{t.expand}</p>
          <Conv l={l.expand1} />
          <Conv l={l.expand3} />
          <p className="ex-big">
            {t.out}
            {shell.colon}
            {hwc(l.analysis.output)} · {t.params}
            {shell.colon}
            <code>
              {fmt(l.squeeze.params)} + {fmt(l.expand1.params)} + {fmt(l.expand3.params)}
            </code>{' '}
            = <N v={l.params} testId="fire-params" />
          </p>
        </>
      ),
    },
    {
      title: t.steps.against,
      body: (
        <>
          <Conv l={l.direct} />
          <BarChart
            label={t.steps.against}
            items={[
              { id: 'fire', label: t.module_, value: l.params },
              { id: 'direct', label: t.direct, value: l.direct.params },
            ]}
          />
          <p className="ex-big">{t.fewer((l.direct.params / l.params).toFixed(1))}</p>
        </>
      ),
    },
    {
      title: t.steps.networks,
      body: (
        <>
          <p>{t.networks}</p>
          <h3>{t.params}</h3>
          <BarChart
            label={t.params}
            testId="network-params"
            items={[
              { id: 'squeezenet', label: t.squeezenet, value: sq.params },
              { id: 'alexnet', label: t.alexnet, value: ax.params },
            ]}
          />
          <p className="ex-big">
            <N v={sq.params} testId="squeezenet-params" /> vs{' '}
            <N v={ax.params} testId="alexnet-params" />:{' '}
            {t.ratio((ax.params / sq.params).toFixed(1))}
          </p>
          <p>{t.bytes(bytesText(sq.params * 4), bytesText(ax.params * 4))}</p>
          <h3>{t.macs}</h3>
          <BarChart
            label={t.macs}
            items={[
              { id: 'squeezenet', label: t.squeezenet, value: sq.macs },
              { id: 'alexnet', label: t.alexnet, value: ax.macs },
            ]}
          />
        </>
      ),
    },
  ];
}
