/**
 * The stored shape of a user's network, versioned, and the pure functions that read it back.
 *
 * Each network is one localStorage entry (`cnn-atlas/net/<id>`), so a damaged entry costs that
 * one network, never the others; an index entry keeps their order. Every entry carries `v`, its
 * format version. Reading never throws: it returns the record, or why it could not be kept.
 *
 * Versions:
 * - 1: `{ v, id, name, created, modified, spec, origin? }` — the network as a spec only.
 * - 2: adds `source: { format, text }`, the editor's text as last typed (it may be invalid while
 *   `spec` is the last valid network). From 1: the source is the spec as indented JSON.
 * Entries of an older version are upgraded by the steps in `MIGRATIONS` (their raw text is
 * backed up first, see storage.ts); an entry of a newer version (written by a later CNN Atlas)
 * is left untouched and reported, never overwritten.
 */
import { parseSpec } from '../../engine/validate';
import type { ModelSpec } from '../../engine/types';
import { causeOf } from './cause';
import type { EntryWhy } from './words';

export const RECORD_VERSION = 2;

/** The two ways to write a network: spec JSON, or the text notation (src/notation). */
export type SourceFormat = 'json' | 'notation';

export interface NetworkSource {
  format: SourceFormat;
  text: string;
}

/** A saved network as the app uses it. */
export interface SavedNetwork {
  v: typeof RECORD_VERSION;
  /** Short random id (letters and digits): the `mine:<id>` in the URL. */
  id: string;
  /** The user's name for it (free text, shown as text, never as HTML). */
  name: string;
  /** ISO 8601 times. */
  created: string;
  modified: string;
  /** The network: a spec that passed `parseSpec`. */
  spec: ModelSpec;
  /** The text the editor shows: what the user last typed, valid or not. */
  source: NetworkSource;
  /** Where it came from, in words ("copy of vgg16", "ONNX file alexnet.onnx"). */
  origin?: string;
}

export type ReadResult =
  | { ok: true; record: SavedNetwork; migrated: boolean }
  | { ok: false; why: EntryWhy; newer?: boolean };

/** Longest name kept (longer names are cut): names are labels, not documents. */
export const NAME_MAX = 200;
const ID_RE = /^[a-z0-9]{1,32}$/;

/**
 * Upgrade steps: `MIGRATIONS[n]` turns a version-n object into a version-(n+1) object. Each step
 * is pure and may throw with a message saying what it could not carry over (kept as the
 * problem's detail: a step that can throw should throw words of its own, a code, instead).
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> =
  {
    1: (o) => ({ ...o, v: 2, source: { format: 'json', text: jsonSource(o.spec) } }),
  };

/** A spec as the editor shows it: JSON indented by two spaces. */
export function jsonSource(spec: unknown): string {
  return JSON.stringify(spec, null, 2);
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isoOr(x: unknown, fallback: string): string {
  return typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : fallback;
}

/**
 * Read one stored entry's text. `fallbackTime` stands in for missing or unreadable times. Why an
 * entry cannot be kept is a message (./words.ts), said after "it".
 */
export function readRecord(raw: string, fallbackTime: string): ReadResult {
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch (e) {
    return { ok: false, why: { code: 'entryNotJson', detail: (e as Error).message } };
  }
  if (!isObj(obj)) return { ok: false, why: { code: 'entryNotObject' } };
  const v = obj.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, why: { code: 'entryNoVersion' } };
  }
  if (v > RECORD_VERSION) {
    return {
      ok: false,
      newer: true,
      why: { code: 'entryNewer', format: v, reads: RECORD_VERSION },
    };
  }
  let cur = obj;
  for (let from = v; from < RECORD_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, why: { code: 'entryNoUpgrade', from } };
    try {
      cur = step(cur);
    } catch (e) {
      return {
        ok: false,
        why: { code: 'entryUpgradeFailed', from, detail: (e as Error).message },
      };
    }
  }
  const rec = normalize(cur, fallbackTime);
  return rec.ok ? { ok: true, record: rec.record, migrated: v < RECORD_VERSION } : rec;
}

/** Check a current-version object field by field; the spec must pass the engine's parseSpec. */
function normalize(
  o: Record<string, unknown>,
  fallbackTime: string,
): { ok: true; record: SavedNetwork } | { ok: false; why: EntryWhy } {
  if (typeof o.id !== 'string' || !ID_RE.test(o.id)) {
    return { ok: false, why: { code: 'entryNoId' } };
  }
  let spec: ModelSpec;
  try {
    spec = parseSpec(o.spec);
  } catch (e) {
    return { ok: false, why: { code: 'entryBreaksRule', cause: causeOf(e) } };
  }
  const created = isoOr(o.created, fallbackTime);
  const src = o.source as Partial<NetworkSource> | undefined;
  if (
    !isObj(src) ||
    (src.format !== 'json' && src.format !== 'notation') ||
    typeof src.text !== 'string'
  ) {
    return { ok: false, why: { code: 'entryNoSource' } };
  }
  const record: SavedNetwork = {
    v: RECORD_VERSION,
    id: o.id,
    name: cleanName(typeof o.name === 'string' ? o.name : '') || o.id,
    created,
    modified: isoOr(o.modified, created),
    spec,
    source: { format: src.format, text: src.text },
  };
  if (typeof o.origin === 'string' && o.origin) record.origin = o.origin.slice(0, NAME_MAX);
  return { ok: true, record };
}

/** A name as stored: one line, trimmed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return name
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .slice(0, NAME_MAX);
}

/** A fresh id: 10 base-36 characters from the platform's random source. */
export function newId(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The text stored for a record (stable key order: the record's own). */
export function writeRecord(r: SavedNetwork): string {
  return JSON.stringify(r);
}
