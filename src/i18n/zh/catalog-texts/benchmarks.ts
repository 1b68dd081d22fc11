/** Chinese of the texts of src/catalog/benchmarks.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const benchmarks: CatalogTexts = {
  'NEC-UIUC (Lin et al.)': 'NEC-UIUC (Lin et al.)',
  'SIFT and LBP features, coding and pooling, linear SVMs — no neural network':
    'SIFT 和 LBP 特征、编码与池化、线性 SVM——没有神经网络',
  'XRCE (Sánchez & Perronnin)': 'XRCE (Sánchez & Perronnin)',
  'Fisher vectors on SIFT and colour features, linear classifiers — no neural network':
    '基于 SIFT 和颜色特征的 Fisher 向量、线性分类器——没有神经网络',
  'SuperVision (AlexNet)': 'SuperVision (AlexNet)',
  '5 CNNs trained on ILSVRC-2012 only (with 2 more pre-trained on ImageNet Fall 2011: 15.3 %)':
    '5 个只在 ILSVRC-2012 上训练的 CNN（再加 2 个在 ImageNet Fall 2011 上预训练的：15.3 %）',
  'Clarifai (ZFNet)': 'Clarifai (ZFNet)',
  'An ensemble of ZFNet-style CNNs (Zeiler’s company); the ZFNet paper’s own best is 14.8 %':
    'ZFNet 式 CNN 的集成（Zeiler 的公司）；ZFNet 论文自己的最好成绩是 14.8 %',
  GoogLeNet: 'GoogLeNet',
  '7 GoogLeNets, 144 crops each': '7 个 GoogLeNet，每个 144 个裁剪',
  'VGG (runner-up)': 'VGG（亚军）',
  'Second place: an ensemble of VGG nets (7 at submission; 2 after it, 6.8 %)':
    '第二名：VGG 网络的集成（提交时 7 个；赛后 2 个，6.8 %）',
  'MSRA (ResNet)': 'MSRA (ResNet)',
  'An ensemble of 6 ResNets of different depths (two of them 152 layers)':
    '6 个不同深度的 ResNet 的集成（其中两个为 152 层）',
  'Trimps-Soushen': 'Trimps-Soushen',
  'An ensemble of Inception-v3, Inception-v4, Inception-ResNet-v2, pre-activation ResNet-200 and a wide ResNet — no single network':
    'Inception-v3、Inception-v4、Inception-ResNet-v2、预激活 ResNet-200 和一个 Wide ResNet 的集成——不是单个网络',
  'WMW (SENet)': 'WMW (SENet)',
  'SENet-154 ensemble (SE blocks on a 64×4d ResNeXt-152-style backbone)':
    'SENet-154 集成（SE 块加在 64×4d 的 ResNeXt-152 式骨干网络上）',
};
