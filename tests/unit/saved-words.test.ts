/**
 * The saved-network store's words (src/store/saved/words.ts) and their Chinese twin
 * (src/i18n/zh/saved.ts): every code says something in both languages with values a real
 * failure gives, the Chinese keeps the numbers and leaves no English word but the notation
 * listed below, the English sentences are the ones the store said before its messages became
 * data, a wrapped engine error is said with the engine's words and the rule's Chinese name, and
 * default names are made in the language given and then kept as the user's.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../src/engine/errors';
import { say } from '../../src/engine/message';
import { parseSpec } from '../../src/engine/validate';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { engineWords as zhEngine } from '../../src/i18n/zh/engine';
import { notationErrors as zhNotation } from '../../src/i18n/zh/notation-errors';
import { savedWords as zh } from '../../src/i18n/zh/saved';
import { type NotationError, parseNotation } from '../../src/notation/index';
import { deriveModel } from '../../src/store/derived';
import { setSavedNetworks } from '../../src/store/saved/index';
import { causeOf } from '../../src/store/saved/cause';
import { networkToFile, readNetworkFile } from '../../src/store/saved/file';
import { readRecord } from '../../src/store/saved/records';
import { readSharePayload, sharePayload } from '../../src/store/saved/share';
import { KEY_PREFIX, memoryStorage, openSavedStore } from '../../src/store/saved/storage';
import { SAVED_WORDS, type SavedCause } from '../../src/store/saved/words';
import { NEGATIVE_OUT as BAD, TINY } from '../saved-specs';
import { type Samples, wordProblems } from '../words-check';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** Real errors, caught as the store catches them. */
const specErr = thrown(() => parseSpec(BAD)) as SpecError;
const notationErr = thrown(() => parseNotation('input 3x8x8, conv3-64, maxpul')) as NotationError;
// An empty stored entry or payload: V8 says "Unexpected end of JSON input".
const jsonErr = thrown(() => JSON.parse('')) as SyntaxError;
const spec = causeOf(specErr) as Extract<SavedCause, { code: 'specBroken' }>;
const notation = causeOf(notationErr) as Extract<SavedCause, { code: 'notationBroken' }>;
const notJson = causeOf(jsonErr) as Extract<SavedCause, { code: 'notJson' }>;
const RUNTIME = 'Maximum call stack size exceeded';

/** The engine's words as the Chinese page says them (English until the engine's codes are in). */
const engineSaid = (m: { msg: SpecError['msg'] }) => say(zhEngine, m.msg);

/** One message per code with the values a real failure gives. */
const SAMPLES: Samples<typeof SAVED_WORDS> = {
  specBroken: spec,
  notationBroken: notation,
  notJson,
  errorText: { code: 'errorText', text: RUNTIME },
  entryNotJson: { code: 'entryNotJson', detail: jsonErr.message },
  entryNotObject: { code: 'entryNotObject' },
  entryNoVersion: { code: 'entryNoVersion' },
  entryNewer: { code: 'entryNewer', format: 3, reads: 2 },
  entryNoUpgrade: { code: 'entryNoUpgrade', from: 1 },
  entryUpgradeFailed: { code: 'entryUpgradeFailed', from: 1, detail: 'no spec' },
  entryNoId: { code: 'entryNoId' },
  entryBreaksRule: { code: 'entryBreaksRule', cause: spec },
  entryNoSource: { code: 'entryNoSource' },
  entryOtherId: { code: 'entryOtherId', other: 'k3j9x0a1b2' },
  noStorage: { code: 'noStorage' },
  // Chromium's DOMException text when localStorage is full.
  writeFailed: {
    code: 'writeFailed',
    detail: "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
    quota: true,
  },
  indexRebuilt: { code: 'indexRebuilt', found: 1234 },
  entryLeft: {
    code: 'entryLeft',
    id: 'k3j9x0a1b2',
    why: { code: 'entryNewer', format: 3, reads: 2 },
  },
  entryUnreadable: { code: 'entryUnreadable', id: 'k3j9x0a1b2', why: { code: 'entryNoVersion' } },
  fileTooLarge: { code: 'fileTooLarge', file: 'huge.cnn.json', max: 5_000_000 },
  fileNotRead: { code: 'fileNotRead', file: 'notes.txt', cause: notation },
  fileNotObject: { code: 'fileNotObject', file: 'list.json' },
  fileNewer: { code: 'fileNewer', file: 'future.cnn.json', format: '3' },
  fileBroken: { code: 'fileBroken', file: 'resnet.cnn.json', cause: spec },
  shareTooLarge: { code: 'shareTooLarge', length: 12_345, max: 6000 },
  shareDamaged: { code: 'shareDamaged' },
  shareInvalid: { code: 'shareInvalid', cause: notJson },
  untitledName: { code: 'untitledName' },
  sharedName: { code: 'sharedName' },
  loadedName: { code: 'loadedName' },
  copyName: { code: 'copyName', name: 'ResNet-50' },
};

