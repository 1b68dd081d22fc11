/**
 * Share links: a network compressed into the URL (`#/model/shared:<payload>`), so nothing leaves
 * the browser but the link itself. The payload is lz-string's URL-safe compression of
 * `{"n": name, "t": notation}` when the network is a chain (a short text), else `{"n", "s": spec}`.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import { parseNotation, specToNotation } from '../../notation/index';
import { cleanName, jsonSource, type NetworkSource } from './records';

export const SHARED_PREFIX = 'shared:';
/**
 * Longest payload put in a link, in characters. Browsers take far longer URLs, but chat tools,
 * mail clients and slides cut or mangle them well before; a larger network goes as a file.
 */
export const SHARE_MAX = 6000;

export type ShareLink = { ok: true; payload: string } | { ok: false; why: string; length: number };

export function sharePayload(name: string, spec: ModelSpec): ShareLink {
  const notation = specToNotation(spec);
  const body = notation.ok ? { n: name, t: notation.text } : { n: name, s: spec };
  const payload = compressToEncodedURIComponent(JSON.stringify(body));
  if (payload.length > SHARE_MAX) {
    return {
      ok: false,
      length: payload.length,
      why: `This network is too large to share as a link: ${payload.length.toLocaleString('en')} characters compressed, links are kept under ${SHARE_MAX.toLocaleString('en')}. Download it as a file instead.`,
    };
  }
  return { ok: true, payload };
}

export type SharedRead =
  { ok: true; name: string; spec: ModelSpec; source: NetworkSource } | { ok: false; why: string };

/** Read a share payload back; a damaged link gives the reason, never an exception. */
export function readSharePayload(payload: string): SharedRead {
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text)
    return { ok: false, why: 'The shared link is damaged or cut short: it does not decompress.' };
  try {
    const o = JSON.parse(text) as { n?: unknown; t?: unknown; s?: unknown };
    const name = cleanName(typeof o.n === 'string' ? o.n : '') || 'Shared network';
    if (typeof o.t === 'string') {
      const spec = parseSpec(parseNotation(o.t).spec);
      return { ok: true, name, spec, source: { format: 'notation', text: o.t } };
    }
    const spec = parseSpec(o.s);
    return { ok: true, name, spec, source: { format: 'json', text: jsonSource(spec) } };
  } catch (e) {
    return {
      ok: false,
      why: `The shared link does not hold a valid network: ${(e as Error).message}`,
    };
  }
}
