/**
 * ResNet's argument (He et al. 2015): a plain block against a residual block on the same input;
 * the three shortcuts where the shape changes (identity impossible, zero-padding "A",
 * projection "B") with their parameter cost; the bottleneck 1×1-3×3-1×1 on 256 channels against
 * two 3×3 convs. Small specs built like src/catalog/resnet.ts builds its blocks (conv → BN, no
 * conv bias, ReLU after the add), analyzed by the engine.
 */
import { add, block, bn, conv, input, maxPool, parallel, relu } from '../../catalog/blocks';
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import type { ModelSpec, SpecNode } from '../../engine/types';
import { run, type EngineError, type Field, type Lesson, type Values } from './common';

export const RESIDUAL_FIELDS: readonly Field[] = [
  { key: 'C', default: 64, min: 1, max: 2048 },
  { key: 'size', default: 56, min: 2, max: 1024 },
  { key: 'wide', default: 256, min: 1, max: 4096 },
  { key: 'mid', default: 64, min: 1, max: 4096 },
];

const net = (shape: number[], layers: SpecNode[]): ModelSpec => ({
  root: block('net', 'network', [input(shape), ...layers]),
});

/** conv-BN(-ReLU) ×2 with `out` channels; the first conv has the stride. */
function twoConvs(out: number, stride: number, lastRelu: boolean): SpecNode[] {
  return [
    conv('conv1', out, 3, { stride, padding: 1, bias: false }),
    bn('bn1'),
    relu('relu1'),
    conv('conv2', out, 3, { padding: 1, bias: false }),
    bn('bn2'),
    ...(lastRelu ? [relu('relu2')] : []),
  ];
}

/** F(x) + shortcut(x), then ReLU. */
function residual(residualBranch: SpecNode[], shortcut: SpecNode[]): SpecNode[] {
  return [
    parallel(
      'block',
      'residual',
      [block('residual', 'branch', residualBranch), block('shortcut', 'shortcut', shortcut)],
      add('add'),
    ),
    relu('relu'),
  ];
}

export type ShortcutKind = 'identity' | 'zeropad' | 'projection';

export interface ShortcutResult {
  kind: ShortcutKind;
  /** The engine's analysis, or the rule it says broke when the shapes cannot be added. */
  analysis?: Analysis;
  error?: EngineError;
  /** Parameters of the shortcut path alone. */
  params: number;
  macs: number;
}

export interface ResidualLesson {
  C: number;
  plain: Analysis;
  residual: Analysis;
  /** C → 2C at stride 2: what each shortcut costs (identity fails: the shapes differ). */
  shortcuts: ShortcutResult[];
  bottleneck: Analysis;
  twoWide: Analysis;
}

function shortcutCase(kind: ShortcutKind, C: number, size: number): ShortcutResult {
  const path: SpecNode[] =
    kind === 'identity'
      ? [{ op: 'identity', name: 'identity' }]
      : kind === 'zeropad'
        ? [
            maxPool('subsample', 1, { stride: 2 }),
            { op: 'zeropad', name: 'zeropad', channels: [0, C] },
          ]
        : [conv('conv', 2 * C, 1, { stride: 2, bias: false }), bn('bn')];
  const r = run(() => analyze(net([C, size, size], residual(twoConvs(2 * C, 2, false), path))));
  if (!r.ok) return { kind, error: r, params: 0, macs: 0 };
  const s = r.value.modules.find((m) => m.path === 'block/shortcut')!;
  return { kind, analysis: r.value, params: s.totals.params, macs: s.totals.macs };
}

export function residualLesson(v: Values): Lesson<ResidualLesson> {
  return run(() => {
    const { C, size, wide, mid } = v;
    const shape = [C, size, size];
    return {
      C,
      plain: analyze(net(shape, twoConvs(C, 1, true))),
      residual: analyze(
        net(shape, residual(twoConvs(C, 1, false), [{ op: 'identity', name: 'identity' }])),
      ),
      shortcuts: (['identity', 'zeropad', 'projection'] as const).map((k) =>
        shortcutCase(k, C, size),
      ),
      bottleneck: analyze(
        net(
          [wide, size, size],
          [
            conv('reduce', mid, 1, { bias: false }),
            bn('bn1'),
            relu('relu1'),
            conv('conv3x3', mid, 3, { padding: 1, bias: false }),
            bn('bn2'),
            relu('relu2'),
            conv('expand', wide, 1, { bias: false }),
            bn('bn3'),
          ],
        ),
      ),
      twoWide: analyze(net([wide, size, size], twoConvs(wide, 1, false))),
    };
  });
}

/**
 * He et al. 2015 on degradation: the deeper plain network has the higher training error. Fig. 1
 * and Fig. 6 (CIFAR-10, plain 20 vs 56 layers) show it as curves without printed values; Table 2
 * prints the ImageNet pair (top-1 error %, 10-crop validation).
 */
export const PLAIN_VS_RESIDUAL = {
  source:
    'He et al. 2015, "Deep Residual Learning for Image Recognition", Table 2 (arXiv:1512.03385)',
  curves:
    'He et al. 2015, Fig. 1 and Fig. 6 (left): on CIFAR-10 the 56-layer plain network has higher training and test error than the 20-layer one',
  rows: [
    { depth: 18, plain: 27.94, resnet: 27.88 },
    { depth: 34, plain: 28.54, resnet: 25.03 },
  ],
} as const;
