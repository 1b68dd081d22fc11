/**
 * `npm run -s analyze -- --onnx FILE --format json`: the JSON contract for each reference export
 * carries the catalog entry's parameter total and its conv/fc layers (output, params, MACs) in
 * execution order, the catalog entry's own JSON being the other side.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/analyze';

const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/onnx/${f}`, import.meta.url));
const readBytes = (p: string) => readFile(p);

interface JsonLayer {
  op: string;
  out: number[];
  params: number;
  macs: number;
}
interface JsonReport {
  totals: { params: number; macs: number };
  layers: JsonLayer[];
}

async function json(argv: string[]): Promise<JsonReport> {
  const r = await run(argv, readBytes);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}
const convFc = (j: JsonReport) =>
  j.layers
    .filter((l) => l.op === 'conv' || l.op === 'fc')
    .map(({ out, params, macs }) => ({ out, params, macs }));

const PAIRS = [
  ['alexnet_tv.onnx', 'alexnet-torchvision'],
  ['googlenet.onnx', 'googlenet-torchvision'],
  ['resnet18.onnx', 'resnet18'],
  ['squeezenet1_1.onnx', 'squeezenet1.1'],
  ['lenet5.onnx', 'lenet5'],
] as const;

describe('analyze --onnx', () => {
  for (const [file, id] of PAIRS) {
    it(`${file} --format json equals ${id}'s parameters and conv/fc layers`, async () => {
      const ours = await json(['--onnx', fixture(file), '--format', 'json']);
      const theirs = await json([id, '--format', 'json']);
      expect(ours.totals.params).toBe(theirs.totals.params);
      expect(ours.totals.macs).toBe(theirs.totals.macs);
      expect(convFc(ours)).toEqual(convFc(theirs));
    });
  }

  it('a file that is not ONNX fails with a message and exit code 1', async () => {
    const r = await run(['--onnx', 'x.onnx'], async () => new Uint8Array([1, 2, 3]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: not a readable ONNX model/);
  });

  it('a missing file is a usage error (exit code 2)', async () => {
    const r = await run(['--onnx', fixture('missing.onnx')], readBytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot read .*missing\.onnx/);
  });
});
