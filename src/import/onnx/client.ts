/**
 * The page's side of the import: check the file's size before reading a byte of it, read it,
 * hand the bytes to a worker and wait (bounded) for the spec.
 */
import { OnnxImportError } from './errors';
import type { OnnxImport } from './import';
import { sizeProblem } from './limits';
import type { WorkerReply, WorkerRequest } from './worker';

/** How long an import may take before its worker is stopped. */
export const IMPORT_TIMEOUT_MS = 60_000;

/** Import an .onnx file in a worker. Rejects with an OnnxImportError whose msg says why. */
export async function importOnnxFile(file: File): Promise<OnnxImport> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) throw new OnnxImportError(tooBig);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    throw new OnnxImportError({ code: 'unreadable', error: (e as Error).message });
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new OnnxImportError({ code: 'timeout', seconds: IMPORT_TIMEOUT_MS / 1000 })),
        IMPORT_TIMEOUT_MS,
      );
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        clearTimeout(timer);
        resolve(e.data);
      };
      worker.onerror = (e) => {
        clearTimeout(timer);
        reject(new OnnxImportError({ code: 'worker-stopped', error: e.message || null }));
      };
      const request: WorkerRequest = { bytes, name: file.name };
      worker.postMessage(request, [bytes]);
    });
    if (!reply.ok) throw new OnnxImportError(reply.error);
    return reply.result;
  } finally {
    worker.terminate();
  }
}
