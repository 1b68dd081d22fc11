/**
 * A dense block (Huang et al. 2016; architectures.md §13): every layer reads the concatenation
 * of all earlier outputs and adds k (the growth rate) channels, so layer i sees k0 + (i−1)·k
 * channels. DenseNet-BC layers: BN-ReLU-1×1 conv (4k) → BN-ReLU-3×3 conv (k), convs without
 * bias. A small spec analyzed by the engine.
 */
import { bn, block, concat, conv, input, parallel, relu } from '../../catalog/blocks';
import type { Analysis, ModuleResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const DENSE_FIELDS: readonly Field[] = [
  { key: 'k0', default: 64, min: 1, max: 4096 },
  { key: 'k', default: 32, min: 1, max: 1024 },
  { key: 'layers', default: 6, min: 1, max: 48 },
  { key: 'size', default: 56, min: 1, max: 1024 },
];

export interface DenseLayer {
  module: ModuleResult;
  /** Channels this layer reads. */
  reads: number;
  /** Channels after its concat. */
  out: number;
  params: number;
  macs: number;
}

export interface DenseLesson {
  analysis: Analysis;
  k0: number;
  k: number;
  layers: DenseLayer[];
}

export function denseLesson(v: Values): Lesson<DenseLesson> {
  return run(() => {
    const { k0, k, layers, size } = v;
    const dense = Array.from({ length: layers }, (_, i) =>
      parallel(
        `layer${i + 1}`,
        'dense-layer',
        [
          block('new', 'branch', [
            bn('bn1'),
            relu('relu1'),
            conv('conv1', 4 * k, 1, { bias: false }),
            bn('bn2'),
            relu('relu2'),
            conv('conv2', k, 3, { padding: 1, bias: false }),
          ]),
          { op: 'identity', name: 'identity' },
        ],
        concat('concat'),
      ),
    );
    const a = analyze({
      root: block('net', 'network', [
        input([k0, size, size]),
        block('block', 'dense-block', dense),
      ]),
    });
    const mods = a.modules.filter((m) => m.kind === 'dense-layer');
    return {
      analysis: a,
      k0,
      k,
      layers: mods.map((m) => ({
        module: m,
        reads: m.inShapes[0][0],
        out: m.out[0],
        params: m.totals.params,
        macs: m.totals.macs,
      })),
    };
  });
}
