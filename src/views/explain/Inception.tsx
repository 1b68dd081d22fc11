/** #/explain/inception: the naive and the bottleneck Inception module, branch by branch. */
import { useMemo } from 'react';
import { fmt } from '../../engine/format';
import {
  INCEPTION_FIELDS,
  inceptionLesson,
  type Branch,
  type BranchId,
  type InceptionLesson,
  type Term,
} from '../../layout/explain/inception';
import { inception as t, labelText, moduleLabelText, shell } from '../../i18n';
import { Walkthrough, useInputs, useLesson, type Step } from './Walkthrough';
import { BarChart, Formula, N, Pair, type BarItem } from './parts';
import { hwc } from './shapes';

export default function InceptionPage() {
  const inputs = useInputs('inception', INCEPTION_FIELDS);
  const lesson = useLesson(inputs.values, inceptionLesson);
  const steps = useMemo(() => (lesson.ok ? buildSteps(lesson.value) : []), [lesson]);
  return (
    <Walkthrough
      topic="inception"
      fields={INCEPTION_FIELDS}
      labels={t.labels}
      inputs={inputs}
      error={lesson.ok ? undefined : lesson}
      steps={steps}
      lead={t.lead}
    />
  );
}

/** `3×3 branch: reduce 1×1, 64`: which conv of which branch. */
function termLabel(x: Term): string {
  const branch = x.path.split('/').at(-2) as BranchId;
  return t.termLabel(t.branchShort[branch], x.name, labelText(x.label));
}

/** Bars of both modules on one scale; terms after `upTo` (an index into the flat list) dimmed. */
function Bars({ l, upTo, hot }: { l: InceptionLesson; upTo: number; hot?: string }) {
  const naive = l.naive.branches.flatMap((b) => b.terms);
  const bottleneck = l.bottleneck.branches.flatMap((b) => b.terms);
  const max = Math.max(...naive.map((x) => x.value), ...bottleneck.map((x) => x.value));
  const items = (terms: typeof naive, offset: number): BarItem[] =>
    terms.map((x, i) => ({
      id: x.path,
      label: termLabel(x),
      value: x.value,
      dim: offset + i >= upTo,
      hot: x.path === hot,
    }));
  return (
    <div className="ex-figure">
      <h3>{t.barsNaive}</h3>
      <BarChart items={items(naive, 0)} max={max} label={t.barsNaive} testId="bars-naive" />
      <h3>{t.barsBottleneck}</h3>
      <BarChart
        items={items(bottleneck, naive.length)}
        max={max}
        label={t.barsBottleneck}
        testId="bars-bottleneck"
      />
    </div>
  );
}

function BranchList({ branches }: { branches: Branch[] }) {
  return (
    <ul className="ex-list">
      {branches.map((b) => (
        <li key={b.id}>
          {moduleLabelText(b)} → {hwc(b.out)}
        </li>
      ))}
    </ul>
  );
}

function Terms({ b }: { b: Branch }) {
  return (
    <>
      {b.terms.map((x) => (
        <div key={x.path} className="ex-term">
          <div className="ex-term-label">{termLabel(x)}</div>
          <Formula
            formula={x.formula}
            expression={x.expression}
            value={x.value}
            testId={`term-${x.path}`}
          />
        </div>
      ))}
    </>
  );
}

function Depth({ branches, out }: { branches: Branch[]; out: readonly number[] }) {
  return (
    <p className="ex-big">
      {t.depthSum}{' '}
      <code>
        {branches.map((b) => b.out[0]).join(' + ')} = <N v={out[0]} testId="out-depth" />
      </code>
    </p>
  );
}