/**
 * Data the samples quote, not words: file names, ids, the layer path, the notation's item (its
 * message is said in the language shown), the runtime's and JSON parser's own text, and the engine's sentence (the engine's
 * words, tested with the engine's codes). Longest first, so a part never cuts a whole.
 */
const QUOTED = [
  'huge.cnn.json',
  'notes.txt',
  'list.json',
  'future.cnn.json',
  'resnet.cnn.json',
  'k3j9x0a1b2',
  'ResNet-50',
  'no spec',
  spec.path,
  notation.token,
  jsonErr.message,
  RUNTIME,
  engineSaid(spec),
].sort((a, b) => b.length - a.length);

/**
 * Notation a Chinese sentence may quote: the product's name, JSON, the stored field `source`, and
 * the text notation's layer words (a notation error lists them as written).
 */
const ALLOW = new Set([
  'CNN',
  'Atlas',
  'JSON',
  'source',
  ...['conv', 'maxpool', 'dropout', 'lrn', 'relu', 'softmax', 'flatten'],
]);

describe('saved-store words', () => {
  it('says every code in English and Chinese: numbers kept, no English but notation', () => {
    expect(wordProblems(SAVED_WORDS, zh, SAMPLES, ALLOW, QUOTED)).toEqual([]);
  });

  it('catches a stray English word and a lost number (the check itself can fail)', () => {
    const broken = {
      ...zh,
      indexRebuilt: () => '已重建。',
      shareDamaged: () => '分享链接 is damaged',
    } as typeof zh;
    expect(wordProblems(SAVED_WORDS, broken, SAMPLES, ALLOW, QUOTED)).toEqual([
      'indexRebuilt: numbers 1, 234 lost: 已重建。',
      'shareDamaged: English words damaged in: 分享链接 is damaged',
    ]);
  });

  it('groups numbers alike in both languages', () => {
    expect(say(SAVED_WORDS, SAMPLES.shareTooLarge)).toContain('12,345 characters');
    expect(say(zh, SAMPLES.shareTooLarge)).toContain('12,345 个字符');
    expect(say(zh, SAMPLES.fileTooLarge)).toBe('huge.cnn.json 超过 5,000,000 个字符');
  });
});

