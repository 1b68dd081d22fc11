/**
 * `#/edit/<id>`: one saved network's text (spec JSON or notation) in the code editor, with the
 * live result beside it — totals, the problem (line, layer path, rule), diagram and layer table.
 * Every change is saved (the text always; the network when the text is valid). While the text is
 * invalid, the last valid result stays on screen, dimmed and marked stale.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { editor as t, notationErrors } from '../../i18n';
import { say } from '../../engine/message';
import { specToNotation, type NotationMessage } from '../../notation/index';
import { useConventions } from '../../store/derived';
import { useAppStoreApi } from '../../store/index';
import {
  jsonSource,
  savedNetworks,
  userModelId,
  type SavedNetwork,
  type SourceFormat,
} from '../../store/saved/index';
import { DiagramPanel } from '../DiagramPanel';
import { ModelSummary } from '../ModelSummary';
import { LayerTable } from '../LayerTable';
import { CodeEditor } from './CodeEditor';
import { evaluate } from './evaluate';
import { NetworkButtons } from './NetworkButtons';
import { sayProblem } from './say-problem';

/** A note above the editor, as data (said at render): a format switch that could not happen. */
type EditorNote = { kind: 'fix-first' } | { kind: 'not-chain'; path: string; msg: NotationMessage };

/** Delay before a change is checked and saved (ms): typing stays smooth on long texts. */
const SETTLE_MS = 200;

function safeAnalyze(r: SavedNetwork): Analysis | null {
  try {
    return analyze(r.spec);
  } catch {
    return null;
  }
}

export function NetworkEditor({ record }: { record: SavedNetwork }) {
  const [text, setText] = useState(record.source.text);
  const [format, setFormat] = useState<SourceFormat>(record.source.format);
  const [checked, setChecked] = useState({
    text: record.source.text,
    format: record.source.format,
  });
  const [note, setNote] = useState<EditorNote | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const conventions = useConventions();
  const store = useAppStoreApi();

  // Check (and save) once typing settles.
  useEffect(() => {
    if (checked.text === text && checked.format === format) return;
    const id = setTimeout(() => setChecked({ text, format }), SETTLE_MS);
    return () => clearTimeout(id);
  }, [text, format, checked]);

  const result = useMemo(() => evaluate(checked.text, checked.format), [checked]);
  const lastGood = useRef<{ analysis: Analysis; key: number } | null>(null);
  if (result.ok) {
    if (lastGood.current?.analysis !== result.analysis)
      lastGood.current = { analysis: result.analysis, key: (lastGood.current?.key ?? 0) + 1 };
  } else if (!lastGood.current) {
    const a = safeAnalyze(record);
    if (a) lastGood.current = { analysis: a, key: 0 };
  }
  const shown = lastGood.current;
  const stale = !result.ok;

  useEffect(() => {
    const r = savedNetworks().get(record.id);
    if (!r || (r.source.text === checked.text && r.source.format === checked.format)) return;
    savedNetworks().update(record.id, {
      source: { format: checked.format, text: checked.text },
      spec: result.ok ? result.spec : undefined,
    });
  }, [checked, result, record.id]);

  const switchFormat = (f: SourceFormat) => {
    if (f === format) return;
    const now = evaluate(text, format);
    if (!now.ok) {
      setNote({ kind: 'fix-first' });
      return;
    }
    if (f === 'notation') {
      const n = specToNotation(now.spec);
      if (!n.ok) {
        setNote({ kind: 'not-chain', path: n.path, msg: n.msg });
        return;
      }
      setText(n.text);
    } else {
      setText(jsonSource(now.spec));
    }
    setNote(null);
    setFormat(f);
  };

  const problem = result.ok ? null : result.problem;
  const problemMessage = problem ? sayProblem(problem) : '';
  const a = shown?.analysis;

  return (
    <main className="editor" data-testid="editor-page">
      <div className="editor-head">
        <NameField record={record} />
        <div className="editor-format" role="group" aria-label={t.edit.format}>
          <span>{t.edit.format}</span>
          {(['notation', 'json'] as const).map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={format === f}
              className={format === f ? 'is-active' : ''}
              onClick={() => switchFormat(f)}
              data-testid={`format-${f}`}
            >
              {t.edit[f]}
            </button>
          ))}
        </div>
        <a href={`#/model/${userModelId(record.id)}`} data-testid="open-model-page">
          {t.edit.viewOnModelPage}
        </a>
        <NetworkButtons record={record} onDeleted={() => store.getState().openEditor()} />
        <a href="#/edit">{t.edit.back}</a>
      </div>
      {note && (
        <p className="editor-note" role="status" data-testid="editor-note">
          {note.kind === 'fix-first'
            ? t.edit.fixFirst
            : t.edit.notChain(note.path, say(notationErrors, note.msg))}
        </p>
      )}
      <div className="editor-grid">
        <div className="editor-code">
          <CodeEditor
            value={text}
            format={format}
            problem={problem}
            problemMessage={problemMessage}
            label={t.edit.editorLabel(t.edit[format])}
            onChange={setText}
          />
        </div>
        <section className="editor-result" aria-label={t.edit.results}>
          {problem && (
            <div
              className="model-error"
              role="alert"
              data-testid="editor-error"
              data-rule={problem.rule}
            >
              <button
                type="button"
                className="model-error-path"
                data-testid="editor-error-path"
                onClick={() => problem.path && setSelected(problem.path)}
              >
                {problemMessage}
              </button>
              {a && <p>{t.edit.stale}</p>}
            </div>
          )}
          {a && (
            <div
              className={stale ? 'editor-stale' : ''}
              data-stale={stale}
              data-testid="editor-result"
            >
              <ModelSummary analysis={a} conventions={conventions} />
              <DiagramPanel
                analysis={a}
                modelKey={`edit:${record.id}:${shown.key}`}
                style="graph"
                selected={selected}
                hovered={hovered}
                onSelect={setSelected}
                onHover={setHovered}
              />
              <LayerTable
                analysis={a}
                conventions={conventions}
                modelKey={`edit:${record.id}`}
                selected={selected}
                hovered={hovered}
                onSelect={setSelected}
                onHover={setHovered}
              />
            </div>
          )}
        </section>
      </div>
    </main>
  );
}

/** The network's name, renamed on Enter or when the field loses focus. */
function NameField({ record }: { record: SavedNetwork }) {
  const [name, setName] = useState(record.name);
  const commit = () => {
    if (name.trim() && name !== record.name) savedNetworks().rename(record.id, name);
    else setName(record.name);
  };
  return (
    <input
      className="editor-name"
      aria-label={t.edit.nameLabel}
      data-testid="network-name"
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
