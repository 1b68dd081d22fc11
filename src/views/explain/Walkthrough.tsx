/**
 * The frame every walk-through shares: title, editable inputs, the list of steps, one step shown
 * as a slide, and stepping with ←/→ (Home/End), the buttons or the list. The step lives in the
 * URL (`step=`), so a slide can be linked. A lesson that cannot be computed shows the reason
 * where the slide would be; the inputs stay so the reader can fix them.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  defaults,
  readValues,
  type Field,
  type Lesson,
  type LessonError,
  type Values,
} from '../../layout/explain/common';
import { say } from '../../engine';
import { app, errors, explain as t, shell, type TopicId } from '../../i18n';
import { useAppStore } from '../../store/index';
import { isTypingTarget } from '../keys';
import { RuleBroken } from '../RuleBroken';
import { TOPICS } from './topics';
import './explain.css';

export interface Step {
  title: string;
  body: ReactNode;
}

/** Raw input text per topic, kept while the app runs (leaving and coming back keeps edits). */
const kept = new Map<string, Record<string, string>>();

/**
 * Inputs of a topic as raw text (what the reader typed) and the checked values, or the problem
 * of the bad field (said with the field's label at render).
 */
export function useInputs(
  topic: TopicId,
  fields: readonly Field[],
): {
  raw: Record<string, string>;
  setRaw(key: string, value: string): void;
  reset(): void;
  values: Lesson<Values>;
} {
  const [raw, setRawState] = useState<Record<string, string>>(() => kept.get(topic) ?? {});
  useEffect(() => {
    kept.set(topic, raw);
  }, [topic, raw]);
  const values = useMemo(() => readValues(fields, raw), [fields, raw]);
  return {
    raw,
    setRaw: (key, value) => setRawState((r) => ({ ...r, [key]: value })),
    reset: () => setRawState({}),
    values,
  };
}

/** Run a lesson on checked values; a bad input's message passes through. */
export function useLesson<T>(values: Lesson<Values>, f: (v: Values) => Lesson<T>): Lesson<T> {
  return useMemo(() => (values.ok ? f(values.value) : values), [values, f]);
}

export interface WalkthroughProps {
  topic: TopicId;
  fields: readonly Field[];
  labels: Record<string, string>;
  inputs: ReturnType<typeof useInputs>;
  /** Why the lesson could not be computed (a bad input, or the engine's broken rule). */
  error?: LessonError;
  steps: Step[];
  /** A short line under the title. */
  lead?: ReactNode;
}

export function Walkthrough({
  topic,
  fields,
  labels,
  inputs,
  error,
  steps,
  lead,
}: WalkthroughProps) {
  const step = useAppStore((s) => s.step);
  const setStep = useAppStore((s) => s.setStep);
  const present = useAppStore((s) => s.present);
  const n = steps.length;
  const i = Math.min(Math.max(step, 1), Math.max(n, 1));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const go = (k: number) => {
        e.preventDefault();
        setStep(Math.min(Math.max(k, 1), n));
      };
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(i + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(i - 1);
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [i, n, setStep]);

  const current = error ? undefined : steps[i - 1];
  const info = t.topics[topic];
  return (
    <main className="explain" data-testid="explain-page" data-topic={topic}>
      <header className="explain-head">
        <h1>{info.title}</h1>
        {lead && !present && <p className="explain-lead">{lead}</p>}
      </header>
      <div className="explain-grid">
        <nav className="explain-nav" aria-label={t.steps}>
          <h2>{t.steps}</h2>
          <ol>
            {steps.map((s, k) => (
              <li key={k}>
                <button
                  type="button"
                  aria-current={k + 1 === i ? 'step' : undefined}
                  className={k + 1 === i ? 'is-current' : ''}
                  onClick={() => setStep(k + 1)}
                  disabled={!!error}
                >
                  {s.title}
                </button>
              </li>
            ))}
          </ol>
          <Inputs fields={fields} labels={labels} inputs={inputs} />
        </nav>
        <section
          className="explain-slide"
          aria-live="polite"
          data-testid="explain-slide"
          data-step={error ? 0 : i}
          data-steps={n}
        >
          {error ? (
            <div className="explain-error" role="alert" data-testid="explain-error">
              {'input' in error ? (
                <>
                  <strong>{t.invalid}</strong>
                  {shell.colon}
                  {say(errors.field, {
                    ...error.input,
                    field: labels[error.input.field] ?? error.input.field,
                  })}
                </>
              ) : (
                <RuleBroken
                  error={error}
                  lead={<strong>{t.invalid}</strong>}
                  pathLead={app.model.atLayer}
                  testId="explain-error"
                />
              )}
            </div>
          ) : (
            current && (
              <>
                <div className="explain-step-head">
                  <span className="explain-count" data-testid="explain-count">
                    {t.stepOf(i, n)}
                  </span>
                  <h2>{current.title}</h2>
                </div>
                <div className="explain-body">{current.body}</div>
              </>
            )
          )}
          <div className="explain-pager">
            <button
              type="button"
              onClick={() => setStep(i - 1)}
              disabled={!!error || i <= 1}
              data-testid="explain-prev"
            >
              {t.prev}
            </button>
            <span className="explain-keys">{t.keys}</span>
            <button
              type="button"
              onClick={() => setStep(i + 1)}
              disabled={!!error || i >= n}
              data-testid="explain-next"
            >
              {t.next}
            </button>
          </div>
        </section>
      </div>
      {!present && <Related topic={topic} />}
    </main>
  );
}

function Inputs({
  fields,
  labels,
  inputs,
}: {
  fields: readonly Field[];
  labels: Record<string, string>;
  inputs: ReturnType<typeof useInputs>;
}) {
  const d = defaults(fields);
  return (
    <fieldset className="explain-inputs" data-testid="explain-inputs">
      <legend>{t.inputs}</legend>
      {fields.map((f) => (
        <label key={f.key}>
          <span>{labels[f.key] ?? f.key}</span>
          <input
            type="number"
            inputMode="numeric"
            min={f.min}
            max={f.max}
            value={inputs.raw[f.key] ?? String(d[f.key])}
            onChange={(e) => inputs.setRaw(f.key, e.target.value)}
            data-testid={`input-${f.key}`}
          />
        </label>
      ))}
      <p className="explain-hint">{t.inputsHint}</p>
      <button type="button" onClick={inputs.reset} data-testid="explain-reset">
        {t.reset}
      </button>
    </fieldset>
  );
}

function Related({ topic }: { topic: TopicId }) {
  const models = TOPICS.find((x) => x.id === topic)?.models ?? [];
  return (
    <p className="explain-related">
      {t.relatedModels}{' '}
      {models.map((m, k) => (
        <span key={m}>
          {k > 0 && ' · '}
          <a href={`#/model/${m}`}>{m}</a>
        </span>
      ))}
    </p>
  );
}
