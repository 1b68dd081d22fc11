/**
 * The squeeze-and-excitation block (Hu et al. 2017; architectures.md §12): squeeze a C×H×W map
 * to C numbers (global average pool), excite through C → C/r → C with a sigmoid (1×1 convs with
 * bias, as in the released models and timm), and scale each channel by its gate. A small spec
 * analyzed by the engine; SE-ResNet-50 against ResNet-50 from the catalog.
 */
import { block, conv, globalPool, input, relu, sigmoid } from '../../catalog/blocks';
import { buildModel } from '../../catalog/index';
import { knobError } from '../../catalog/knobs';
import type { Analysis, LayerResult } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const SE_FIELDS: readonly Field[] = [
  { key: 'C', default: 256, min: 1, max: 4096 },
  { key: 'size', default: 56, min: 1, max: 1024 },
  { key: 'r', default: 16, min: 1, max: 4096 },
];

export interface SeLesson {
  analysis: Analysis;
  /** Reduction ratio: the hidden layer has ⌊C/r⌋ units. */
  r: number;
  /** squeeze, fc1, relu, fc2, sigmoid, scale: the engine's leaves in order. */
  steps: LayerResult[];
  /** Parameters the block adds (all of it: the map it scales is not part of the block). */
  params: number;
  macs: number;
  /** SE-ResNet-50 and ResNet-50 (catalog presets, r = 16): what SE adds to a whole network. */
  network: { se: number; plain: number };
}

let networkCache: { se: number; plain: number } | null = null;

export function seLesson(v: Values): Lesson<SeLesson> {
  return run(() => {
    const { C, size, r } = v;
    const hidden = Math.floor(C / r);
    if (hidden < 1) knobError({ code: 'se-reduction', r, c: C });
    const a = analyze({
      root: block('net', 'network', [
        input([C, size, size]),
        block('se_block', 'se', [
          block('gate', 'se', [
            globalPool('squeeze'),
            conv('fc1', hidden, 1),
            relu('relu'),
            conv('fc2', C, 1),
            sigmoid('sigmoid'),
          ]),
          { op: 'scale', name: 'scale', from: ['in0', 'gate'] },
        ]),
      ]),
    });
    networkCache ??= {
      se: analyze(buildModel('se-resnet50')).inference.params,
      plain: analyze(buildModel('resnet50')).inference.params,
    };
    return {
      analysis: a,
      r,
      steps: a.layers.slice(1),
      params: a.totals.params,
      macs: a.totals.macs,
      network: networkCache,
    };
  });
}
