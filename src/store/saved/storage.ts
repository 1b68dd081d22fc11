/**
 * The user's saved networks, kept in the browser's localStorage (records.ts says what one entry
 * holds). This module owns the keys:
 *
 * - `cnn-atlas/net/<id>`      one network (its own entry: damage stays local to it)
 * - `cnn-atlas/net-index`     `{"v":1,"order":[ids]}`, the list order; rebuilt from the entries
 *                             when missing or damaged
 * - `cnn-atlas/backup/<id>`   the raw text of an entry as it was before the app rewrote or set it
 *                             aside (upgrade, damage); `backups()` lists them for download
 *
 * Loading never throws and never drops an entry silently: every entry it cannot use is moved to a
 * backup key and reported in `problems` (shown on the page). Writes that fail (storage full or
 * disabled) keep the change in memory for this tab and report it. A problem is a message
 * (./words.ts), said by the page in the language shown.
 */
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import {
  RECORD_VERSION,
  cleanName,
  jsonSource,
  newId,
  readRecord,
  writeRecord,
  type NetworkSource,
  type SavedNetwork,
} from './records';
import { SAVED_WORDS, defaultName, savedText, type NameWords, type SavedMessage } from './words';

export const KEY_PREFIX = 'cnn-atlas/net/';
export const INDEX_KEY = 'cnn-atlas/net-index';
export const BACKUP_PREFIX = 'cnn-atlas/backup/';

/** The part of the Web Storage API used here (a Map-backed stand-in works in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

/** Something the load or a write could not do, for the notice bar. */
export interface StorageProblem {
  /** What went wrong, as data: the page says it with i18n's `savedWords`. */
  msg: SavedMessage;
  /** The same in English (./words.ts), for tests and logs. */
  message: string;
  /** Backup key holding the raw text that could not be used, when there is one. */
  backupKey?: string;
}

export interface SavedSnapshot {
  networks: readonly SavedNetwork[];
  problems: readonly StorageProblem[];
}

export interface SavedStore {
  /** The current list (a new array after every change) and the problems seen so far. */
  getSnapshot(): SavedSnapshot;
  subscribe(listener: () => void): () => void;
  get(id: string): SavedNetwork | undefined;
  /**
   * Add a network; returns the stored record. Throws a SpecError when `spec` is not valid.
   * Without a `source`, the editor text is the spec as JSON. An empty name becomes the default
   * name in `words` (the language shown; English without).
   */
  add(
    name: string,
    spec: unknown,
    opts?: { origin?: string; source?: NetworkSource; words?: NameWords },
  ): SavedNetwork;
  /**
   * After an edit: store the editor's text, and the network when the text is valid (`spec`
   * absent: the text does not parse, the last valid network stays).
   */
  update(id: string, change: { source: NetworkSource; spec?: ModelSpec }): SavedNetwork | undefined;
  rename(id: string, name: string): SavedNetwork | undefined;
  /** A copy named by `words`' copyName ("<name> (copy)" in English). */
  duplicate(id: string, words?: NameWords): SavedNetwork | undefined;
  remove(id: string): void;
  /** Raw texts set aside by the load: key and text, for download. */
  backups(): { key: string; text: string }[];
  dismissProblems(): void;
}

/** A problem from its message (the English `message` derived from it). */
export function storageProblem(msg: SavedMessage, backupKey?: string): StorageProblem {
  return backupKey === undefined
    ? { msg, message: savedText(msg) }
    : { msg, message: savedText(msg), backupKey };
}

function now(): string {
  return new Date().toISOString();
}

function allKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

function readIndex(storage: KeyValueStorage): string[] | null {
  const raw = storage.getItem(INDEX_KEY);
  if (raw === null) return null;
  try {
    const o = JSON.parse(raw) as { order?: unknown };
    if (Array.isArray(o.order) && o.order.every((x) => typeof x === 'string')) {
      return o.order as string[];
    }
  } catch {
    // Damaged index: rebuilt from the entries below (it holds only their order).
  }
  return null;
}

