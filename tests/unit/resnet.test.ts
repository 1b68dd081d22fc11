import { describe, expect, it } from 'vitest';
import { presets } from '../../src/catalog/index';
import type { Analysis } from '../../src/engine/index';
// Analyses are shared between tests so the 1202- and 1001-layer nets run once.
import { analyzeIdCached as analyzeId, convFc, refConvFc, torchReference } from '../helpers';

const sumOf = (a: Analysis, op: string, key: 'params' | 'activations') =>
  a.layers.filter((l) => l.op === op).reduce((s, l) => s + l[key], 0);

describe('resnet50 against torchvision', () => {
  // Source: tests/fixtures/torch-reference-subset.json "resnet50" (torchvision 0.26, hooks on leaves).
  const ref = torchReference('resnet50');
  const a = analyzeId('resnet50');

  it('totals equal torchvision to the last parameter, MAC and buffer', () => {
    expect(a.totals.params).toBe(ref.params); // 25,557,032
    expect(a.totals.macs).toBe(ref.macs); // 4,089,184,256 (v1.5: stride on the 3×3)
    expect(sumOf(a, 'bn', 'params')).toBe(ref.params_bn); // 53,120 BN γ+β
    expect(a.totals.buffers).toBe(ref.bn_running_stats); // 53,120 running means + variances
    expect(a.output).toEqual([1000]);
  });

  it('every Conv2d and Linear has torchvision’s output shape, params and MACs, in order', () => {
    const ours = convFc(a).map((l) => [l.out, l.params, l.macs]);
    const theirs = refConvFc(ref).map((l) => [l.out, l.params, l.macs]);
    // 49 convs in blocks + conv1 + 4 downsample projections + fc = 54 (hand count: 16·3 + 1 + 4 + 1).
    expect(ours.length).toBe(54);
    expect(ours).toEqual(theirs);
  });

  it('activations match the reference rule once our add leaves are left out', () => {
    // The reference sums every leaf module’s output; torch’s `out += identity` is not a module,
    // while each of our 16 blocks has an `add` leaf (hand: everything else maps 1:1, the flatten
    // is a view on both sides).
    expect(a.totals.activations - sumOf(a, 'add', 'activations')).toBe(ref.activations); // 32,040,424
  });

  it('paths follow torchvision naming: one block module, residual leaves, downsample, add, relu', () => {
    const paths = new Set(a.layers.map((l) => l.path));
    for (const p of [
      'stem/conv1',
      'stem/bn1',
      'stem/relu',
      'stem/maxpool',
      'layer3/block2/conv2',
      'layer3/block1/downsample/conv',
      'layer3/block1/downsample/bn',
      'layer3/block1/add',
      'layer3/block1/relu',
      'avgpool',
      'flatten',
      'fc',
    ])
      expect(paths).toContain(p);
    const block = a.modules.find((m) => m.path === 'layer3/block2')!;
    expect(block.kind).toBe('bottleneck');
    // Identity shortcut: no node at all; the add reads the last residual leaf and the block input.
    expect(block.children).toEqual(
      ['conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'relu2', 'conv3', 'bn3', 'add', 'relu'].map(
        (n) => `layer3/block2/${n}`,
      ),
    );
    const add2 = a.layers.find((l) => l.path === 'layer3/block2/add')!;
    expect(add2.inputs).toEqual(['layer3/block2/bn3', 'layer3/block1/relu']);
    // Projection shortcut: a side block `downsample` (kind 'shortcut') reading the block input.
    const b1 = a.modules.find((m) => m.path === 'layer3/block1')!;
    expect(b1.children.slice(-3)).toEqual([
      'layer3/block1/downsample',
      'layer3/block1/add',
      'layer3/block1/relu',
    ]);
    const ds = a.modules.find((m) => m.path === 'layer3/block1/downsample')!;
    expect(ds.kind).toBe('shortcut');
    expect(ds.inShapes).toEqual([[512, 28, 28]]);
    const ds1 = a.layers.find((l) => l.path === 'layer3/block1/downsample/conv')!;
    expect(ds1.inputs).toEqual(['layer2/block4/relu']);
    const add1 = a.layers.find((l) => l.path === 'layer3/block1/add')!;
    expect(add1.inputs).toEqual(['layer3/block1/bn3', 'layer3/block1/downsample/bn']);
    // No nested parallel anywhere in the residual body.
    expect(a.modules.filter((m) => m.path.startsWith('layer')).every((m) => m.op === 'block')).toBe(
      true,
    );
    expect(a.modules.filter((m) => m.kind === 'stage').map((m) => m.path)).toEqual([
      'layer1',
      'layer2',
      'layer3',
      'layer4',
    ]);
  });

  it('v1 (stride on the first 1×1) has the same parameters and 3.858 GMACs', () => {
    // architectures.md §8.1 / §0.4: v1 3.858 G vs v1.5 4.089 G, same params.
    const v1 = analyzeId('resnet50', { stride: '1x1' });
    expect(v1.totals.params).toBe(25_557_032);
    expect(Math.abs(v1.totals.macs / 1e9 - 3.858)).toBeLessThan(0.0005);
    // Hand: only the three downsampling blocks change. layer2/block1 conv1 1×1 256→128 at 28×28
    // instead of 56×56 and conv2 3×3 128→128 at 28×28 either way.
    const c1 = v1.layers.find((l) => l.path === 'layer2/block1/conv1')!;
    expect(c1.out).toEqual([128, 28, 28]);
    expect(c1.macs).toBe(28 * 28 * 128 * 256); // 25,690,112
  });
});