function buildSteps(l: InceptionLesson): Step[] {
  const { naive, bottleneck } = l;
  const nTerms = naive.branches.flatMap((b) => b.terms).length;
  const steps: Step[] = [
    {
      title: t.steps.setup,
      body: (
        <>
          <p className="ex-big">{t.input(hwc(naive.input))}</p>
          <Pair
            left={
              <>
                <p>{t.naiveIs}</p>
                <BranchList branches={naive.branches} />
              </>
            }
            right={
              <>
                <p>{t.bottleneckIs}</p>
                <BranchList branches={bottleneck.branches} />
              </>
            }
          />
        </>
      ),
    },
  ];
  let seen = 0;
  for (const b of naive.branches) {
    if (!b.terms.length) continue;
    seen += b.terms.length;
    const upTo = seen;
    steps.push({
      title: t.steps.naive(t.branch[b.id]),
      body: (
        <>
          <p>{t.termIntro}</p>
          <Terms b={b} />
          <Bars l={l} upTo={upTo} hot={b.terms[0].path} />
        </>
      ),
    });
  }
  const pool = naive.branches[3];
  steps.push({
    title: t.steps.naivePool,
    body: (
      <>
        <p className="ex-big">{t.poolZero}</p>
        <p className="ex-big">{t.poolKeeps(pool.out[0])}</p>
        <Depth branches={naive.branches} out={naive.out} />
        <p>{t.depthGrows(naive.input[0], naive.out[0])}</p>
      </>
    ),
  });
  steps.push({
    title: t.steps.naiveTotal,
    body: (
      <>
        <p className="ex-big">
          {t.totalIs}{' '}
          <code>
            {naive.branches
              .filter((b) => b.terms.length)
              .map((b) => fmt(b.macs))
              .join(' + ')}
          </code>{' '}
          = <N v={naive.total} testId="naive-total" />
        </p>
        <Bars l={l} upTo={nTerms} />
      </>
    ),
  });
  seen = nTerms;
  for (const b of bottleneck.branches) {
    seen += b.terms.length;
    const upTo = seen;
    const reduce = b.terms.length > 1 ? b.terms[0] : undefined;
    steps.push({
      title: t.steps.bottleneck(t.branch[b.id]),
      body: (
        <>
          {reduce && <p>{t.reduceWhy(reduce.inChannels, b.terms[1].inChannels)}</p>}
          {b.id === 'branchPool' && <p>{t.projWhy(naive.input[0])}</p>}
          <Terms b={b} />
          <Bars l={l} upTo={upTo} hot={b.terms[b.terms.length - 1].path} />
        </>
      ),
    });
  }
  steps.push({
    title: t.steps.totals,
    body: (
      <>
        <Pair
          left={
            <>
              <h3>{t.naiveCol}</h3>
              <p className="ex-big">
                <N v={naive.total} /> {t.multiplies}
              </p>
              <p>
                {t.outDepth}
                {shell.colon}
                {hwc(naive.out)}
              </p>
              <Depth branches={naive.branches} out={naive.out} />
            </>
          }
          right={
            <>
              <h3>{t.bottleneckCol}</h3>
              <p className="ex-big">
                <N v={bottleneck.total} testId="bottleneck-total" /> {t.multiplies}
              </p>
              <p>
                {t.outDepth}
                {shell.colon}
                {hwc(bottleneck.out)}
              </p>
              <Depth branches={bottleneck.branches} out={bottleneck.out} />
            </>
          }
        />
        <p className="ex-big">{t.ratio(l.ratio.toFixed(2))}</p>
        <Bars l={l} upTo={Infinity} />
      </>
    ),
  });
  const terms = bottleneck.branches.flatMap((b) => b.terms);
  steps.push({
    title: t.steps.lecture,
    body: (
      <>
        <p>{t.lectureSays}</p>
        <p className="ex-big">
          <code>{terms.map((x) => fmt(x.value)).join(' + ')}</code> = <N v={bottleneck.total} />
        </p>
        <p>{t.lectureIs}</p>
        <p className="ex-big">
          <code>
            {fmt(bottleneck.total)} + {fmt(l.lecture.repeated.value)}
          </code>{' '}
          = <N v={l.lecture.value} testId="lecture-total" />
        </p>
        <p>{t.lectureVerdict(l.ratio.toFixed(2))}</p>
      </>
    ),
  });
  return steps;
}
