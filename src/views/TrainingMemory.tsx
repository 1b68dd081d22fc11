/**
 * The memory panel's training part: the three activation-memory rules side by side, the training
 * step's budget for the chosen batch, precision and optimizer, the largest batch for a card, the
 * layers that keep the most, and the H200 measurements beside the computed figures.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GPU_MACHINE, gpuMeasurement, measuredSavedPerImage } from '../catalog/measured';
import type { Analysis } from '../engine/analysis';
import { analyze } from '../engine/analyze';
import { BYTES, bytesText, type Conventions } from '../engine/conventions';
import { fmt, shapeText } from '../engine/format';
import {
  OPTIMIZERS,
  OPTIMIZER_STATES,
  dtypeBytes,
  TRAIN_PRECISIONS,
  keptBytes,
  keptForBackward,
  largestBatch,
  trainingBudget,
  type KeptForBackward,
  type TrainPrecision,
} from '../engine/memory/index';
import { OPS } from '../engine/ops/index';
import type { ModelSpec } from '../engine/types';
import { say } from '../engine/message';
import { autogradWords, catalogText, memory as t } from '../i18n';
import { useAppStore } from '../store/index';
import { LIMITS } from '../store/url';
import { dominantLayers, keptOf } from './memory-marks';
import './memory.css';

/** Card sizes offered, in GB as sold (held as GiB). */
export const CARDS = [8, 12, 16, 24, 40, 80, 141] as const;
const GiB = 2 ** 30;
const MiB = 2 ** 20;

