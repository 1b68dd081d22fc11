/** #/explain/dense: a dense block's channel growth, layer by layer. */
import { useMemo } from 'react';
import {
  DENSE_FIELDS,
  denseLesson,
  type DenseLayer,
  type DenseLesson,
} from '../../layout/explain/dense';
import { dense as t, arithWords, labelText, shell } from '../../i18n';
import { expressionIn, formulaIn } from '../../engine/arith-words';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N } from './parts';

export default function DensePage() {
  const inputs = useInputs('dense', DENSE_FIELDS);
  const lesson = useLesson(inputs.values, denseLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="dense"
      fields={DENSE_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

function LayerStep({ l, x }: { l: DenseLesson; x: DenseLayer }) {
  const a = l.analysis;
  const convs = a.layers.slice(x.module.start, x.module.end).filter((c) => c.op === 'conv');
  return (
    <>
      <p className="ex-big">{t.layer(x.reads, l.k, x.out)}</p>
      <h3>{t.convs}</h3>
      {convs.map((c) => {
        const p = c.arithmetic.find((q) => q.quantity === 'params')!;
        return (
          <div key={c.path}>
            <span className="ex-note">{labelText(c.label)}</span>
            <Formula
              formula={formulaIn(arithWords, p)}
              expression={expressionIn(arithWords, p)}
              value={p.value}
            />
          </div>
        );
      })}
      <p>
        {t.params}
        {shell.colon}
        <N v={x.params} />
      </p>
    </>
  );
}

function buildSteps(l: DenseLesson): Step[] {
  const n = l.layers.length;
  const last = l.layers[n - 1];
  const steps: Step[] = [
    { title: t.steps.idea, body: <p className="ex-big">{t.idea(l.k0, l.k, n)}</p> },
    { title: t.steps.first, body: <LayerStep l={l} x={l.layers[0]} /> },
  ];
  if (n > 1) steps.push({ title: t.steps.second, body: <LayerStep l={l} x={l.layers[1]} /> });
  steps.push({
    title: t.steps.growth,
    body: (
      <>
        <p className="ex-big">
          <code>{t.growthIs(l.k0, n, l.k)}</code> <N v={last.out} testId="dense-out" />
        </p>
        <BarChart
          label={t.growthLabel}
          testId="dense-growth"
          items={l.layers.map((x) => ({
            id: x.module.path,
            label: `${x.module.name}{shell.colon}${x.reads} + ${l.k}`,
            value: x.out,
          }))}
        />
      </>
    ),
  });
  steps.push({
    title: t.steps.cost,
    body: (
      <>
        <p>{t.costNote}</p>
        <BarChart
          label={t.costLabel}
          items={l.layers.map((x) => ({
            id: x.module.path,
            label: x.module.name,
            value: x.params,
          }))}
        />
      </>
    ),
  });
  return steps;
}
