/**
 * Command line: `npm run -s analyze -- <id> [--input CxHxW] [--format table|json|csv|md]
 * [--set key=value ...] [--training]` and `npm run -s analyze -- --list`.
 */
import { buildModel, families, listIds, presets } from '../catalog/index';
import { analyze } from '../engine/analyze';
import { isSpecError } from '../engine/errors';

import { parseSpec } from '../engine/validate';
import { importOnnx, isOnnxImportError } from '../import/onnx/index';
import { REPORT_FORMATS, report, type ReportFormat } from './report';

const USAGE = `usage: npm run -s analyze -- <id> [--input CxHxW] [--format table|json|csv|md] [--set key=value ...] [--training]
       npm run -s analyze -- --list
       npm run -s analyze -- --spec file.json [--input CxHxW] [--format ...]
       npm run -s analyze -- --onnx model.onnx [--input CxHxW] [--format ...]`;

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

export async function run(
  argv: string[],
  readFile?: (path: string) => Promise<string>,
  readBytes?: (path: string) => Promise<Uint8Array>,
): Promise<CliResult> {
  let id: string | undefined;
  let input: [number, number, number] | undefined;
  let format: ReportFormat = 'table';
  let training = false;
  let specFile: string | undefined;
  let onnxFile: string | undefined;
  const knobs: Record<string, string> = {};
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      const next = () => {
        const v = argv[++i];
        if (v === undefined) throw new CliError(`${arg} needs a value`);
        return v;
      };
      if (arg === '--list') return { code: 0, stdout: listing(), stderr: '' };
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
        knobs[kv.slice(0, eq)] = kv.slice(eq + 1);
      } else if (arg === '--training') training = true;
      else if (arg === '--spec') specFile = next();
      else if (arg === '--onnx') onnxFile = next();
      else if (arg.startsWith('-')) throw new CliError(`unknown option ${arg}\n${USAGE}`);
      else if (id === undefined) id = arg;
      else throw new CliError(`one model at a time; got "${id}" and "${arg}"`);
    }
    if (id === undefined && specFile === undefined && onnxFile === undefined)
      throw new CliError(`no model given\n${USAGE}`);
    let spec;
    const notes: string[] = [];
    if (onnxFile !== undefined) {
      if (!readBytes) throw new CliError('--onnx is not available here');
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(onnxFile);
      } catch (e) {
        throw new CliError(`cannot read ${onnxFile}: ${(e as Error).message}`);
      }
      const imported = importOnnx(bytes, { input, name: onnxFile.replace(/^.*[\\/]/, '') });
      spec = imported.spec;
      for (const w of imported.warnings)
        notes.push(`warning: ${w.node ? `node "${w.node}" (${w.op})` : w.op}: ${w.message}`);
    } else if (specFile !== undefined) {
      if (!readFile) throw new CliError('--spec is not available here');
      let json: unknown;
      try {
        json = JSON.parse(await readFile(specFile));
      } catch (e) {
        throw new CliError(`cannot read ${specFile}: ${(e as Error).message}`);
      }
      spec = parseSpec(json);
    } else {
      spec = parseSpec(buildModel(id!, knobs));
    }
    const a = analyze(spec, { input });
    const out = report(a, format, { training, name: spec.info?.name });
    return { code: 0, stdout: out, stderr: notes.join('\n') };
  } catch (e) {
    if (e instanceof CliError) return { code: 2, stdout: '', stderr: `error: ${e.message}` };
    if (isOnnxImportError(e)) return { code: 1, stdout: '', stderr: `error: ${e.message}` };
    if (isSpecError(e))
      return {
        code: 1,
        stdout: '',
        stderr: `error: ${e.path ? e.message : `${e.detail} [${e.rule}]`}`,
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
  const r = await run(
    process.argv.slice(2),
    (p) => readFile(p, 'utf8'),
    (p) => readFile(p),
  );
  if (r.stdout) process.stdout.write(r.stdout + '\n');
  if (r.stderr) process.stderr.write(r.stderr + '\n');
  process.exitCode = r.code;
}
