import { describe, expect, it } from 'vitest';
import {
  defaults,
  readValues,
  run,
  type Field,
  type Lesson,
} from '../../src/layout/explain/common';
import { SpecError } from '../../src/engine/errors';
import { say } from '../../src/engine/message';
import { errors as zhErrors } from '../../src/i18n/zh/errors';
import { ALEXNET_FIELDS, alexnetLesson } from '../../src/layout/explain/alexnet';
import { DENSE_FIELDS, denseLesson } from '../../src/layout/explain/dense';
import { FIRE_FIELDS, fireLesson } from '../../src/layout/explain/fire';
import { FRACTAL_FIELDS, fractalDrawing, fractalLesson } from '../../src/layout/explain/fractal';
import { NAS_FIELDS, nasLesson } from '../../src/layout/explain/nas';
import { RESIDUAL_FIELDS, residualLesson } from '../../src/layout/explain/residual';
import { SE_FIELDS, seLesson } from '../../src/layout/explain/se';
import {
  SMALL_FILTER_FIELDS,
  rfSquares,
  smallFiltersLesson,
} from '../../src/layout/explain/small-filters';
import {
  STOCHASTIC_DEPTH_FIELDS,
  stochasticDepthLesson,
} from '../../src/layout/explain/stochastic-depth';

