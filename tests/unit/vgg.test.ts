import { describe, expect, it } from 'vitest';
import { analyzeId, convFc, refConvFc, torchReference } from '../helpers';

describe('vgg16 against torchvision', () => {
  // Source: shared/reference/torch-reference-subset.json "vgg16" (torchvision 0.26, hooks on leaves).
  const ref = torchReference('vgg16');
  const a = analyzeId('vgg16');

  it('totals equal torchvision to the last parameter and MAC', () => {
    expect(a.totals.params).toBe(ref.params); // 138,357,544
    expect(a.totals.macs).toBe(ref.macs); // 15,470,264,320
    // Reference rule: every leaf module's output (ReLU and dropout included, flatten is a view).
    expect(a.totals.activations).toBe(ref.activations); // 28,676,072
  });

  it('every conv and fc layer has torchvision’s shape, params and MACs', () => {
    const ours = convFc(a).map((l) => [l.out, l.params, l.macs]);
    const theirs = refConvFc(ref).map((l) => [l.out, l.params, l.macs]);
    expect(ours).toEqual(theirs);
  });

  it('stored values follow the CS231n memory table: 15,237,608 (the lecture prints "24M")', () => {
    // architectures.md §1.4: input + every conv/pool/fc output, ReLU in place, sums to 15,237,608.
    expect(a.totals.storedValues).toBe(15_237_608);
  });

  it('receptive field of conv5_3 is 196 (hand: 3×3 convs add 2·jump, pools double the jump)', () => {
    // r: 1 +2+2 (j1) = 5, pool1 +1 = 6 (j2); +4+4 = 14, pool2 +2 = 16 (j4); +8·3 = 40, pool3 +4 = 44 (j8);
    // +16·3 = 92, pool4 +8 = 100 (j16); +32·3 = 196.
    const l = a.layers.find((x) => x.path === 'features/stage5/conv5_3')!;
    expect(l.rf.size).toEqual([196, 196]);
    expect(l.rf.jump).toEqual([16, 16]);
  });
});
