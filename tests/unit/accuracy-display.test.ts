/**
 * Catalog cards show every top-1 figure as an accuracy in % (src/views/accuracy-display.ts): a
 * figure printed as an error rate becomes 100 − error, exactly, with the printed decimals.
 */
import { describe, expect, it } from 'vitest';
import { presets, topOne } from '../../src/catalog/index';
import { complementText, protocolShort, topOneShown } from '../../src/views/accuracy-display';

describe('complementText: 100 − x with the printed precision', () => {
  it.each([
    // [printed error, accuracy shown, source of the printed figure]
    [40.7, '59.3', 'AlexNet, 1 CNN, top-1 val error (Krizhevsky et al. 2012, Table 2)'],
    [18.2, '81.8', 'AlexNet, 1 CNN, top-5 val error (Krizhevsky et al. 2012, Table 2)'],
    [38.4, '61.6', 'ZFNet top-1 val error (Zeiler & Fergus 2014, Table 2)'],
    [22.37, '77.63', 'SE-ResNet-50, 224 single crop (hujie-frank/SENet README)'],
    // 100 − 22.85 is 77.15000000000001 in floating point (the trap the conversion avoids).
    [22.85, '77.15', 'a two-decimal error; 100 − 22.85 by hand'],
    [0.95, '99.05', 'LeNet-5 MNIST test error (LeCun et al. 1998)'],
    [4, '96', 'WRN-28-10 CIFAR-10 error, stored as 4 (szagoruyko/wide-residual-networks README)'],
    [6.43, '93.57', 'ResNet-110 CIFAR-10 error (He et al. 2016, Table 6)'],
  ])('100 − %s → %s (%s)', (printed, shown) => {
    expect(complementText(printed)).toBe(shown);
  });
});

describe('the catalog cards’ own figures', () => {
  const shown = (id: string) => {
    const all = topOne(presets.get(id)!.info);
    return topOneShown(all.find((f) => f.as === 'accuracy') ?? all[0]);
  };
  it('keeps a figure printed as an accuracy as published', () => {
    // torchvision ResNet50_Weights.IMAGENET1K_V1: acc@1 76.130.
    expect(shown('resnet50')).toEqual({ accuracy: '76.13', printedError: null });
    // torchvision VGG16_Weights.IMAGENET1K_V1: acc@1 71.592.
    expect(shown('vgg16')).toEqual({ accuracy: '71.592', printedError: null });
  });
  it('converts a figure printed as an error and names the printed error', () => {
    // Zeiler & Fergus 2014, Table 2: top-1 val error 38.4 %.
    expect(shown('zfnet')).toEqual({ accuracy: '61.6', printedError: '38.4' });
    // hujie-frank/SENet README: SE-ResNet-50 top-1 error 22.37 %.
    expect(shown('se-resnet50')).toEqual({ accuracy: '77.63', printedError: '22.37' });
    // He et al. 2016, Table 6: ResNet-110 on CIFAR-10, 6.43 % error.
    expect(shown('resnet110-cifar')).toEqual({ accuracy: '93.57', printedError: '6.43' });
  });
  it('every card’s accuracy is 100 − the printed error, to the printed decimals', () => {
    for (const p of presets.values()) {
      const all = topOne(p.info);
      const f = all.find((x) => x.as === 'accuracy') ?? all[0];
      if (!f) continue;
      const s = topOneShown(f);
      const n = Number(s.accuracy);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(100);
      if (s.printedError !== null)
        expect(Math.abs(n + Number(s.printedError) - 100)).toBeLessThan(1e-9);
    }
  });
});

describe('protocolShort: the protocol stays on the card', () => {
  it('names the dataset and the test crops', () => {
    expect(protocolShort({ dataset: 'ImageNet val', crops: 1, models: 1 })).toEqual({
      dataset: 'ImageNet',
      crops: 1,
    });
    expect(protocolShort({ dataset: 'ImageNet val', crops: 10, models: 1 })).toEqual({
      dataset: 'ImageNet',
      crops: 10,
    });
    expect(protocolShort({ dataset: 'CIFAR-10', models: 1 })).toEqual({
      dataset: 'CIFAR-10',
      crops: null,
    });
  });
});
