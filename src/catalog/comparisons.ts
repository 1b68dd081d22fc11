/**
 * Ready-made comparisons from the lecture, shown on the catalog page. Each is a list of catalog
 * ids (or family ids with knobs) that `#/compare/…` opens side by side.
 */

export interface ReadyComparison {
  id: string;
  title: string;
  /** What to look at, in one or two sentences. */
  what: string;
  items: readonly { id: string; knobs?: Readonly<Record<string, string>> }[];
}

export const READY_COMPARISONS: readonly ReadyComparison[] = [
  {
    id: 'ilsvrc-winners',
    title: 'ILSVRC winners 2012–2015',
    what: 'AlexNet (2012), ZFNet (2013), GoogLeNet (2014; VGG-16 beside it, the runner-up’s family) and ResNet-152 (2015): depth 8 → 22 → 152 while GoogLeNet needs a tenth of VGG’s parameters.',
    items: [
      { id: 'alexnet' },
      { id: 'zfnet' },
      { id: 'vgg16' },
      { id: 'googlenet' },
      { id: 'resnet152' },
    ],
  },
  {
    id: 'resnet-depths',
    title: 'ResNet 18 → 152',
    what: 'One family at five depths: basic blocks up to 34 layers, bottlenecks from 50; ResNet-50 has barely more MACs than ResNet-34.',
    items: [
      { id: 'resnet18' },
      { id: 'resnet34' },
      { id: 'resnet50' },
      { id: 'resnet101' },
      { id: 'resnet152' },
    ],
  },
  {
    id: 'plain-residual-preact',
    title: 'Plain vs residual vs pre-activation',
    what: 'VGG-19, the plain network of the ResNet paper’s Figure 3, beside ResNet-34; then the CIFAR ResNet-110 with post- and pre-activation units (same layers, BN and ReLU moved). The catalog has no plain-34: it would cost what ResNet-34 costs, minus its shortcuts.',
    items: [
      { id: 'vgg19' },
      { id: 'resnet34' },
      { id: 'resnet110-cifar' },
      { id: 'preact-resnet110-cifar' },
    ],
  },
  {
    id: 'resnet-improvements',
    title: 'Improving ResNet-50: ResNeXt, wide, SE',
    what: 'The same 50-layer skeleton: grouped convolutions (ResNeXt), twice the bottleneck width (WRN-50-2) and squeeze-and-excitation gates (SE-ResNet-50, SE-ResNeXt-50).',
    items: [
      { id: 'resnet50' },
      { id: 'resnext50-32x4d' },
      { id: 'wide-resnet50-2' },
      { id: 'se-resnet50' },
      { id: 'se-resnext50-32x4d' },
    ],
  },
  {
    id: 'ilsvrc-2016-ensemble',
    title: 'The ILSVRC 2016 ensemble’s members',
    what: 'Trimps-Soushen won with an ensemble (2.99 % top-5 error). The catalog holds two of its members, Inception-v4 and Inception-ResNet-v2; Inception-v3, the pre-activation ResNet-200 and the wide ResNet are not in it. The ensemble costs the sum of its members.',
    items: [{ id: 'inception-v4' }, { id: 'inception-resnet-v2' }],
  },
];
