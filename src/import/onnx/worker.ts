/**
 * The importer in a Web Worker: decoding and mapping a large file never blocks the page. One
 * message in ({ bytes, name }), one message out (the import, or the error's message as data).
 */
import { importOnnx, type OnnxImport } from './import';
import { isOnnxImportError } from './errors';
import type { OnnxMessage } from './messages';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  name: string;
}
export type WorkerReply = { ok: true; result: OnnxImport } | { ok: false; error: OnnxMessage };

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: importOnnx(new Uint8Array(e.data.bytes), { name: e.data.name }) };
  } catch (err) {
    reply = {
      ok: false,
      error: isOnnxImportError(err)
        ? err.msg
        : { code: 'unexpected', error: err instanceof Error ? err.message : String(err) },
    };
  }
  self.postMessage(reply);
};
