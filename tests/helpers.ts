/**
 * Shared test helpers: build + validate + analyze a catalog id (fresh or cached), the checks
 * every knob test repeats (module totals add up, a bad knob is a bad-knob SpecError), the
 * torchvision reference, and synthetic specs for layout tests (built with the catalog's own
 * builders, so the engine checks every shape).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  add,
  block,
  bn,
  concat,
  conv,
  convUnit,
  fc,
  flatten,
  globalPool,
  input,
  maxPool,
  parallel,
  relu,
  repeat,
} from '../src/catalog/blocks';
import { buildModel } from '../src/catalog/index';
import type { KnobValue } from '../src/catalog/types';
import {
  analyze,
  isSpecError,
  parseSpec,
  type Analysis,
  type LayerResult,
  type ModelSpec,
  type Shape,
  type SpecNode,
} from '../src/engine/index';

/** Build a catalog id, round-trip it through JSON (the spec must be plain data) and analyze it. */
export function analyzeId(
  id: string,
  overrides: Record<string, KnobValue> = {},
  input?: Shape,
): Analysis {
  const spec = parseSpec(JSON.parse(JSON.stringify(buildModel(id, overrides))));
  return analyze(spec, { input });
}

const analyses = new Map<string, Analysis>();
/** `analyzeId` shared between the tests of a file: analyses are pure, and the deep nets are slow. */
export function analyzeIdCached(id: string, overrides: Record<string, KnobValue> = {}): Analysis {
  const key = id + JSON.stringify(overrides);
  if (!analyses.has(key)) analyses.set(key, analyzeId(id, overrides));
  return analyses.get(key)!;
}

/**
 * Every module's params, buffers and MACs equal the sum over its direct children (modules and
 * leaves), and the whole network's totals equal the sum over its leaves.
 */
export function expectModuleTotalsAddUp(a: Analysis): void {
  const leaves = new Map(a.layers.map((l) => [l.path, l]));
  const modules = new Map(a.modules.map((m) => [m.path, m]));
  for (const m of a.modules) {
    let params = 0;
    let buffers = 0;
    let macs = 0;
    for (const c of m.children) {
      const t = modules.get(c)?.totals ?? leaves.get(c);
      if (!t) throw new Error(`child ${c} of ${m.path} not found`);
      params += t.params;
      buffers += t.buffers;
      macs += t.macs;
    }
    // Compared only on failure: one expect per module would make deep nets slow.
    if (params !== m.totals.params || buffers !== m.totals.buffers || macs !== m.totals.macs)
      expect([m.path, params, buffers, macs]).toEqual([
        m.path,
        m.totals.params,
        m.totals.buffers,
        m.totals.macs,
      ]);
  }
  const sum = (key: 'params' | 'buffers' | 'macs') => a.layers.reduce((s, l) => s + l[key], 0);
  expect([a.totals.params, a.totals.buffers, a.totals.macs]).toEqual([
    sum('params'),
    sum('buffers'),
    sum('macs'),
  ]);
}

/**
 * Building (and analyzing) `id` with these knob values fails with a SpecError of rule
 * `bad-knob` whose explanation (the message without path and rule) matches `message`.
 */
export function expectBadKnob(
  id: string,
  values: Record<string, KnobValue>,
  message?: RegExp,
): void {
  let caught: unknown;
  try {
    analyzeId(id, values);
  } catch (e) {
    caught = e;
  }
  expect(isSpecError(caught) && caught.rule).toBe('bad-knob');
  if (message) expect((caught as { detail: string }).detail).toMatch(message);
}

export interface RefLayer {
  name: string;
  type: string;
  out: number[];
  params: number;
  macs: number;
}
export interface RefModel {
  input: number[];
  params: number;
  params_bn: number;
  bn_running_stats: number;
  macs: number;
  flops_counter: number;
  activations: number;
  layers: RefLayer[];
}

/** shared/reference/torch-reference-subset.json (copied to tests/fixtures). */
export function torchReference(key: string): RefModel {
  const file = fileURLToPath(new URL('./fixtures/torch-reference-subset.json', import.meta.url));
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RefModel>;
  const m = all[key];
  if (!m) throw new Error(`no reference model ${key}`);
  return m;
}

/** The conv and fc leaves of an analysis, in execution order (inference graph). */
export function convFc(a: Analysis, includeTrainingOnly = false): LayerResult[] {
  return a.layers.filter(
    (l) => (l.op === 'conv' || l.op === 'fc') && (includeTrainingOnly || !l.trainingOnly),
  );
}

/** The Conv2d and Linear layers of a reference model. */
export function refConvFc(m: RefModel): RefLayer[] {
  return m.layers.filter((l) => l.type === 'Conv2d' || l.type === 'Linear');
}

// ---------------------------------------------------------------------------------------------
// Synthetic specs for layout tests and timing: a CIFAR ResNet (6n+2 layers, so n = 200 gives
// ResNet-1202's 600 basic blocks), a DenseNet-style block stack and a NASNet-style chain of
// two-input cells.

