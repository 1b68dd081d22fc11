/**
 * The size of a build's JavaScript: every chunk (raw and gzip), and the initial JavaScript — what
 * the browser must fetch before the app runs: the entry script of index.html and every chunk it
 * imports statically (transitively; Vite also lists them as modulepreload links). Chunks reached
 * only through `import()` (pages, panels, dagre, the editor, a language's strings) and the
 * workers do not count.
 *
 * `npx tsx scripts/sizes.ts [dist] [--check]`: prints the table; with --check, prints only the
 * initial total and exits 1 when it passes the budget (`npm run build` runs this check).
 * `npm run bench` prints the table too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 13: initial JavaScript under 200 kB gzip, React included (kB = 1,000 bytes). */
export const INITIAL_JS_BUDGET = 200_000;

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
}

/** Gzip at level 9, as a static host or CDN compresses (Vite's own report uses the same). */
const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Files a chunk imports statically: `import"./x.js"` / `from"./x.js"` (not `import("./x.js")`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
}

export function chunkSizes(dist = 'dist'): ChunkSize[] {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="[^"]*assets\/([^"/]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="[^"]*assets\/([^"/]+\.js)"/g),
  ].map((m) => m[1]);
  if (!entries.length) throw new Error(`${dist}/index.html names no module script`);
  const initial = new Set<string>();
  const visit = (f: string) => {
    if (initial.has(f)) return;
    initial.add(f);
    staticImports(readFileSync(join(assets, f), 'utf8')).forEach(visit);
  };
  entries.forEach(visit);
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return { file, raw: bytes.length, gzip: gzipped(bytes), initial: initial.has(file) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function initialTotal(chunks: readonly ChunkSize[]): { raw: number; gzip: number } {
  const init = chunks.filter((c) => c.initial);
  return { raw: init.reduce((s, c) => s + c.raw, 0), gzip: init.reduce((s, c) => s + c.gzip, 0) };
}

export function sizeTable(chunks: readonly ChunkSize[]): string {
  const w = Math.max(...chunks.map((c) => c.file.length), 5);
  const lines = [`${'chunk'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  initial`];
  for (const c of chunks)
    lines.push(
      `${c.file.padEnd(w)}  ${kB(c.raw).padStart(9)}  ${kB(c.gzip).padStart(9)}  ${c.initial ? 'yes' : ''}`,
    );
  return lines.join('\n');
}

export function budgetLine(chunks: readonly ChunkSize[]): string {
  const t = initialTotal(chunks);
  const n = chunks.filter((c) => c.initial).length;
  return `initial JavaScript (${n} files): ${kB(t.raw)} raw, ${kB(t.gzip)} gzip; budget ${kB(INITIAL_JS_BUDGET)} gzip`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const chunks = chunkSizes(args.find((a) => !a.startsWith('--')) ?? 'dist');
  if (!args.includes('--check')) console.log(`${sizeTable(chunks)}\n`);
  console.log(budgetLine(chunks));
  if (args.includes('--check') && initialTotal(chunks).gzip > INITIAL_JS_BUDGET) {
    console.error('over budget: make something load on demand (see README "Hosting")');
    process.exit(1);
  }
}