/** Open the saved networks in `storage`, repairing what can be repaired (see the module comment). */
export function openSavedStore(
  storage: KeyValueStorage,
  initialProblems: StorageProblem[] = [],
): SavedStore {
  const problems: StorageProblem[] = [...initialProblems];
  const byId = new Map<string, SavedNetwork>();
  const loadTime = now();

  const trySet = (key: string, text: string): boolean => {
    try {
      storage.setItem(key, text);
      return true;
    } catch (e) {
      const err = e as Error;
      const quota = err.name === 'QuotaExceededError' || /quota/i.test(err.message ?? '');
      problems.push(storageProblem({ code: 'writeFailed', detail: err.message ?? '', quota }));
      return false;
    }
  };
  const backup = (id: string, raw: string): string => {
    let key = `${BACKUP_PREFIX}${id}`;
    for (let n = 2; storage.getItem(key) !== null && storage.getItem(key) !== raw; n++) {
      key = `${BACKUP_PREFIX}${id}~${n}`;
    }
    trySet(key, raw);
    return key;
  };

  // Load: every entry under the prefix, in the index's order first, then any the index missed.
  const entryIds = allKeys(storage)
    .filter((k) => k.startsWith(KEY_PREFIX))
    .map((k) => k.slice(KEY_PREFIX.length));
  const index = readIndex(storage);
  const indexDamaged = index === null && storage.getItem(INDEX_KEY) !== null;
  const order = [...(index ?? []).filter((id) => entryIds.includes(id))];
  for (const id of entryIds) if (!order.includes(id)) order.push(id);
  if (indexDamaged) {
    backup('net-index', storage.getItem(INDEX_KEY)!);
    problems.push(storageProblem({ code: 'indexRebuilt', found: order.length }));
  }
  for (const id of order) {
    const key = KEY_PREFIX + id;
    const raw = storage.getItem(key)!;
    const r = readRecord(raw, loadTime);
    if (r.ok && r.record.id === id) {
      if (r.migrated) {
        backup(id, raw);
        trySet(key, writeRecord(r.record));
      }
      byId.set(id, r.record);
      continue;
    }
    const why = r.ok ? ({ code: 'entryOtherId', other: r.record.id } as const) : r.why;
    if (!r.ok && r.newer) {
      // Left in place: the newer app that wrote it can still read it.
      problems.push(storageProblem({ code: 'entryLeft', id, why }));
      continue;
    }
    const backupKey = backup(id, raw);
    storage.removeItem(key);
    problems.push(storageProblem({ code: 'entryUnreadable', id, why }, backupKey));
  }

  let snapshot: SavedSnapshot = { networks: [...byId.values()], problems: [...problems] };
  const listeners = new Set<() => void>();
  const writeIndex = () =>
    trySet(INDEX_KEY, JSON.stringify({ v: RECORD_VERSION, order: [...byId.keys()] }));
  const changed = () => {
    snapshot = { networks: [...byId.values()], problems: [...problems] };
    for (const l of listeners) l();
  };
  // The index is rewritten only when it no longer matches the entries that were kept.
  const kept = [...byId.keys()];
  if ((index ?? []).join('\n') !== kept.join('\n') && (kept.length || index !== null)) {
    writeIndex();
  }

  const put = (rec: SavedNetwork) => {
    byId.set(rec.id, rec);
    trySet(KEY_PREFIX + rec.id, writeRecord(rec));
  };
  const freshId = () => {
    let id = newId();
    while (byId.has(id) || storage.getItem(KEY_PREFIX + id) !== null) id = newId();
    return id;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    get: (id) => byId.get(id),
    add(name, spec, opts = {}) {
      const t = now();
      const valid = parseSpec(spec);
      const rec: SavedNetwork = {
        v: RECORD_VERSION,
        id: freshId(),
        name: cleanName(name) || defaultName(opts.words ?? SAVED_WORDS, 'untitledName'),
        created: t,
        modified: t,
        spec: valid,
        source: opts.source ?? { format: 'json', text: jsonSource(valid) },
      };
      if (opts.origin) rec.origin = cleanName(opts.origin);
      put(rec);
      writeIndex();
      changed();
      return rec;
    },
    update(id, { source, spec }) {
      const old = byId.get(id);
      if (!old) return undefined;
      const rec = { ...old, source, spec: spec ? parseSpec(spec) : old.spec, modified: now() };
      put(rec);
      changed();
      return rec;
    },
    rename(id, name) {
      const old = byId.get(id);
      const clean = cleanName(name);
      if (!old || !clean) return old;
      const rec = { ...old, name: clean, modified: now() };
      put(rec);
      changed();
      return rec;
    },
    duplicate(id, words = SAVED_WORDS) {
      const old = byId.get(id);
      if (!old) return undefined;
      const t = now();
      const rec: SavedNetwork = {
        ...old,
        id: freshId(),
        name: cleanName(words.copyName({ name: old.name })),
        created: t,
        modified: t,
      };
      put(rec);
      writeIndex();
      changed();
      return rec;
    },
    remove(id) {
      if (!byId.delete(id)) return;
      storage.removeItem(KEY_PREFIX + id);
      writeIndex();
      changed();
    },
    backups() {
      return allKeys(storage)
        .filter((k) => k.startsWith(BACKUP_PREFIX))
        .map((key) => ({ key, text: storage.getItem(key) ?? '' }));
    },
    dismissProblems() {
      problems.length = 0;
      changed();
    },
  };
}

/** A Map-backed storage: for tests, and for browsers where localStorage is disabled. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const m = new Map(Object.entries(initial));
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
  };
}
