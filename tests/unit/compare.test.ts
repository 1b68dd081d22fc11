/**
 * The comparison's pure parts: URL form, stages, cumulative curves along depth, the ratios in
 * words, published accuracy through the accessor, the ILSVRC table and the depth notes.
 */
import { describe, expect, it } from 'vitest';
import { comparableTop1, publishedAccuracy } from '../../src/catalog/accuracy';
import { HUMAN_TOP5_ERROR, ILSVRC_WINNERS } from '../../src/catalog/benchmarks';
import { READY_COMPARISONS } from '../../src/catalog/comparisons';
import { DEPTH_NOTES } from '../../src/catalog/depth-notes';
import { families, presets } from '../../src/catalog/index';
import { cumulativeByDepth, stagesOf } from '../../src/layout/compare/stages';
import { layoutCurves, layoutStageBars } from '../../src/layout/compare/charts';
import { parseHash, serializeHash, URL_DEFAULTS } from '../../src/store/url';
import { largeDifferences } from '../../src/views/compare/ratios';
import { achievedFlops } from '../../src/views/landscape/throughput';
import { analyzeId } from '../helpers';
import { noticeText } from '../../src/views/notices';

describe('#/compare URL form', () => {
  it('reads ids with their knobs and the shared settings, and writes the same text back', () => {
    const hash = '#/compare/alexnet,resnet;depth=101;stride=1x1,vgg16?input=3x227x227&batch=8';
    const { state, notices } = parseHash(hash);
    expect(notices).toEqual([]);
    expect(state.page).toBe('compare');
    expect(state.compare).toEqual([
      { id: 'alexnet', knobs: {} },
      { id: 'resnet', knobs: { depth: '101', stride: '1x1' } },
      { id: 'vgg16', knobs: {} },
    ]);
    expect(state.input).toEqual([3, 227, 227]);
    expect(state.batch).toBe(8);
    expect(serializeHash(state)).toBe(hash);
  });

  it('drops unknown ids, bad knobs and networks past the sixth, one notice each', () => {
    const { state, notices } = parseHash(
      '#/compare/alexnet,nosuchnet,resnet;depth=17,vgg16,vgg19,resnet18,resnet34,resnet50,resnet101',
    );
    expect(state.compare.map((c) => c.id)).toEqual([
      'alexnet',
      'resnet',
      'vgg16',
      'vgg19',
      'resnet18',
      'resnet34',
    ]);
    expect(state.compare[1].knobs).toEqual({});
    expect(notices).toHaveLength(4);
    const lines = notices.map(noticeText);
    expect(lines[0]).toMatch(/"nosuchnet".*unknown model/);
    expect(lines[1]).toMatch(/depth="17" for resnet/);
    expect(lines[2]).toMatch(/"resnet50": a comparison holds at most 6/);
  });

  it('#/landscape carries the timed networks; other pages do not', () => {
    const { state } = parseHash('#/landscape?nets=vgg16,resnet50');
    expect(state).toEqual({ ...URL_DEFAULTS, page: 'landscape', timed: ['vgg16', 'resnet50'] });
    expect(serializeHash(state)).toBe('#/landscape?nets=vgg16,resnet50');
    expect(parseHash('#/?nets=vgg16').state.timed).toBeNull();
  });

  it('every ready-made comparison names 2–6 catalog ids that build', () => {
    for (const c of READY_COMPARISONS) {
      expect(c.items.length).toBeGreaterThanOrEqual(2);
      expect(c.items.length).toBeLessThanOrEqual(6);
      for (const i of c.items) expect(presets.has(i.id) || families.has(i.id)).toBe(true);
    }
  });
});

