/**
 * The comparison's totals (one column per network) and its large differences in words. Every
 * figure is the engine's, at the shared settings; accuracy is the card's, with source and protocol.
 */
import { publishedAccuracy } from '../../catalog/accuracy';
import {
  bytesText,
  computeFigure,
  memoryEstimate,
  type Conventions,
} from '../../engine/conventions';
import { fmt, shapeText } from '../../engine/format';
import { app, compare as t, localAccuracy } from '../../i18n';
import { RuleBroken } from '../RuleBroken';
import { largeDifferences } from './ratios';
import { modelHref, type Compared } from './derive';

interface Props {
  compared: readonly Compared[];
  conventions: Conventions;
}

export function computeName(c: Conventions): string {
  return app.units[c.compute] + (c.batch > 1 ? ` ×${c.batch}` : '');
}

export function TotalsTable({ compared, conventions: c }: Props) {
  const tt = t.totals;
  const cell = (x: Compared, metric: string, value: number | undefined, text: string) => (
    <td key={x.key} className="num" data-testid={`cell-${metric}`} data-value={value}>
      {text}
    </td>
  );
  const row = (
    metric: string,
    head: string,
    f: (x: Compared) => { value?: number; text: string },
  ) => (
    <tr data-testid={`row-${metric}`}>
      <th scope="row">{head}</th>
      {compared.map((x) => {
        if (!x.analysis)
          return (
            <td key={x.key} className="compare-failed">
              {x.d.error ? <RuleBroken error={x.d.error} testId="compare-failed" /> : tt.failed}
            </td>
          );
        const r = f(x);
        return cell(x, metric, r.value, r.text);
      })}
    </tr>
  );
  return (
    <section className="compare-totals panel" aria-label={tt.heading}>
      <h2>{tt.heading}</h2>
      <p className="compare-caption">{tt.caption(c.batch, c.precision)}</p>
      <div className="compare-scroll">
        <table data-testid="totals">
          <thead>
            <tr>
              <th scope="col">{tt.network}</th>
              {compared.map((x, i) => (
                <th key={x.key} scope="col" className={`cmp-c${i}`}>
                  <span className="compare-swatch" aria-hidden="true" />
                  <a href={modelHref(x.item)}>{x.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('input', tt.input, (x) => ({ text: shapeText(x.analysis!.input) }))}
            {row('params', tt.params, (x) => ({
              value: x.analysis!.inference.params,
              text: fmt(x.analysis!.inference.params),
            }))}
            {row('compute', computeName(c), (x) => {
              const v = computeFigure(x.analysis!.inference.macs, c);
              return { value: v, text: fmt(v) };
            })}
            {row('depth', tt.depth, (x) => ({
              value: x.analysis!.depth,
              text: fmt(x.analysis!.depth),
            }))}
            {row('activations', tt.activations, (x) => ({
              value: x.analysis!.inference.activations,
              text: fmt(x.analysis!.inference.activations),
            }))}
            {row('memory', tt.memory, (x) => {
              const m = memoryEstimate(x.analysis!.inference, c).inference;
              return { value: m, text: bytesText(m) };
            })}
            <tr data-testid="row-accuracy">
              <th scope="row">{tt.accuracy}</th>
              {compared.map((x) => (
                <AccuracyCell key={x.key} x={x} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AccuracyCell({ x }: { x: Compared }) {
  const tt = t.totals;
  const published = publishedAccuracy(x.d.info ?? x.d.preset?.info);
  const acc = published && localAccuracy(published);
  if (!acc) return <td className="compare-none">{tt.none}</td>;
  const kind = acc.kind === 'error' ? tt.error : tt.acc;
  return (
    <td className="compare-acc" data-testid="cell-accuracy">
      <span className="compare-acc-figures">
        {acc.top1 !== undefined && `${tt.top1} ${acc.top1} %`}
        {acc.top1 !== undefined && acc.top5 !== undefined && ' · '}
        {acc.top5 !== undefined && `${tt.top5} ${acc.top5} %`} {kind}
      </span>
      <span className="compare-acc-source">
        {acc.source} — {acc.protocol}
      </span>
    </td>
  );
}

export function Ratios({ compared, conventions: c }: Props) {
  const nets = compared
    .filter((x) => x.analysis)
    .map((x) => ({
      name: x.name,
      params: x.analysis!.inference.params,
      macs: x.analysis!.inference.macs,
    }));
  const diffs = largeDifferences(nets, app.units[c.compute]);
  return (
    <section className="compare-ratios panel" aria-label={t.ratios.heading}>
      <h2>{t.ratios.heading}</h2>
      {diffs.length === 0 ? (
        <p>{t.ratios.none}</p>
      ) : (
        <ul data-testid="ratios">
          {diffs.map((d) => (
            <li key={d.text}>{d.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
