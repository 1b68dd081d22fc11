/**
 * Command line: `npm run -s analyze -- <id> [--input CxHxW] [--format table|json|csv|md|latex]
 * [--set key=value ...] [--training]`, `--spec file.json`, `--list` and `--schema`.
 * Every failure is one line on stderr and a non-zero exit: 2 for a bad command line or file,
 * 1 for a spec that breaks a rule.
 */
import { buildModel, families, listIds, presets } from '../catalog/index';
import { analyze } from '../engine/analyze';
import { isSpecError } from '../engine/errors';
import { specJsonSchema } from '../engine/schema';
import { parseSpec } from '../engine/validate';
import { parseTrainingFlag, trainingMemory, type TrainingFlags } from './memory-flags';
import { importOnnx, isOnnxImportError, onnxText } from '../import/onnx/index';
import { REPORT_FORMATS, report, type ReportFormat } from './report';

const USAGE = `usage: npm run -s analyze -- <id> [--input CxHxW] [--format table|json|csv|md] [--set key=value ...] [--training]
           [--batch N] [--precision fp32|fp16|bf16] [--optimizer sgd|momentum|adam]
       npm run -s analyze -- --spec file.json [--input CxHxW] [--format ...]
       npm run -s analyze -- --onnx model.onnx [--input CxHxW] [--format ...]
       npm run -s analyze -- --list [--format table|json]
       npm run -s analyze -- --schema`;

export class CliError extends Error {}

export function parseInput(text: string): [number, number, number] {
  const m = /^(\d+)[x×,](\d+)[x×,](\d+)$/.exec(text.trim());
  if (!m)
    throw new CliError(
      `--input must look like 3x224x224 (C×H×W, positive integers), got "${text}"`,
    );
  const dims = [Number(m[1]), Number(m[2]), Number(m[3])] as [number, number, number];
  if (dims.some((d) => d <= 0)) throw new CliError(`--input sizes must be positive, got "${text}"`);
  return dims;
}

/** The catalog as data: presets and families with their knobs' defaults. */
export function listingJson(): object {
  return {
    presets: listIds().map((id) => {
      const p = presets.get(id)!;
      return { id, name: p.info.name, year: p.info.year, era: p.era, family: p.family };
    }),
    families: [...families.values()].map((f) => ({
      id: f.id,
      knobs: Object.fromEntries(f.knobs.map((k) => [k.key, k.default])),
    })),
  };
}

