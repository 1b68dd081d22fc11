import {
  gpuMeasurement,
  measuredIds,
  measuredSavedPerImage,
  GPU_MACHINE,
} from '../../src/catalog/measured';
import { listIds } from '../../src/catalog/index';

// Source of every figure here: shared/reference/gpu-h200.json (copied to src/catalog/data/).
describe('GPU measurements (H200)', () => {
  it('holds 37 networks, all catalog ids except the two the catalog lacks', () => {
    const ids = measuredIds();
    expect(ids).toHaveLength(37);
    const catalog = new Set(listIds());
    expect(ids.filter((id) => !catalog.has(id)).sort()).toEqual(['inception_v3', 'pnasnet5large']);
  });

  it('reads VGG-16 as the file spells it', () => {
    const m = gpuMeasurement('vgg16')!;
    expect(m.input).toEqual([3, 224, 224]);
    expect(m.inferMs.fp32['64']).toBe(14.7777);
    expect(m.powerW.bf16['1']).toBe(369.4);
    expect(m.trainPeakMiBFp32B32).toBe(2614.1);
    // (586,645,504 − 73,330,688) / 7 = 73,330,688 bytes per image
    expect(measuredSavedPerImage(m)).toBe(73_330_688);
    expect(GPU_MACHINE).toMatch(/H200/);
  });

  it('gives saved bytes for five networks only', () => {
    const withSaved = measuredIds().filter((id) => gpuMeasurement(id)!.savedBytesFp32);
    expect(withSaved).toHaveLength(5);
    expect(gpuMeasurement('lenet5')!.savedBytesFp32).toBeUndefined();
  });
});
