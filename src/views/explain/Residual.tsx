/** #/explain/residual: plain vs residual block, the three shortcuts, the bottleneck. */
import { useMemo } from 'react';
import type { Analysis } from '../../engine/analysis';
import { fmt } from '../../engine/format';
import {
  PLAIN_VS_RESIDUAL,
  RESIDUAL_FIELDS,
  residualLesson,
  type ResidualLesson,
  type ShortcutResult,
} from '../../layout/explain/residual';
import { labelText, residual as t, shell } from '../../i18n';
import { RuleBroken } from '../RuleBroken';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N, Pair } from './parts';
import { hwc } from './shapes';

export default function ResidualPage() {
  const inputs = useInputs('residual', RESIDUAL_FIELDS);
  const lesson = useLesson(inputs.values, residualLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="residual"
      fields={RESIDUAL_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

/** The conv layers of an analysis with the engine's parameter arithmetic. */
function ConvParams({ a }: { a: Analysis }) {
  return (
    <>
      {a.layers
        .filter((l) => l.op === 'conv')
        .map((l) => {
          const p = l.arithmetic.find((x) => x.quantity === 'params')!;
          return (
            <div key={l.path}>
              <span className="ex-note">{labelText(l.label)}</span>
              <Formula expression={p.expression} value={p.value} />
            </div>
          );
        })}
    </>
  );
}

function ShortcutBody({ s, text }: { s: ShortcutResult; text: string }) {
  const a = s.analysis!;
  return (
    <>
      <p className="ex-big">{text}</p>
      <ConvParams
        a={{ ...a, layers: a.layers.filter((l) => l.path.startsWith('block/shortcut/')) }}
      />
      <p className="ex-big">
        {t.shortcutParams}
        {shell.colon}
        <N v={s.params} testId={`shortcut-${s.kind}`} />
      </p>
      <p>
        {t.out}
        {shell.colon}
        {hwc(a.output)}
      </p>
    </>
  );
}

const convWeights = (a: Analysis) =>
  a.layers.filter((l) => l.op === 'conv').reduce((s, l) => s + l.params, 0);

function buildSteps(l: ResidualLesson): Step[] {
  const [identity, zeropad, projection] = l.shortcuts;
  const inShape = hwc(l.plain.input);
  const changed = projection.analysis ? hwc(projection.analysis.output) : '';
  const wide = l.bottleneck.input[0];
  const mid = l.bottleneck.layers.find((x) => x.op === 'conv')!.out[0];
  return [
    {
      title: t.steps.plain,
      body: (
        <>
          <p className="ex-big">{t.plain(inShape)}</p>
          <ConvParams a={l.plain} />
          <p className="ex-big">
            {t.params}
            {shell.colon}
            <N v={l.plain.totals.params} testId="plain-params" />
          </p>
        </>
      ),
    },
    {
      title: t.steps.residual,
      body: (
        <>
          <p className="ex-big">{t.residual}</p>
          <p className="ex-big">
            {t.params}
            {shell.colon}
            <N v={l.residual.totals.params} testId="residual-params" />
          </p>
          <p>{t.sameParams}</p>
          <p>
            {t.out}
            {shell.colon}
            {hwc(l.residual.output)}
          </p>
        </>
      ),
    },
    {
      title: t.steps.identity,
      body: (
        <>
          <p className="ex-big">{t.changes(inShape, changed)}</p>
          <p>{t.engineSays}</p>
          <p className="explain-error" data-testid="identity-error">
            {identity.error && <RuleBroken error={identity.error} testId="identity-error" />}
          </p>
        </>
      ),
    },
    { title: t.steps.zeropad, body: <ShortcutBody s={zeropad} text={t.zeropad} /> },
    { title: t.steps.projection, body: <ShortcutBody s={projection} text={t.projection} /> },
    {
      title: t.steps.bottleneck,
      body: (
        <>
          <p>{t.bottleneck(wide, mid)}</p>
          <Pair
            left={
              <>
                <h3>{t.bottleneckCol}</h3>
                <ConvParams a={l.bottleneck} />
                <p className="ex-big">
                  {t.convWeights}
                  {shell.colon}
                  <N v={convWeights(l.bottleneck)} testId="bottleneck-weights" />
                </p>
                <p className="ex-note">
                  {t.withBn}
                  {shell.colon}
                  {fmt(l.bottleneck.totals.params)}
                </p>
              </>
            }
            right={
              <>
                <h3>{t.twoCol}</h3>
                <ConvParams a={l.twoWide} />
                <p className="ex-big">
                  {t.convWeights}
                  {shell.colon}
                  <N v={convWeights(l.twoWide)} testId="two-weights" />
                </p>
                <p className="ex-note">
                  {t.withBn}
                  {shell.colon}
                  {fmt(l.twoWide.totals.params)}
                </p>
              </>
            }
          />
          <p className="ex-big">
            {t.ratio((l.twoWide.totals.params / l.bottleneck.totals.params).toFixed(1))}
          </p>
          <BarChart
            label={t.steps.bottleneck}
            items={[
              { id: 'bottleneck', label: t.bottleneckCol, value: l.bottleneck.totals.params },
              { id: 'two', label: t.twoCol, value: l.twoWide.totals.params },
            ]}
          />
        </>
      ),
    },
    {
      title: t.steps.degradation,
      body: (
        <>
          <p className="ex-big">{t.degradation}</p>
          <table className="ex-table">
            <thead>
              <tr>
                <th>{t.table.depth}</th>
                <th className="num">{t.table.plain}</th>
                <th className="num">{t.table.resnet}</th>
              </tr>
            </thead>
            <tbody>
              {PLAIN_VS_RESIDUAL.rows.map((r) => (
                <tr key={r.depth}>
                  <th scope="row">{r.depth}</th>
                  <td className="num">{r.plain}</td>
                  <td className="num">{r.resnet}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="ex-note">{PLAIN_VS_RESIDUAL.source}</p>
          <p>
            {t.curves} <span className="ex-note">{PLAIN_VS_RESIDUAL.curves}.</span>
          </p>
        </>
      ),
    },
  ];
}