describe('exact totals of every residual preset', () => {
  // [id, params, MACs or undefined, tolerance in MACs (0 = exact), source]
  const rows: [string, number, number, number, string][] = [
    ['resnet18', 11_689_512, 1.814e9, 5e5, 'TV num_params; TV _ops 1.814 (architectures.md §8.1)'],
    ['resnet34', 21_797_672, 3.664e9, 5e5, 'TV num_params; TV _ops 3.664'],
    ['resnet50', 25_557_032, 4_089_184_256, 0, 'TV num_params; fixture MACs'],
    ['resnet101', 44_549_160, 7.801e9, 5e5, 'TV num_params; TV _ops 7.801'],
    ['resnet152', 60_192_808, 11.514e9, 5e5, 'TV num_params; TV _ops 11.514'],
    ['resnet20-cifar', 269_722, 40.55e6, 5e3, 'architectures.md §8.2 calc 269,722 / 40.55 M'],
    ['resnet32-cifar', 464_154, 68.86e6, 5e3, '§8.2 calc 464,154 / 68.86 M'],
    ['resnet44-cifar', 658_586, 97.17e6, 5e3, '§8.2 calc 658,586 / 97.17 M'],
    ['resnet56-cifar', 853_018, 125.49e6, 5e3, '§8.2 calc 853,018 / 125.49 M'],
    ['resnet110-cifar', 1_727_962, 252.89e6, 5e3, '§8.2 calc 1,727,962 / 252.89 M'],
    ['resnet1202-cifar', 19_421_274, 2.829e9, 5e5, '§8.2 calc 19,421,274 / 2.829 G'],
    ['preact-resnet164-cifar', 1_703_258, 247.6e6, 5e4, '§9 calc 1,703,258 / 247.6 M'],
    ['preact-resnet1001-cifar', 10_327_706, 1.491e9, 5e5, '§9 calc 10,327,706 / 1.491 G'],
    [
      'stochastic-depth-resnet110-cifar',
      1_727_962,
      252.89e6,
      5e3,
      '§18: same network as ResNet-110',
    ],
    ['wrn-28-10', 36_479_194, 5.243e9, 5e5, '§10.1 calc 36,479,194 / 5.243 G'],
    ['wrn-40-4', 8_949_210, 1.299e9, 5e5, '§10.1 calc 8,949,210 / 1.299 G'],
    ['wide-resnet50-2', 68_883_240, 11.398e9, 5e5, '§10.2 TV 68,883,240 / 11.398 G'],
    ['wide-resnet101-2', 126_886_696, 22.753e9, 5e5, '§10.2 TV 126,886,696 / 22.753 G'],
    ['resnext50-32x4d', 25_028_904, 4.23e9, 5e5, '§11 TV 25,028,904 / 4.230 G'],
    ['resnext101-32x8d', 88_791_336, 16.414e9, 5e5, '§11 TV 88,791,336 / 16.414 G'],
    ['resnext101-64x4d', 83_455_272, 15.46e9, 5e5, '§11 TV 83,455,272 / 15.460 G'],
    ['se-resnet50', 28_088_024, 3.86e9, 5e5, '§12 calc = timm legacy_seresnet50 28.09 M / 3.860 G'],
    ['senet154', 115_088_984, 20.69e9, 5e6, '§12 calc = timm legacy_senet154 115.09 M / 20.69 G'],
  ];
  it.each(rows)('%s: params and MACs', (id, params, macs, tol) => {
    const a = analyzeId(id);
    expect(a.totals.params).toBe(params);
    if (tol === 0) expect(a.totals.macs).toBe(macs);
    else expect(Math.abs(a.totals.macs - macs)).toBeLessThanOrEqual(tol);
  });

  it('se-resnext50-32x4d = ResNeXt-50 32×4d + the SE modules of SE-ResNet-50 (timm 27.56 M)', () => {
    // timm results-imagenet.csv legacy_seresnext50_32x4d: 27.56 M. Hand: 25,028,904 (§11) +
    // 2,530,992 SE parameters (§12: 2,514,944 weights + 16,048 biases) = 27,559,896.
    const a = analyzeId('se-resnext50-32x4d');
    expect(a.totals.params).toBe(25_028_904 + 2_530_992);
    expect(Math.round(a.totals.params / 1e4) / 100).toBe(27.56);
  });

  it('preact-resnet110-cifar is ≈1.7 M (architectures.md §9) with 1×1 projections', () => {
    // Hand: ResNet-110 1,727,962 (§8.2) + projections 16·32 + 32·64 = 2,560 conv weights, no BN on
    // the shortcut (pre-activation), = 1,730,522; the per-block BN layout moves but keeps its count.
    expect(analyzeId('preact-resnet110-cifar').totals.params).toBe(1_730_522);
  });

  it('pre-activation ResNet-110 with option-A shortcuts has exactly ResNet-110’s 1,727,962', () => {
    // Hand: same convs and FC; BN channels post = 16 (stem) + 2·18·(16+32+64) = 4,048;
    // pre = Σ unit inputs (288 + 560 + 1,120) + Σ unit outputs 2,016 + final BN 64 = 4,048.
    expect(analyzeId('preact-resnet110-cifar', { shortcut: 'A' }).totals.params).toBe(1_727_962);
  });

  it('option-B ResNet-110 is 1,730,714 (architectures.md §8.2)', () => {
    expect(analyzeId('resnet110-cifar', { shortcut: 'B' }).totals.params).toBe(1_730_714);
  });
});

