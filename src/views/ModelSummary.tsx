import { memo } from 'react';
import type { Analysis } from '../engine/analysis';
import { computeFigure, type Conventions } from '../engine/conventions';
import { fmt, shapeText } from '../engine/format';
import { app } from '../i18n';

/** A network's totals under the page's conventions: the model page's and the editor's header. */
export const ModelSummary = memo(function ModelSummary({
  analysis: a,
  conventions,
}: {
  analysis: Analysis;
  conventions: Conventions;
}) {
  const unit =
    app.units[conventions.compute] + (conventions.batch > 1 ? ` ×${conventions.batch}` : '');
  return (
    <dl className="model-summary" data-testid="summary">
      <div>
        <dt>{app.model.summary.input}</dt>
        <dd>{shapeText(a.input)}</dd>
      </div>
      <div>
        <dt>{app.model.summary.output}</dt>
        <dd>{shapeText(a.output)}</dd>
      </div>
      <div>
        <dt>{app.model.summary.params}</dt>
        <dd data-testid="total-params" data-value={a.inference.params}>
          {fmt(a.inference.params)}
        </dd>
      </div>
      <div>
        <dt>{unit}</dt>
        <dd data-testid="total-compute" data-value={computeFigure(a.inference.macs, conventions)}>
          {fmt(computeFigure(a.inference.macs, conventions))}
        </dd>
      </div>
      <div>
        <dt title={app.model.summary.depthHelp}>{app.model.summary.depth}</dt>
        <dd data-testid="total-depth" data-value={a.depth}>
          {fmt(a.depth)}
        </dd>
      </div>
      <div>
        <dt title={app.model.summary.layersHelp}>{app.model.summary.layers}</dt>
        <dd>{fmt(a.inference.layers)}</dd>
      </div>
      {a.hasTrainingOnly && (
        <div className="model-summary-training">
          <dt>{app.model.summary.training}</dt>
          <dd data-testid="training-totals">
            {fmt(a.totals.params)} / {fmt(computeFigure(a.totals.macs, conventions))}
          </dd>
        </div>
      )}
    </dl>
  );
});
