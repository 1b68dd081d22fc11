import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { analyzeId, convFc, refConvFc, torchReference } from '../helpers';
import type { Analysis, LayerResult } from '../../src/engine/index';

const layer = (a: Analysis, path: string): LayerResult => {
  const l = a.layers.find((x) => x.path === path);
  if (!l) throw new Error(`no layer ${path}`);
  return l;
};

/** A conv's MACs written out by hand: H_out·W_out·C_out·(C_in/G)·K·K. */
const convMacs = (hw: number, cout: number, cinPerGroup: number, k: number) =>
  hw * hw * cout * cinPerGroup * k * k;
/** A conv's parameters by hand: K·K·(C_in/G)·C_out + C_out. */
const convParams = (cout: number, cinPerGroup: number, k: number) =>
  k * k * cinPerGroup * cout + cout;

describe.each([
  // Source: tests/fixtures/torch-reference-subset.json, PyTorch 2.11 / torchvision 0.26 leaf hooks.
  ['lenet5', 'lenet5'], // 61,706 params, 416,520 MACs (architectures.md §2 "full" column)
  ['alexnet-torchvision', 'alexnet_tv'], // 61,100,840 params, 714,188,480 MACs (§3.2)
])('%s against the torch reference (%s)', (id, key) => {
  const ref = torchReference(key);
  const a = analyzeId(id);

  it('has the reference input and totals, to the last parameter and MAC', () => {
    expect(a.input).toEqual(ref.input);
    expect(a.totals.params).toBe(ref.params);
    expect(a.totals.macs).toBe(ref.macs);
    expect(2 * a.totals.macs).toBe(ref.flops_counter);
    expect(a.totals.buffers).toBe(ref.bn_running_stats); // 0: no batch norm
    // Reference rule: output elements of every leaf module (activations and dropout included).
    expect(a.totals.activations).toBe(ref.activations);
  });

  it('every Conv2d/Linear layer has the reference output shape, params and MACs, in order', () => {
    const ours = convFc(a).map((l) => ({ out: l.out, params: l.params, macs: l.macs }));
    const theirs = refConvFc(ref).map((l) => ({ out: l.out, params: l.params, macs: l.macs }));
    expect(ours).toEqual(theirs);
  });
});

describe('lenet5 as usually taught', () => {
  const a = analyzeId('lenet5');
  it.each([
    // [path, shape, params]; architectures.md §2 "full" column, params by hand.
    ['features/c1', [6, 28, 28], 5 * 5 * 1 * 6 + 6], // 156
    ['features/s2', [6, 14, 14], 0],
    ['features/c3', [16, 10, 10], 5 * 5 * 6 * 16 + 16], // 2,416: C3 sees all six S2 maps
    ['features/s4', [16, 5, 5], 0],
    ['features/c5', [120, 1, 1], 5 * 5 * 16 * 120 + 120], // 48,120
    ['classifier/f6', [84], 120 * 84 + 84], // 10,164
    ['classifier/output', [10], 84 * 10 + 10], // 850
  ])('%s is %j with %i params', (path, shape, params) => {
    expect(layer(a, path).out).toEqual(shape);
    expect(layer(a, path).params).toBe(params);
  });
  it('uses tanh and average pooling by default', () => {
    expect(a.layers.filter((l) => l.op === 'tanh')).toHaveLength(4);
    expect(a.layers.filter((l) => l.op === 'pool').map((l) => l.label)).toEqual([
      'S2: subsample 2×2/2',
      'S4: subsample 2×2/2',
    ]);
  });
});

