/** The command line, through `run()`: the JSON contract, the table, CSV/Markdown, --list, errors. */
import { describe, expect, it } from 'vitest';
import { listIds } from '../../src/catalog/index';
import { run } from '../../src/cli/analyze';
import { LEAF_OPS } from '../../src/engine/index';

interface JsonLayer {
  path: string;
  op: string;
  out: number[];
  params: number;
  macs: number;
}
interface JsonReport {
  id: string;
  input: number[];
  totals: { params: number; macs: number; activations: number; flops: number };
  layers: JsonLayer[];
}

async function json(...argv: string[]): Promise<JsonReport> {
  const r = await run([...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

describe('vgg16 --format json: the contract', () => {
  it('has id, input, totals and every leaf with path/op/out/params/macs', async () => {
    const j = await json('vgg16');
    expect(j.id).toBe('vgg16');
    expect(j.input).toEqual([3, 224, 224]);
    // architectures.md §5 / torchvision: 138,357,544 params, 15,470,264,320 MACs.
    expect(j.totals.params).toBe(138_357_544);
    expect(j.totals.macs).toBe(15_470_264_320);
    expect(j.totals.flops).toBe(2 * 15_470_264_320);
    for (const l of j.layers) {
      expect(typeof l.path).toBe('string');
      expect(LEAF_OPS).toContain(l.op);
      expect(Array.isArray(l.out)).toBe(true);
      expect(Number.isInteger(l.params)).toBe(true);
      expect(Number.isInteger(l.macs)).toBe(true);
    }
  });

  it('totals.params and totals.macs are the sums over layers', async () => {
    const j = await json('vgg16');
    expect(j.layers.reduce((s, l) => s + l.params, 0)).toBe(j.totals.params);
    expect(j.layers.reduce((s, l) => s + l.macs, 0)).toBe(j.totals.macs);
  });

  it('lists every leaf in execution order with unique paths', async () => {
    const j = await json('vgg16');
    expect(j.layers[0]).toMatchObject({ path: 'input', op: 'input', out: [3, 224, 224] });
    expect(new Set(j.layers.map((l) => l.path)).size).toBe(j.layers.length);
    // 13 convs, 13 ReLUs, 5 pools, adaptive pool, flatten, 3 fc, 2 ReLUs, 2 dropouts + input.
    expect(j.layers).toHaveLength(1 + 13 + 13 + 5 + 1 + 1 + 3 + 2 + 2);
    expect(j.layers.filter((l) => l.op === 'conv')).toHaveLength(13);
    expect(j.layers.find((l) => l.op === 'flatten')!.out).toEqual([512 * 7 * 7]);
    expect(j.layers[j.layers.length - 1]).toMatchObject({ op: 'fc', out: [1000] });
  });
});

describe('other formats', () => {
  it('table: a model summary with header and totals', async () => {
    const r = await run(['vgg16', '--format', 'table']);
    expect(r.code).toBe(0);
    for (const h of ['Layer (path)', 'Op', 'Output shape', 'Param #', 'MACs'])
      expect(r.stdout).toContain(h);
    expect(r.stdout).toContain('Total params: 138,357,544');
    expect(r.stdout).toContain('Total MACs: 15,470,264,320');
    expect(r.stdout).toMatch(/features\/stage1\/conv1_1\s+conv\s+64×224×224\s+1,792\s+86,704,128/);
  });

  it('table is the default format', async () => {
    expect((await run(['lenet5'])).stdout).toContain('Total params: 61,706');
  });

  it('csv: a header and one row per layer', async () => {
    const r = await run(['lenet5', '--format', 'csv']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('path,op,out,params,buffers,macs,activations,rf,training_only');
    const j = await json('lenet5');
    expect(lines).toHaveLength(j.layers.length + 1);
    // LeNet C1: 6×28×28, 156 params, 28·28·6·25 = 117,600 MACs, field 5×5.
    expect(lines).toContain('features/c1,conv,6×28×28,156,0,117600,4704,5×5,false');
  });

  it('md: a Markdown table ending in the totals', async () => {
    const r = await run(['alexnet', '--format', 'md']);
    expect(r.stdout.split('\n')[0]).toBe('| path | op | output | params | MACs |');
    expect(r.stdout).toContain('| `features/conv1` | conv | 96×55×55 | 34,944 | 105,415,200 |');
    expect(r.stdout.trim().split('\n').pop()).toBe(
      '| **total** | | 1000 | **60,965,224** | **724,406,816** |',
    );
  });

  it('--set turns a knob and --input changes the input', async () => {
    // architectures.md §1.1: one tower, 62,378,344 params.
    expect((await json('alexnet', '--set', 'towers=false')).totals.params).toBe(62_378_344);
    const big = await json('alexnet-torchvision', '--input', '3x256x256');
    expect(big.input).toEqual([3, 256, 256]);
    // The adaptive 6×6 pool keeps fc6 at 9,216 inputs: same params as at 224.
    expect(big.totals.params).toBe(61_100_840);
  });
});

describe('--list', () => {
  it('lists every preset id of the catalog', async () => {
    const r = await run(['--list']);
    expect(r.code).toBe(0);
    const first = r.stdout.split('\n').map((line) => line.split(/\s+/)[0]);
    for (const id of listIds()) expect(first).toContain(id);
    for (const id of [
      'lenet5',
      'alexnet',
      'alexnet-torchvision',
      'zfnet',
      'vgg16',
      'vgg19',
      'nin-cifar10',
      'nin-imagenet',
      'inception-naive-demo',
      'inception-bottleneck-demo',
    ])
      expect(listIds()).toContain(id);
  });
});

describe('errors: non-zero codes and clear messages', () => {
  it.each([
    // [argv, code, stderr]
    [
      ['nope'],
      1,
      'error: unknown model "nope"; run with --list to see the catalog [unknown-model]',
    ],
    [
      ['vgg16', '--input', '3x224'],
      2,
      'error: --input must look like 3x224x224 (C×H×W, positive integers), got "3x224"',
    ],
    [['vgg16', '--input', '3x0x224'], 2, 'error: --input sizes must be positive, got "3x0x224"'],
    [['vgg16', '--input'], 2, 'error: --input needs a value'],
    [
      ['vgg16', '--format', 'xml'],
      2,
      'error: --format must be one of table, json, csv, md, got "xml"',
    ],
    [
      // VGG-16 on 16×16: the maps reach 1×1 before pool5.
      ['vgg16', '--input', '3x16x16'],
      1,
      'error: features/stage5/pool5: pool window height 2 is larger than the padded input 1 (1 + 0 padding) [kernel-fits]',
    ],
    [
      ['alexnet', '--set', 'towers=maybe'],
      1,
      'error: Two GPU towers (towers) must be true or false, got "maybe" [bad-knob]',
    ],
    [['alexnet', 'vgg16'], 2, 'error: one model at a time; got "alexnet" and "vgg16"'],
  ] as [string[], number, string][])('%j → code %i', async (argv, code, stderr) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });

  it('no model and unknown options print the usage', async () => {
    for (const argv of [[], ['--frobnicate']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: npm run -s analyze -- <id>');
    }
  });

  it('--spec reads a user file and reports its errors by path', async () => {
    const files: Record<string, string> = {
      'ok.json': JSON.stringify({
        root: {
          op: 'block',
          name: 'mine',
          layers: [
            { op: 'input', name: 'input', shape: [1, 28, 28] },
            { op: 'conv', name: 'c1', out: 8, kernel: 3 },
          ],
        },
      }),
      'bad.json': JSON.stringify({
        root: {
          op: 'block',
          name: 'mine',
          layers: [
            { op: 'input', name: 'input', shape: [1, 28, 28] },
            { op: 'conv', name: 'c1', out: 8, kernel: 3, groups: 3 },
          ],
        },
      }),
    };
    const read = async (p: string) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p];
    };
    const ok = await run(['--spec', 'ok.json', '--format', 'json'], read);
    expect(ok.code).toBe(0);
    // 3·3·1·8 + 8 = 80 params; 26·26·8·9 = 48,672 MACs.
    expect(JSON.parse(ok.stdout).totals).toMatchObject({ params: 80, macs: 48_672 });
    const bad = await run(['--spec', 'bad.json'], read);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'error: c1: groups 3 must divide the input channels 1 and the output channels 8 [groups-divide]',
    );
    const missing = await run(['--spec', 'none.json'], read);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: cannot read none.json: ENOENT: none.json');
  });
});

describe('--input on a spec with no input layer', () => {
  const spec = JSON.stringify({
    root: {
      op: 'block',
      name: 'net',
      layers: [
        { op: 'conv', name: 'c1', out: 16, kernel: 3, stride: 2 },
        { op: 'relu', name: 'r' },
      ],
    },
  });
  const read = async () => spec;

  it('feeds the first layer and keeps every layer', async () => {
    const r = await run(['--spec', 'net.json', '--input', '3x32x32', '--format', 'json'], read);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as JsonReport;
    expect(j.layers.map((l) => [l.path, l.op, l.out])).toEqual([
      ['input', 'input', [3, 32, 32]],
      // ⌊(32 − 3)/2⌋ + 1 = 15.
      ['c1', 'conv', [16, 15, 15]],
      ['r', 'relu', [16, 15, 15]],
    ]);
    // Params 3·3·3·16 + 16 = 448; MACs 15·15·16·3·3·3 = 97,200; activations 2·16·15·15 = 7,200.
    expect(j.totals).toMatchObject({ params: 448, macs: 97_200, activations: 7_200 });
  });

  it('without --input, says the network needs an input layer', async () => {
    const r = await run(['--spec', 'net.json'], read);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: c1: the network must begin with an input layer [input-first]');
  });
});

describe('--list --format json and --schema', () => {
  it('lists every preset and family as JSON', async () => {
    const r = await run(['--list', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { presets: { id: string }[]; families: { id: string }[] };
    expect(j.presets.map((p) => p.id)).toEqual(listIds());
    expect(j.families.some((f) => f.id === 'resnet')).toBe(true);
  });

  it('prints the JSON Schema', async () => {
    const r = await run(['--schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { $schema: string; required: string[] };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(['root']);
  });
});
