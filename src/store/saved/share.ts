/**
 * Share links: a network compressed into the URL (`#/model/shared:<payload>`), so nothing leaves
 * the browser but the link itself. The payload is lz-string's URL-safe compression of
 * `{"n": name, "t": notation}` when the network is a chain (a short text), else `{"n", "s": spec}`.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import { parseNotation, specToNotation } from '../../notation/index';
import { causeOf } from './cause';
import { cleanName, jsonSource, type NetworkSource } from './records';
import type { SavedMessage } from './words';

export const SHARED_PREFIX = 'shared:';
/**
 * Longest payload put in a link, in characters. Browsers take far longer URLs, but chat tools,
 * mail clients and slides cut or mangle them well before; a larger network goes as a file.
 */
export const SHARE_MAX = 6000;

/** A share payload, or why there is none (a message: ./words.ts). */
export type ShareLink =
  { ok: true; payload: string } | { ok: false; msg: SavedMessage; length: number };

export function sharePayload(name: string, spec: ModelSpec): ShareLink {
  const notation = specToNotation(spec);
  const body = notation.ok ? { n: name, t: notation.text } : { n: name, s: spec };
  const payload = compressToEncodedURIComponent(JSON.stringify(body));
  if (payload.length > SHARE_MAX) {
    return {
      ok: false,
      length: payload.length,
      msg: { code: 'shareTooLarge', length: payload.length, max: SHARE_MAX },
    };
  }
  return { ok: true, payload };
}

/**
 * A shared network read back. `name` is the name the link carries, or null when it carries none
 * (the page then names it with its default name in the language shown).
 */
export type SharedRead =
  | { ok: true; name: string | null; spec: ModelSpec; source: NetworkSource }
  | { ok: false; msg: SavedMessage };

/** Read a share payload back; a damaged link gives the reason, never an exception. */
export function readSharePayload(payload: string): SharedRead {
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, msg: { code: 'shareDamaged' } };
  try {
    const o = JSON.parse(text) as { n?: unknown; t?: unknown; s?: unknown };
    const name = cleanName(typeof o.n === 'string' ? o.n : '') || null;
    if (typeof o.t === 'string') {
      const spec = parseSpec(parseNotation(o.t).spec);
      return { ok: true, name, spec, source: { format: 'notation', text: o.t } };
    }
    const spec = parseSpec(o.s);
    return { ok: true, name, spec, source: { format: 'json', text: jsonSource(spec) } };
  } catch (e) {
    return { ok: false, msg: { code: 'shareInvalid', cause: causeOf(e) } };
  }
}
