/**
 * `#/import`: drop an ONNX file, see what was read (totals, nodes not mapped exactly, conventions
 * applied) and open it on the model page as a saved network (`#/model/mine:<id>`), where it has
 * the catalog's diagram, table, charts and exports.
 */
import { useState } from 'react';
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { fmt, shapeText } from '../../engine/format';
import { say } from '../../engine/message';
import { editor, importText, onnxWords, shell } from '../../i18n';
import type { OnnxImport } from '../../import/onnx/index';
import { saveUserNetwork, userModelId } from '../../store/saved/index';
import { OnnxDrop } from './OnnxDrop';

interface Imported {
  file: OnnxImport;
  analysis: Analysis;
  savedId?: string;
  saveError?: string;
}

export function ImportPage() {
  const t = importText;
  const [imported, setImported] = useState<Imported | null>(null);
  return (
    <main className="import-page">
      <h1>{t.page.title}</h1>
      <p>{t.page.intro}</p>
      <p>{t.page.how}</p>
      <OnnxDrop
        onImported={(spec, name, _warnings, file) => {
          const analysis = analyze(spec);
          try {
            const rec = saveUserNetwork(name, spec, editor.list.onnxOrigin(name));
            setImported({ file, analysis, savedId: rec.id });
          } catch (e) {
            setImported({ file, analysis, saveError: e instanceof Error ? e.message : String(e) });
          }
        }}
      />
      {imported && <ImportSummary {...imported} />}
    </main>
  );
}

function ImportSummary({ file, analysis: a, savedId, saveError }: Imported) {
  const t = importText.result;
  return (
    <section className="import-result" aria-live="polite" data-testid="import-result">
      <h2>
        {t.heading}
        {shell.colon}
        {file.name}
      </h2>
      <p>
        {t.producer} {file.producer || '—'}
        {file.opset !== null && `, ${t.opset} ${file.opset}`} · {t.nodes(fmt(file.nodes))} ·{' '}
        {t.weights[file.weights]}
      </p>
      <dl>
        <dt>{t.params}</dt>
        <dd className="num" data-testid="import-params">
          {fmt(a.totals.params)}
        </dd>
        <dt>{t.macs}</dt>
        <dd className="num" data-testid="import-macs">
          {fmt(a.totals.macs)}
        </dd>
        <dt>{t.layers}</dt>
        <dd className="num">{fmt(a.totals.layers)}</dd>
        <dt>{t.output}</dt>
        <dd>{shapeText(a.output)}</dd>
      </dl>
      {savedId ? (
        <a className="import-open" href={`#/model/${userModelId(savedId)}`}>
          {t.open}
        </a>
      ) : (
        <p role="alert">{t.notSaved(saveError ?? '')}</p>
      )}
      {file.warnings.length > 0 && (
        <>
          <h3>{t.warningsHeading(file.warnings.length)}</h3>
          <ul data-testid="import-warnings">
            {file.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.node || t.graph}</code>
                {t.opOf(w.op)}
                {shell.colon}
                {say(onnxWords, w.msg)}
              </li>
            ))}
          </ul>
        </>
      )}
      {file.notes.length > 0 && (
        <>
          <h3>{t.notesHeading}</h3>
          <ul>
            {file.notes.map((n, i) => (
              <li key={i}>{say(onnxWords, n)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
