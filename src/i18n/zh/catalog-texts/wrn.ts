/** Chinese of the texts of src/catalog/wrn.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const wrn: CatalogTexts = {
  'Go wider, not deeper: residual networks with thousands of thin layers waste most of their blocks (diminishing feature reuse), so WRN widens each pre-activation basic block by a factor k and cuts the depth. WRN-28-10 (36.5 M parameters) beats the 1001-layer pre-activation ResNet on CIFAR and trains several times faster, because wide convolutions use GPUs far better than long chains of thin ones. Dropout between the two convs of a block regularizes the wide nets further.':
    '加宽而不是加深：有成千上万个窄层的残差网络浪费了大部分块（特征复用递减），所以 WRN 把每个预激活基本块加宽 k 倍并减小深度。WRN-28-10（36.5 M 个参数）在 CIFAR 上胜过 1001 层的预激活 ResNet，训练还快好几倍，因为宽卷积比一长串窄卷积更能发挥 GPU 的能力。块内两个卷积之间的 Dropout 进一步正则化宽网络。',
  'N = (28 − 4)/6 = 4 blocks per group, widths 160/320/640; conv1 has 16 filters, convs have no bias, the classifier follows a final BN-ReLU and global average pooling.':
    '每组 N = (28 − 4)/6 = 4 个块，宽度 160/320/640；conv1 有 16 个卷积核，卷积不带偏置，分类器之前是最后的 BN-ReLU 和全局平均池化。',
  'The default has no dropout (the dropout knob adds it between the two convs; parameters and MACs are unchanged).':
    '默认没有 dropout（dropout 选项把它加在两个卷积之间；参数量和 MACs 不变）。',
  'CIFAR-100 heads add 90 × (64k + 1) parameters (WRN-28-10/C100 = 36,536,884).':
    'CIFAR-100 的分类头多出 90 × (64k + 1) 个参数（WRN-28-10/C100 = 36,536,884）。',
  'SGD, Nesterov momentum 0.9, weight decay 5e-4, batch 128':
    'SGD，Nesterov 动量 0.9，权重衰减 5e-4，批量 128',
  '0.1, multiplied by 0.2 at epochs 60, 120 and 160 (200 epochs)':
    '0.1，在第 60、120 和 160 个 epoch 乘以 0.2（共 200 个 epoch）',
  'median of 5 runs': '5 次运行的中位数',
  'median of 5 runs, dropout 0.3': '5 次运行的中位数，dropout 0.3',
  'N = (40 − 4)/6 = 6 blocks per group, widths 64/128/256; conv1 has 16 filters, convs have no bias, the classifier follows a final BN-ReLU and global average pooling.':
    '每组 N = (40 − 4)/6 = 6 个块，宽度 64/128/256；conv1 有 16 个卷积核，卷积不带偏置，分类器之前是最后的 BN-ReLU 和全局平均池化。',
  'Depth d': '深度 d',
  'Conv layers: 6N+4 with N pre-activation basic blocks per group (plus conv1, the shortcut projections are not counted).':
    '卷积层数：6N+4，每组 N 个预激活基本块（再加 conv1；捷径投影不计）。',
  'Width k': '宽度 k',
  'Width multiplier: groups have 16k, 32k and 64k filters (k = 1 is a thin pre-activation ResNet).':
    '宽度倍数：各组分别有 16k、32k 和 64k 个卷积核（k = 1 即窄的预激活 ResNet）。',
  'Dropout in blocks': '块内 Dropout',
  'Dropout between the two 3×3 convs of each block (the paper’s best CIFAR runs: 0.3). Training only; no parameters.':
    '每个块两个 3×3 卷积之间的 Dropout（论文在 CIFAR 上的最佳结果：0.3）。只在训练时起作用；没有参数。',
  'WRN-28-10 with a 100-way classifier (classes knob 100)':
    '带 100 类分类器的 WRN-28-10（类别数选项 100）',
  'Wide ResNet (CIFAR)': 'Wide ResNet（CIFAR）',
};
