/**
 * The saved-networks storage: round trips, and recovery from damaged, foreign and old entries.
 * Every damaged entry must be reported and its raw text kept; the other networks must survive.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  INDEX_KEY,
  KEY_PREFIX,
  memoryStorage,
  openSavedStore,
} from '../../src/store/saved/storage';
import { RECORD_VERSION, readRecord } from '../../src/store/saved/records';
import { isSpecError } from '../../src/engine/errors';
import { NEGATIVE_OUT, TINY as tiny } from '../saved-specs';

function seeded() {
  const storage = memoryStorage();
  const s = openSavedStore(storage);
  const a = s.add('First', tiny, { origin: 'test' });
  const b = s.add('Second', tiny);
  return { storage, s, a, b };
}

describe('saved networks: round trips', () => {
  it('adds, reloads, renames, duplicates and deletes', () => {
    const { storage, a, b } = seeded();
    const again = openSavedStore(storage);
    expect(again.getSnapshot().networks.map((n) => n.name)).toEqual(['First', 'Second']);
    expect(again.getSnapshot().problems).toEqual([]);
    expect(again.get(a.id)).toEqual(a);

    again.rename(b.id, '  Renamed\nnet  ');
    const dup = again.duplicate(a.id)!;
    expect(dup.id).not.toBe(a.id);
    expect(dup.name).toBe('First (copy)');
    again.remove(a.id);

    const third = openSavedStore(storage);
    expect(third.getSnapshot().networks.map((n) => n.name)).toEqual([
      'Renamed net',
      'First (copy)',
    ]);
    expect(storage.getItem(KEY_PREFIX + a.id)).toBeNull();
  });

  it('rejects an invalid spec with the engine error naming the layer', () => {
    const s = openSavedStore(memoryStorage());
    const bad = NEGATIVE_OUT;
    let err: unknown;
    try {
      s.add('bad', bad);
    } catch (e) {
      err = e;
    }
    expect(isSpecError(err)).toBe(true);
    expect((err as { path: string }).path).toBe('c1');
    expect(s.getSnapshot().networks).toEqual([]);
  });
});

describe('saved networks: recovery', () => {
  it('sets a damaged entry aside, keeps its raw text and keeps the others', () => {
    const { storage, a, b } = seeded();
    const truncated = storage.getItem(KEY_PREFIX + a.id)!.slice(0, 40);
    storage.setItem(KEY_PREFIX + a.id, truncated);
    const s = openSavedStore(storage);
    expect(s.getSnapshot().networks.map((n) => n.id)).toEqual([b.id]);
    const [p] = s.getSnapshot().problems;
    expect(p.message).toMatch(
      new RegExp(`"${a.id}" could not be read: it not valid JSON|could not be read`),
    );
    expect(p.backupKey).toBe(BACKUP_PREFIX + a.id);
    expect(storage.getItem(p.backupKey!)).toBe(truncated);
    expect(s.backups()).toEqual([{ key: BACKUP_PREFIX + a.id, text: truncated }]);
  });

  it('reports an entry whose network breaks a rule, naming the layer and rule', () => {
    const { storage, a } = seeded();
    const rec = JSON.parse(storage.getItem(KEY_PREFIX + a.id)!);
    rec.spec.root.layers[1].kernel = 'huge';
    storage.setItem(KEY_PREFIX + a.id, JSON.stringify(rec));
    const s = openSavedStore(storage);
    expect(s.getSnapshot().networks).toHaveLength(1);
    expect(s.getSnapshot().problems[0].message).toContain('conv1');
  });

  it('rebuilds a damaged index from the entries', () => {
    const { storage, a, b } = seeded();
    storage.setItem(INDEX_KEY, '{"order": [');
    const s = openSavedStore(storage);
    expect(new Set(s.getSnapshot().networks.map((n) => n.id))).toEqual(new Set([a.id, b.id]));
    expect(s.getSnapshot().problems[0].message).toMatch(/rebuilt \(2 found\)/);
    expect(JSON.parse(storage.getItem(INDEX_KEY)!).order).toHaveLength(2);
    expect(storage.getItem(BACKUP_PREFIX + 'net-index')).toBe('{"order": [');
  });

  it('finds entries the index lost and drops index ids without an entry', () => {
    const { storage, a, b } = seeded();
    storage.setItem(INDEX_KEY, JSON.stringify({ v: 1, order: ['gone', b.id] }));
    const s = openSavedStore(storage);
    expect(s.getSnapshot().networks.map((n) => n.id)).toEqual([b.id, a.id]);
    expect(JSON.parse(storage.getItem(INDEX_KEY)!).order).toEqual([b.id, a.id]);
  });

  it('leaves an entry of a newer format untouched and says so', () => {
    const { storage, a } = seeded();
    const newer = JSON.stringify({ v: RECORD_VERSION + 1, id: a.id, future: true });
    storage.setItem(KEY_PREFIX + a.id, newer);
    const s = openSavedStore(storage);
    expect(s.getSnapshot().networks).toHaveLength(1);
    expect(s.getSnapshot().problems[0].message).toMatch(/newer version of CNN Atlas/);
    expect(storage.getItem(KEY_PREFIX + a.id)).toBe(newer);
  });

  it('ignores keys that are not its own', () => {
    const storage = memoryStorage({ 'other-app': '{"v":1}', theme: 'dark' });
    const s = openSavedStore(storage);
    expect(s.getSnapshot()).toEqual({ networks: [], problems: [] });
    expect(storage.getItem(INDEX_KEY)).toBeNull();
  });

  it('keeps working in memory and reports when the storage refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const s = openSavedStore(storage);
    const rec = s.add('Kept in tab', tiny);
    expect(s.get(rec.id)?.name).toBe('Kept in tab');
    expect(s.getSnapshot().problems[0].message).toMatch(/QuotaExceededError.*this tab only/);
  });
});

describe('saved networks: upgrades', () => {
  it('upgrades a format-1 entry (spec only) to format 2, backing up the raw text first', () => {
    // Format 1 as the first commit of this layer wrote it: no editor text.
    const v1 = JSON.stringify({
      v: 1,
      id: 'old1',
      name: 'From format 1',
      created: '2026-11-28T20:00:00.000Z',
      modified: '2026-11-28T20:00:00.000Z',
      spec: tiny,
    });
    const storage = memoryStorage({ [KEY_PREFIX + 'old1']: v1 });
    const s = openSavedStore(storage);
    const rec = s.get('old1')!;
    expect(rec.v).toBe(2);
    expect(rec.name).toBe('From format 1');
    expect(rec.source).toEqual({ format: 'json', text: JSON.stringify(tiny, null, 2) });
    expect(storage.getItem(BACKUP_PREFIX + 'old1')).toBe(v1);
    expect(JSON.parse(storage.getItem(KEY_PREFIX + 'old1')!).v).toBe(2);
    expect(s.getSnapshot().problems).toEqual([]);
  });

  it('keeps the editor text of an edit that does not parse, and the last valid network', () => {
    const { storage, a } = seeded();
    const s = openSavedStore(storage);
    s.update(a.id, { source: { format: 'notation', text: 'conv3-64, maxpul' } });
    const again = openSavedStore(storage).get(a.id)!;
    expect(again.source.text).toBe('conv3-64, maxpul');
    expect(again.spec).toEqual(a.spec);
  });

  it('fills times it cannot read and cuts over-long names', () => {
    const r = readRecord(
      JSON.stringify({ v: 1, id: 'x1', name: 'n'.repeat(500), created: 'yesterday', spec: tiny }),
      '2026-01-01T00:00:00.000Z',
    );
    expect(r.ok && r.record.created).toBe('2026-01-01T00:00:00.000Z');
    expect(r.ok && r.record.name.length).toBe(200);
  });
});
