/**
 * Every English string file has a Chinese twin at the same path with the same exports, the same
 * keys at every depth, functions of the same arity and arrays of the same length; every Chinese
 * function returns text. A missing or extra key in either language fails here, naming its path.
 */
import { describe, expect, it } from 'vitest';
import * as i18n from '../../src/i18n/index';
import * as enIndex from '../../src/i18n/en/index';

type Module = Record<string, unknown>;
const enFiles = import.meta.glob<Module>('../../src/i18n/en/**/*.ts', { eager: true });
// The catalog texts' translation memory (zh/catalog-texts/) has its own test
// (tests/unit/catalog-texts-zh.test.ts): it mirrors src/catalog/, not src/i18n/en/.
const zhFiles = import.meta.glob<Module>(
  ['../../src/i18n/zh/**/*.ts', '!../../src/i18n/zh/catalog-texts/**'],
  { eager: true },
);

/** `../../src/i18n/en/explain/blocks.ts` → `explain/blocks.ts`. */
const rel = (path: string) => path.replace(/^.*\/src\/i18n\/(en|zh)\//, '');
const en = new Map(Object.entries(enFiles).map(([p, m]) => [rel(p), m]));
const zh = new Map(Object.entries(zhFiles).map(([p, m]) => [rel(p), m]));
/** The string files (index.ts files only re-export them). */
const names = [...en.keys()].filter((f) => !f.endsWith('index.ts')).sort();

/** Every difference of shape between `a` (English) and `b` (Chinese), as readable lines. */
export function shapeDiff(a: unknown, b: unknown, path: string): string[] {
  if (typeof a === 'function') {
    if (typeof b !== 'function') return [`${path}: a function in English, ${typeof b} in Chinese`];
    return a.length === b.length
      ? []
      : [`${path}: takes ${a.length} parameters in English, ${b.length} in Chinese`];
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return [`${path}: an array in English, not in Chinese`];
    if (a.length !== b.length)
      return [`${path}: ${a.length} items in English, ${b.length} in Chinese`];
    return a.flatMap((x, i) => shapeDiff(x, b[i], `${path}[${i}]`));
  }
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b))
      return [`${path}: an object in English, not in Chinese`];
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const out: string[] = [];
    for (const k of ka) if (!(k in b)) out.push(`${path}.${k}: missing in Chinese`);
    for (const k of kb) if (!(k in a)) out.push(`${path}.${k}: only in Chinese (extra key)`);
    for (const k of ka)
      if (k in b)
        out.push(
          ...shapeDiff(
            (a as Record<string, unknown>)[k],
            (b as Record<string, unknown>)[k],
            `${path}.${k}`,
          ),
        );
    return out;
  }
  if (typeof a !== typeof b) return [`${path}: ${typeof a} in English, ${typeof b} in Chinese`];
  if (typeof b === 'string' && b.trim() === '' && a !== '') return [`${path}: empty in Chinese`];
  return [];
}

describe('shapeDiff (the comparison itself)', () => {
  it('names a missing key, an extra key, an arity change and a short array', () => {
    expect(
      shapeDiff(
        { a: { b: 'x', c: 'y' }, f: (n: number) => `${n}`, l: ['p', 'q'] },
        { a: { b: '甲', d: '乙' }, f: () => '', l: ['p'] },
        'ns',
      ),
    ).toEqual([
      'ns.a.c: missing in Chinese',
      'ns.a.d: only in Chinese (extra key)',
      'ns.f: takes 1 parameters in English, 0 in Chinese',
      'ns.l: 2 items in English, 1 in Chinese',
    ]);
  });
});

describe('every English string file has a Chinese twin of the same shape', () => {
  it('finds the English files', () => {
    expect(names).toContain('app.ts');
    expect(names).toContain('explain/blocks.ts');
  });
  it.each(names)('%s', (file) => {
    const twin = zh.get(file);
    expect(twin, `src/i18n/zh/${file} is missing`).toBeDefined();
    const problems: string[] = [];
    const e = en.get(file)!;
    for (const k of Object.keys(e)) {
      if (!(k in twin!)) problems.push(`${k}: not exported by src/i18n/zh/${file}`);
      else problems.push(...shapeDiff(e[k], twin![k], k));
    }
    for (const k of Object.keys(twin!))
      if (!(k in e)) problems.push(`${k}: exported only by src/i18n/zh/${file}`);
    expect(problems).toEqual([]);
  });
  it('has no Chinese file without an English one', () => {
    const orphans = [...zh.keys()].filter((f) => !en.has(f));
    expect(orphans).toEqual([]);
  });
});

/** Arguments to try a string function with: the English one tells which set it accepts. */
const ARG_SETS: ((n: number) => unknown[])[] = [
  (n) => Array.from({ length: n }, (_, i) => i + 2),
  (n) => Array.from({ length: n }, (_, i) => `v${i}`),
  (n) => Array.from({ length: n }, () => null),
];

/** Every function in a namespace, with its key path. */
function functions(v: unknown, path: string): [string, (...a: unknown[]) => unknown][] {
  if (typeof v === 'function') return [[path, v as (...a: unknown[]) => unknown]];
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => functions(x, `${path}.${k}`));
  return [];
}

describe('every Chinese string function returns text', () => {
  const pairs = names.flatMap((file) => {
    const e = en.get(file)!;
    const z = zh.get(file);
    if (!z) return [];
    return Object.keys(e).flatMap((k) => {
      const zf = new Map(functions(z[k], k));
      return functions(e[k], k)
        .filter(([p]) => zf.has(p))
        .map(([p, f]) => [p, f, zf.get(p)!] as const);
    });
  });
  it('finds string functions to try', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });
  it.each(pairs.map((p) => [p[0], p[1], p[2]]))('%s', (_path, enF, zhF) => {
    const f = enF as (...a: unknown[]) => unknown;
    const g = zhF as (...a: unknown[]) => unknown;
    // The first argument set the English function accepts and answers with clean text (a
    // message's words take one object of values: numbers or strings make "undefined" there).
    const args = ARG_SETS.map((make) => make(f.length)).find((a) => {
      try {
        const r = f(...a);
        return typeof r === 'string' && !/undefined|NaN|\[object Object\]/.test(r);
      } catch {
        return false;
      }
    });
    if (!args) return; // Takes objects (e.g. a layer); the type-check covers it.
    const out = g(...args);
    expect(typeof out).toBe('string');
    expect((out as string).trim()).not.toBe('');
    expect(out).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});

describe('src/i18n/index.ts', () => {
  it('exports a live binding for every English namespace', () => {
    const missing = Object.keys(enIndex).filter((k) => !(k in i18n));
    expect(missing).toEqual([]);
  });
});
