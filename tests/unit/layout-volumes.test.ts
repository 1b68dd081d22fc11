import { describe, expect, it } from 'vitest';
import {
  arrangeVolumes,
  boxRect,
  column,
  fitTransform,
  layoutVolumes,
  side,
  textBoxes,
  textWidth,
  thickness,
  type Rect,
  type VolumesLayout,
} from '../../src/layout/volumes';
import { analyzeId } from '../helpers';

/** The volumes panel at a 1440×1000 window: about 750 × 560 px (src/views/diagram.css height). */
const W = 750;
const H = 560;

const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every pair of boxes and text lines that intersect, named for the failure message. */
function collisions(L: VolumesLayout): string[] {
  const items: { name: string; r: Rect }[] = [];
  for (const v of L.volumes) {
    const t = textBoxes(v);
    items.push({ name: `${v.id} box`, r: boxRect(v) });
    items.push({ name: `${v.id} label`, r: t.label });
    items.push({ name: `${v.id} detail`, r: t.detail });
  }
  const out: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (overlap(items[i].r, items[j].r)) out.push(`${items[i].name} × ${items[j].name}`);
  return out;
}

/** On-screen checks at the fitted zoom: font sizes, collisions, reading order, panel use. */
function checkReadable(id: string, w = W, h = H) {
  const L = arrangeVolumes(layoutVolumes(analyzeId(id)), w, h);
  const { k } = fitTransform(L, w, h);
  // The rows were chosen for this panel: fitting needs no shrinking, labels show at their size.
  expect(k).toBe(1);
  expect(L.font.label * k).toBeGreaterThanOrEqual(10);
  expect(L.font.detail * k).toBeGreaterThanOrEqual(10);
  expect(collisions(L)).toEqual([]);
  // Reading order: rows top to bottom, left to right within a row, rows stacked without overlap.
  for (let i = 1; i < L.volumes.length; i++) {
    const p = L.volumes[i - 1];
    const v = L.volumes[i];
    expect(v.row - p.row === 0 || v.row - p.row === 1).toBe(true);
    if (v.row === p.row) expect(v.x).toBeGreaterThanOrEqual(p.x + p.width);
    else {
      expect(v.x).toBeLessThan(p.x);
      expect(boxRect(v).y0).toBeGreaterThan(textBoxes(p).detail.y1);
    }
  }
  // The drawing fits the panel at zoom k.
  expect(L.width * k).toBeLessThanOrEqual(w + 0.01);
  expect(L.height * k).toBeLessThanOrEqual(h + 0.01);
  return { L, k };
}