describe('stages', () => {
  it('VGG-16: fc6 holds most parameters, the first stage most stored activations', () => {
    const st = stagesOf(analyzeId('vgg16'));
    expect(st.map((s) => s.label)).toEqual([
      'stage1',
      'stage2',
      'stage3',
      'stage4',
      'stage5',
      'fc6',
      'fc7',
      'fc8',
    ]);
    const fc6 = st.find((s) => s.label === 'fc6')!;
    // fc6: 25,088 × 4,096 weights + 4,096 biases = 102,764,544 (hand calculation).
    expect(fc6.params).toBe(25_088 * 4_096 + 4_096);
    expect(fc6.params / 138_357_544).toBeGreaterThan(0.74);
    // Stage 1 stores conv1_1 and conv1_2 (64×224×224 each) and its pool (64×112×112), ReLU in
    // place: 3,211,264 + 3,211,264 + 802,816 (CS231n's VGG-16 memory table).
    expect(st[0].stored).toBe(3_211_264 * 2 + 802_816);
    expect(Math.max(...st.map((s) => s.stored))).toBe(st[0].stored);
  });

  it('AlexNet: one stage per conv/fc layer, with its ReLU, LRN and pool', () => {
    const st = stagesOf(analyzeId('alexnet'));
    expect(st.map((s) => s.label)).toEqual([
      'conv1',
      'conv2',
      'conv3',
      'conv4',
      'conv5',
      'fc6',
      'fc7',
      'fc8',
    ]);
    // architectures.md §1.1: conv1 34,944 params, 105,415,200 MACs; fc8 4,097,000 params.
    expect(st[0].params).toBe(34_944);
    expect(st[0].macs).toBe(105_415_200);
    expect(st[7].params).toBe(4_097_000);
  });

  it('ResNet-152: stem, four stages and the classifier; the stages sum to the totals', () => {
    const a = analyzeId('resnet152');
    const st = stagesOf(a);
    expect(st.map((s) => s.label)).toEqual(['stem', 'layer1', 'layer2', 'layer3', 'layer4', 'fc']);
    // torchvision resnet152: 60,192,808 parameters.
    expect(st.reduce((s, x) => s + x.params, 0)).toBe(60_192_808);
    // The fc: 2,048 × 1,000 + 1,000.
    expect(st[5].params).toBe(2_049_000);
  });
});

describe('cumulative along depth', () => {
  it('GoogLeNet: 23 points (depth 0 … 22), ending at the Caffe build’s 6,998,552 params and 1,582,671,872 MACs (architectures.md §6)', () => {
    const c = cumulativeByDepth(analyzeId('googlenet'));
    expect(c.params).toHaveLength(23);
    expect(c.params[22]).toBe(6_998_552);
    expect(c.macs[22]).toBe(1_582_671_872);
    for (let i = 1; i < 23; i++) expect(c.params[i]).toBeGreaterThanOrEqual(c.params[i - 1]);
    // Depth 1 is conv1 alone: 7×7×3×64 + 64 = 9,472 (hand calculation).
    expect(c.params[1]).toBe(9_472);
  });

  it('curves share one depth axis: the deepest network spans it', () => {
    const L = layoutCurves(
      [
        { key: 'a', name: 'A', values: [0, 1, 2] },
        { key: 'b', name: 'B', values: [0, 1, 1, 1, 4] },
      ],
      { width: 500, height: 200, labelSpace: 100 },
    );
    expect(L.lines[1].end.x).toBe(L.right);
    expect(L.lines[0].end.x).toBeCloseTo(L.left + (L.right - L.left) / 2);
  });

  it('stage bars share one scale: equal totals give equal lengths', () => {
    const s = (label: string, params: number) => ({
      path: label,
      label,
      params,
      macs: 0,
      stored: 0,
    });
    const L = layoutStageBars(
      [
        { key: 'a', name: 'A', stages: [s('x', 3), s('y', 1)] },
        { key: 'b', name: 'B', stages: [s('z', 4)] },
        { key: 'c', name: 'C', stages: [s('w', 2)] },
      ],
      (st) => st.params,
      { width: 600 },
    );
    const end = (i: number) => {
      const segs = L.rows[i].segments;
      return segs[segs.length - 1].x + segs[segs.length - 1].width;
    };
    expect(end(0)).toBeCloseTo(end(1));
    expect(end(2) - L.left).toBeCloseTo((end(1) - L.left) / 2);
  });
});

describe('large differences in words', () => {
  it('VGG-16 vs GoogLeNet from the reference figures: 20× the parameters and 9.8× the MACs', () => {
    // torchvision vgg16 138,357,544 / 15,470,264,320; Caffe GoogLeNet 6,998,552 / 1,582,671,872.
    const d = largeDifferences(
      [
        { name: 'VGG-16', params: 138_357_544, macs: 15_470_264_320 },
        { name: 'GoogLeNet', params: 6_998_552, macs: 1_582_671_872 },
      ],
      'MACs',
    );
    expect(d.map((x) => x.text)).toEqual([
      'VGG-16 has 20× the parameters of GoogLeNet and 9.8× its MACs.',
    ]);
  });

  it('leads with the larger ratio and says "fewer" when the other points the other way', () => {
    // AlexNet 60,965,224 / 724,406,816 (architectures.md §1.1) vs ResNet-152 60,192,808 / 11.51 G.
    const d = largeDifferences(
      [
        { name: 'AlexNet', params: 60_965_224, macs: 724_406_816 },
        { name: 'ResNet-152', params: 60_192_808, macs: 11_513_626_624 },
      ],
      'MACs',
    );
    expect(d[0].text).toBe('ResNet-152 has 16× the MACs of AlexNet and about as many parameters.');
    const e = largeDifferences(
      [
        { name: 'A', params: 10, macs: 100 },
        { name: 'B', params: 5, macs: 1000 },
      ],
      'MACs',
    );
    expect(e[0].text).toBe('B has 10× the MACs of A but 2.0× fewer parameters.');
  });

  it('says nothing below 2×', () => {
    expect(
      largeDifferences(
        [
          { name: 'A', params: 10, macs: 10 },
          { name: 'B', params: 19, macs: 15 },
        ],
        'MACs',
      ),
    ).toEqual([]);
  });
});

