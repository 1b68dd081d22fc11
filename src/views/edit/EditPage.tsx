/**
 * The `#/edit` route (loaded on demand with CodeMirror): the list of saved networks, or the editor
 * for one (`#/edit/<id>`). Storage problems found at load (damaged or newer entries) are shown
 * here with their raw text for download.
 */
import { useRef, useState } from 'react';
import { analyze } from '../../engine/analyze';
import { fmt } from '../../engine/format';
import { say } from '../../engine/message';
import { editor as t, importText, onnxWords, shell } from '../../i18n';
import type { ImportWarning } from '../../import/onnx/index';
import { useAppStore } from '../../store/index';
import {
  savedNetworks,
  useSavedNetworks,
  userModelId,
  type SavedNetwork,
} from '../../store/saved/index';
import { readNetworkFile } from '../../store/saved/file';
import { parseNotation } from '../../notation/index';
import { downloadText } from './actions';
import { NetworkButtons } from './NetworkButtons';
import { NetworkEditor } from './NetworkEditor';
import { OnnxDrop } from '../import/OnnxDrop';
import './edit.css';

/** The text a new network starts from: LeNet-5's shape in the notation (a small, valid chain). */
const TEMPLATE = 'input 1x32x32, conv5-6/p0, maxpool, conv5-16/p0, maxpool, fc-120, fc-84, fc-10';

export default function EditPage() {
  const id = useAppStore((s) => s.modelId);
  const { networks } = useSavedNetworks();
  const record = id ? networks.find((n) => n.id === id) : undefined;
  return (
    <>
      <StorageProblems />
      {!id ? (
        <SavedList networks={networks} />
      ) : record ? (
        <NetworkEditor key={record.id} record={record} />
      ) : (
        <main className="editor">
          <p className="model-error" role="alert" data-testid="editor-missing">
            {t.edit.missing(id)}
          </p>
          <a href="#/edit">{t.edit.back}</a>
        </main>
      )}
    </>
  );
}

function StorageProblems() {
  const { problems } = useSavedNetworks();
  if (!problems.length) return null;
  const backups = savedNetworks().backups();
  return (
    <div className="app-notices" role="status" data-testid="storage-problems">
      <strong>{t.problems.heading}</strong>
      <ul>
        {problems.map((p, i) => {
          const b = p.backupKey && backups.find((x) => x.key === p.backupKey);
          return (
            <li key={i}>
              {p.message}{' '}
              {b && (
                <button
                  type="button"
                  onClick={() => downloadText(b.text, `${b.key.replace(/\W+/g, '-')}.txt`)}
                >
                  {t.problems.downloadRaw}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => savedNetworks().dismissProblems()}>
        {t.problems.dismiss}
      </button>
    </div>
  );
}

function paramsOf(r: SavedNetwork): string {
  try {
    return fmt(analyze(r.spec).inference.params);
  } catch {
    return t.list.invalid;
  }
}

function SavedList({ networks }: { networks: readonly SavedNetwork[] }) {
  const openEditor = useAppStore((s) => s.openEditor);
  const openModel = useAppStore((s) => s.openModel);
  const [warnings, setWarnings] = useState<{ id: string; list: ImportWarning[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  const loadFile = async (file: File) => {
    const r = readNetworkFile(await file.text(), file.name);
    if (!r.ok) {
      setStatus({ error: true, text: t.list.loadFailed(r.why) });
      return;
    }
    const rec = savedNetworks().add(r.file.name, r.file.spec, {
      origin: r.file.origin,
      source: r.file.source,
    });
    setStatus({ error: false, text: t.list.loaded(rec.name) });
  };

  return (
    <main className="editor editor-list" data-testid="saved-list">
      <h1>{t.list.heading}</h1>
      <p className="editor-intro">{t.list.intro}</p>
      <div className="editor-list-actions">
        <button
          type="button"
          data-testid="new-network"
          onClick={() => {
            const rec = savedNetworks().add(t.list.newTemplateName, parseNotation(TEMPLATE).spec, {
              source: { format: 'notation', text: TEMPLATE },
            });
            openEditor(rec.id);
          }}
        >
          {t.list.newNetwork}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="load-file">
          {t.list.loadFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.txt,application/json,text/plain"
          hidden
          data-testid="load-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void loadFile(f);
          }}
        />
      </div>
      <details className="editor-onnx">
        <summary data-testid="import-onnx">{t.list.importOnnx}</summary>
        <OnnxDrop
          onImported={(spec, name, ws) => {
            const rec = savedNetworks().add(name, spec, { origin: t.list.onnxOrigin(name) });
            // Without warnings the network opens at once; with them, they are read here first.
            if (!ws.length) openModel(userModelId(rec.id));
            else setWarnings({ id: rec.id, list: ws });
          }}
        />
      </details>
      {warnings && (
        <div className="editor-note" role="status" data-testid="onnx-warnings">
          <a href={`#/model/${userModelId(warnings.id)}`}>
            {t.list.importedWithWarnings(warnings.list.length)}
          </a>
          <ul>
            {warnings.list.map((w, i) => (
              <li key={i}>
                {w.node || importText.result.graph}
                {importText.result.opOf(w.op)}
                {shell.colon}
                {say(onnxWords, w.msg)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <p
          className={status.error ? 'model-error' : 'editor-note'}
          role={status.error ? 'alert' : 'status'}
          data-testid="load-status"
        >
          {status.text}
        </p>
      )}
      {networks.length === 0 ? (
        <p data-testid="saved-empty">{t.list.empty}</p>
      ) : (
        <table className="saved-table">
          <thead>
            <tr>
              <th scope="col">{t.list.name}</th>
              <th scope="col">{t.list.origin}</th>
              <th scope="col" className="num">
                {t.list.params}
              </th>
              <th scope="col">{t.list.modified}</th>
              <th scope="col">{t.list.actions}</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((n) => (
              <tr key={n.id} data-testid="saved-row" data-id={n.id}>
                <td>
                  <a href={`#/model/${userModelId(n.id)}`}>{n.name}</a>
                </td>
                <td>{n.origin ?? ''}</td>
                <td className="num">{paramsOf(n)}</td>
                <td>{new Date(n.modified).toLocaleString('en')}</td>
                <td>
                  <a href={`#/edit/${n.id}`} data-testid="edit">
                    {t.list.edit}
                  </a>{' '}
                  <NetworkButtons record={n} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
