/**
 * A saved network as a file: what "Download" writes and "Load a file" reads back. The file is
 * JSON: `{ "cnnAtlas": "network", "version": 2, "name", "origin"?, "source", "spec" }` — the
 * spec is the network (the command line's `--spec` reads the same spec from `.spec`), the source
 * is the editor's text. Loading also takes a bare spec (`{ "root": … }`) or a notation text.
 */
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import { parseNotation } from '../../notation/index';
import { causeOf } from './cause';
import {
  RECORD_VERSION,
  cleanName,
  jsonSource,
  type NetworkSource,
  type SavedNetwork,
} from './records';
import { SAVED_WORDS, defaultName, type NameWords, type SavedMessage } from './words';

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

/** A file read, or why not (a message: ./words.ts). */
export type FileRead = { ok: true; file: NetworkFile } | { ok: false; msg: SavedMessage };

/**
 * Read a loaded file's text (`fileName` names it in messages and gives a bare file its name;
 * a file with no usable name gets the default name in `words`, the language shown).
 */
export function readNetworkFile(
  text: string,
  fileName: string,
  words: NameWords = SAVED_WORDS,
): FileRead {
  const base =
    cleanName(fileName.replace(/(\.cnn)?\.(json|txt)$/i, '')) || defaultName(words, 'loadedName');
  if (text.length > FILE_MAX_BYTES) {
    return { ok: false, msg: { code: 'fileTooLarge', file: fileName, max: FILE_MAX_BYTES } };
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
      return { ok: false, msg: { code: 'fileNotRead', file: fileName, cause: causeOf(e) } };
    }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { ok: false, msg: { code: 'fileNotObject', file: fileName } };
  }
  const o = obj as Record<string, unknown>;
  try {
    if (o.cnnAtlas === FILE_KIND) {
      if (typeof o.version !== 'number' || o.version > RECORD_VERSION) {
        return { ok: false, msg: { code: 'fileNewer', file: fileName, format: String(o.version) } };
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
    return { ok: false, msg: { code: 'fileBroken', file: fileName, cause: causeOf(e) } };
  }
}
