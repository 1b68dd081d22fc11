/** Strings of the export menu (English). */
export const exportText = {
  menu: 'Export',
  groups: {
    diagram: 'Diagram',
    bars: 'Per-layer chart',
    cumulative: 'Cumulative chart',
    table: 'Layer table',
    network: 'Network',
  },
  formats: {
    svg: 'SVG',
    png: 'PNG 2×',
    csv: 'CSV',
    md: 'Markdown',
    latex: 'LaTeX',
    spec: 'Spec JSON',
  },
  subtitle: {
    diagram: (input: string, params: string, macs: string) =>
      `Layer diagram · input ${input} · ${params} parameters · ${macs} MACs`,
    bars: 'Parameters, compute and activation memory per layer',
    cumulative: 'Cumulative share of parameters, compute and memory along depth',
  },
  done: (file: string) => `Downloaded ${file}`,
  missing: 'Open the charts panel first: it is drawn when it comes into view.',
  failed: (why: string) => `Export failed: ${why}`,
};
