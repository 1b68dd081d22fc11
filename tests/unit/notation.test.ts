/**
 * The text notation: VGG's Table 1 written in it gives the catalog's VGG figures, round trips
 * keep every layer's numbers, and errors name the line, column and token.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, listIds } from '../../src/catalog/index';
import { analyze, parseSpec, type Analysis } from '../../src/engine/index';
import { NotationError, parseNotation, specToNotation } from '../../src/notation/index';
import { analyzeId, convFc } from '../helpers';

// Simonyan & Zisserman 2015, Table 1, columns A, B, D and E, as the paper prints them (ReLU not
// shown; 224×224 RGB input).
const TABLE1: Record<number, string> = {
  11: `conv3-64, maxpool, conv3-128, maxpool, conv3-256 ×2, maxpool, conv3-512 ×2, maxpool,
       conv3-512 ×2, maxpool, FC-4096, FC-4096, FC-1000, soft-max`,
  13: `conv3-64 ×2, maxpool, conv3-128 ×2, maxpool, conv3-256 ×2, maxpool, conv3-512 ×2, maxpool,
       conv3-512 ×2, maxpool, FC-4096, FC-4096, FC-1000, soft-max`,
  16: `conv3-64 ×2, maxpool, conv3-128 ×2, maxpool, conv3-256 ×3, maxpool, conv3-512 ×3, maxpool,
       conv3-512 ×3, maxpool, FC-4096, FC-4096, FC-1000, soft-max`,
  19: `conv3-64 ×2, maxpool, conv3-128 ×2, maxpool, conv3-256 ×4, maxpool, conv3-512 ×4, maxpool,
       conv3-512 ×4, maxpool, FC-4096, FC-4096, FC-1000, soft-max`,
};

/** Parameters of a 3×3 conv Cin→Cout with bias: 9·Cin·Cout + Cout. */
const c3 = (cin: number, cout: number) => 9 * cin * cout + cout;
/** The three fc layers: 25088·4096 + 4096, 4096·4096 + 4096, 4096·1000 + 1000 = 123,642,856. */
const FC = 25088 * 4096 + 4096 + (4096 * 4096 + 4096) + (4096 * 1000 + 1000);

// Expected parameters, each with its source.
const PARAMS: Record<number, number> = {
  // Hand count: convs 64, 128, 256², 512², 512² = 9,220,480, plus FC → 132,863,336
  // (torchvision vgg11 num_params: 132,863,336; paper Table 2: 133 M).
  11: c3(3, 64) + c3(64, 128) + c3(128, 256) + c3(256, 256) + c3(256, 512) + c3(512, 512) * 3 + FC,
  // Hand count: 133,047,848 (torchvision vgg13 num_params; paper Table 2: 133 M).
  13:
    c3(3, 64) +
    c3(64, 64) +
    c3(64, 128) +
    c3(128, 128) +
    c3(128, 256) +
    c3(256, 256) +
    c3(256, 512) +
    c3(512, 512) * 3 +
    FC,
  // torchvision vgg16 num_params, tests/fixtures/torch-reference-subset.json; paper: 138 M.
  16: 138_357_544,
  // torchvision vgg19 num_params (catalog vgg19 published figure); paper Table 2: 144 M.
  19: 143_667_240,
};

describe('VGG Table 1 in the notation', () => {
  for (const depth of [11, 13, 16, 19]) {
    it(`VGG-${depth}: ${PARAMS[depth].toLocaleString('en')} params, conv/fc layers equal the catalog's`, () => {
      const { spec } = parseNotation(TABLE1[depth]);
      const a = analyze(parseSpec(JSON.parse(JSON.stringify(spec))));
      expect(a.totals.params).toBe(PARAMS[depth]);
      const cat = analyzeId('vgg', { depth });
      expect(a.totals.macs).toBe(cat.totals.macs);
      const rows = (x: Analysis) => convFc(x).map((l) => [l.op, l.out, l.params, l.macs]);
      expect(rows(a)).toEqual(rows(cat));
    });
  }

  it('VGG-16 MACs equal torchvision: 15,470,264,320', () => {
    // tests/fixtures/torch-reference-subset.json vgg16.macs
    expect(analyze(parseNotation(TABLE1[16]).spec).totals.macs).toBe(15_470_264_320);
  });

  it('names layers by stage as the paper does (conv3_2, pool3, fc6 … fc8)', () => {
    const names = parseNotation(TABLE1[16]).spec.root.layers.map((l) => l.name);
    expect(names.slice(0, 6)).toEqual([
      'input',
      'conv1_1',
      'relu1_1',
      'conv1_2',
      'relu1_2',
      'pool1',
    ]);
    expect(names).toContain('conv5_3');
    expect(names.slice(-7)).toEqual(['flatten', 'fc6', 'relu6', 'fc7', 'relu7', 'fc8', 'softmax1']);
  });
});