describe('a wrapped error is carried as data and said in the language shown', () => {
  it('an engine error keeps its path, rule and engine message', () => {
    expect(spec).toEqual({ code: 'specBroken', path: 'c1', rule: specErr.rule, msg: specErr.msg });
    const r = readNetworkFile(JSON.stringify(BAD), 'bad.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.msg).toEqual({ code: 'fileBroken', file: 'bad.json', cause: spec });
    // The message is plain JSON (it may cross a worker or be stored).
    expect(JSON.parse(JSON.stringify(r.msg))).toEqual(r.msg);
    // Chinese: the rule's Chinese name and the engine's message in the Chinese engine words.
    expect(say(zh, r.msg)).toBe(
      `bad.json：其中的网络在 c1 处违反了规则：${zhErrors.broke(zhErrors.rules[specErr.rule], engineSaid(spec))}`,
    );
    expect(say(zh, r.msg)).toContain(zhErrors.rules[specErr.rule]);
  });

  it('a notation error keeps its line, column and item', () => {
    expect(notation).toMatchObject({ code: 'notationBroken', line: 1, token: 'maxpul' });
    // "input 3x8x8, conv3-64, " is 23 characters: maxpul starts at column 24.
    expect(notation.column).toBe(24);
    // The parser's message is said with the Chinese notation words too.
    expect(say(zh, notation)).toBe(`第 1 行第 24 列“maxpul”：${say(zhNotation, notationErr.msg)}`);
    expect(say(zh, notation)).toContain('未知的层“maxpul”');
  });
});

describe('the English sentences are the store’s sentences of before', () => {
  // Each expected sentence is the template the store used before its messages became data
  // (src/store/saved/*.ts at fa411da), filled in by hand.
  it('file refusals', () => {
    const why = (text: string, name: string) => {
      const r = readNetworkFile(text, name);
      return r.ok ? 'read' : say(SAVED_WORDS, r.msg);
    };
    expect(why(JSON.stringify({ cnnAtlas: 'network', version: 3 }), 'new.cnn.json')).toBe(
      'new.cnn.json was written by a newer version of CNN Atlas (file format 3)',
    );
    expect(why('[1, 2]', 'arr.json')).toBe(
      'arr.json does not hold a network (a JSON object was expected)',
    );
    expect(why(JSON.stringify(BAD), 'bad.json')).toBe(
      `bad.json: its network breaks a rule at c1: ${specErr.detail} [${specErr.rule}]`,
    );
    expect(why('input 3x8x8, conv3-64, maxpul', 'n.txt')).toBe(
      `n.txt is neither JSON nor the text notation (its notation does not parse: ${notationErr.message})`,
    );
    expect(why('x'.repeat(5_000_001), 'big.json')).toBe(
      'big.json is larger than 5,000,000 characters',
    );
  });

  it('share-link refusals', () => {
    const r = readSharePayload('not-a-payload');
    expect(!r.ok && say(SAVED_WORDS, r.msg)).toBe(
      'The shared link is damaged or cut short: it does not decompress.',
    );
    const ok = sharePayload('Tiny', TINY);
    expect(ok.ok).toBe(true);
  });

  it('storage problems', () => {
    const storage = memoryStorage({
      [KEY_PREFIX + 'zz']: '{"v":9,"id":"zz"}',
      [KEY_PREFIX + 'ww']: '[1]',
    });
    const problems = openSavedStore(storage).getSnapshot().problems;
    expect(problems.map((p) => p.message)).toEqual([
      'Saved network "zz" was written by a newer version of CNN Atlas (format 9; this one reads up to 2): it is left as it is, not shown.',
      'Saved network "ww" could not be read: it is not an object. Its raw text is kept and can be downloaded.',
    ]);
    // Each problem's English `message` is its message said in English.
    for (const p of problems) expect(p.message).toBe(say(SAVED_WORDS, p.msg));
    expect(say(zh, problems[1].msg)).toBe(
      '无法读取已保存的网络“ww”：它不是 JSON 对象。原始文本已保留，可以下载。',
    );
  });
});

describe('default names: made in the language shown, then the user’s', () => {
  it('an unnamed network, a copy and a loaded file are named in the words given', () => {
    const storage = memoryStorage();
    const s = openSavedStore(storage);
    const a = s.add('  ', TINY, { words: zh });
    expect(a.name).toBe('未命名网络');
    expect(s.duplicate(a.id, zh)!.name).toBe('未命名网络（副本）');
    expect(s.add('', TINY).name).toBe('Untitled network');
    const f = readNetworkFile(JSON.stringify(TINY), '.json', zh);
    expect(f.ok && f.file.name).toBe('载入的网络');
    // Reopened (an English page, say): the names are stored text, not re-translated.
    expect(
      openSavedStore(storage)
        .getSnapshot()
        .networks.map((n) => n.name),
    ).toEqual(['未命名网络', '未命名网络（副本）', 'Untitled network']);
  });

  it('a share link without a name reads back with none (the page names it)', () => {
    // lz-string of {"t":"input 3x8x8, conv3-8"}: a hand-made link that carries no name.
    const r = readSharePayload(compressToEncodedURIComponent('{"t":"input 3x8x8, conv3-8"}'));
    expect(r.ok && r.name).toBe(null);
  });
});

describe('the stored format is unchanged', () => {
  // An entry exactly as the build before this change wrote it (writeRecord: the record's own
  // key order), and a downloaded file as networkToFile wrote it: both must still load.
  const ENTRY =
    '{"v":2,"id":"k3j9x0a1b2","name":"未命名网络","created":"2026-11-29T02:00:00.000Z","modified":"2026-11-29T02:10:00.000Z","spec":{"root":{"op":"block","name":"tiny","layers":[{"op":"input","name":"input","shape":[3,8,8]},{"op":"conv","name":"conv1","out":8,"kernel":3}]}},"source":{"format":"notation","text":"input 3x8x8, conv3-8"},"origin":"ONNX 文件 tiny.onnx"}';

  it('an entry saved by the current build loads unchanged, and is written back the same', () => {
    const r = readRecord(ENTRY, '2026-01-01T00:00:00.000Z');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migrated).toBe(false);
    expect(r.record.name).toBe('未命名网络');
    expect(r.record.origin).toBe('ONNX 文件 tiny.onnx');
    expect(r.record.spec).toEqual(TINY);
    const storage = memoryStorage({ [KEY_PREFIX + 'k3j9x0a1b2']: ENTRY });
    const s = openSavedStore(storage);
    expect(s.getSnapshot().problems).toEqual([]);
    expect(s.get('k3j9x0a1b2')?.source.text).toBe('input 3x8x8, conv3-8');
    // Untouched: a current entry is not rewritten on load.
    expect(storage.getItem(KEY_PREFIX + 'k3j9x0a1b2')).toBe(ENTRY);
  });

  it('a downloaded file round-trips', () => {
    const r = readRecord(ENTRY, '2026-01-01T00:00:00.000Z');
    if (!r.ok) throw new Error('entry did not load');
    const text = networkToFile(r.record);
    expect(
      text.startsWith('{\n  "cnnAtlas": "network",\n  "version": 2,\n  "name": "未命名网络",'),
    ).toBe(true);
    const f = readNetworkFile(text, 'x.cnn.json');
    expect(f.ok && f.file).toEqual({
      name: '未命名网络',
      spec: TINY,
      source: { format: 'notation', text: 'input 3x8x8, conv3-8' },
      origin: 'ONNX 文件 tiny.onnx',
    });
  });
});

