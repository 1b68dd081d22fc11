import type { Analysis, Arithmetic, LayerResult, ModuleResult } from '../engine/analysis';
import { BYTES, bytesText, computeFigure, type Conventions } from '../engine/conventions';
import { fmt, shapeText } from '../engine/format';
import { expressionIn, formulaIn, opFamily } from '../engine/index';
import {
  arithWords,
  inspector,
  app,
  graphWords,
  screen,
  catalogText,
  labelText,
  moduleLabelText,
} from '../i18n';
import './inspector.css';

export interface InspectorProps {
  analysis: Analysis;
  conventions: Conventions;
  /** Selected leaf or module path. */
  selected: string | null;
  onSelect?(path: string | null): void;
  /** Clears the reader's selection (the close button; absent when nothing was chosen). */
  onClose?(): void;
}

/**
 * `expression = value` in the language shown, with the value's digits grouped (the engine groups
 * the expression's).
 */
export function arithmeticLine(a: Arithmetic): string {
  const expression = expressionIn(arithWords, a);
  return expression === fmt(a.value) || expression === String(a.value)
    ? fmt(a.value)
    : `${expression} = ${fmt(a.value)}`;
}

export function Inspector({ analysis, conventions, selected, onSelect, onClose }: InspectorProps) {
  let body;
  if (!selected) body = <p className="inspector-empty">{inspector.empty}</p>;
  else {
    const layer = analysis.layers.find((l) => l.path === selected);
    const module = layer ? undefined : analysis.modules.find((m) => m.path === selected);
    if (layer) body = <LeafView layer={layer} onSelect={onSelect} />;
    else if (module)
      body = <ModuleView module={module} analysis={analysis} conventions={conventions} />;
    else body = <p className="inspector-empty">{inspector.notFound(selected)}</p>;
  }
  return (
    <aside className="inspector" aria-label={inspector.heading} data-testid="inspector">
      <div className="inspector-head">
        <h2>{inspector.heading}</h2>
        {onClose && (
          <button
            type="button"
            className="inspector-close"
            onClick={onClose}
            aria-label={screen.inspector.closeLabel}
            title={screen.inspector.closeLabel}
            data-testid="inspector-close"
          >
            {screen.inspector.close} ✕
          </button>
        )}
      </div>
      {body}
    </aside>
  );
}

function LeafView({ layer, onSelect }: { layer: LayerResult; onSelect?(p: string): void }) {
  const [rh, rw] = layer.rf.size;
  const [jh, jw] = layer.rf.jump;
  return (
    <div className="inspector-leaf" data-path={layer.path}>
      <h3 className={`op-fam-${opFamily(layer.op)}`}>{labelText(layer.label)}</h3>
      <dl className="inspector-facts">
        <dt>{inspector.path}</dt>
        <dd>
          <code>{layer.path}</code>
        </dd>
        <dt>{inspector.op}</dt>
        <dd>{layer.op}</dd>
        {layer.inputs.length > 0 && (
          <>
            <dt>{inspector.inputs}</dt>
            <dd>
              <ul className="inspector-inputs">
                {layer.inputs.map((p, i) => (
                  <li key={p}>
                    <button type="button" className="inspector-link" onClick={() => onSelect?.(p)}>
                      {p}
                    </button>{' '}
                    <span className="inspector-shape">{shapeText(layer.inShapes[i] ?? [])}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{inspector.output}</dt>
        <dd className="inspector-shape" data-testid="inspector-output">
          {shapeText(layer.out)}
        </dd>
        <dt>{inspector.receptiveField}</dt>
        <dd>{inspector.rf(rh, rw, jh, jw)}</dd>
      </dl>
      {layer.trainingOnly && <p className="inspector-note">{inspector.trainingOnly}</p>}
      <h4>{inspector.arithmetic}</h4>
      {layer.arithmetic.length === 0 ? (
        <p className="inspector-empty">{inspector.noArithmetic}</p>
      ) : (
        <ol className="inspector-arith" data-testid="inspector-arithmetic">
          {layer.arithmetic.map((a, i) => (
            <li key={i} data-quantity={a.quantity}>
              <span className="inspector-q">{inspector.quantities[a.quantity] ?? a.quantity}</span>
              <code className="inspector-formula">{formulaIn(arithWords, a)}</code>
              <code className="inspector-expr">{arithmeticLine(a)}</code>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function pct(part: number, whole: number): string {
  if (whole === 0) return '—';
  const p = (100 * part) / whole;
  return `${p >= 10 || p === 0 ? p.toFixed(1) : p.toPrecision(2)} %`;
}

function ModuleView({
  module: m,
  analysis,
  conventions,
}: {
  module: ModuleResult;
  analysis: Analysis;
  conventions: Conventions;
}) {
  const whole = analysis.totals;
  const t = m.totals;
  const bytes = BYTES[conventions.precision] * conventions.batch;
  const unit = app.units[conventions.compute];
  return (
    <div className="inspector-module" data-path={m.path}>
      <h3>{moduleLabelText(m)}</h3>
      <dl className="inspector-facts">
        <dt>{inspector.path}</dt>
        <dd>
          <code>{m.path || '(network)'}</code>
        </dd>
        <dt>{inspector.module.kind}</dt>
        <dd>{graphWords.kind(String(m.kind))}</dd>
        <dt>{inspector.module.inShapes}</dt>
        <dd className="inspector-shape">{m.inShapes.map(shapeText).join(', ')}</dd>
        <dt>{inspector.output}</dt>
        <dd className="inspector-shape">{shapeText(m.out)}</dd>
        <dt>{inspector.module.layers}</dt>
        <dd>{fmt(t.layers)}</dd>
        <dt>{inspector.receptiveField}</dt>
        <dd>{inspector.rf(m.rf.size[0], m.rf.size[1], m.rf.jump[0], m.rf.jump[1])}</dd>
      </dl>
      {m.note && <p className="inspector-note">{catalogText(m.note)}</p>}
      {m.trainingOnly && <p className="inspector-note">{inspector.trainingOnly}</p>}
      <h4>{inspector.module.share}</h4>
      <table className="inspector-share" data-testid="inspector-share">
        <thead>
          <tr>
            <th />
            <th scope="col">{inspector.module.totals}</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          <tr data-share="params">
            <th scope="row">{inspector.module.params}</th>
            <td>{fmt(t.params)}</td>
            <td>{pct(t.params, whole.params)}</td>
          </tr>
          <tr data-share="compute">
            <th scope="row">{unit}</th>
            <td>{fmt(computeFigure(t.macs, conventions))}</td>
            <td>{pct(t.macs, whole.macs)}</td>
          </tr>
          <tr data-share="memory">
            <th scope="row">{inspector.module.memory}</th>
            <td>{bytesText(t.storedValues * bytes)}</td>
            <td>{pct(t.storedValues, whole.storedValues)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