describe('round trips', () => {
  it('notation → spec → notation is the canonical text', () => {
    const text =
      'input 3×32×32, conv5-6/pvalid, maxpool, conv3-16/s2/p0/bn/nobias, avgpool3/s2/p1/ceil, dropout-0.25, fc-120, fc-84/linear, tanh, fc-10';
    const back = specToNotation(parseNotation(text).spec);
    expect(back).toEqual({
      ok: true,
      text: 'input 3×32×32,\nconv5-6/pvalid, maxpool,\nconv3-16/s2/p0/nobias/bn, avgpool3/s2/p1/ceil,\ndropout-0.25, fc-120, fc-84/linear, tanh, fc-10',
    });
  });

  it('groups runs into ×n', () => {
    const r = specToNotation(parseNotation(TABLE1[19]).spec);
    expect(r.ok && r.text).toBe(
      [
        'input 3×224×224,',
        'conv3-64 ×2, maxpool,',
        'conv3-128 ×2, maxpool,',
        'conv3-256 ×4, maxpool,',
        'conv3-512 ×4, maxpool,',
        'conv3-512 ×4, maxpool,',
        'fc-4096 ×2, fc-1000, softmax',
      ].join('\n'),
    );
  });

  // Every catalog chain: spec → notation → spec keeps each layer's op, shape, params and MACs.
  const chains = listIds().filter((id) => specToNotation(buildModel(id)).ok);
  it('finds the catalog chains (VGG, AlexNet, LeNet, ZFNet…)', () => {
    expect(chains).toEqual(expect.arrayContaining(['vgg16', 'vgg19', 'lenet5', 'alexnet']));
  });
  for (const id of chains) {
    it(`${id}: spec → notation → spec keeps every layer's numbers`, () => {
      const spec = buildModel(id);
      const r = specToNotation(spec);
      if (!r.ok) throw new Error(r.why);
      const rows = (a: Analysis) =>
        a.layers.map((l) => [l.op, l.out.join('x'), l.params, l.macs, l.buffers]);
      expect(rows(analyze(parseNotation(r.text).spec))).toEqual(rows(analyze(spec)));
    });
  }

  it('refuses a network with branches, naming the module and why', () => {
    const r = specToNotation(buildModel('resnet18'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.path).toMatch(/^layer1\/block1|stage|conv/);
    expect(!r.ok && r.why).toMatch(/chains only/);
  });
});

describe('notation errors', () => {
  const err = (text: string): NotationError => {
    try {
      parseNotation(text);
    } catch (e) {
      if (e instanceof NotationError) return e;
      throw e;
    }
    throw new Error('no error');
  };

  it.each([
    // [text, line, column, token, detail pattern]
    ['conv3-64, maxpul, fc-10', 1, 11, 'maxpul', /unknown layer "maxpul"/],
    ['conv3-64,\n  conv3-6a', 2, 3, 'conv3-6a', /channel count must be a whole number/],
    ['conv3-64 ×0', 1, 1, 'conv3-64 ×0', /repeat count must be between 1/],
    ['conv3-64x2', 1, 1, 'conv3-64x2', /channel count must be a whole number/],
    ['conv3-64 conv3-64', 1, 1, 'conv3-64 conv3-64', /unexpected "conv3-64" after "conv3-64"/],
    ['fc-10, input 3x32x32', 1, 8, 'input 3x32x32', /only be the first item/],
    ['maxpool/s2/q1', 1, 1, 'maxpool/s2/q1', /unknown pool option "\/q1"/],
    ['conv3-64 # a comment, still comment\nfc4096', 2, 1, 'fc4096', /fc-<outputs>/],
    ['dropout-1.5', 1, 1, 'dropout-1.5', /probability/],
  ])('%j → line %i, column %i', (text, line, column, token, detail) => {
    const e = err(text);
    expect([e.span.line, e.span.column, e.token]).toEqual([line, column, token]);
    expect(e.detail).toMatch(detail);
    expect(e.message).toBe(`line ${line}, column ${column}: "${token}": ${e.detail}`);
  });

  it('maps an engine error at a layer back to its item in the text', () => {
    // 3×8×8 input: two 2×2 pools leave 2×2, a third 1×1; conv5 (no padding) then cannot fit.
    const text = 'input 3x8x8, maxpool ×3,\nconv5-8/p0';
    const { spec, spans } = parseNotation(text);
    let path = '';
    try {
      analyze(spec);
    } catch (e) {
      path = (e as { path: string }).path;
    }
    expect(path).toBe('conv4_1');
    expect(spans.get(path)).toMatchObject({ line: 2, column: 1 });
  });
});