export function listing(): string {
  const rows = listIds().map((id) => {
    const p = presets.get(id)!;
    return `${id.padEnd(34)} ${p.info.name.padEnd(34)} ${p.info.year}  ${p.era}`;
  });
  const fams = [...families.values()].map(
    (f) =>
      `${f.id.padEnd(20)} knobs: ${f.knobs.map((k) => `${k.key}=${String(k.default)}`).join(' ')}`,
  );
  return [
    `${'id'.padEnd(34)} ${'name'.padEnd(34)} year  era`,
    ...rows,
    '',
    'families (use as id with --set):',
    ...fams,
  ].join('\n');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Text safe to print on one terminal line: control and unprintable characters escaped, cut short. */
export function printable(text: string, max = 120): string {
  const escaped = text.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\uFFFD]/gu, (c) =>
    c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/**
 * A spec file's bytes (or text) as JSON: UTF-8 only, a leading byte-order mark allowed; binary
 * content and JSON syntax errors are reported without echoing the file's bytes.
 */
export function parseSpecFile(name: string, content: string | Uint8Array): unknown {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new CliError(`${printable(name)} is not a UTF-8 text file`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // NUL and other C0 controls (tab, newline and carriage return aside) never occur in JSON text.
  // eslint-disable-next-line no-control-regex -- finding them is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text))
    throw new CliError(`${printable(name)} is not a JSON text file (it holds control bytes)`);
  try {
    return JSON.parse(text);
  } catch (e) {
    // V8's message quotes the text around the error: shown with control characters escaped.
    const message = (e as Error).message;
    const where = /position (\d+)/.exec(message);
    let at = '';
    if (where) {
      const pos = Number(where[1]);
      const before = text.slice(0, pos);
      at = ` at line ${before.split('\n').length}, column ${pos - before.lastIndexOf('\n')}`;
    }
    const detail = printable(
      message.replace(/ is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, ''),
      100,
    );
    throw new CliError(`${printable(name)} is not valid JSON${at}: ${detail}`);
  }
}

/** A knob value on the command line: a word, or a plain decimal number (no 0x10, 1e3, Infinity). */
function knobValue(key: string, value: string): string {
  const numeric = value.trim() === '' || !Number.isNaN(Number(value));
  if (numeric && !/^-?\d+(\.\d+)?$/.test(value))
    throw new CliError(
      `--set ${printable(key)}: write numbers in plain decimal, got "${printable(value)}"`,
    );
  return value;
}

export async function run(
  argv: string[],
  readFile?: (path: string) => Promise<string | Uint8Array>,
): Promise<CliResult> {
  let id: string | undefined;
  let input: [number, number, number] | undefined;
  let format: ReportFormat = 'table';
  let training = false;
  let specFile: string | undefined;
  let onnxFile: string | undefined;
  let list = false;
  // No prototype: a key such as `__proto__` is an own key, which the catalog then refuses.
  const knobs: Record<string, string> = Object.create(null) as Record<string, string>;
  const flags: TrainingFlags = {};
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      const next = () => {
        const v = argv[++i];
        if (v === undefined) throw new CliError(`${arg} needs a value`);
        return v;
      };
      if (arg === '--list') list = true;
      else if (arg === '--schema')
        return { code: 0, stdout: JSON.stringify(specJsonSchema(), null, 2), stderr: '' };
      else if (arg === '--help' || arg === '-h') return { code: 0, stdout: USAGE, stderr: '' };
      else if (arg === '--input') input = parseInput(next());
      else if (arg === '--format') {
        const f = next();
        if (!(REPORT_FORMATS as readonly string[]).includes(f))
          throw new CliError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${f}"`);
        format = f as ReportFormat;
      } else if (arg === '--set') {
        const kv = next();
        const eq = kv.indexOf('=');
        if (eq <= 0) throw new CliError(`--set needs key=value, got "${kv}"`);
        const key = kv.slice(0, eq);
        if (Object.prototype.hasOwnProperty.call(knobs, key))
          throw new CliError(`--set ${printable(key)} is given twice`);
        knobs[key] = knobValue(key, kv.slice(eq + 1));
      } else if (arg === '--training') training = true;
      else if (arg === '--spec') specFile = next();
      else if (parseTrainingFlag(arg, next, flags, CliError)) continue;
      else if (arg === '--onnx') onnxFile = next();
      else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
      else if (id === undefined) id = arg;
      else throw new CliError(`one model at a time; got "${id}" and "${arg}"`);
    }
    if (list) {
      if (format !== 'table' && format !== 'json')
        throw new CliError(`--list prints a table or json, not ${format}`);
      const out = format === 'json' ? JSON.stringify(listingJson(), null, 2) : listing();
      return { code: 0, stdout: out, stderr: '' };
    }
    if (id === undefined && specFile === undefined && onnxFile === undefined)
      throw new CliError(`no model given\n${USAGE}`);
    let spec;
    const notes: string[] = [];
    if (onnxFile !== undefined) {
      if (!readFile) throw new CliError('--onnx is not available here');
      let bytes: string | Uint8Array;
      try {
        bytes = await readFile(onnxFile);
      } catch (e) {
        throw new CliError(
          `cannot read ${printable(onnxFile)}: ${printable((e as Error).message)}`,
        );
      }
      if (typeof bytes === 'string') bytes = new TextEncoder().encode(bytes);
      const imported = importOnnx(bytes, { input, name: onnxFile.replace(/^.*[\\/]/, '') });
      spec = imported.spec;
      // Node names are the file's data: printed escaped, one line each, on stderr.
      for (const w of imported.warnings)
        notes.push(
          `warning: ${printable(w.node ? `node "${w.node}" (${w.op})` : w.op)}: ${printable(onnxText(w.msg), 400)}`,
        );
    } else if (specFile !== undefined) {
      if (!readFile) throw new CliError('--spec is not available here');
      let content: string | Uint8Array;
      try {
        content = await readFile(specFile);
      } catch (e) {
        throw new CliError(
          `cannot read ${printable(specFile)}: ${printable((e as Error).message)}`,
        );
      }
      spec = parseSpec(parseSpecFile(specFile, content));
    } else {
      spec = parseSpec(buildModel(id!, knobs));
    }
    const a = analyze(spec, { input });
    const memory = trainingMemory(a, spec, flags, training);
    const out = report(a, format, { training, name: spec.info?.name, memory });
    return { code: 0, stdout: out, stderr: notes.join('\n') };
  } catch (e) {
    if (e instanceof CliError) return { code: 2, stdout: '', stderr: `error: ${e.message}` };
    if (isOnnxImportError(e))
      return { code: 1, stdout: '', stderr: `error: ${printable(e.message, 600)}` };
    if (isSpecError(e))
      return {
        code: 1,
        stdout: '',
        stderr: `error: ${printable(e.path ? e.message : `${e.detail} [${e.rule}]`, 400)}`,
      };
    throw e;
  }
}

const isMain =
  typeof process !== 'undefined' &&
  process.argv[1] !== undefined &&
  /analyze\.ts$/.test(process.argv[1]);
if (isMain) {
  const { readFile } = await import('node:fs/promises');
  const r = await run(process.argv.slice(2), (p) => readFile(p));
  if (r.stdout) process.stdout.write(r.stdout + '\n');
  if (r.stderr) process.stderr.write(r.stderr + '\n');
  process.exitCode = r.code;
}