describe('structure', () => {
  const blocksPerStage = (a: Analysis) =>
    a.modules
      .filter((m) => m.kind === 'stage')
      .map((m) => a.modules.filter((x) => x.parent === m.path).length);

  it.each([
    // Paper Table 1 (architectures.md §8.1) and the 6n+2 / 9n+2 / 6N+4 rules (§8.2, §9, §10.1).
    ['resnet18', [2, 2, 2, 2]],
    ['resnet34', [3, 4, 6, 3]],
    ['resnet50', [3, 4, 6, 3]],
    ['resnet101', [3, 4, 23, 3]],
    ['resnet152', [3, 8, 36, 3]],
    ['resnet20-cifar', [3, 3, 3]],
    ['resnet110-cifar', [18, 18, 18]],
    ['resnet1202-cifar', [200, 200, 200]],
    ['preact-resnet164-cifar', [18, 18, 18]],
    ['preact-resnet1001-cifar', [111, 111, 111]],
    ['wrn-28-10', [4, 4, 4]],
    ['wrn-40-4', [6, 6, 6]],
    ['senet154', [3, 8, 36, 3]],
  ] as [string, number[]][])('%s has %j blocks per stage', (id, counts) => {
    expect(blocksPerStage(analyzeId(id))).toEqual(counts);
  });

  it('stochastic depth: p_1 = 1 − 0.5/54, p_54 = 0.5, expected depth 40.25 blocks', () => {
    // architectures.md §18: p_l = 1 − (l/L)(1 − p_L), L = 54, p_L = 0.5; Σ p_l = (3L − 1)/4 = 40.25.
    const a = analyzeId('stochastic-depth-resnet110-cifar');
    const blocks = a.modules.filter((m) => m.kind === 'residual');
    expect(blocks.length).toBe(54);
    expect(blocks[0].meta?.survival).toBeCloseTo(1 - 0.5 / 54, 12);
    expect(blocks[53].meta?.survival).toBe(0.5);
    const sum = blocks.reduce((s, m) => s + (m.meta?.survival as number), 0);
    expect(sum).toBeCloseTo(40.25, 10);
    expect(a.modules[0].meta?.expectedTrainingBlocks).toBe(40.25);
    // Plain ResNet-110 carries no survival probabilities.
    expect(analyzeId('resnet110-cifar').modules.some((m) => m.meta?.survival !== undefined)).toBe(
      false,
    );
  });

  it('option-A shortcuts subsample and zero-pad, without parameters', () => {
    const a = analyzeId('resnet20-cifar');
    const sc = a.modules.find((m) => m.path === 'layer2/block1/downsample')!;
    expect(sc.kind).toBe('shortcut');
    expect(sc.totals.params).toBe(0);
    expect(sc.inShapes).toEqual([[16, 32, 32]]);
    expect(sc.out).toEqual([32, 16, 16]);
    expect(a.layers.slice(sc.start, sc.end).map((l) => l.path)).toEqual([
      'layer2/block1/downsample/subsample',
      'layer2/block1/downsample/zeropad',
    ]);
    const pad = a.layers.find((l) => l.path === 'layer2/block1/downsample/zeropad')!;
    expect(pad.out).toEqual([32, 16, 16]);
    const add = a.layers.find((l) => l.path === 'layer2/block1/add')!;
    expect(add.inputs).toEqual(['layer2/block1/bn2', 'layer2/block1/downsample/zeropad']);
  });

  it('pre-activation: BN-ReLU before the split on projection units, none after the add, final BN-ReLU', () => {
    const a = analyzeId('preact-resnet164-cifar');
    const b1 = a.modules.find((m) => m.path === 'layer2/block1')!;
    // Projection unit: the shared BN-ReLU comes first, then conv1; the projection reads relu1.
    expect(b1.children).toEqual(
      [
        'bn1',
        'relu1',
        'conv1',
        'bn2',
        'relu2',
        'conv2',
        'bn3',
        'relu3',
        'conv3',
        'downsample',
        'add',
      ].map((n) => `layer2/block1/${n}`),
    );
    const ds = a.layers.find((l) => l.path === 'layer2/block1/downsample/conv')!;
    expect(ds.inputs).toEqual(['layer2/block1/relu1']);
    const add1 = a.layers.find((l) => l.path === 'layer2/block1/add')!;
    expect(add1.inputs).toEqual(['layer2/block1/conv3', 'layer2/block1/downsample/conv']);
    // Identity unit: BN-ReLU inside the residual branch, the add reads the raw block input.
    const b2 = a.modules.find((m) => m.path === 'layer2/block2')!;
    expect(b2.children[0]).toBe('layer2/block2/bn1');
    expect(b2.children.at(-1)).toBe('layer2/block2/add');
    const add2 = a.layers.find((l) => l.path === 'layer2/block2/add')!;
    expect(add2.inputs).toEqual(['layer2/block2/conv3', 'layer2/block1/add']);
    const names = a.layers.map((l) => l.path);
    expect(names.slice(-5)).toEqual(['final_bn', 'final_relu', 'avgpool', 'flatten', 'fc']);
    // Bottleneck outputs 64/128/256 (architectures.md §9).
    expect(a.modules.filter((m) => m.kind === 'stage').map((m) => m.out[0])).toEqual([
      64, 128, 256,
    ]);
  });

  it('SE module: squeeze → fc1 → relu → fc2 → sigmoid, then scale([map, gate]); 1×1 convs with bias', () => {
    const a = analyzeId('se-resnet50');
    const se = a.modules.find((m) => m.path === 'layer1/block1/se')!;
    expect(se.kind).toBe('se');
    const leaves = a.layers.slice(se.start, se.end + 1);
    expect(leaves.map((l) => l.op)).toEqual(['pool', 'conv', 'relu', 'conv', 'sigmoid', 'scale']);
    expect(leaves[5].path).toBe('layer1/block1/scale');
    expect(leaves[5].inputs).toEqual(['layer1/block1/bn3', 'layer1/block1/se/sigmoid']);
    const add = a.layers.find((l) => l.path === 'layer1/block1/add')!;
    expect(add.inputs).toEqual(['layer1/block1/scale', 'layer1/block1/downsample/bn']);
    // Hand: C = 256, r = 16 → fc1 256·16 + 16 = 4,112; fc2 16·256 + 256 = 4,352.
    expect(leaves[1].params).toBe(4_112);
    expect(leaves[3].params).toBe(4_352);
    expect(leaves[5].inShapes).toEqual([
      [256, 56, 56],
      [256, 1, 1],
    ]);
    // Legacy SE-ResNet puts the stride on the first 1×1 (timm SEResNetBottleneck).
    const c1 = a.layers.find((l) => l.path === 'layer2/block1/conv1')!;
    expect(c1.out).toEqual([128, 28, 28]);
  });

  it('SENet-154: 3-conv stem to 128, 2p → 4p bottleneck with 64 groups, 3×3 stride-2 shortcuts', () => {
    const a = analyzeId('senet154');
    const find = (p: string) => a.layers.find((l) => l.path === p)!;
    expect(find('stem/conv3').out).toEqual([128, 112, 112]);
    expect(find('stem/pool').out).toEqual([128, 56, 56]); // ceil mode, no padding
    expect(find('layer1/block1/conv1').out).toEqual([128, 56, 56]); // 2p, p = 64
    expect(find('layer1/block1/conv2').out).toEqual([256, 56, 56]); // 4p
    // Grouped 3×3: 256·(128/64)·9 = 4,608 weights.
    expect(find('layer1/block1/conv2').params).toBe(4_608);
    expect(find('layer1/block1/downsample/conv').label).toContain('1×1');
    const ds = find('layer2/block1/downsample/conv');
    expect(ds.out).toEqual([512, 28, 28]);
    expect(ds.params).toBe(512 * 256 * 9); // 3×3 projection, no bias
  });
});

