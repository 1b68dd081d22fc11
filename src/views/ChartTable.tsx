import { useState } from 'react';
import { a11y } from '../i18n';

export interface ChartTableProps {
  /** What the chart shows: the table's caption (and the disclosure's hidden label). */
  caption: string;
  columns: readonly string[];
  /** The chart's data, one array per row; built only when the table is opened. */
  rows(): readonly (readonly (string | number)[])[];
  /** Columns holding numbers (right-aligned). */
  numeric?: readonly number[];
  testId?: string;
}

/**
 * A chart's data as an HTML table, behind a "Show as table" disclosure under the chart: the
 * fallback for screen readers and for anyone who wants the exact numbers. `<details>` opens from
 * the keyboard (Enter or Space on its summary); the rows are built on first opening only.
 */
export function ChartTable({ caption, columns, rows, numeric = [], testId }: ChartTableProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="chart-table"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={testId}
    >
      <summary>
        {a11y.chart.showTable}
        <span className="sr-only">: {caption}</span>
      </summary>
      {open && (
        <div className="chart-table-scroll">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {v}
                      </th>
                    ) : (
                      <td key={j} className={numeric.includes(j) ? 'num' : undefined}>
                        {v}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
