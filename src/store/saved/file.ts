/**
 * A saved network as a file: what "Download" writes and "Load a file" reads back. The file is
 * JSON: `{ "cnnAtlas": "network", "version": 2, "name", "origin"?, "source", "spec" }` — the
 * spec is the network (the command line's `--spec` reads the same spec from `.spec`), the source
 * is the editor's text. Loading also takes a bare spec (`{ "root": … }`) or a notation text.
 */
import { isSpecError } from '../../engine/errors';
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import { NotationError, parseNotation } from '../../notation/index';
import {
  RECORD_VERSION,
  cleanName,
  jsonSource,
  type NetworkSource,
  type SavedNetwork,
} from './records';

export const FILE_KIND = 'network';
/** Largest file read (a spec of a few thousand layers is well under 1 MB). */
export const FILE_MAX_BYTES = 5_000_000;

/** What a file holds, ready for `SavedStore.add`. */
export interface NetworkFile {
  name: string;
  spec: ModelSpec;
  source: NetworkSource;
  origin?: string;
}

export function networkToFile(r: SavedNetwork): string {
  const file: Record<string, unknown> = {
    cnnAtlas: FILE_KIND,
    version: RECORD_VERSION,
    name: r.name,
  };
  if (r.origin) file.origin = r.origin;
  file.source = r.source;
  file.spec = r.spec;
  return JSON.stringify(file, null, 2) + '\n';
}

/** A file name for a network: its name in lower-case letters, digits and dashes. */
export function fileNameFor(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'network'}.cnn.json`;
}

export type FileRead = { ok: true; file: NetworkFile } | { ok: false; why: string };

function specWhy(e: unknown): string {
  if (isSpecError(e))
    return `its network breaks a rule at ${e.path || '(network)'}: ${e.detail} [${e.rule}]`;
  if (e instanceof NotationError) return `its notation does not parse: ${e.message}`;
  return String(e instanceof Error ? e.message : e);
}

/** Read a loaded file's text (`fileName` names it in messages and gives a bare file its name). */
export function readNetworkFile(text: string, fileName: string): FileRead {
  const base = cleanName(fileName.replace(/(\.cnn)?\.(json|txt)$/i, '')) || 'Loaded network';
  if (text.length > FILE_MAX_BYTES) {
    return {
      ok: false,
      why: `${fileName} is larger than ${FILE_MAX_BYTES.toLocaleString('en')} characters`,
    };
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    // Not JSON: a notation text, or nothing this app reads.
    try {
      const { spec } = parseNotation(text);
      return {
        ok: true,
        file: { name: base, spec: parseSpec(spec), source: { format: 'notation', text } },
      };
    } catch (e) {
      return {
        ok: false,
        why: `${fileName} is neither JSON nor the text notation (${specWhy(e)})`,
      };
    }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { ok: false, why: `${fileName} does not hold a network (a JSON object was expected)` };
  }
  const o = obj as Record<string, unknown>;
  try {
    if (o.cnnAtlas === FILE_KIND) {
      if (typeof o.version !== 'number' || o.version > RECORD_VERSION) {
        return {
          ok: false,
          why: `${fileName} was written by a newer version of CNN Atlas (file format ${String(o.version)})`,
        };
      }
      const spec = parseSpec(o.spec);
      const src = o.source as Partial<NetworkSource> | undefined;
      const source: NetworkSource =
        src && (src.format === 'json' || src.format === 'notation') && typeof src.text === 'string'
          ? { format: src.format, text: src.text }
          : { format: 'json', text: jsonSource(spec) };
      const file: NetworkFile = {
        name: cleanName(typeof o.name === 'string' ? o.name : '') || base,
        spec,
        source,
      };
      if (typeof o.origin === 'string' && o.origin) file.origin = cleanName(o.origin);
      return { ok: true, file };
    }
    const spec = parseSpec(o);
    return { ok: true, file: { name: base, spec, source: { format: 'json', text } } };
  } catch (e) {
    return { ok: false, why: `${fileName}: ${specWhy(e)}` };
  }
}