describe('catalog info of every residual preset', () => {
  const ids = [
    'resnet18',
    'resnet34',
    'resnet50',
    'resnet101',
    'resnet152',
    'resnet20-cifar',
    'resnet32-cifar',
    'resnet44-cifar',
    'resnet56-cifar',
    'resnet110-cifar',
    'resnet1202-cifar',
    'preact-resnet110-cifar',
    'preact-resnet164-cifar',
    'preact-resnet1001-cifar',
    'stochastic-depth-resnet110-cifar',
    'wrn-28-10',
    'wrn-40-4',
    'wide-resnet50-2',
    'wide-resnet101-2',
    'resnext50-32x4d',
    'resnext101-32x8d',
    'resnext101-64x4d',
    'se-resnet50',
    'se-resnext50-32x4d',
    'senet154',
  ];
  it.each(ids)('%s has paper, key idea, published figures with sources and era resnet', (id) => {
    const p = presets.get(id)!;
    expect(p).toBeDefined();
    expect(p.era).toBe('resnet');
    expect(p.info.paper.title.length).toBeGreaterThan(5);
    expect(p.info.paper.link).toBeTruthy();
    expect(p.info.keyIdea.length).toBeGreaterThan(200);
    expect(p.info.published!.length).toBeGreaterThan(0);
    for (const f of p.info.published!) expect(f.source.length).toBeGreaterThan(3);
    expect(p.info.notes!.some((n) => /Default input/.test(n))).toBe(true);
  });

  it('ImageNet ResNets carry the ILSVRC 2015 result and both weight decays', () => {
    const info = presets.get('resnet50')!.info;
    expect(info.ilsvrc).toMatch(/ILSVRC 2015 winner.*3\.57/);
    const wd = info.recipe!.filter((r) => r.item === 'weight decay').map((r) => r.value);
    expect(wd[0]).toBe('1e-5');
    expect(wd[1]).toMatch(/^1e-4/);
    expect(info.notes!.join(' ')).toMatch(/4\.089 G.*3\.858 G/);
    expect(presets.get('senet154')!.info.ilsvrc).toMatch(/ILSVRC 2017 winner/);
  });
});
