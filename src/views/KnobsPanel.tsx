import { useState } from 'react';
import type { Family, Knob, KnobValues } from '../catalog/index';
import { catalogText, localKnob, settings, shell } from '../i18n';
import { useAppStore } from '../store/index';
import './panels.css';

export interface KnobsPanelProps {
  family: Family;
  /** The complete current values (preset values and URL overrides resolved). */
  values?: KnobValues;
  /** URL overrides as typed (shown when they could not be resolved). */
  raw: Record<string, string>;
}

/** The family's knobs as a form; every change goes to the URL through the store. */
export function KnobsPanel({ family, values, raw }: KnobsPanelProps) {
  const setKnob = useAppStore((s) => s.setKnob);
  return (
    <section className="panel knobs" aria-label={settings.knobs} data-testid="knobs">
      <h2>
        {settings.knobs}
        {shell.colon}
        {catalogText(family.name)}
      </h2>
      {family.knobs.length === 0 && <p>{settings.knobsNone}</p>}
      {family.knobs.map((k) => (
        <KnobField
          key={k.key}
          knob={k}
          value={raw[k.key] ?? String(values?.[k.key] ?? k.default)}
          onChange={(v) => setKnob(k.key, v)}
        />
      ))}
    </section>
  );
}

function KnobField({
  knob: source,
  value,
  onChange,
}: {
  knob: Knob;
  value: string;
  onChange(v: string): void;
}) {
  const id = `knob-${source.key}`;
  // Label, help and choice names in the language shown (key and values as the URL spells them).
  const knob = localKnob(source);
  let control;
  if (knob.kind === 'bool') {
    control = (
      <input
        id={id}
        type="checkbox"
        checked={value === 'true'}
        onChange={(e) => onChange(String(e.target.checked))}
      />
    );
  } else if (knob.kind === 'choice') {
    control = (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {knob.choices?.map((c) => (
          <option key={String(c.value)} value={String(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = <NumberKnob id={id} knob={knob} value={value} onChange={onChange} />;
  }
  return (
    <div className={`settings-row knob-${knob.kind}`} title={knob.help}>
      <label htmlFor={id}>{knob.label}</label>
      {control}
      <p className="knob-help">{knob.help}</p>
    </div>
  );
}

/** A number knob, applied on Enter or blur (a deep network is rebuilt on every change). */
function NumberKnob({
  id,
  knob,
  value,
  onChange,
}: {
  id: string;
  knob: Knob;
  value: string;
  onChange(v: string): void;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  const commit = () => {
    if (text.trim() !== '' && text !== value) onChange(text.trim());
  };
  return (
    <>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        list={knob.choices ? `${id}-list` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {knob.choices && (
        <datalist id={`${id}-list`}>
          {knob.choices.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}
