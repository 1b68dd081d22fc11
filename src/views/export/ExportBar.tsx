/**
 * The model page's export menu: the diagram and the two charts as SVG or PNG (2×, with title and
 * legend, for slides), the layer table as CSV, Markdown or LaTeX, and the network as spec JSON.
 * Formatting lives in src/export; this component only gathers what the page shows.
 */
import { useState } from 'react';
import type { Analysis } from '../../engine/analysis';
import { fmt, shapeText } from '../../engine/format';
import type { ModelSpec } from '../../engine/types';
import { fileName, specJson } from '../../export/spec';
import { figureSvg, type LegendItem } from '../../export/svg';
import { tableCsv, tableLatex, tableMarkdown } from '../../export/table';
import { exportText as t } from '../../i18n';
import { captureChart, captureDiagram, download, legendFrom, svgToPng, type Capture } from './dom';
import './export.css';

export interface ExportBarProps {
  analysis: Analysis;
  spec?: ModelSpec;
  name: string;
  style: 'graph' | 'volumes';
}

type Figure = 'diagram' | 'bars' | 'cumulative';

export function ExportBar({ analysis: a, spec, name, style }: ExportBarProps) {
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const figure = async (
    which: Figure,
  ): Promise<{ capture: Capture; legend: LegendItem[]; subtitle: string } | null> => {
    if (which === 'diagram') {
      const live = document.querySelector<SVGSVGElement>('[data-testid="diagram"]');
      const section = live?.parentElement ?? document.body;
      const capture =
        style === 'graph' || !live ? await captureDiagram(a, section) : captureChart(live);
      return {
        capture,
        legend: legendFrom(section.querySelector('.diagram-legend')),
        subtitle: t.subtitle.diagram(
          shapeText(a.input),
          fmt(a.inference.params),
          fmt(a.inference.macs),
        ),
      };
    }
    const svg = document.querySelector<SVGSVGElement>(`[data-testid="charts-${which}"]`);
    if (!svg) return null;
    const panel = svg.closest('[data-testid="charts-panel"]');
    const legend =
      which === 'bars'
        ? legendFrom(panel?.querySelector(':scope > .charts-legend') ?? null)
        : legendFrom(panel?.querySelector('.charts-cum-head .charts-legend') ?? null);
    return { capture: captureChart(svg), legend, subtitle: t.subtitle[which] };
  };

  const run = async (file: string, make: () => Promise<Blob | string | null>, type?: string) => {
    try {
      const data = await make();
      if (data === null) return setStatus({ text: t.missing, error: true });
      download(data, file, type);
      setStatus({ text: t.done(file) });
    } catch (e) {
      setStatus({ text: t.failed(e instanceof Error ? e.message : String(e)), error: true });
    }
  };

  const exportFigure = (which: Figure, png: boolean) =>
    run(
      fileName(`${name}-${which}`, png ? 'png' : 'svg'),
      async () => {
        const f = await figure(which);
        if (!f) return null;
        const out = figureSvg({
          title: name,
          subtitle: f.subtitle,
          content: f.capture.content,
          box: f.capture.box,
          legend: f.legend,
        });
        return png ? svgToPng(out.svg, out.width, out.height, 2) : out.svg;
      },
      'image/svg+xml',
    );

  const opts = { name };
  const button = (id: string, label: string, onClick: () => void) => (
    <button type="button" data-testid={`export-${id}`} onClick={onClick}>
      {label}
    </button>
  );
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{t.menu}</summary>
      <div className="export-groups">
        {(['diagram', 'bars', 'cumulative'] as const).map((f) => (
          <div key={f} role="group" aria-label={t.groups[f]}>
            <span>{t.groups[f]}</span>
            {button(`${f}-svg`, t.formats.svg, () => void exportFigure(f, false))}
            {button(`${f}-png`, t.formats.png, () => void exportFigure(f, true))}
          </div>
        ))}
        <div role="group" aria-label={t.groups.table}>
          <span>{t.groups.table}</span>
          {button(
            'csv',
            t.formats.csv,
            () => void run(fileName(name, 'csv'), async () => tableCsv(a, opts), 'text/csv'),
          )}
          {button(
            'md',
            t.formats.md,
            () =>
              void run(fileName(name, 'md'), async () => tableMarkdown(a, opts), 'text/markdown'),
          )}
          {button(
            'latex',
            t.formats.latex,
            () =>
              void run(fileName(name, 'tex'), async () => tableLatex(a, opts), 'application/x-tex'),
          )}
        </div>
        {spec && (
          <div role="group" aria-label={t.groups.network}>
            <span>{t.groups.network}</span>
            {button(
              'spec',
              t.formats.spec,
              () =>
                void run(fileName(name, 'json'), async () => specJson(spec), 'application/json'),
            )}
          </div>
        )}
      </div>
      {status && (
        <p
          role={status.error ? 'alert' : 'status'}
          className={status.error ? 'export-error' : 'export-done'}
        >
          {status.text}
        </p>
      )}
    </details>
  );
}
