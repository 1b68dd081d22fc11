/**
 * Memory totals for inference and training at the chosen batch and precision, from the engine's
 * `memoryEstimate`, broken down into parameters, buffers and stored activations, with the rule
 * stated in words.
 */
import type { Analysis } from '../engine/analysis';
import { BYTES, bytesText, memoryEstimate, type Conventions } from '../engine/conventions';
import { fmt } from '../engine/format';
import type { ModelSpec } from '../engine/types';
import { charts } from '../i18n';
import { BudgetSection, MeasuredSection, RulesTable, useKept } from './TrainingMemory';
import './charts.css';

export interface MemoryPanelProps {
  analysis: Analysis;
  conventions: Conventions;
  /** The spec the analysis comes from: the kept-for-backward rules read its nodes. */
  spec: ModelSpec;
  selected: string | null;
  onSelect(path: string | null): void;
}

function Cell({ bytes, id, note }: { bytes: number; id: string; note?: string }) {
  return (
    <td data-testid={id} data-value={bytes}>
      <span className="memory-main">{bytesText(bytes)}</span>
      <span className="memory-exact">{fmt(bytes)} B</span>
      {note && <span className="memory-factor">{note}</span>}
    </td>
  );
}

export function MemoryPanel({
  analysis: a,
  conventions: c,
  spec,
  selected,
  onSelect,
}: MemoryPanelProps) {
  const t = charts.memory;
  const kept = useKept(a, spec);
  // Inference is the deployed network (auxiliary heads left out); training runs every head.
  const inf = memoryEstimate(a.inference, c);
  const tr = memoryEstimate(a.totals, c);
  const isLectureVgg16 = a.id === 'vgg16' && a.input.join('x') === '3x224x224';
  return (
    <section className="panel memory-panel" data-testid="memory-panel">
      <h2>
        {t.heading}{' '}
        <span className="memory-settings">
          {t.settings(c.batch, c.precision, BYTES[c.precision])}
        </span>
      </h2>
      <table className="memory-table">
        <thead>
          <tr>
            <th scope="col">{t.columns.part}</th>
            <th scope="col">{t.columns.inference}</th>
            <th scope="col">{t.columns.training}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.parts.params}</th>
            <Cell bytes={inf.paramBytes} id="memory-inference-params" />
            <Cell bytes={tr.paramBytes * 3} id="memory-training-params" note={t.factors.params} />
          </tr>
          <tr>
            <th scope="row">{t.parts.buffers}</th>
            <Cell bytes={inf.bufferBytes} id="memory-inference-buffers" />
            <Cell bytes={tr.bufferBytes} id="memory-training-buffers" />
          </tr>
          <tr>
            <th scope="row">{t.parts.activations}</th>
            <Cell bytes={inf.activationBytes} id="memory-inference-activations" />
            <Cell
              bytes={tr.activationBytes * 2}
              id="memory-training-activations"
              note={t.factors.activations}
            />
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.parts.total}</th>
            <Cell bytes={inf.inference} id="memory-inference-total" />
            <Cell bytes={tr.training} id="memory-training-total" />
          </tr>
        </tfoot>
      </table>
      <p className="memory-stored" data-testid="memory-stored">
        {t.storedLine(
          fmt(a.inference.storedValues),
          String(BYTES[c.precision]),
          c.batch,
          bytesText(inf.activationBytes),
        )}
      </p>
      {a.hasTrainingOnly && <p className="charts-note">{t.trainingOnly(fmt(a.totals.params))}</p>}
      <ul className="memory-rule" data-testid="memory-rule">
        {t.rule.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {isLectureVgg16 && (
        <p className="memory-lecture" data-testid="memory-lecture-note">
          {t.vgg16Note}
        </p>
      )}
      <RulesTable analysis={a} kept={kept} conventions={c} />
      <BudgetSection analysis={a} spec={spec} kept={kept} selected={selected} onSelect={onSelect} />
      <MeasuredSection analysis={a} spec={spec} />
    </section>
  );
}