describe('published accuracy through the accessor', () => {
  it('the landscape protocol: torchvision/timm top-1 only', () => {
    // torchvision VGG16_Weights.IMAGENET1K_V1: 71.592 top-1.
    expect(comparableTop1(presets.get('vgg16')!.info)?.value).toBe(71.592);
    // AlexNet (Caffe build) has only Caffe and paper figures: listed apart.
    expect(comparableTop1(presets.get('alexnet')!.info)).toBeUndefined();
  });

  it('the totals table: a top-1/top-5 pair with its source and protocol', () => {
    // Caffe bvlc_googlenet readme: 68.7 / 88.9 % (center crop).
    const g = publishedAccuracy(presets.get('googlenet')!.info)!;
    expect([g.top1, g.top5, g.kind]).toEqual([68.7, 88.9, 'accuracy']);
    expect(g.source).toMatch(/Caffe/);
    expect(g.protocol).toBe('ImageNet val, 1 crop, 224 px');
    // torchvision ResNet152_Weights.IMAGENET1K_V1: 78.312 / 94.046.
    const r = publishedAccuracy(presets.get('resnet152')!.info)!;
    expect([r.top1, r.top5]).toEqual([78.312, 94.046]);
    // hujie-frank/SENet README: SENet-154 18.68 / 4.47 % error.
    const s = publishedAccuracy(presets.get('senet154')!.info)!;
    expect([s.top1, s.top5, s.kind]).toEqual([18.68, 4.47, 'error']);
    expect(publishedAccuracy(presets.get('resnet110-cifar')!.info)).toBeUndefined();
  });
});

describe('ILSVRC winners and the human reference', () => {
  it('lists 2010–2017 with the issue’s figures, VGG as 2014’s runner-up', () => {
    expect(ILSVRC_WINNERS.map((w) => [w.year, w.top5Error, w.place])).toEqual([
      [2010, 28.2, 1],
      [2011, 25.8, 1],
      [2012, 16.4, 1],
      [2013, 11.7, 1],
      [2014, 6.7, 1],
      [2014, 7.3, 2],
      [2015, 3.57, 1],
      [2016, 2.99, 1],
      [2017, 2.25, 1],
    ]);
    expect(HUMAN_TOP5_ERROR.value).toBe(5.1);
    for (const w of ILSVRC_WINNERS) expect(w.source.length).toBeGreaterThan(10);
  });

  it('the networks’ depths, from the engine, are the papers’ (8, 8, 22, 19, 152, 154)', () => {
    const depth = Object.fromEntries(
      ILSVRC_WINNERS.filter((w) => w.catalogId).map((w) => [
        w.catalogId!,
        analyzeId(w.catalogId!).depth,
      ]),
    );
    // Krizhevsky 2012 (8 learned layers), Zeiler & Fergus (AlexNet's 8), Szegedy 2015 (22),
    // Simonyan & Zisserman config E (19), He 2016 (152), Hu 2018 (SENet-154).
    expect(depth).toEqual({
      alexnet: 8,
      zfnet: 8,
      googlenet: 22,
      vgg19: 19,
      resnet152: 152,
      senet154: 154,
    });
  });
});

describe('depth notes', () => {
  it('each note is for a network whose paper count really differs, and states the engine’s count', () => {
    for (const [id, note] of Object.entries(DEPTH_NOTES)) {
      const d = analyzeId(id).depth;
      expect(note.paper, id).not.toBe(d);
      expect(note.why, id).toContain(String(d));
    }
  });
});

describe('achieved throughput', () => {
  it('is 2 × MACs × batch ÷ time', () => {
    // 1 G MACs, batch 64, 5 ms: 2e9 × 64 / 0.005 s = 2.56e13 FLOP/s (hand calculation).
    expect(achievedFlops(1e9, 64, 5)).toBeCloseTo(2.56e13, -6);
  });
});
