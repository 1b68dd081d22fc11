/**
 * Synthetic specs for layout tests and timing while the big catalog presets are still being
 * written: a CIFAR ResNet (6n+2 layers, so n = 200 gives ResNet-1202's 600 basic blocks), a
 * DenseNet-style block stack and a NASNet-style chain of two-input cells. Built with the
 * catalog's own builders so the engine checks every shape.
 */
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
import { analyze, parseSpec, type Analysis, type ModelSpec, type SpecNode } from '../src/engine';

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