describe('alexnet: the original two-GPU network (Caffe bvlc_alexnet, 227 input)', () => {
  const a = analyzeId('alexnet');

  it.each([
    // The lecture's shapes (CS231n Lecture 9), C×H×W here, H×W×C in the lecture.
    ['features/conv1', [96, 55, 55]], // 55×55×96
    ['features/pool1', [96, 27, 27]], // 27×27×96
    ['features/conv2', [256, 27, 27]], // 27×27×256
    ['features/pool2', [256, 13, 13]], // 13×13×256
    ['features/conv3', [384, 13, 13]], // 13×13×384
    ['features/conv4', [384, 13, 13]], // 13×13×384
    ['features/conv5', [256, 13, 13]], // 13×13×256
    ['features/pool3', [256, 6, 6]], // 6×6×256 (the lecture's POOL3, Caffe's pool5)
    ['classifier/fc6', [4096]],
    ['classifier/fc7', [4096]],
    ['classifier/fc8', [1000]],
    // LRN before pooling (paper §3.3, Caffe bvlc_alexnet), so norm1 keeps conv1's size.
    ['features/norm1', [96, 55, 55]],
    ['features/norm2', [256, 27, 27]],
  ])('%s is %j', (path, shape) => {
    expect(layer(a, path).out).toEqual(shape);
  });

  it('conv1: (227 − 11 + 2·0) / 4 + 1 = 55 and 11·11·3·96 + 96 = 34,944 (CS231n)', () => {
    const conv1 = layer(a, 'features/conv1');
    const out = conv1.arithmetic.find((x) => x.quantity === 'out')!;
    expect(out.expression).toBe('(227 − 11 + 2·0) / 4 + 1');
    expect(out.value).toBe(55);
    const params = conv1.arithmetic.find((x) => x.quantity === 'params')!;
    expect(params.expression).toBe('11·11·3·96 + 96');
    expect(params.value).toBe(34_944);
    expect(conv1.params).toBe(34_944); // 34,848 weights ("35K") + 96 biases
  });

  it('per-layer params and MACs of architectures.md §1.1, written out by hand', () => {
    const rows: [string, number, number][] = [
      // [conv, params, MACs]; groups 2 halves C_in on conv2/4/5.
      ['features/conv1', convParams(96, 3, 11), convMacs(55, 96, 3, 11)], // 34,944 / 105,415,200
      ['features/conv2', convParams(256, 96 / 2, 5), convMacs(27, 256, 48, 5)], // 307,456 / 223,948,800
      ['features/conv3', convParams(384, 256, 3), convMacs(13, 384, 256, 3)], // 885,120 / 149,520,384
      ['features/conv4', convParams(384, 384 / 2, 3), convMacs(13, 384, 192, 3)], // 663,936 / 112,140,288
      ['features/conv5', convParams(256, 384 / 2, 3), convMacs(13, 256, 192, 3)], // 442,624 / 74,760,192
      ['classifier/fc6', 9216 * 4096 + 4096, 9216 * 4096], // 37,752,832
      ['classifier/fc7', 4096 * 4096 + 4096, 4096 * 4096], // 16,781,312
      ['classifier/fc8', 4096 * 1000 + 1000, 4096 * 1000], // 4,097,000
    ];
    for (const [path, params, macs] of rows) {
      expect([path, layer(a, path).params, layer(a, path).macs]).toEqual([path, params, macs]);
    }
    expect(rows.reduce((s, r) => s + r[1], 0)).toBe(60_965_224);
    expect(rows.reduce((s, r) => s + r[2], 0)).toBe(724_406_816);
  });

  it('totals 60,965,224 params and 724,406,816 MACs (architectures.md §1.1)', () => {
    expect(a.totals.params).toBe(60_965_224);
    expect(a.totals.macs).toBe(724_406_816);
    // §19: Σ outputs of conv, fc, pool and the two LRNs = 1,258,760; storedValues adds the input.
    expect(a.totals.storedValues - 3 * 227 * 227).toBe(1_258_760);
  });

  it('receptive field of pool3 (Caffe pool5) is 195 pixels with a jump of 32', () => {
    // Hand: conv1 11 (j 4); pool1 11 + 2·4 = 19 (j 8); conv2 19 + 4·8 = 51; pool2 51 + 2·8 = 67
    // (j 16); conv3/4/5 67 + 3·(2·16) = 163; pool3 163 + 2·16 = 195 (j 32). Distill's
    // "Computing Receptive Fields of CNNs" (Araujo et al. 2019) lists 195 for AlexNet.
    const rows: [string, number, number][] = [
      ['features/conv1', 11, 4],
      ['features/pool1', 19, 8],
      ['features/conv2', 51, 8],
      ['features/pool2', 67, 16],
      ['features/conv5', 163, 16],
      ['features/pool3', 195, 32],
    ];
    for (const [path, size, jump] of rows) {
      expect([path, layer(a, path).rf.size, layer(a, path).rf.jump]).toEqual([
        path,
        [size, size],
        [jump, jump],
      ]);
    }
  });

  it('one tower (towers knob off): 62,378,344 params, 1,135,256,096 MACs (§1.1)', () => {
    const single = analyzeId('alexnet', { towers: false });
    expect(single.totals.params).toBe(62_378_344);
    expect(single.totals.macs).toBe(1_135_256_096);
    // Only conv2/4/5 change: 614,656 / 1,327,488 / 884,992 params (§1.1).
    expect(layer(single, 'features/conv2').params).toBe(614_656);
    expect(layer(single, 'features/conv4').params).toBe(1_327_488);
    expect(layer(single, 'features/conv5').params).toBe(884_992);
  });

  it('lrn after pooling gives the lecture’s NORM1 27×27×96 and NORM2 13×13×256', () => {
    const lecture = analyzeId('alexnet', { lrn: 'after-pool' });
    expect(layer(lecture, 'features/norm1').out).toEqual([96, 27, 27]);
    expect(layer(lecture, 'features/norm2').out).toEqual([256, 13, 13]);
    expect(lecture.totals.params).toBe(60_965_224);
    expect(lecture.totals.macs).toBe(724_406_816);
  });
});

