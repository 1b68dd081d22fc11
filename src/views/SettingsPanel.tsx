import { useState, type FormEvent } from 'react';
import type { Shape } from '../engine/analysis';
import type { ComputeUnit, Precision } from '../engine/conventions';
import { shapeText } from '../engine/format';
import { settings } from '../i18n';
import { LIMITS, useAppStore, type InputShape } from '../store/index';
import { useShallow } from 'zustand/react/shallow';
import './panels.css';

/** Square input sizes worth one click: ImageNet 224, AlexNet 227, Inception 299, NASNet 331, CIFAR 32. */
export const INPUT_PRESETS = [224, 227, 299, 331, 32] as const;

export interface SettingsPanelProps {
  /** The model's own input C×H×W (what `input: null` means). */
  defaultInput: Shape;
}

export function SettingsPanel({ defaultInput }: SettingsPanelProps) {
  const s = useAppStore(
    useShallow((st) => ({
      input: st.input,
      batch: st.batch,
      precision: st.precision,
      compute: st.compute,
      setInput: st.setInput,
      setBatch: st.setBatch,
      setPrecision: st.setPrecision,
      setCompute: st.setCompute,
    })),
  );
  const effective = (s.input ?? defaultInput) as readonly number[];
  const dflt = defaultInput as readonly number[];
  const setSquare = (n: number) => {
    const next: InputShape = [effective[0], n, n];
    s.setInput(sameShape(next, dflt) ? null : next);
  };
  return (
    <section className="panel settings" aria-label={settings.heading} data-testid="settings">
      <h2>{settings.heading}</h2>
      <InputFields
        key={effective.join('x')}
        value={effective}
        onCommit={(v) => s.setInput(sameShape(v, dflt) ? null : v)}
      />
      <div className="settings-presets" role="group" aria-label={settings.presets}>
        <button
          type="button"
          className={s.input === null ? 'is-active' : ''}
          onClick={() => s.setInput(null)}
        >
          {settings.modelDefault(shapeText(defaultInput))}
        </button>
        {INPUT_PRESETS.map((n) => (
          <button
            type="button"
            key={n}
            className={
              effective[1] === n && effective[2] === n && s.input !== null ? 'is-active' : ''
            }
            onClick={() => setSquare(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <NumberField
        label={settings.batch}
        value={s.batch}
        max={LIMITS.batch}
        onCommit={s.setBatch}
        testId="settings-batch"
      />
      <label className="settings-row">
        <span>{settings.precision}</span>
        <select
          value={s.precision}
          onChange={(e) => s.setPrecision(e.target.value as Precision)}
          data-testid="settings-precision"
        >
          {(Object.keys(settings.precisions) as Precision[]).map((p) => (
            <option key={p} value={p}>
              {settings.precisions[p]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="settings-compute">
        <legend>{settings.compute}</legend>
        {(Object.keys(settings.computes) as ComputeUnit[]).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="compute"
              value={c}
              checked={s.compute === c}
              onChange={() => s.setCompute(c)}
            />
            {settings.computes[c]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function parseSize(text: string, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= max ? n : null;
}

/** C, H, W fields: edits are applied on Enter or when focus leaves the group. */
function InputFields({
  value,
  onCommit,
}: {
  value: readonly number[];
  onCommit(v: InputShape): void;
}) {
  const [text, setText] = useState(() => value.map(String));
  const maxes = [LIMITS.channels, LIMITS.spatial, LIMITS.spatial];
  const parsed = text.map((t, i) => parseSize(t, maxes[i]));
  const bad = parsed.findIndex((v) => v === null);
  const commit = () => {
    if (bad >= 0) return;
    const next = parsed as InputShape;
    if (!sameShape(next, value)) onCommit(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    commit();
  };
  const names = [settings.channels, settings.height, settings.width];
  return (
    <form
      className="settings-input"
      onSubmit={submit}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
      }}
    >
      <span className="settings-label">{settings.input}</span>
      <div className="settings-chw">
        {text.map((t, i) => (
          <input
            key={i}
            aria-label={names[i]}
            inputMode="numeric"
            value={t}
            aria-invalid={parsed[i] === null}
            onChange={(e) => setText(text.map((x, j) => (j === i ? e.target.value : x)))}
            data-testid={`settings-input-${'chw'[i]}`}
          />
        ))}
        <button type="submit" hidden />
      </div>
      {bad >= 0 && (
        <p className="settings-invalid" role="alert">
          {names[bad]}: {settings.invalidNumber} {maxes[bad]}
        </p>
      )}
    </form>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  max: number;
  onCommit(n: number): void;
  testId: string;
}) {
  const [text, setText] = useState(String(props.value));
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    setSeen(props.value);
    setText(String(props.value));
  }
  const n = parseSize(text, props.max);
  const commit = () => {
    if (n !== null && n !== props.value) props.onCommit(n);
  };
  return (
    <label className="settings-row">
      <span>{props.label}</span>
      <input
        inputMode="numeric"
        value={text}
        aria-invalid={n === null}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        data-testid={props.testId}
      />
      {n === null && (
        <span className="settings-invalid" role="alert">
          {settings.invalidNumber} {props.max}
        </span>
      )}
    </label>
  );
}
