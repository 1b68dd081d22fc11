/**
 * Depth as the papers count it (src/engine/depth.ts): conv + fc layers on the longest
 * input→output path, training-only heads, shortcuts and SE gates left out.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/analyze';
import {
  add,
  block,
  conv,
  fc,
  flatten,
  globalPool,
  input,
  parallel,
  relu,
} from '../../src/catalog/blocks';
import { analyze, parseSpec, type ModelSpec } from '../../src/engine/index';
import { analyzeId } from '../helpers';

// Each figure is the paper's own count of its network's depth.
const PAPER_DEPTHS: [id: string, depth: number, source: string][] = [
  [
    'alexnet',
    8,
    'Krizhevsky et al. 2012 §3: "eight learned layers — five convolutional and three fully-connected"',
  ],
  ['vgg16', 16, 'Simonyan & Zisserman 2015 Table 1, configuration D: 16 weight layers'],
  ['vgg19', 19, 'Simonyan & Zisserman 2015 Table 1, configuration E: 19 weight layers'],
  [
    'googlenet',
    22,
    'Szegedy et al. 2015 §5: "22 layers deep when counting only layers with parameters"',
  ],
  ['resnet18', 18, 'He et al. 2016 Table 1: 18-layer'],
  ['resnet50', 50, 'He et al. 2016 Table 1: 50-layer'],
  ['resnet152', 152, 'He et al. 2016 Table 1: 152-layer'],
  ['resnet110-cifar', 110, 'He et al. 2016 §4.2: 6n + 2 = 110 for n = 18'],
  ['resnet1202-cifar', 1202, 'He et al. 2016 §4.2: 6n + 2 = 1202 for n = 200'],
  ['densenet121', 121, 'Huang et al. 2017 Table 1: DenseNet-121'],
  ['densenet-bc-100-12', 100, 'Huang et al. 2017 Table 2: DenseNet-BC (L = 100, k = 12)'],
];

describe('depth of the catalog networks equals the papers’ counts', () => {
  for (const [id, depth, source] of PAPER_DEPTHS) {
    it(`${id}: ${depth} (${source})`, () => {
      expect(analyzeId(id).depth).toBe(depth);
    });
  }

  it('leaves GoogLeNet’s training-only auxiliary classifiers out (they add 2 convs/fcs each, not to the path)', () => {
    const a = analyzeId('googlenet');
    // torchvision GoogLeNet: 57 convs + 1 fc deployed; the aux heads (conv + 2 fc each) are off the
    // path to the output, so the depth stays the paper's 22.
    expect(a.inference.convs + a.inference.fcs).toBe(58);
    expect(a.totals.convs + a.totals.fcs).toBe(58 + 2 * 3);
    expect(a.depth).toBe(22);
  });

  it('follows the feature map, not the SE gate: SE-ResNet-50 is 50 deep (Hu et al. 2018 Table 1)', () => {
    expect(analyzeId('se-resnet50').depth).toBe(50);
  });
});

/** conv 3×3 with padding 1 (shape-preserving). */
const c3 = (name: string, out: number) => conv(name, out, 3, { padding: 1 });

function spec(layers: ModelSpec['root']['layers']): ModelSpec {
  return parseSpec({ root: block('net', 'network', layers) });
}

describe('depth rules on hand-made specs', () => {
  it('counts conv and fc on the longest path: 2 convs + fc = 3, a parallel 1-conv branch does not add', () => {
    const s = spec([
      input([4, 8, 8]),
      c3('c1', 4),
      parallel(
        'split',
        'branch',
        [
          block('long', 'branch', [c3('a', 4), relu('r'), c3('b', 4)]),
          block('short', 'branch', [c3('s', 4)]),
        ],
        add('add'),
      ),
      globalPool('pool'),
      flatten('flat'),
      fc('fc', 10),
    ]);
    // Longest path: c1 → a → b → fc = 4 counted layers (hand count).
    expect(analyze(s).depth).toBe(4);
  });

  it('does not count a projection shortcut (a module of kind "shortcut") even when it is the long way', () => {
    // Residual branch of one conv, projection shortcut of two: counting the shortcut would give 3.
    const s = spec([
      input([4, 8, 8]),
      parallel(
        'res',
        'residual',
        [block('f', 'branch', [c3('a', 8)]), block('proj', 'shortcut', [c3('p1', 8), c3('p2', 8)])],
        add('add'),
      ),
    ]);
    expect(analyze(s).depth).toBe(1);
  });

  it('CLI: totals.depth in JSON and a Depth line in the table', async () => {
    const j = JSON.parse((await run(['vgg19', '--format', 'json'])).stdout) as {
      totals: { depth: number };
    };
    expect(j.totals.depth).toBe(19);
    const t = (await run(['resnet152'])).stdout;
    expect(t).toMatch(/^Depth \(conv \+ fc layers on the longest input→output path\): 152$/m);
  });
});