function basic(name: string, out: number, stride: number, project: boolean): SpecNode {
  return block(name, 'residual', [
    parallel(
      'res',
      'residual',
      [
        block('main', 'branch', [
          conv('conv1', out, 3, { stride, padding: 1, bias: false }),
          bn('bn1'),
          relu('relu1'),
          conv('conv2', out, 3, { padding: 1, bias: false }),
          bn('bn2'),
        ]),
        project
          ? block('shortcut', 'shortcut', [conv('conv', out, 1, { stride, bias: false }), bn('bn')])
          : block('shortcut', 'shortcut', []),
      ],
      add('add'),
    ),
    relu('relu'),
  ]);
}

/** CIFAR ResNet with n blocks per stage: depth 6n + 2 (n = 200 → 1202 layers deep). */
export function cifarResnet(n: number): ModelSpec {
  const stage = (name: string, out: number, stride: number): SpecNode =>
    block(name, 'stage', [
      basic('block1', out, stride, stride !== 1),
      repeat('rest', 'repeat', n - 1, basic('block', out, 1, false)),
    ]);
  return {
    id: `synthetic-resnet${6 * n + 2}`,
    root: block('net', 'network', [
      input([3, 32, 32]),
      convUnit('stem', 16, 3, { padding: 1, kind: 'stem' }),
      stage('stage1', 16, 1),
      stage('stage2', 32, 2),
      stage('stage3', 64, 2),
      block('head', 'head', [globalPool('pool'), flatten(), fc('fc', 10)]),
    ]),
  } as ModelSpec;
}

/** DenseNet-style: `blocks` dense blocks of `layers` bottleneck layers (growth 32), transitions between. */
export function denseNet(blocks: readonly number[]): ModelSpec {
  let c = 64;
  const body: SpecNode[] = [];
  blocks.forEach((count, b) => {
    const layers: SpecNode[] = [];
    for (let i = 1; i <= count; i++) {
      layers.push(
        parallel(
          `layer${i}`,
          'dense-layer',
          [
            block('identity', 'shortcut', []),
            block('new', 'branch', [
              bn('bn1'),
              relu('relu1'),
              conv('conv1', 128, 1, { bias: false }),
              bn('bn2'),
              relu('relu2'),
              conv('conv2', 32, 3, { padding: 1, bias: false }),
            ]),
          ],
          concat('concat'),
        ),
      );
      c += 32;
    }
    body.push(block(`denseblock${b + 1}`, 'dense-block', layers));
    if (b < blocks.length - 1) {
      c = Math.floor(c / 2);
      body.push(
        block(`transition${b + 1}`, 'transition', [
          bn('bn'),
          relu('relu'),
          conv('conv', c, 1, { bias: false }),
          { op: 'pool', name: 'pool', mode: 'avg', kernel: 2, stride: 2 },
        ]),
      );
    }
  });
  return {
    id: 'synthetic-densenet',
    root: block('net', 'network', [
      input([3, 224, 224]),
      block('stem', 'stem', [
        conv('conv0', 64, 7, { stride: 2, padding: 3, bias: false }),
        bn('bn0'),
        relu('relu0'),
        maxPool('pool0', 3, { stride: 2, padding: 1 }),
      ]),
      ...body,
      block('head', 'head', [
        bn('bn'),
        relu('relu'),
        globalPool('pool'),
        flatten(),
        fc('fc', 1000),
      ]),
    ]),
  } as ModelSpec;
}

/** NASNet-style: a chain of cells each reading the two previous cell outputs (in0 = prev, in1 = prev-prev). */
export function twoInputCells(cells: number, width = 64): ModelSpec {
  const cell = (name: string, from: string[]): SpecNode =>
    block(
      name,
      'normal-cell',
      [
        conv('p0', width, 1, { from: ['in0'], bias: false }),
        conv('p1', width, 1, { from: ['in1'], bias: false }),
        conv('sep3', width, 3, { from: ['p0'], padding: 1, bias: false }),
        conv('sep5', width, 5, { from: ['p1'], padding: 2, bias: false }),
        { ...add('add0'), from: ['sep3', 'sep5'] },
        { ...add('add1'), from: ['p0', 'p1'] },
        { ...add('add2'), from: ['add0', 'sep3'] },
        { ...concat('concat'), from: ['add0', 'add1', 'add2', 'p1'] },
        conv('out', width, 1, { bias: false }),
      ],
      { inputs: 2, from },
    );
  const layers: SpecNode[] = [input([3, 32, 32]), conv('stem', width, 3, { padding: 1 })];
  let prev = 'stem';
  let prevprev = 'stem';
  for (let i = 1; i <= cells; i++) {
    layers.push(cell(`cell${i}`, [prev, prevprev]));
    prevprev = prev;
    prev = `cell${i}`;
  }
  layers.push(globalPool('pool'), flatten(), fc('fc', 10));
  return { id: 'synthetic-nasnet', root: block('net', 'network', layers) } as ModelSpec;
}

export function analyzeSpec(spec: ModelSpec): Analysis {
  return analyze(parseSpec(JSON.parse(JSON.stringify(spec))));
}