describe('zfnet', () => {
  const a = analyzeId('zfnet');

  it.each([
    // architectures.md §4: 224 → 110 → 55 → 26 → 13 → 6 (padding 1 on conv1, ceil pooling).
    ['features/conv1', [96, 110, 110]],
    ['features/pool1', [96, 55, 55]],
    ['features/conv2', [256, 26, 26]],
    ['features/pool2', [256, 13, 13]],
    ['features/conv3', [512, 13, 13]], // the lecture: 512, 1024, 512 filters
    ['features/conv4', [1024, 13, 13]],
    ['features/conv5', [512, 13, 13]],
    ['features/pool3', [512, 6, 6]],
  ])('%s is %j', (path, shape) => {
    expect(layer(a, path).out).toEqual(shape);
  });

  it('512/1024/512 widths: totals by hand', () => {
    // Hand calculation, one conv/fc per term (K·K·C_in·C_out + C_out, and in·out + out):
    const params =
      convParams(96, 3, 7) + // 14,208
      convParams(256, 96, 5) + // 614,656
      convParams(512, 256, 3) + // 1,180,160
      convParams(1024, 512, 3) + // 4,719,616
      convParams(512, 1024, 3) + // 4,719,104
      (6 * 6 * 512 * 4096 + 4096) + // 75,501,568
      (4096 * 4096 + 4096) + // 16,781,312
      (4096 * 1000 + 1000); // 4,097,000
    const macs =
      convMacs(110, 96, 3, 7) +
      convMacs(26, 256, 96, 5) +
      convMacs(13, 512, 256, 3) +
      convMacs(13, 1024, 512, 3) +
      convMacs(13, 512, 1024, 3) +
      6 * 6 * 512 * 4096 +
      4096 * 4096 +
      4096 * 1000;
    expect(params).toBe(107_627_624);
    expect(a.totals.params).toBe(params);
    expect(a.totals.macs).toBe(macs);
  });

  it('384/384/256 widths reproduce architectures.md §4: 62,357,608 params, 1,168,032,896 MACs', () => {
    const narrow = analyzeId('zfnet', { widths: '384-384-256' });
    expect(narrow.totals.params).toBe(62_357_608);
    expect(narrow.totals.macs).toBe(1_168_032_896);
    // §19 "Σ outputs" 1,859,784 leaves out the two contrast-norm outputs (55·55·96 + 13·13·256)
    // and the input.
    const norms = 55 * 55 * 96 + 13 * 13 * 256;
    expect(narrow.totals.storedValues - 3 * 224 * 224 - norms).toBe(1_859_784);
  });

  it('records the width difference in its notes', () => {
    const notes = analyzeIdInfo('zfnet');
    expect(notes.join(' ')).toContain('62,357,608');
    expect(notes.join(' ')).toContain('512/1024/512');
  });
});

