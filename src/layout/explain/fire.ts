/**
 * SqueezeNet's Fire module (Iandola et al. 2016; architectures.md §15): a 1×1 "squeeze" conv to
 * s channels, then 1×1 and 3×3 "expand" convs side by side, concatenated (e1 + e3 channels).
 * The module is a small spec built like src/catalog/squeezenet.ts builds fire2…fire9; the whole
 * networks (SqueezeNet 1.0 and AlexNet) come from the catalog.
 */
import { block, concat, conv, input, parallel, relu } from '../../catalog/blocks';
import { buildModel } from '../../catalog/index';
import type { Analysis, LayerResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const FIRE_FIELDS: readonly Field[] = [
  { key: 'C', default: 96, min: 1, max: 4096 },
  { key: 'size', default: 55, min: 1, max: 1024 },
  { key: 's', default: 16, min: 1, max: 4096 },
  { key: 'e1', default: 64, min: 1, max: 4096 },
  { key: 'e3', default: 64, min: 1, max: 4096 },
];

export interface FireLesson {
  analysis: Analysis;
  squeeze: LayerResult;
  expand1: LayerResult;
  expand3: LayerResult;
  /** One 3×3 conv from C straight to e1 + e3 channels (what the module replaces). */
  direct: LayerResult;
  params: number;
  /** Whole networks from the catalog: SqueezeNet 1.0 against AlexNet (the paper's comparison). */
  networks: { squeezenet: Analysis; alexnet: Analysis };
}

let networks: FireLesson['networks'] | null = null;

export function fireLesson(v: Values): Lesson<FireLesson> {
  return run(() => {
    const { C, size, s, e1, e3 } = v;
    const a = analyze({
      root: block('net', 'network', [
        input([C, size, size]),
        block('fire', 'fire', [
          conv('squeeze', s, 1),
          relu('squeeze_activation'),
          parallel(
            'expand',
            'branch',
            [
              block('expand1x1', 'branch', [conv('conv', e1, 1), relu('relu')]),
              block('expand3x3', 'branch', [conv('conv', e3, 3, { padding: 1 }), relu('relu')]),
            ],
            concat('concat'),
          ),
        ]),
      ]),
    });
    const direct = analyze({
      root: block('net', 'network', [
        input([C, size, size]),
        conv('conv', e1 + e3, 3, { padding: 1 }),
      ]),
    });
    networks ??= {
      squeezenet: analyze(buildModel('squeezenet1.0')),
      alexnet: analyze(buildModel('alexnet')),
    };
    const at = (p: string) => a.layers.find((l) => l.path === p)!;
    return {
      analysis: a,
      squeeze: at('fire/squeeze'),
      expand1: at('fire/expand/expand1x1/conv'),
      expand3: at('fire/expand/expand3x3/conv'),
      direct: direct.layers[1],
      params: a.totals.params,
      networks,
    };
  });
}
