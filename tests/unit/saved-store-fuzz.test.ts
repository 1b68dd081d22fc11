/**
 * Hostile saved stores: the browser's storage for saved networks is mutated (entries truncated,
 * bytes changed, replaced by random JSON or random text, deleted; the index likewise; foreign keys
 * added) and the store is opened again. Opening never throws; every network it lists is a valid
 * spec the engine analyzes; a network whose own entry was not touched is never lost; damage is
 * reported in words, and the raw text of an entry set aside is kept as a backup. Fixed seed;
 * `FUZZ_RUNS` runs more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { analyze, parseSpec } from '../../src/engine/index';
import {
  BACKUP_PREFIX,
  INDEX_KEY,
  KEY_PREFIX,
  memoryStorage,
  openSavedStore,
  type KeyValueStorage,
} from '../../src/store/saved/storage';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20260412);

function seeded(): { storage: KeyValueStorage; ids: string[] } {
  const storage = memoryStorage();
  const store = openSavedStore(storage);
  const ids = ['lenet5', 'alexnet', 'squeezenet1.1'].map(
    (id, i) => store.add(`net ${i} <b>bold</b>`, buildModel(id, {})).id,
  );
  return { storage, ids };
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    ch: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('text' as const), value: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('delete' as const) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string | null, m: Mutation): string | null {
  if (m.kind === 'delete') return null;
  if (m.kind === 'json') return JSON.stringify(m.value);
  if (m.kind === 'text') return m.value;
  const s = text ?? '';
  const i = Math.floor(m.at * s.length);
  return m.kind === 'truncate' ? s.slice(0, i) : s.slice(0, i) + m.ch + s.slice(i + 1);
}

describe('saved store against mutated storage', () => {
  it(
    'opens, keeps every untouched network, lists only valid ones, says what it set aside',
    { timeout: Math.max(60_000, RUNS * 100) },
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), mutation), {
            minLength: 1,
            maxLength: 4,
          }),
          fc.option(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 }))),
          (edits, foreign) => {
            const { storage, ids } = seeded();
            const keys = [...ids.map((id) => KEY_PREFIX + id), INDEX_KEY];
            const touched = new Set<string>();
            for (const [which, m] of edits) {
              const key = keys[which];
              touched.add(key);
              const next = mutate(storage.getItem(key), m);
              if (next === null) storage.removeItem(key);
              else storage.setItem(key, next);
            }
            if (foreign) storage.setItem(KEY_PREFIX + foreign[0], foreign[1]);

            const snap = openSavedStore(storage).getSnapshot();
            for (const n of snap.networks) analyze(parseSpec(n.spec));
            const listed = new Set(snap.networks.map((n) => n.id));
            for (const id of ids)
              if (!touched.has(KEY_PREFIX + id)) expect(listed.has(id)).toBe(true);
            for (const p of snap.problems) {
              expect(p.message.length).toBeGreaterThan(10);
              if (p.backupKey) {
                expect(p.backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
                expect(storage.getItem(p.backupKey)).not.toBeNull();
              }
            }
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
  );
});
