/** #/explain/nas: the search loop, a sampled description decoded into a network, NASNet's cells. */
import { useMemo } from 'react';
import { fmt } from '../../engine/format';
import { NAS_FIELDS, nasLesson, type NasCell, type NasLesson } from '../../layout/explain/nas';
import { moduleLabelText, nas as t, shell } from '../../i18n';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { N } from './parts';
import { hwc } from './shapes';

export default function NasPage() {
  const inputs = useInputs('nas', NAS_FIELDS);
  const lesson = useLesson(inputs.values, nasLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="nas"
      fields={NAS_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

function Cell({ c, text }: { c: NasCell; text: string }) {
  return (
    <>
      <p className="ex-big">{text}</p>
      <p>{t.cellIO(c.module.inShapes.map(hwc).join(', '), hwc(c.module.out))}</p>
      <p>{t.blocks}</p>
      <ol className="ex-list ex-big">
        {c.blocks.map((b) => (
          <li key={b.path}>
            {moduleLabelText(b)} <span className="ex-note">({fmt(b.totals.params)})</span>
          </li>
        ))}
      </ol>
      <p className="ex-big">
        {t.total}
        {shell.colon}
        <N v={c.module.totals.params} />
      </p>
    </>
  );
}

function buildSteps(l: NasLesson): Step[] {
  const layers = Array.from({ length: l.tokens.length / 3 }, (_, i) =>
    l.tokens.slice(3 * i, 3 * i + 3),
  );
  const convs = l.analysis.layers.filter((x) => x.op === 'conv');
  return [
    {
      title: t.steps.loop,
      body: (
        <>
          <ol className="ex-loop ex-big">
            {t.loop.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ol>
          <p>{t.space}</p>
        </>
      ),
    },
    {
      title: t.steps.tokens,
      body: (
        <table className="ex-table ex-big" data-testid="nas-tokens">
          <thead>
            <tr>
              <th>{t.table.layer}</th>
              <th className="num">{t.table.height}</th>
              <th className="num">{t.table.width}</th>
              <th className="num">{t.table.filters}</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((row) => (
              <tr key={row[0].layer}>
                <th scope="row">{row[0].layer}</th>
                {row.map((x) => (
                  <td key={x.kind} className="num">
                    {x.value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ),
    },
    {
      title: t.steps.decoded,
      body: (
        <>
          <p>{t.decoded}</p>
          <table className="ex-table" data-testid="nas-decoded">
            <thead>
              <tr>
                <th>{t.table.layer}</th>
                <th className="num">{t.table.out}</th>
                <th className="num">{t.table.params}</th>
              </tr>
            </thead>
            <tbody>
              {convs.map((c) => (
                <tr key={c.path}>
                  <th scope="row">{c.label}</th>
                  <td className="num">{hwc(c.out)}</td>
                  <td className="num">{fmt(c.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="ex-big">
            {t.total}
            {shell.colon}
            <N v={l.analysis.totals.params} testId="nas-params" /> · {t.macs}
            {shell.colon}
            <N v={l.analysis.totals.macs} />
          </p>
        </>
      ),
    },
    {
      title: t.steps.normal,
      body: (
        <>
          <p>{t.cells}</p>
          <Cell c={l.normal} text={t.normal} />
        </>
      ),
    },
    { title: t.steps.reduction, body: <Cell c={l.reduction} text={t.reduction} /> },
  ];
}