function ok<T>(
  f: (v: Record<string, number>) => Lesson<T>,
  fields: readonly Field[],
  over = {},
): T {
  const r = f({ ...defaults(fields), ...over });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('small-filters: three 3×3 convs against one 7×7 (architectures.md §1.3)', () => {
  it('27C² against 49C² weights, receptive field 3 → 5 → 7, three ReLUs against one', () => {
    for (const C of [1, 64, 256]) {
      const l = ok(smallFiltersLesson, SMALL_FILTER_FIELDS, { C, n: 3 });
      expect(l.small.params).toBe(3 * (3 * 3 * C * C)); // 27C²
      expect(l.single.params).toBe(7 * 7 * C * C); // 49C²
      expect(l.small.perC2).toBe(27);
      expect(l.single.perC2).toBe(49);
      expect(l.small.convs.map((c) => c.rf)).toEqual([3, 5, 7]); // r = r_in + (3 − 1)·1
      expect(l.single.rf).toBe(7);
      expect([l.small.nonlinearities, l.single.nonlinearities]).toEqual([3, 1]);
    }
  });

  it('n = 2 is VGG’s 5×5 case: 18C² against 25C²; the grid follows n', () => {
    const l = ok(smallFiltersLesson, SMALL_FILTER_FIELDS, { C: 10, n: 2 });
    expect([l.small.params, l.single.params]).toEqual([1800, 2500]);
    expect(rfSquares(l)).toEqual({ side: 7, squares: [3, 5] });
  });

  it('an input smaller than the big filter is the engine’s kernel-fits message', () => {
    const r = smallFiltersLesson({ C: 8, n: 3, size: 0 });
    expect(r.ok).toBe(false);
  });
});

describe('alexnet: the lecture’s walk (architectures.md §1.1, CS231n)', () => {
  const l = ok(alexnetLesson, ALEXNET_FIELDS);
  const by = (n: string) => l.steps.find((s) => s.name === n)!;

  it('walks CONV1 … FC8 in the lecture’s order (POOL before NORM)', () => {
    expect(l.steps.map((s) => s.name)).toEqual([
      'CONV1',
      'POOL1',
      'NORM1',
      'CONV2',
      'POOL2',
      'NORM2',
      'CONV3',
      'CONV4',
      'CONV5',
      'POOL3',
      'FC6',
      'FC7',
      'FC8',
    ]);
  });

  it('has the lecture’s shapes: 55×55×96, 27×27×96, 27×27×256, 13×13×384, 6×6×256', () => {
    expect(l.steps.map((s) => s.layer.out.join('×'))).toEqual([
      '96×55×55',
      '96×27×27',
      '96×27×27',
      '256×27×27',
      '256×13×13',
      '256×13×13',
      '384×13×13',
      '384×13×13',
      '256×13×13',
      '256×6×6',
      '4096',
      '4096',
      '1000',
    ]);
  });

  it('CONV1: (227 − 11)/4 + 1 = 55 and 11·11·3·96 + 96 = 34,944 parameters', () => {
    const c = by('CONV1');
    expect(c.sizeLines[0].expression).toBe('(227 − 11 + 2·0) / 4 + 1');
    expect(c.sizeLines[0].value).toBe(55);
    expect(c.params!.value).toBe(11 * 11 * 3 * 96 + 96);
    expect(c.params!.value).toBe(34_944);
    expect([c.kernel, c.stride, c.padding, c.filters]).toEqual([11, 4, 0, 96]);
  });

  it('splits over two GPUs: 48 conv1 filters each; conv2 reads its own 48 maps; conv3 crosses', () => {
    expect(by('CONV1').split).toEqual({ perGpu: 48, reads: 3, crossesGpus: false });
    expect(by('CONV2').split).toEqual({ perGpu: 128, reads: 48, crossesGpus: false });
    expect(by('CONV3').split).toEqual({ perGpu: 192, reads: 256, crossesGpus: true });
    // conv2 (groups 2): 5·5·48·256 + 256 = 307,456 (§1.1)
    expect(by('CONV2').params!.value).toBe(307_456);
    expect(by('FC6').params!.value).toBe(9216 * 4096 + 4096);
  });

  it('one GPU: conv2 reads all 96 maps (614,656 parameters, §1.1)', () => {
    const one = ok(alexnetLesson, ALEXNET_FIELDS, { gpus: 1 });
    expect(one.steps[3].params!.value).toBe(614_656);
  });

  it('input 224 gives the paper’s inconsistency: (224 − 11)/4 + 1 is not whole', () => {
    const l224 = ok(alexnetLesson, ALEXNET_FIELDS, { size: 224 });
    expect(l224.steps[0].sizeLines[0].expression).toBe('⌊(224 − 11 + 2·0) / 4⌋ + 1');
    expect(l224.steps[0].sizeLines[0].value).toBe(54);
  });
});

describe('fire: SqueezeNet 1.0 against AlexNet (architectures.md §15, Iandola et al. 2016)', () => {
  const l = ok(fireLesson, FIRE_FIELDS);
  it('fire2 (16, 64, 64) on 96 channels: 11,920 parameters (paper Table 1)', () => {
    // squeeze 96·16 + 16 = 1,552; expand 1×1 16·64 + 64 = 1,088; expand 3×3 9·16·64 + 64 = 9,280
    expect([l.squeeze.params, l.expand1.params, l.expand3.params]).toEqual([1552, 1088, 9280]);
    expect(l.params).toBe(11_920);
    expect(l.analysis.output[0]).toBe(128);
    // A plain 3×3 conv from 96 to 128 channels: 9·96·128 + 128 = 110,720
    expect(l.direct.params).toBe(110_720);
  });
  it('SqueezeNet 1.0 has 1,248,424 parameters against AlexNet’s 60,965,224 (about 49×)', () => {
    expect(l.networks.squeezenet.inference.params).toBe(1_248_424); // torchvision
    expect(l.networks.alexnet.inference.params).toBe(60_965_224); // §1.1 calc
    expect(Math.round(60_965_224 / 1_248_424)).toBe(49); // the paper's "50× fewer"
  });
});

describe('se: an SE block’s shapes and extra parameters', () => {
  it('C = 256, r = 16: 256 → 16 → 256, 2·256·16 + 16 + 256 = 8,464 parameters', () => {
    const l = ok(seLesson, SE_FIELDS);
    expect(l.steps.map((s) => s.out.join('×'))).toEqual([
      '256×1×1',
      '16×1×1',
      '16×1×1',
      '256×1×1',
      '256×1×1',
      '256×56×56',
    ]);
    expect(l.params).toBe(2 * 256 * 16 + 16 + 256);
    // SE-ResNet-50 − ResNet-50 = 28,088,024 − 25,557,032 = 2,530,992 (§12)
    expect(l.network.se - l.network.plain).toBe(2_530_992);
  });
  it('a reduction larger than C is refused with a message', () => {
    const r = seLesson({ C: 8, size: 7, r: 16 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/⌊8\/16⌋ = 0/);
  });
});

describe('dense: channels grow by k per layer', () => {
  it('DenseNet-121 block 1 (k0 = 64, k = 32, 6 layers): 96, 128, … 256 channels', () => {
    const l = ok(denseLesson, DENSE_FIELDS);
    expect(l.layers.map((x) => x.out)).toEqual([96, 128, 160, 192, 224, 256]);
    expect(l.layers.map((x) => x.reads)).toEqual([64, 96, 128, 160, 192, 224]);
    // layer 1: BN 2·64 + 1×1 64·128 + BN 2·128 + 3×3 9·128·32 = 128 + 8,192 + 256 + 36,864
    expect(l.layers[0].params).toBe(45_440);
  });
});

describe('residual: shortcuts and the bottleneck', () => {
  const l = ok(residualLesson, RESIDUAL_FIELDS);
  it('the identity shortcut adds no parameters: residual = plain', () => {
    // two 3×3 convs 64→64 without bias + two BNs: 2·(9·64·64 + 2·64) = 73,984
    expect(l.plain.totals.params).toBe(73_984);
    expect(l.residual.totals.params).toBe(73_984);
  });
  it('64 → 128 at stride 2: identity cannot add, zero-padding is free, projection 8,448', () => {
    const [id, zp, proj] = l.shortcuts;
    // 64×56×56 plus 128×28×28 at the add: the engine names the add and its rule.
    expect(id.error).toMatchObject({ path: 'block/add', rule: 'add-shapes' });
    expect(zp.params).toBe(0);
    expect(proj.params).toBe(64 * 128 + 2 * 128); // 1×1 conv + BN γ, β
  });
  it('bottleneck on 256: 1×1 64, 3×3 64, 1×1 256 = 69,632 weights against 1,179,648', () => {
    const convW = (a: typeof l.bottleneck) =>
      a.layers.filter((x) => x.op === 'conv').reduce((s, x) => s + x.params, 0);
    expect(convW(l.bottleneck)).toBe(256 * 64 + 9 * 64 * 64 + 64 * 256);
    expect(convW(l.twoWide)).toBe(2 * 9 * 256 * 256);
  });
});

describe('fractal: the expansion rule', () => {
  it('C columns: 2^C − 1 conv units, depth 2^(C−1), column j holds 2^(j−1) units', () => {
    for (const C of [1, 2, 3, 4]) {
      const d = fractalDrawing(C, 8);
      expect(d.units).toHaveLength(2 ** C - 1);
      expect(d.depth).toBe(2 ** (C - 1));
      for (let j = 1; j <= C; j++)
        expect(d.units.filter((u) => u.column === j)).toHaveLength(2 ** (j - 1));
      expect(Math.max(...d.units.map((u) => u.row1))).toBe(2 ** (C - 1));
    }
  });
  it('global drop-path keeps one column end to end; local keeps at least one input per join', () => {
    for (let seed = 0; seed < 8; seed++) {
      const g = ok(fractalLesson, FRACTAL_FIELDS, { C: 4, global: 1, seed }).sample;
      const d = fractalDrawing(4, 64);
      const cols = new Set(d.units.filter((u) => g.active.has(u.path)).map((u) => u.column));
      expect([...cols]).toEqual([g.column]);
      expect(g.active.size).toBe(2 ** (g.column! - 1));
      const loc = ok(fractalLesson, FRACTAL_FIELDS, { C: 4, drop: 90, seed }).sample;
      for (const k of loc.kept.values()) expect(k.length).toBeGreaterThan(0);
    }
  });
});

describe('stochastic-depth: ResNet-110, p_L = 0.5 (architectures.md §18)', () => {
  it('expects (3L − 1)/4 = 40.25 of L = 54 blocks; the last block survives half the time', () => {
    const l = ok(stochasticDepthLesson, STOCHASTIC_DEPTH_FIELDS);
    expect(l.blocks).toHaveLength(54);
    expect(l.expected).toBeCloseTo((3 * 54 - 1) / 4, 10);
    expect(l.expectedClosedForm).toBe(40.25);
    expect(l.blocks[53].survival).toBe(0.5);
    expect(l.blocks[0].survival).toBeCloseTo(1 - 1 / 108, 12);
    expect(l.stemConvs).toBe(1);
  });
  it('depth not 6n+2 is the catalog’s message', () => {
    const r = stochasticDepthLesson({ depth: 100, pL: 50, seed: 1 });
    expect(r.ok).toBe(false);
  });
});

describe('nas: a sampled description decodes into a network', () => {
  it('three tokens per layer from Zoph & Le’s space; the network has one conv per layer', () => {
    const l = ok(nasLesson, NAS_FIELDS, { layers: 5 });
    expect(l.tokens).toHaveLength(15);
    const convs = l.analysis.layers.filter((x) => x.op === 'conv');
    expect(convs).toHaveLength(5);
    convs.forEach((c, i) => {
      const [h, w, f] = l.tokens.slice(3 * i, 3 * i + 3).map((t) => t.value);
      expect(c.out).toEqual([f, 32, 32]); // same padding, stride 1
      expect(c.params).toBe(h * w * c.inShapes[0][0] * f + f);
    });
    // NASNet-A Mobile's normal cell: five blocks; output 6F channels (F = 44: 264)
    expect(l.normal.blocks).toHaveLength(5);
    expect(l.normal.module.out[0]).toBe(6 * 44);
    expect(l.reduction.blocks).toHaveLength(5);
  });
});

describe('run', () => {
  it('keeps the engine’s rule and message apart, so a view can say both in its language', () => {
    // A 7×7 kernel on a 3×3 input padded by 1 on each side (3 + 2 = 5).
    const msg = {
      code: 'kernel-larger',
      window: 'kernel',
      axis: 'height',
      size: 7,
      dilation: 1,
      effective: 7,
      padded: 5,
      input: 3,
      padding: 2,
    } as const;
    const r = run(() => {
      throw new SpecError('stage1/conv', 'kernel-fits', msg);
    });
    expect(r).toEqual({
      ok: false,
      error: 'stage1/conv: kernel height 7 is larger than the padded input 5 (3 + 2 padding)',
      path: 'stage1/conv',
      rule: 'kernel-fits',
      msg,
    });
  });
});

describe('readValues', () => {
  it('names the field and what is wrong with it, as data', () => {
    expect(readValues(SE_FIELDS, { C: 'abc' })).toEqual({
      ok: false,
      error: 'C must be a whole number, got "abc"',
      input: { code: 'whole', field: 'C', text: 'abc' },
    });
    // SE_FIELDS: r from 1 to 4096.
    const r = readValues(SE_FIELDS, { r: '0' });
    expect(r).toEqual({
      ok: false,
      error: 'r must be between 1 and 4096, got 0',
      input: { code: 'between', field: 'r', min: 1, max: 4096, got: 0 },
    });
    // A view says the same data in its language, with the field's label in place of its key.
    if (!r.ok && 'input' in r)
      expect(say(zhErrors.field, { ...r.input, field: '缩减比' })).toBe(
        '缩减比必须在 1 到 4096 之间，当前为 0',
      );
    else expect.fail('r = 0 is out of range');
  });
});