describe.each([
  // architectures.md §17: NiN CIFAR-10 (Caffe cifar10_nin) and ImageNet (model zoo nin_imagenet).
  ['nin-cifar10', 966_986, [10, 1, 1]],
  ['nin-imagenet', 7_595_176, [1000, 1, 1]],
])('%s', (id, params, output) => {
  const a = analyzeId(id);
  it(`has ${params} params and a ${(output as number[]).join('×')} output`, () => {
    expect(a.totals.params).toBe(params);
    expect(a.output).toEqual(output);
    expect(a.totals.fcs).toBe(0); // global average pooling replaces the fc layers
  });
});

describe('NiN shapes and MACs', () => {
  it('CIFAR-10: 32 → 16 → 8 with ceil pooling, 222,486,528 MACs by hand (§17: 222.5 M)', () => {
    const a = analyzeId('nin-cifar10');
    expect(layer(a, 'pool1').out).toEqual([96, 16, 16]);
    expect(layer(a, 'pool2').out).toEqual([192, 8, 8]);
    expect(layer(a, 'mlpconv3/cccp6').out).toEqual([10, 8, 8]);
    const macs =
      convMacs(32, 192, 3, 5) + // conv1
      convMacs(32, 160, 192, 1) + // cccp1
      convMacs(32, 96, 160, 1) + // cccp2
      convMacs(16, 192, 96, 5) + // conv2
      2 * convMacs(16, 192, 192, 1) + // cccp3, cccp4
      convMacs(8, 192, 192, 3) + // conv3
      convMacs(8, 192, 192, 1) + // cccp5
      convMacs(8, 10, 192, 1); // cccp6
    expect(macs).toBe(222_486_528);
    expect(a.totals.macs).toBe(macs);
  });

  it('ImageNet: 54 → 27 → 13 → 6, 1.100 G MACs (§17)', () => {
    const a = analyzeId('nin-imagenet');
    expect(layer(a, 'mlpconv1/conv1').out).toEqual([96, 54, 54]);
    expect(layer(a, 'pool1').out).toEqual([96, 27, 27]);
    expect(layer(a, 'pool2').out).toEqual([256, 13, 13]);
    expect(layer(a, 'pool3').out).toEqual([384, 6, 6]);
    expect(layer(a, 'mlpconv4/cccp8').out).toEqual([1000, 6, 6]);
    expect(Math.round(a.totals.macs / 1e6)).toBe(1100);
  });
});

function analyzeIdInfo(id: string): readonly string[] {
  return buildModel(id).info?.notes ?? [];
}

describe('every preset of this file carries its paper, key idea and published figures', () => {
  it.each(['lenet5', 'alexnet', 'alexnet-torchvision', 'zfnet', 'nin-cifar10', 'nin-imagenet'])(
    '%s',
    (id) => {
      const info = buildModel(id).info!;
      expect(info.paper.title.length).toBeGreaterThan(5);
      expect(info.paper.authors.length).toBeGreaterThan(5);
      expect(info.paper.year).toBeGreaterThanOrEqual(1998);
      expect(info.keyIdea.length).toBeGreaterThan(200);
      expect(info.published!.length).toBeGreaterThan(0);
      for (const f of info.published!) expect(f.source.length).toBeGreaterThan(3);
    },
  );

  it('AlexNet’s recipe is the lecture’s', () => {
    const info = buildModel('alexnet').info!;
    const recipe = Object.fromEntries(info.recipe!.map((r) => [r.item, r.value]));
    expect(recipe.optimizer).toContain('momentum 0.9');
    expect(recipe['batch size']).toBe('128');
    expect(recipe['learning rate']).toContain('1e-2, divided by 10');
    expect(recipe['weight decay']).toContain('5e-4');
    expect(recipe.dropout).toContain('0.5');
    expect(recipe.ensemble).toContain('15.4 %');
    expect(recipe.ensemble).toContain('15.3 %');
    expect(info.ilsvrc).toContain('ILSVRC 2012: 1st');
  });
});