describe('the model page’s user-network problems are messages too', () => {
  it('a missing saved network is the engine’s no-saved; a damaged link the store’s message', () => {
    setSavedNetworks(openSavedStore(memoryStorage()));
    try {
      const missing = deriveModel('mine:nothere', {}, null);
      expect(missing.error?.msg).toEqual({ code: 'no-saved', id: 'nothere' });
      expect(missing.userProblem).toBeUndefined();
      const damaged = deriveModel('shared:not-a-payload', {}, null);
      expect(damaged.userProblem).toEqual({ code: 'shareDamaged' });
      expect(damaged.error?.rule).toBe('unknown-model');
      expect(damaged.error?.detail).toBe(
        'The shared link is damaged or cut short: it does not decompress.',
      );
      expect(say(zh, damaged.userProblem!)).toBe('分享链接已损坏或被截断：无法解压。');
    } finally {
      setSavedNetworks(null);
    }
  });

  it('a link without a name is marked unnamed (the page names it in its language)', () => {
    const d = deriveModel(
      `shared:${compressToEncodedURIComponent('{"t":"input 3x8x8, conv3-8"}')}`,
      {},
      null,
    );
    expect(d.user).toMatchObject({ kind: 'shared', name: 'Shared network', unnamed: true });
    // conv 3→8, 3×3 on 3×8×8: 8·3·9 + 8 = 224 params.
    expect(d.analysis?.totals.params).toBe(224);
  });
});
