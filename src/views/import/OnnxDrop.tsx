/**
 * Drop or pick an .onnx file. Parsing runs in a worker (see src/import/onnx/client.ts); the
 * component reports the result through `onImported` and shows any refusal as an alert. Keyboard:
 * the file input itself takes focus (Enter/Space opens the picker).
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import type { ModelSpec } from '../../engine/types';
import { say } from '../../engine/message';
import { importText, onnxWords, shell } from '../../i18n';
import { importOnnxFile } from '../../import/onnx/client';
import {
  isOnnxImportError,
  type ImportWarning,
  type OnnxImport,
  type OnnxMessage,
} from '../../import/onnx/index';
import './import.css';

export interface OnnxDropProps {
  onImported: (
    spec: ModelSpec,
    name: string,
    warnings: ImportWarning[],
    result: OnnxImport,
  ) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  /** `why` as data: said at render, in the language shown. */
  | { kind: 'failed'; file: string; why: OnnxMessage };

export function OnnxDrop({ onImported }: OnnxDropProps) {
  const t = importText.drop;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const take = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'busy', file: file.name });
    try {
      const r = await importOnnxFile(file);
      setState({ kind: 'idle' });
      onImported(r.spec, r.name, r.warnings, r);
    } catch (e) {
      setState({
        kind: 'failed',
        file: file.name,
        why: isOnnxImportError(e)
          ? e.msg
          : { code: 'unexpected', error: e instanceof Error ? e.message : String(e) },
      });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={`onnx-drop${over ? ' over' : ''}`}
      data-testid="onnx-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="onnx-drop-zone">{t.zone}</p>
      <p>
        {t.or}{' '}
        <label className="onnx-drop-pick" htmlFor={id}>
          {t.pick}
        </label>
        <input
          id={id}
          ref={input}
          className="onnx-drop-input"
          type="file"
          accept=".onnx,application/octet-stream"
          disabled={state.kind === 'busy'}
          onChange={(e) => void take(e.target.files?.[0])}
        />
      </p>
      <p className="onnx-drop-hint">{t.limits}</p>
      {state.kind === 'busy' && (
        <p role="status" className="onnx-drop-status">
          {t.reading(state.file)}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="onnx-drop-error">
          <strong>
            {t.failed(state.file)}
            {shell.colon}
          </strong>
          {say(onnxWords, state.why)}
        </p>
      )}
    </div>
  );
}
