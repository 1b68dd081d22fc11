import { describe, expect, it } from 'vitest';
import { column, layoutVolumes, side, thickness } from '../../src/layout/volumes';
import { analyzeId } from '../helpers';

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

  it('vgg16: input, 13 convs, 5 pools, avgpool, 3 fc in one row, left to right without overlap', () => {
    const L = layoutVolumes(analyzeId('vgg16'));
    // Simonyan & Zisserman 2015, Table 1 (config D) plus torchvision's adaptive avgpool.
    expect(L.volumes).toHaveLength(1 + 13 + 5 + 1 + 3);
    for (let i = 1; i < L.volumes.length; i++) {
      const p = L.volumes[i - 1];
      const v = L.volumes[i];
      expect(v.x).toBeGreaterThanOrEqual(p.x + p.width);
      // Each box sits inside its slot.
      for (const s of v.streams) {
        expect(s.x).toBeGreaterThanOrEqual(v.x - 0.01);
        expect(s.x + s.w + s.dx).toBeLessThanOrEqual(v.x + v.width + 0.01);
      }
    }
    const conv11 = L.volumes.find((v) => v.id === 'features/stage1/conv1_1')!;
    const conv53 = L.volumes.find((v) => v.id === 'features/stage5/conv5_3')!;
    const fc6 = L.volumes.find((v) => v.id === 'classifier/fc6')!;
    expect(conv11.detail).toBe('64×224×224');
    // 224 is taller than 14; 512 channels thicker than 64.
    expect(conv11.streams[0].h).toBeGreaterThan(conv53.streams[0].h);
    expect(conv53.streams[0].w).toBeGreaterThan(conv11.streams[0].w);
    // The flat fc output is a column 12·log2(4096) = 144 px tall.
    expect(fc6.streams[0].h).toBe(144);
    // Labels do not collide: each slot is at least as wide as its text.
    for (const v of L.volumes) expect(v.width).toBeGreaterThanOrEqual(v.detail.length * 6.4 - 0.01);
  });

  it('alexnet: grouped conv2, conv4, conv5 drawn as two towers; conv1, conv3 and fc as one', () => {
    // Krizhevsky et al. 2012, Fig. 2: conv2, conv4, conv5 see only their own GPU's maps (groups 2).
    const L = layoutVolumes(analyzeId('alexnet'));
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

  it('resnet50: residual blocks collapse to their output volumes', () => {
    const L = layoutVolumes(analyzeId('resnet50'));
    const modules = L.volumes.filter((v) => v.kind === 'module');
    // 3 + 4 + 6 + 3 = 16 bottleneck blocks (He et al. 2016, Table 1).
    expect(modules).toHaveLength(16);
    expect(modules[0].detail).toBe('256×56×56');
  });
});