/** MiB with one decimal and thousands separators: 31,515.0. */
const mib = (n: number) =>
  n.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d * 100).toFixed(1)} %`;

function Bytes({ n, id }: { n: number; id: string }) {
  return (
    <td data-testid={id} data-value={n}>
      <span className="memory-main">{bytesText(n)}</span>
      <span className="memory-exact">{fmt(n)} B</span>
    </td>
  );
}

/** The kept-tensor analysis of the shown network; training-only heads run in a training step. */
export function useKept(a: Analysis, spec: ModelSpec): KeptForBackward {
  return useMemo(() => keptOf(a, spec), [a, spec]);
}

export function RulesTable({
  analysis: a,
  kept,
  conventions: c,
}: {
  analysis: Analysis;
  kept: KeptForBackward;
  conventions: Conventions;
}) {
  const b = BYTES[c.precision];
  const table = a.totals.storedValues * b;
  const rows = [
    { key: 'table', ...t.rules.table, perImage: table },
    {
      key: 'every',
      ...t.rules.every,
      perImage: (a.totals.activations + a.layers[0].activations) * b,
    },
    { key: 'kept', ...t.rules.kept, perImage: keptBytes(kept.tensors, b, false) },
  ];
  return (
    <div className="memory-rules" data-testid="memory-rules">
      <h3>{t.rules.heading}</h3>
      <table className="memory-table">
        <thead>
          <tr>
            <th scope="col">{t.rules.columns.rule}</th>
            <th scope="col">{t.rules.columns.perImage}</th>
            <th scope="col">{t.rules.columns.batch(c.batch)}</th>
            <th scope="col">{t.rules.columns.ratio}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`memory-rule-${r.key}`}>
              <th scope="row">
                <span className="memory-rule-name">{r.name}</span>
                <span className="memory-rule-text">{r.text}</span>
              </th>
              <Bytes n={r.perImage} id={`memory-rule-${r.key}-image`} />
              <Bytes n={r.perImage * c.batch} id={`memory-rule-${r.key}-batch`} />
              <td>{table > 0 ? `${(r.perImage / table).toFixed(2)}×` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {kept.constant > 0 && (
        <p className="charts-note">{t.rules.constant(bytesText(kept.constant))}</p>
      )}
    </div>
  );
}

function CardPicker({ card, setCard }: { card: number; setCard(n: number): void }) {
  const preset = (CARDS as readonly number[]).includes(card);
  const [typing, setTyping] = useState(!preset);
  const [text, setText] = useState(String(card));
  const typed = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  const valid = typed >= 1 && typed <= LIMITS.cardGiB;
  return (
    <div className="memory-card-picker" role="group" aria-label={t.budget.card}>
      <label>
        <span>{t.budget.card}</span>
        <select
          value={typing ? 'other' : String(card)}
          data-testid="memory-card"
          onChange={(e) => {
            if (e.target.value === 'other') {
              setTyping(true);
              setText(String(card));
            } else {
              setTyping(false);
              setCard(Number(e.target.value));
            }
          }}
        >
          {CARDS.map((gb) => (
            <option key={gb} value={gb}>
              {t.budget.cardOption(gb)}
            </option>
          ))}
          <option value="other">{t.budget.cardOther}</option>
        </select>
      </label>
      {typing && (
        <label>
          <span className="visually-hidden">{t.budget.cardTyped}</span>
          <input
            inputMode="numeric"
            value={text}
            aria-label={t.budget.cardTyped}
            aria-invalid={!valid}
            data-testid="memory-card-typed"
            onChange={(e) => setText(e.target.value)}
            onBlur={() => valid && setCard(typed)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && valid) setCard(typed);
            }}
          />{' '}
          {t.budget.cardUnit}
        </label>
      )}
    </div>
  );
}

export function BudgetSection({
  analysis: a,
  spec,
  kept,
  selected,
  onSelect,
}: {
  analysis: Analysis;
  spec: ModelSpec;
  kept: KeptForBackward;
  selected: string | null;
  onSelect(path: string | null): void;
}) {
  const s = useAppStore(
    useShallow((st) => ({
      batch: st.batch,
      precision: st.precision,
      optimizer: st.optimizer,
      card: st.card,
      setBatch: st.setBatch,
      setPrecision: st.setPrecision,
      setOptimizer: st.setOptimizer,
      setCard: st.setCard,
    })),
  );
  const trainable = (TRAIN_PRECISIONS as readonly string[]).includes(s.precision);
  const precision: TrainPrecision = trainable ? (s.precision as TrainPrecision) : 'fp32';
  const budget = useMemo(
    () => trainingBudget(a, spec, { batch: s.batch, precision, optimizer: s.optimizer }, { kept }),
    [a, spec, kept, s.batch, precision, s.optimizer],
  );
  const capacity = s.card * GiB;
  const largest = useMemo(
    () => largestBatch(a, spec, { precision, optimizer: s.optimizer }, capacity, { kept }),
    [a, spec, kept, precision, s.optimizer, capacity],
  );
  const [batchText, setBatchText] = useState(String(s.batch));
  const [seenBatch, setSeenBatch] = useState(s.batch);
  if (seenBatch !== s.batch) {
    setSeenBatch(s.batch);
    setBatchText(String(s.batch));
  }
  const typedBatch = /^\s*\d+\s*$/.test(batchText) ? Number(batchText) : NaN;
  const batchOk = typedBatch >= 1 && typedBatch <= LIMITS.batch;
  const commitBatch = () => batchOk && typedBatch !== s.batch && s.setBatch(typedBatch);
  const cardName = t.budget.cardOption(s.card);
  const parts = [
    { key: 'weights', n: budget.weights },
    { key: 'gradients', n: budget.gradients },
    {
      key: 'optimizerState',
      n: budget.optimizerState,
      note: t.budget.notes.optimizerState(OPTIMIZER_STATES[s.optimizer]),
    },
    {
      key: 'activations',
      n: budget.activations,
      note: t.budget.notes.activations(
        bytesText(keptBytes(kept.tensors, BYTES[precision], false)),
        s.batch,
      ),
    },
    { key: 'transient', n: budget.transient, note: t.budget.notes.transient(budget.peakAt) },
  ] as const;
  const scale = Math.max(budget.peak, capacity);
  return (
    <div className="memory-budget" data-testid="memory-budget">
      <h3>{t.budget.heading}</h3>
      <div className="memory-controls">
        <label>
          <span>{t.budget.batch}</span>
          <input
            inputMode="numeric"
            value={batchText}
            aria-invalid={!batchOk}
            data-testid="memory-batch"
            onChange={(e) => setBatchText(e.target.value)}
            onBlur={commitBatch}
            onKeyDown={(e) => e.key === 'Enter' && commitBatch()}
          />
        </label>
        <label>
          <span>{t.budget.precision}</span>
          <select
            value={trainable ? s.precision : ''}
            data-testid="memory-precision"
            onChange={(e) => s.setPrecision(e.target.value as TrainPrecision)}
          >
            {!trainable && <option value="">{s.precision}</option>}
            {TRAIN_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t.budget.precisions[p]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t.budget.optimizer}</legend>
          {OPTIMIZERS.map((o) => (
            <label key={o}>
              <input
                type="radio"
                name="memory-optimizer"
                value={o}
                checked={s.optimizer === o}
                onChange={() => s.setOptimizer(o)}
                data-testid={`memory-optimizer-${o}`}
              />
              {t.budget.optimizers[o]}
            </label>
          ))}
        </fieldset>
        <CardPicker key={s.card} card={s.card} setCard={s.setCard} />
      </div>
      {!trainable && <p className="charts-note">{t.budget.inferenceOnly(s.precision)}</p>}
      <table className="memory-table memory-budget-table">
        <tbody>
          {parts.map((p) => (
            <tr key={p.key}>
              <th scope="row">
                <span className={`memory-swatch memory-swatch-${p.key}`} aria-hidden="true" />
                {t.budget.parts[p.key]}
                {'note' in p && <span className="memory-factor">{p.note}</span>}
              </th>
              <Bytes n={p.n} id={`memory-budget-${p.key}`} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.budget.parts.peak}</th>
            <Bytes n={budget.peak} id="memory-budget-peak" />
          </tr>
        </tfoot>
      </table>
      <div className="memory-stack" aria-hidden="true">
        {parts.map((p) => (
          <span
            key={p.key}
            className={`memory-swatch-${p.key}`}
            style={{ width: `${(100 * p.n) / scale}%` }}
          />
        ))}
        <span className="memory-stack-card" style={{ left: `${(100 * capacity) / scale}%` }} />
      </div>
      <p className="memory-fit" data-testid="memory-fit">
        {budget.peak <= capacity
          ? t.budget.fits(cardName)
          : t.budget.overflows(cardName, bytesText(budget.peak - capacity))}{' '}
        <strong data-testid="memory-largest" data-value={largest}>
          {t.budget.largest(cardName, largest)}
        </strong>
      </p>
      <p className="charts-note">{t.budget.cardNote}</p>
      <ul className="memory-rule" data-testid="memory-budget-rule">
        {t.budget.rule.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <DominantLayers kept={kept} selected={selected} onSelect={onSelect} />
      {selected && <LayerKeeps analysis={a} kept={kept} path={selected} />}
    </div>
  );
}

/** The selected layer's saved tensors, with the derivatives.yaml lines its rule follows. */
function LayerKeeps({
  analysis: a,
  kept,
  path,
}: {
  analysis: Analysis;
  kept: KeptForBackward;
  path: string;
}) {
  const i = a.layers.findIndex((l) => l.path === path);
  if (i < 0) return null;
  const layer = a.layers[i];
  const k = kept.layers[i];
  const rule = OPS[layer.op].saved;
  const firstKeeper = new Map(kept.tensors.map((x) => [x.storage, x.keptBy[0]]));
  return (
    <div className="memory-layer-keeps" data-testid="memory-layer-keeps">
      <h4>{t.layer.heading(path)}</h4>
      {k.saved.length === 0 ? (
        <p>{t.layer.nothing}</p>
      ) : (
        <ul>
          {k.saved.map((s, j) => {
            const bytes = s.elements * dtypeBytes(s.dtype, 4);
            const elsewhere = firstKeeper.get(k.storages[j]) !== path;
            return (
              <li key={j}>
                {t.layer.tensor(
                  say(autogradWords, s.what),
                  fmt(s.elements),
                  s.dtype,
                  bytesText(bytes),
                )}
                {elsewhere && <span className="memory-factor-inline"> ({t.layer.shared})</span>}
              </li>
            );
          })}
        </ul>
      )}
      <p>{t.layer.adds(bytesText(k.bytes))}</p>
      {rule.derivatives.length > 0 && (
        <figure className="memory-derivatives">
          <figcaption>{t.layer.source}</figcaption>
          <pre>{rule.derivatives.join('\n')}</pre>
        </figure>
      )}
    </div>
  );
}

function DominantLayers({
  kept,
  selected,
  onSelect,
}: {
  kept: KeptForBackward;
  selected: string | null;
  onSelect(path: string | null): void;
}) {
  const top = dominantLayers(kept);
  const { marks, setMarks } = useAppStore(
    useShallow((st) => ({ marks: st.memoryMarks, setMarks: st.setMemoryMarks })),
  );
  return (
    <div className="memory-dominant" data-testid="memory-dominant">
      <h4>{t.dominant.heading}</h4>
      <ol>
        {top.map((l) => (
          <li key={l.path}>
            <button
              type="button"
              className="memory-layer"
              aria-pressed={selected === l.path}
              onClick={() => onSelect(selected === l.path ? null : l.path)}
            >
              {l.path}
            </button>{' '}
            {bytesText(l.bytes)}{' '}
            <span className="memory-factor-inline">
              {t.dominant.share(`${((100 * l.bytes) / kept.perImage).toFixed(1)} %`)}
            </span>
          </li>
        ))}
      </ol>
      <label className="memory-marks">
        <input
          type="checkbox"
          checked={marks}
          onChange={(e) => setMarks(e.target.checked)}
          data-testid="memory-marks"
        />
        {t.dominant.highlight}
      </label>
    </div>
  );
}

export function MeasuredSection({ analysis: a, spec }: { analysis: Analysis; spec: ModelSpec }) {
  const m = a.id ? gpuMeasurement(a.id) : undefined;
  const rows = useMemo(() => {
    if (!m) return null;
    const same = a.input.join('x') === m.input.join('x');
    const at = same ? a : analyze(spec, { input: m.input });
    const kept = keptForBackward(at, spec);
    const b = trainingBudget(
      at,
      spec,
      { batch: 32, precision: 'fp32', optimizer: 'momentum' },
      { kept },
    );
    return { kept, step: b.activations + b.transient };
  }, [a, spec, m]);
  if (!m || !rows) return null;
  const saved = measuredSavedPerImage(m);
  const measuredStep = m.trainPeakMiBFp32B32 * MiB;
  const stepDiff = rows.step / measuredStep - 1;
  return (
    <div className="memory-measured" data-testid="memory-measured">
      <h3>{t.measured.heading}</h3>
      <p className="charts-note">{t.measured.machine(catalogText(GPU_MACHINE))}</p>
      <table className="memory-table">
        <thead>
          <tr>
            <th scope="col">{t.measured.columns.what}</th>
            <th scope="col">{t.measured.columns.measured}</th>
            <th scope="col">{t.measured.columns.computed}</th>
            <th scope="col">{t.measured.columns.diff}</th>
          </tr>
        </thead>
        <tbody>
          {saved !== undefined && (
            <tr>
              <th scope="row">
                {t.measured.saved}
                <span className="memory-factor">{t.measured.savedHow}</span>
              </th>
              <Bytes n={saved} id="memory-measured-saved" />
              <Bytes n={rows.kept.perImage} id="memory-computed-saved" />
              <td data-testid="memory-diff-saved">{pct(rows.kept.perImage / saved - 1)}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{t.measured.peak(shapeText(m.input))}</th>
            <td data-testid="memory-measured-peak" data-value={measuredStep}>
              <span className="memory-main">{mib(m.trainPeakMiBFp32B32)} MiB</span>
            </td>
            <td data-testid="memory-computed-peak" data-value={rows.step}>
              <span className="memory-main">{mib(rows.step / MiB)} MiB</span>
            </td>
            <td data-testid="memory-diff-peak">{pct(stepDiff)}</td>
          </tr>
        </tbody>
      </table>
      {saved === undefined && <p className="charts-note">{t.measured.noSaved}</p>}
      {Math.abs(stepDiff) > 0.1 && (
        <p className="memory-lecture" data-testid="memory-left-out">
          {t.measured.leftOut(stepDiff)}
        </p>
      )}
    </div>
  );
}
