/**
 * The lecture's single Inception module (CS231n 2017 Lecture 9, slides 53–54) on a 28×28×256
 * input, as a family a student can turn: the input channels, the width of every branch, and the
 * switch between the naive module and the one with 1×1 bottlenecks. Every conv keeps the spatial
 * size (stride 1, "same" padding), so the branches concatenate along channels.
 */
import { block, concat, conv, input, maxPool, parallel, relu } from './blocks';
import { defineFamily, flag, int } from './knobs';
import { count, type ShapeFigure } from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

const width = (label: string, dflt: number, help: string) =>
  int({ label, default: dflt, min: 1, max: 4096, help });

export const inceptionDemoFamily = defineFamily({
  id: 'inception-demo',
  name: 'Inception module (lecture demo)',
  knobs: {
    bottleneck: flag({
      label: '1×1 bottlenecks',
      default: false,
      help: 'Off: the naive module. On: 1×1 convs reduce the depth before the 3×3 and 5×5 convs and project the pooled maps.',
    }),
    inChannels: width('Input channels', 256, 'Depth of the module’s input (the lecture: 256).'),
    size: width('Input size', 28, 'Height and width of the input maps (the lecture: 28).'),
    b1: width('1×1 filters', 128, 'Filters of the 1×1 branch.'),
    b3: width('3×3 filters', 192, 'Filters of the 3×3 branch.'),
    b5: width('5×5 filters', 96, 'Filters of the 5×5 branch.'),
    r3: width('3×3 reduce', 64, 'Bottleneck only: 1×1 filters before the 3×3 conv.'),
    r5: width('5×5 reduce', 64, 'Bottleneck only: 1×1 filters before the 5×5 conv.'),
    pp: width('Pool projection', 64, 'Bottleneck only: 1×1 filters after the 3×3 max pool.'),
  },
  build(v) {
    const bn = v.bottleneck;
    const reduce = (filters: number, name = 'reduce'): SpecNode[] =>
      bn ? [conv(name, filters, 1), relu(`${name}_relu`)] : [];
    const branches: SpecNode[] = [
      block('branch1x1', 'branch', [conv('conv', v.b1, 1), relu('relu')], {
        label: `1×1 conv, ${v.b1}`,
      }),
      block(
        'branch3x3',
        'branch',
        [...reduce(v.r3), conv('conv', v.b3, 3, { padding: 1 }), relu('relu')],
        { label: `${bn ? `1×1, ${v.r3} → ` : ''}3×3 conv, ${v.b3}` },
      ),
      block(
        'branch5x5',
        'branch',
        [...reduce(v.r5), conv('conv', v.b5, 5, { padding: 2 }), relu('relu')],
        { label: `${bn ? `1×1, ${v.r5} → ` : ''}5×5 conv, ${v.b5}` },
      ),
      block(
        'branchPool',
        'branch',
        [maxPool('pool', 3, { stride: 1, padding: 1 }), ...reduce(v.pp, 'proj')],
        { label: `3×3 max pool${bn ? ` → 1×1, ${v.pp}` : ''}` },
      ),
    ];
    return {
      root: block('demo', 'network', [
        input([v.inChannels, v.size, v.size]),
        parallel('inception', 'inception', branches, concat('concat'), {
          label: bn ? 'Inception module with 1×1 bottlenecks' : 'Naive Inception module',
        }),
      ]),
    };
  },
});

/** An output shape the slide prints as H×W×C. */
const slideOutput = (h: number, w: number, c: number, slide: number): ShapeFigure => ({
  kind: 'shape',
  printed: `${h}×${w}×${c}`,
  value: [c, h, w],
  source: `CS231n Lecture 9 slide ${slide}`,
});

const paper = {
  title: 'Going Deeper with Convolutions',
  authors:
    'Christian Szegedy, Wei Liu, Yangqing Jia, Pierre Sermanet, Scott Reed, Dragomir Anguelov, Dumitru Erhan, Vincent Vanhoucke, Andrew Rabinovich',
  venue: 'CVPR',
  year: 2015,
  link: 'arXiv:1409.4842',
};

export const inceptionDemoPresets: Preset[] = [
  {
    id: 'inception-naive-demo',
    family: 'inception-demo',
    values: { bottleneck: false },
    era: 'demo',
    info: {
      name: 'Naive Inception module (demo)',
      family: 'GoogLeNet',
      year: 2014,
      paper,
      keyIdea:
        'Let the network choose its filter size: apply 1×1, 3×3 and 5×5 convolutions and a 3×3 max pool to the same input in parallel and stack their outputs along depth. Done naively this is expensive: on a 28×28×256 input the three convs need 854 M multiplies, and because the pool branch keeps all 256 input channels, the output (28×28×672) is deeper than the input, so stacked modules grow without bound.',
      published: [
        count(
          'macs',
          '854 M',
          'CS231n Lecture 9 slide 53: "Total: 854M ops" (architectures.md §1.2: 25,690,112 + 346,816,512 + 481,689,600 = 854,196,224)',
          { label: 'multiplies' },
        ),
        slideOutput(28, 28, 672, 53),
      ],
      notes: [
        'The lecture counts multiplies of the convs only (= MACs here); pooling and ReLU add none.',
      ],
    },
  },
  {
    id: 'inception-bottleneck-demo',
    family: 'inception-demo',
    values: { bottleneck: true },
    era: 'demo',
    info: {
      name: 'Bottleneck Inception module (demo)',
      family: 'GoogLeNet',
      year: 2014,
      paper,
      keyIdea:
        'Put 1×1 "bottleneck" convolutions in front of the expensive 3×3 and 5×5 convs and after the pool: they cut the depth from 256 to 64 while keeping the 28×28 size, so the same branches cost 271 M multiplies instead of 854 M, and the pool projection keeps the output (28×28×480) from growing with every module. GoogLeNet stacks nine modules of this kind; its module 3b has the same input (28×28×256) and the same 1×1, 3×3, 5×5 and pool-projection widths, but reduces to 128 channels before the 3×3 conv and to 32 before the 5×5, not 64 and 64.',
      published: [
        count('macs', '358 M', 'CS231n Lecture 9 slide 54: "Total: 358M ops"', {
          label: 'multiplies',
          differs:
            'the slide’s total does not match its own six terms: they sum to 271,351,808, and 358,055,936 is that sum with the 3×3 term (86,704,128) counted twice (architectures.md §1.2)',
        }),
        count('macs', 271351808, 'architectures.md §1.2 (calc)', {
          label: 'multiplies (sum of the slide’s six terms)',
        }),
        slideOutput(28, 28, 480, 54),
      ],
      notes: [
        'The slide lists six terms, 12,845,056 (1×1, 64) + 12,845,056 (1×1, 64) + 25,690,112 (1×1, 128) + 86,704,128 (3×3, 192) + 120,422,400 (5×5, 96) + 12,845,056 (1×1, 64) = 271,351,808, but prints "Total: 358M ops". 358,055,936 is that sum plus the 3×3 term once more: the terms are right, the printed total is not. The engine reports 271,351,808; the bottleneck module costs 3.1× less than the naive one, not 2.4×.',
      ],
    },
  },
];
