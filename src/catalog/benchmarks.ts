/**
 * Benchmark figures the model cards do not hold: the ILSVRC classification winners by year and
 * the human reference, each with its source. Errors are top-5 error on the ILSVRC test set, in
 * percent. A winner's depth is never typed here: the landscape computes it from `catalogId` with
 * the engine; `catalogId` is absent where the entry was no CNN or an ensemble of several.
 */

export interface IlsvrcWinner {
  year: number;
  /** Team or network, as the results page names the entry. */
  entry: string;
  /** Top-5 classification error on the ILSVRC test set, %. */
  top5Error: number;
  /** The catalog network the entry was built on (its depth is computed), if one. */
  catalogId?: string;
  /** Why there is no single network, or what the entry was. */
  what: string;
  /** The runner-up is listed when the lecture names it (VGG in 2014). */
  place: 1 | 2;
  source: string;
}

export const ILSVRC_WINNERS: readonly IlsvrcWinner[] = [
  {
    year: 2010,
    entry: 'NEC-UIUC (Lin et al.)',
    top5Error: 28.2,
    what: 'SIFT and LBP features, coding and pooling, linear SVMs — no neural network',
    place: 1,
    source:
      'ILSVRC 2010 results (image-net.org/challenges/LSVRC/2010/results): 0.28191; Russakovsky et al., IJCV 2015, Fig. 9',
  },
  {
    year: 2011,
    entry: 'XRCE (Sánchez & Perronnin)',
    top5Error: 25.8,
    what: 'Fisher vectors on SIFT and colour features, linear classifiers — no neural network',
    place: 1,
    source:
      'ILSVRC 2011 results (image-net.org/challenges/LSVRC/2011/results): 0.25770; Russakovsky et al., IJCV 2015, Fig. 9',
  },
  {
    year: 2012,
    entry: 'SuperVision (AlexNet)',
    top5Error: 16.4,
    catalogId: 'alexnet',
    what: '5 CNNs trained on ILSVRC-2012 only (with 2 more pre-trained on ImageNet Fall 2011: 15.3 %)',
    place: 1,
    source:
      'Szegedy et al. 2015 Table 2 (SuperVision 2012, no external data: 16.4 %; with ImageNet 22k: 15.3 %); Krizhevsky et al. 2012 Table 2; architectures.md §3',
  },
  {
    year: 2013,
    entry: 'Clarifai (ZFNet)',
    top5Error: 11.7,
    catalogId: 'zfnet',
    what: 'An ensemble of ZFNet-style CNNs (Zeiler’s company); the ZFNet paper’s own best is 14.8 %',
    place: 1,
    source:
      'Szegedy et al. 2015 Table 2 (Clarifai 2013, no external data: 11.7 %); Zeiler & Fergus 2014 Table 2 (14.8 %, 6 convnets)',
  },
  {
    year: 2014,
    entry: 'GoogLeNet',
    top5Error: 6.7,
    catalogId: 'googlenet',
    what: '7 GoogLeNets, 144 crops each',
    place: 1,
    source: 'Szegedy et al. 2015 Tables 2 and 3: 6.67 %; architectures.md §6',
  },
  {
    year: 2014,
    entry: 'VGG (runner-up)',
    top5Error: 7.3,
    catalogId: 'vgg19',
    what: 'Second place: an ensemble of VGG nets (7 at submission; 2 after it, 6.8 %)',
    place: 2,
    source:
      'Szegedy et al. 2015 Table 2 (VGG 2014, 2nd: 7.32 %); Simonyan & Zisserman 2015 Table 7 (7.3 %); architectures.md §5',
  },
  {
    year: 2015,
    entry: 'MSRA (ResNet)',
    top5Error: 3.57,
    catalogId: 'resnet152',
    what: 'An ensemble of 6 ResNets of different depths (two of them 152 layers)',
    place: 1,
    source: 'He et al. 2016 Table 5: 3.57 % top-5 test; architectures.md §8',
  },
  {
    year: 2016,
    entry: 'Trimps-Soushen',
    top5Error: 2.99,
    what: 'An ensemble of Inception-v3, Inception-v4, Inception-ResNet-v2, pre-activation ResNet-200 and a wide ResNet — no single network',
    place: 1,
    source: 'ILSVRC 2016 results (image-net.org/challenges/LSVRC/2016/results): 0.02991',
  },
  {
    year: 2017,
    entry: 'WMW (SENet)',
    top5Error: 2.25,
    catalogId: 'senet154',
    what: 'SENet-154 ensemble (SE blocks on a 64×4d ResNeXt-152-style backbone)',
    place: 1,
    source:
      'Hu et al. 2018 §7 and ILSVRC 2017 results (image-net.org/challenges/LSVRC/2017/results): 0.02251',
  },
];

/** One trained annotator's top-5 error on ILSVRC-2012 test images: the "human" reference line. */
export const HUMAN_TOP5_ERROR = {
  value: 5.1,
  source:
    'Russakovsky et al., "ImageNet Large Scale Visual Recognition Challenge", IJCV 2015, §6.4 (Karpathy’s annotation experiment, 1,500 test images)',
} as const;
