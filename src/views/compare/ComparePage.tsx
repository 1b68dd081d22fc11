/**
 * `#/compare/<id>,<id>[,…]`: two to six networks side by side under one set of analysis settings
 * — picker, totals, large differences in words, per-stage bars, cumulative curves and diagrams.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ComputeUnit, Precision } from '../../engine/conventions';
import { compare as t } from '../../i18n';
import { useConventions } from '../../store/derived';
import { useAppStore } from '../../store/index';
import { COMPARE_LIMITS, parseInput } from '../../store/url';
import { CompareCharts } from './CompareCharts';
import { Picker } from './Picker';
import { Ratios, TotalsTable } from './TotalsTable';
import { useCompared } from './derive';
import './compare.css';

export function ComparePage() {
  const compared = useCompared();
  const conventions = useConventions();
  const enough = compared.length >= COMPARE_LIMITS.min;
  return (
    <main className="compare" data-testid="compare-page">
      <div className="compare-head">
        <h1>{t.heading}</h1>
        <p className="compare-intro">{t.intro}</p>
      </div>
      <Picker compared={compared} />
      <CompareSettings />
      {!enough && <p className="compare-few">{t.tooFew(COMPARE_LIMITS.min)}</p>}
      {compared.length > 0 && <TotalsTable compared={compared} conventions={conventions} />}
      {enough && (
        <>
          <Ratios compared={compared} conventions={conventions} />
          <CompareCharts compared={compared} conventions={conventions} />
        </>
      )}
    </main>
  );
}

/** Input, batch, precision and MACs/FLOPs: one setting for every compared network. */
function CompareSettings() {
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
  const st = t.settings;
  return (
    <div className="compare-settings panel" data-testid="compare-settings">
      <label>
        {st.input}{' '}
        <select
          value={s.input ? s.input.join('x') : ''}
          onChange={(e) => {
            const r = parseInput(e.target.value);
            s.setInput(r.ok ? r.value : null);
          }}
          data-testid="compare-input"
        >
          <option value="">{st.inputOwn}</option>
          {['3x224x224', '3x227x227', '3x299x299', '3x32x32'].map((v) => (
            <option key={v} value={v}>
              {v.replace(/x/g, '×')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {st.batch}{' '}
        <select
          value={s.batch}
          onChange={(e) => s.setBatch(Number(e.target.value))}
          data-testid="compare-batch"
        >
          {[1, 2, 4, 8, 16, 32, 64, 128, 256].map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
      </label>
      <label>
        {st.precision}{' '}
        <select
          value={s.precision}
          onChange={(e) => s.setPrecision(e.target.value as Precision)}
          data-testid="compare-precision"
        >
          {(['fp32', 'fp16', 'int8'] as const).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {st.compute}{' '}
        <select
          value={s.compute}
          onChange={(e) => s.setCompute(e.target.value as ComputeUnit)}
          data-testid="compare-compute"
        >
          <option value="macs">MACs</option>
          <option value="flops">FLOPs</option>
        </select>
      </label>
    </div>
  );
}
