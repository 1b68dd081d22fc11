/** Chinese of the texts of src/catalog/comparisons.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const comparisons: CatalogTexts = {
  'ILSVRC winners 2012–2015': 'ILSVRC 冠军 2012–2015',
  'AlexNet (2012), ZFNet (2013), GoogLeNet (2014; VGG-16 beside it, the runner-up’s family) and ResNet-152 (2015): depth 8 → 22 → 152 while GoogLeNet needs a tenth of VGG’s parameters.':
    'AlexNet（2012）、ZFNet（2013）、GoogLeNet（2014；旁边是亚军所属家族的 VGG-16）和 ResNet-152（2015）：深度 8 → 22 → 152，而 GoogLeNet 的参数量只有 VGG 的十分之一。',
  'ResNet 18 → 152': 'ResNet 18 → 152',
  'One family at five depths: basic blocks up to 34 layers, bottlenecks from 50; ResNet-50 has barely more MACs than ResNet-34.':
    '同一家族的五种深度：34 层及以下用基本块，50 层起用瓶颈块；ResNet-50 的 MACs 只比 ResNet-34 略多。',
  'Plain vs residual vs pre-activation': '普通网络、残差网络与预激活',
  'VGG-19, the plain network of the ResNet paper’s Figure 3, beside ResNet-34; then the CIFAR ResNet-110 with post- and pre-activation units (same layers, BN and ReLU moved). The catalog has no plain-34: it would cost what ResNet-34 costs, minus its shortcuts.':
    'VGG-19（ResNet 论文 Figure 3 中的普通网络）与 ResNet-34 并排；然后是采用后激活和预激活单元的 CIFAR ResNet-110（层相同，只移动了 BN 和 ReLU）。目录中没有 plain-34：它的开销等于 ResNet-34 减去捷径。',
  'Improving ResNet-50: ResNeXt, wide, SE': '改进 ResNet-50：ResNeXt、加宽、SE',
  'The same 50-layer skeleton: grouped convolutions (ResNeXt), twice the bottleneck width (WRN-50-2) and squeeze-and-excitation gates (SE-ResNet-50, SE-ResNeXt-50).':
    '同一个 50 层骨架：分组卷积（ResNeXt）、两倍的瓶颈宽度（WRN-50-2）和 挤压与激励门控（SE-ResNet-50、SE-ResNeXt-50）。',
  'The ILSVRC 2016 ensemble’s members': 'ILSVRC 2016 集成模型的成员',
  'Trimps-Soushen won with an ensemble (2.99 % top-5 error). The catalog holds two of its members, Inception-v4 and Inception-ResNet-v2; Inception-v3, the pre-activation ResNet-200 and the wide ResNet are not in it. The ensemble costs the sum of its members.':
    'Trimps-Soushen 凭一个集成模型夺冠（top-5 错误率 2.99 %）。目录收录了其中两个成员 Inception-v4 和 Inception-ResNet-v2；Inception-v3、预激活 ResNet-200 和 Wide ResNet 不在目录中。集成模型的开销是各成员之和。',
};