describe('stacked volumes geometry', () => {
  it('scales: sqrt for H and W, log2 for C, clamped', () => {
    // side(n) = 11·√n: 11·√224 = 164.63; 11·√1 = 11; clamp 8..200.
    expect(side(224)).toBeCloseTo(164.63, 2);
    expect(side(1)).toBe(11);
    expect(side(10_000)).toBe(200);
    // thickness(C) = 4 + 6·log2 C: 4 + 6·6 = 40 for 64 channels; 4 + 6·12 = 76 for 4096.
    expect(thickness(64)).toBe(40);
    expect(thickness(4096)).toBe(76);
    expect(thickness(1)).toBe(6);
    // column(N) = 12·log2 N: 12·12 = 144 for fc 4096.
    expect(column(4096)).toBe(144);
  });

  it('text width estimate is at least DejaVu Sans advances: "64×224×224" at 11 px', () => {
    // DejaVu Sans advances (em): digits 0.636, × 0.838 → 8·0.636 + 2·0.838 = 6.764 em = 74.4 px.
    expect(textWidth('64×224×224', 11)).toBeGreaterThanOrEqual(74.4);
    expect(textWidth('64×224×224', 11)).toBeLessThan(80);
    // Semibold labels: Chromium measured "input" at 12 px, weight 600, as 35.5 px (DejaVu Sans Bold).
    expect(textWidth('input', 12, true)).toBeGreaterThanOrEqual(35.5);
  });

  it('vgg16: input, 13 convs, 5 pools, avgpool, 3 fc in reading order', () => {
    const set = layoutVolumes(analyzeId('vgg16'));
    // Simonyan & Zisserman 2015, Table 1 (config D) plus torchvision's adaptive avgpool.
    expect(set.volumes).toHaveLength(1 + 13 + 5 + 1 + 3);
    expect(set.summary).toMatchObject({ volumes: 23, modules: 0, closed: [] });
    const L = arrangeVolumes(set, W, H);
    expect(L.volumes.map((v) => v.id)).toEqual(set.volumes.map((v) => v.id));
    const conv11 = L.volumes.find((v) => v.id === 'features/stage1/conv1_1')!;
    const conv53 = L.volumes.find((v) => v.id === 'features/stage5/conv5_3')!;
    const fc6 = L.volumes.find((v) => v.id === 'classifier/fc6')!;
    expect(conv11.detail).toBe('64×224×224');
    // 224 is taller than 14; 512 channels thicker than 64.
    expect(conv11.streams[0].h).toBeGreaterThan(conv53.streams[0].h);
    expect(conv53.streams[0].w).toBeGreaterThan(conv11.streams[0].w);
    // The flat fc output is a column 12·log2(4096) = 144 units tall, times the box scale.
    expect(fc6.streams[0].h).toBeCloseTo(144 * L.scale, 6);
  });

  it('vgg16 at 750×560: wrapped into rows, every label ≥ 10 px, nothing overlaps', () => {
    const { L, k } = checkReadable('vgg16');
    // A single strip would leave the boxes tiny: the paragraph takes several rows and fills
    // most of the panel in one direction at least.
    expect(L.rows).toBeGreaterThanOrEqual(2);
    expect(Math.max((L.width * k) / W, (L.height * k) / H)).toBeGreaterThan(0.85);
    // conv1_1's 224×224 face is drawn at least 60 px tall on screen.
    expect(L.volumes[1].streams[0].h * k).toBeGreaterThan(60);
  });

  it.each(['alexnet', 'zfnet', 'lenet5', 'googlenet', 'resnet50', 'densenet121', 'nasnet-a-large'])(
    '%s at 750×560: every label ≥ 10 px, nothing overlaps, reading order kept',
    (id) => {
      checkReadable(id);
    },
  );

  it.each([
    [420, 560],
    [606, 546],
    [820, 682],
    [1200, 420],
  ])('other panels (%i×%i) keep VGG-16 and AlexNet readable and apart at zoom 1', (w, h) => {
    checkReadable('vgg16', w, h);
    checkReadable('alexnet', w, h);
  });

  it('flow lines: one per consecutive pair; a row change wraps through the gap between rows', () => {
    const L = arrangeVolumes(layoutVolumes(analyzeId('vgg16')), W, H);
    expect(L.links).toHaveLength(L.volumes.length - 1);
    L.links.forEach((link, i) => {
      const p = L.volumes[i];
      const v = L.volumes[i + 1];
      expect(link.points.length).toBe(p.row === v.row ? 2 : 6);
      // Ends at the next box's left edge.
      const [x, y] = link.points[link.points.length - 1];
      expect(x).toBeLessThanOrEqual(v.streams[0].x);
      expect(y).toBeGreaterThan(boxRect(v).y0);
      expect(y).toBeLessThan(boxRect(v).y1);
      if (p.row !== v.row) {
        // The horizontal run back to the left lies below the previous row's text and above the
        // next row's labels.
        const gapY = link.points[2][1];
        for (const u of L.volumes) {
          if (u.row === p.row) expect(gapY).toBeGreaterThan(textBoxes(u).detail.y1);
          if (u.row === v.row) expect(gapY).toBeLessThan(textBoxes(u).label.y0);
        }
      }
    });
  });

  it('rows start at a stage boundary where one is near: VGG-16 reads stage by stage', () => {
    const set = layoutVolumes(analyzeId('vgg16'));
    const firsts = (L: VolumesLayout) =>
      L.volumes.filter((v, i) => i > 0 && v.row !== L.volumes[i - 1].row).map((v) => v.label);
    // Balanced rows alone break before pool2 and pool4, splitting a stage from its pool.
    expect(firsts(arrangeVolumes(set, W, H, { stageBreaks: false }))).toEqual(['pool2', 'pool4']);
    expect(firsts(arrangeVolumes(set, W, H))).toEqual(['conv3_1', 'conv5_1']);
    // In a narrow panel each row is one stage of Table 1 (config D), then the classifier.
    const narrow = arrangeVolumes(set, 420, 560);
    expect(firsts(narrow)).toEqual(['conv2_1', 'conv3_1', 'conv4_1', 'conv5_1', 'avgpool']);
    checkReadable('vgg16', 420, 560);
  });

  it('alexnet: grouped conv2, conv4, conv5 drawn as two towers; conv1, conv3 and fc as one', () => {
    // Krizhevsky et al. 2012, Fig. 2: conv2, conv4, conv5 see only their own GPU's maps (groups 2).
    const L = arrangeVolumes(layoutVolumes(analyzeId('alexnet')), W, H);
    const towers = (id: string) => L.volumes.find((v) => v.id === id)!.streams.length;
    expect(towers('features/conv1')).toBe(1);
    expect(towers('features/conv2')).toBe(2);
    expect(towers('features/pool2')).toBe(2);
    expect(towers('features/conv3')).toBe(1);
    expect(towers('features/conv4')).toBe(2);
    expect(towers('features/conv5')).toBe(2);
    expect(towers('classifier/fc6')).toBe(1);
    const conv2 = L.volumes.find((v) => v.id === 'features/conv2')!;
    // 256 maps of 27×27 split 128 + 128.
    expect(conv2.detail).toBe('2 × 128×27×27');
    const [up, low] = conv2.streams;
    // The lower stream's receding top face stays clear of the upper stream.
    expect(low.y - low.dy).toBeGreaterThan(up.y + up.h);
  });

  it('resnet50: the 16 bottleneck blocks are drawn as their output volumes', () => {
    const set = layoutVolumes(analyzeId('resnet50'));
    const modules = set.volumes.filter((v) => v.kind === 'module');
    // 3 + 4 + 6 + 3 = 16 bottleneck blocks (He et al. 2016, Table 1).
    expect(modules).toHaveLength(16);
    expect(modules[0].detail).toBe('256×56×56');
    expect(modules[0].label).toBe('layer1/block1');
    expect(set.summary).toMatchObject({ modules: 16, closed: [] });
  });

  it('long networks: stages too long for the budget become one volume each, named in the summary', () => {
    // ResNet-1202 (He et al. 2016, §4.2): 3 stages of n = 200 basic blocks on CIFAR.
    const set = layoutVolumes(analyzeId('resnet1202-cifar'));
    expect(set.volumes.map((v) => v.label)).toEqual([
      'input',
      'conv1',
      'layer1',
      'layer2',
      'layer3',
      'avgpool',
      'fc',
    ]);
    expect(set.summary.closed).toEqual([
      { label: 'layer1', parts: 200 },
      { label: 'layer2', parts: 200 },
      { label: 'layer3', parts: 200 },
    ]);
    // DenseNet-121 (Huang et al. 2017, Table 1): blocks of 6, 12, 24, 16 layers stay whole; the
    // transitions' conv and pool are drawn, named by their transition.
    const dn = layoutVolumes(analyzeId('densenet121'));
    expect(dn.summary.closed.map((c) => c.parts)).toEqual([6, 12, 24, 16]);
    expect(dn.volumes.map((v) => v.label)).toContain('transition1/conv');
  });

  it('budget: no network in the catalog draws more than 40 volumes; labels are unique', () => {
    for (const id of [
      'resnet101',
      'resnet152',
      'densenet264',
      'inception-v4',
      'nasnet-a-large',
      'squeezenet1.0',
    ]) {
      const set = layoutVolumes(analyzeId(id));
      expect(set.volumes.length).toBeLessThanOrEqual(40);
      expect(new Set(set.volumes.map((v) => v.label)).size).toBe(set.volumes.length);
    }
  });
});
