/**
 * The model page's measured figures (shared/reference/gpu-h200.json): forward time per batch and
 * per image for batch 1–64 in fp32 and bf16, board power, and the throughput each measurement
 * achieves against the engine's MACs (FLOPs/s = 2 × MACs × batch ÷ time).
 */
import { gpuMeasurement, GPU_MACHINE } from '../../catalog/measured';
import type { Analysis } from '../../engine/analysis';
import { fmt, shapeText } from '../../engine/format';
import { catalogText, measuredPanel as t } from '../../i18n';
import { achievedFlops, macsAtMeasuredInput, msText, tflopsText } from './throughput';
import './landscape.css';

export function MeasuredPanel({ id, analysis }: { id?: string; analysis: Analysis }) {
  const m = id ? gpuMeasurement(id) : undefined;
  if (!id || !m) return null;
  const macs = macsAtMeasuredInput(id, m);
  if (macs === null) return null;
  const sameInput = shapeText(analysis.input) === shapeText(m.input);
  const batches = Object.keys(m.inferMs.fp32)
    .map(Number)
    .sort((a, b) => a - b);
  return (
    <section className="panel ls-measured" aria-label={t.heading} data-testid="measured-panel">
      <h2>{t.heading}</h2>
      <p className="compare-caption">{t.what(catalogText(GPU_MACHINE))}</p>
      <p>
        {t.computed(fmt(macs), shapeText(m.input))} {!sameInput && t.otherInput(shapeText(m.input))}
      </p>
      <table className="ls-table" data-testid="measured-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t.batch}
            </th>
            <th scope="col" colSpan={3}>
              fp32
            </th>
            <th scope="col" colSpan={3}>
              bf16
            </th>
          </tr>
          <tr>
            {['fp32', 'bf16'].flatMap((d) => [
              <th key={`${d}-b`} scope="col">
                {t.msBatch}
              </th>,
              <th key={`${d}-i`} scope="col">
                {t.msImage}
              </th>,
              <th key={`${d}-t`} scope="col">
                {t.tput}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b} data-batch={b}>
              <th scope="row">{b}</th>
              {(['fp32', 'bf16'] as const).flatMap((d) => {
                const ms = m.inferMs[d][String(b)];
                return [
                  <td key={`${d}-b`} className="num">
                    {msText(ms)}
                  </td>,
                  <td key={`${d}-i`} className="num">
                    {msText(ms / b)}
                  </td>,
                  <td key={`${d}-t`} className="num" data-testid={`tput-${d}-${b}`}>
                    {tflopsText(achievedFlops(macs, b, ms))}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t.power(m.powerW.fp32['1'], m.powerW.fp32['64'], 'fp32')}{' '}
        {t.power(m.powerW.bf16['1'], m.powerW.bf16['64'], 'bf16')} {t.tputNote}{' '}
        <a href="#/landscape">{t.landscape}</a>
      </p>
    </section>
  );
}
