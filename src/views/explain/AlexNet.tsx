/** #/explain/alexnet: the lecture's CONV1 → FC8 walk, one layer per step. */
import { useMemo } from 'react';
import {
  ALEXNET_FIELDS,
  alexnetLesson,
  type AlexNetLesson,
  type AlexStep,
} from '../../layout/explain/alexnet';
import { alexnet as t, shell, arithWords } from '../../i18n';
import { expressionIn, formulaIn } from '../../engine/arith-words';
import { fmt } from '../../engine/format';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { Formula, N } from './parts';
import { hwc } from './shapes';

export default function AlexNetPage() {
  const inputs = useInputs('alexnet', ALEXNET_FIELDS);
  const lesson = useLesson(inputs.values, alexnetLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="alexnet"
      fields={ALEXNET_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

function what(s: AlexStep): string {
  switch (s.layer.op) {
    case 'conv':
      return t.op.conv(s.kernel!, s.filters!, s.stride!, s.padding!);
    case 'pool':
      return t.op.pool(s.kernel!, s.stride!);
    case 'fc':
      return t.op.fc(s.filters!);
    default:
      return t.op.lrn;
  }
}

function gpuLine(s: AlexStep, gpus: number): string {
  const sp = s.split;
  if (!sp) return t.gpu.none;
  if (gpus === 1) return t.gpu.one(sp.perGpu, sp.reads);
  if (s.name === 'CONV1') return t.gpu.conv1(sp.perGpu, sp.reads);
  return sp.crossesGpus ? t.gpu.cross(sp.perGpu, sp.reads) : t.gpu.own(sp.perGpu, sp.reads);
}

/** All layers, the current one marked: where we are in the network. */
function Overview({ l, current }: { l: AlexNetLesson; current: string }) {
  return (
    <table className="ex-table" data-testid="alexnet-table">
      <thead>
        <tr>
          <th>{t.table.layer}</th>
          <th className="num">{t.table.output}</th>
          <th className="num">{t.table.params}</th>
        </tr>
      </thead>
      <tbody>
        {l.steps.map((s) => (
          <tr key={s.name} className={s.name === current ? 'is-current' : ''}>
            <th scope="row">{s.name}</th>
            <td className="num">{hwc(s.layer.out)}</td>
            <td className="num">{fmt(s.layer.params)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function buildSteps(l: AlexNetLesson): Step[] {
  const steps: Step[] = [
    {
      title: t.steps.input,
      body: (
        <>
          <p className="ex-big" data-testid="alexnet-input">
            {t.input(hwc(l.analysis.input))}
          </p>
          <p>{t.inputNote}</p>
        </>
      ),
    },
  ];
  for (const s of l.steps) {
    steps.push({
      title: t.steps.layer(s.name),
      body: (
        <div className="ex-pair">
          <div>
            <p className="ex-big">
              <strong>{s.name}</strong>: {what(s)}
            </p>
            <p>
              {t.inputIs}
              {shell.colon}
              <strong>{hwc(s.layer.inShapes[0])}</strong>
            </p>
            {s.sizeLines.length > 0 && (
              <>
                <h3>{t.outputSize}</h3>
                {s.sizeLines.map((x) => (
                  <Formula
                    key={x.quantity}
                    formula={formulaIn(arithWords, x)}
                    expression={expressionIn(arithWords, x)}
                    value={x.value}
                    testId="out-size"
                  />
                ))}
              </>
            )}
            <p className="ex-big">
              {t.outputIs}
              {shell.colon}
              <strong data-testid="out-shape">{hwc(s.layer.out)}</strong>
            </p>
            <h3>{t.params}</h3>
            {s.params ? (
              <Formula
                formula={formulaIn(arithWords, s.params)}
                expression={expressionIn(arithWords, s.params)}
                value={s.params.value}
                testId="params"
              />
            ) : (
              <p>{t.none}</p>
            )}
            <h3>{t.gpu.heading}</h3>
            <p>{gpuLine(s, l.gpus)}</p>
          </div>
          <Overview l={l} current={s.name} />
        </div>
      ),
    });
  }
  const fcParams = l.steps
    .filter((s) => s.layer.op === 'fc')
    .reduce((a, s) => a + s.layer.params, 0);
  const total = l.analysis.inference.params;
  steps.push({
    title: t.steps.totals,
    body: (
      <div className="ex-pair">
        <div>
          <p className="ex-big">{t.totals(l.analysis.totals.convs + l.analysis.totals.fcs)}</p>
          <p className="ex-big">
            {t.totalParams}
            {shell.colon}
            <N v={total} testId="alexnet-params" />
          </p>
          <p className="ex-big">
            {t.totalMacs}
            {shell.colon}
            <N v={l.analysis.inference.macs} />
          </p>
          <p>{t.fcShare(((100 * fcParams) / total).toFixed(1))}</p>
        </div>
        <Overview l={l} current="" />
      </div>
    ),
  });
  return steps;
}
