/** Small pieces the walk-throughs share: an arithmetic line, a bar chart on one scale, numbers. */
import type { ReactNode } from 'react';
import { bars } from '../../layout/explain/common';
import { fmt } from '../../engine/format';
import { a11y } from '../../i18n';
import { useAppStore } from '../../store/index';
import { ChartTable } from '../ChartTable';

/** `formula` above, `expression = value` below: the engine's arithmetic, as on the slides. */
export function Formula({
  formula,
  expression,
  value,
  unit,
  testId,
}: {
  formula?: string;
  expression: string;
  value: number;
  unit?: string;
  testId?: string;
}) {
  return (
    <div className="ex-formula">
      {formula && <div className="ex-formula-rule">{formula}</div>}
      <div className="ex-formula-line">
        <code>{expression}</code> ={' '}
        <strong data-testid={testId} data-value={value}>
          {fmt(value)}
        </strong>
        {unit && <span className="ex-unit"> {unit}</span>}
      </div>
    </div>
  );
}

/** A number with its exact value in data-value (for tests and copy). */
export function N({ v, testId }: { v: number; testId?: string }) {
  return (
    <strong className="ex-num" data-testid={testId} data-value={v}>
      {fmt(v)}
    </strong>
  );
}

export interface BarItem {
  id: string;
  label: string;
  value: number;
  /** Shown dimmed: not yet reached in the walk-through. */
  dim?: boolean;
  /** Drawn in the highlight colour. */
  hot?: boolean;
  group?: string;
}

/** Text size of chart labels: at least 18 CSS px in presentation mode. */
export function useChartFont(): number {
  return useAppStore((s) => s.present) ? 20 : 14;
}

/**
 * Horizontal bars on one linear scale (0 … `max`, or the largest value), label left, exact
 * value right. Drawn in CSS px (no viewBox scaling), so text has the size the CSS gives it.
 */
export function BarChart({
  items,
  max,
  width = 360,
  label,
  testId,
}: {
  items: BarItem[];
  max?: number;
  width?: number;
  label: string;
  testId?: string;
}) {
  const font = useChartFont();
  const row = Math.round(font * 1.7);
  const labelW = Math.round(font * 15);
  const valueW = Math.round(font * 7);
  const b = bars(items, width, max);
  const h = row * items.length + 4;
  return (
    <>
      <svg
        className="ex-bars"
        width={labelW + width + valueW}
        height={h}
        role="img"
        aria-label={label}
        data-testid={testId}
        style={{ fontSize: font }}
      >
        {items.map((it, i) => (
          <g
            key={it.id}
            transform={`translate(0, ${i * row + 2})`}
            className={`ex-bar${it.dim ? ' is-dim' : ''}${it.hot ? ' is-hot' : ''}`}
            data-bar={it.id}
            data-value={it.value}
          >
            <text x={labelW - 8} y={row / 2} dy="0.35em" textAnchor="end" className="ex-bar-label">
              {it.label}
            </text>
            <rect
              x={labelW}
              y={row * 0.15}
              width={Math.max(it.value > 0 ? 1 : 0, b[i].width)}
              height={row * 0.7}
            />
            <text x={labelW + b[i].width + 6} y={row / 2} dy="0.35em" className="ex-bar-value">
              {fmt(it.value)}
            </text>
          </g>
        ))}
      </svg>
      <ChartTable
        caption={label}
        columns={[a11y.chart.item, a11y.chart.value]}
        rows={() => items.map((it) => [it.label, fmt(it.value)])}
        numeric={[1]}
        testId={testId ? `${testId}-table` : undefined}
      />
    </>
  );
}

/** Two columns side by side (naive vs bottleneck, plain vs residual …). */
export function Pair({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <div className="ex-pair">
      <div>{left}</div>
      <div>{right}</div>
    </div>
  );
}
