/** Chinese of the texts of src/catalog/senet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const senet: CatalogTexts = {
  'Let the network reweight its own channels: an SE block squeezes each channel of a residual branch to one number (global average pooling), passes the vector through a small bottleneck of two fully connected layers (C → C/16 → C, ReLU then sigmoid) and multiplies every channel by the resulting gate. This adaptive recalibration models dependencies between channels at almost no cost (about +10 % parameters and +0.3 % MACs for ResNet-50) and drops into any architecture; SENet-154 won ILSVRC 2017.':
    '让网络给自己的通道重新加权：SE 块把残差分支的每个通道压缩成一个数（全局平均池化），让这个向量经过由两个全连接层组成的小瓶颈（C → C/16 → C，先 ReLU 后 sigmoid），再把每个通道乘以得到的门控值。这种自适应的特征重新校准几乎不增加开销（ResNet-50 约 +10 % 参数量、+0.3 % MACs）就能建模通道间的依赖，并能嵌入任何架构；SENet-154 赢得了 ILSVRC 2017。',
  'ILSVRC 2017 winner (classification, 2.251 % top-5 test error with an ensemble)':
    'ILSVRC 2017 冠军（分类，集成模型 top-5 测试错误率 2.251 %）',
  'Stride on the first 1×1 of each bottleneck (the original Caffe release, timm’s SEResNetBottleneck), so MACs follow ResNet-50 v1 (3.86 G); with the stride on the 3×3 (knob) they would be 4.09 G.':
    '步长放在每个瓶颈块的第一个 1×1 上（原始 Caffe 发布版、timm 的 SEResNetBottleneck），所以 MACs 与 ResNet-50 v1 相同（3.86 G）；若把步长放在 3×3 上（选项），则为 4.09 G。',
  'The SE FCs add 2,514,944 weights + 16,048 biases = 2,530,992 parameters over ResNet-50 (architectures.md §12).':
    'SE 的全连接层比 ResNet-50 多出 2,514,944 个权重 + 16,048 个偏置 = 2,530,992 个参数（architectures.md §12）。',
  'The SE "fully connected" layers are 1×1 convolutions with bias, as in the released Caffe models and timm; the squeeze is a global average pool and the scale reads [residual map, gate].':
    'SE 的 “全连接” 层是带偏置的 1×1 卷积，与发布的 Caffe 模型和 timm 一致；压缩是全局平均池化，缩放读取 [残差特征图，门控]。',
  'timm’s legacy stem pool is 3×3/2 in ceil mode without padding (112 → 56, like torchvision’s padded floor-mode pool), and timm adds dropout 0.2 before the classifier (no parameters).':
    'timm 旧版 stem 的池化是无填充、ceil 模式的 3×3/2（112 → 56，与 torchvision 带填充、floor 模式的池化相同），并且 timm 在分类器之前加了 0.2 的 dropout（无参数）。',
  '0.6, divided by 10 every 30 epochs (100 epochs), batch 1024, SGD momentum 0.9':
    '0.6，每 30 个 epoch 除以 10（共 100 个 epoch），批量 1024，SGD 动量 0.9',
  'timm SEResNeXtBottleneck: grouped width ⌊planes·4/64⌋·32 = 128/256/512/1024, stride on the grouped 3×3, so the network is ResNeXt-50 32×4d (25,028,904) plus the same SE modules as SE-ResNet-50 (2,530,992) = 27,559,896.':
    'timm SEResNeXtBottleneck：分组宽度 ⌊planes·4/64⌋·32 = 128/256/512/1024，步长在分组 3×3 上，所以这个网络是 ResNeXt-50 32×4d（25,028,904）加上与 SE-ResNet-50 相同的 SE 模块（2,530,992）= 27,559,896。',
  'SENet-154 = SE-ResNeXt-152 (64 groups) with a three-conv 3×3 stem (64-64-128), bottlenecks 1×1 2p → 3×3 4p (64 groups) → 1×1 4p, and 3×3 stride-2 projection shortcuts (1×1 in layer1), architectures.md §12 and timm legacy_senet154.':
    'SENet-154 = SE-ResNeXt-152（64 组），带三卷积的 3×3 stem（64-64-128），瓶颈块为 1×1 2p → 3×3 4p（64 组）→ 1×1 4p，捷径是 3×3 步长 2 的投影（layer1 中为 1×1），见 architectures.md §12 和 timm legacy_senet154。',
  'Stage layout of the ResNet of the same depth; 18 and 34 use basic blocks (timm legacy_seresnet18/34).':
    '同深度 ResNet 的阶段配置；18 和 34 用基本块（timm legacy_seresnet18/34）。',
  '18 (basic blocks)': '18（基本块）',
  '34 (basic blocks)': '34（基本块）',
  '50 (bottleneck blocks)': '50（瓶颈块）',
  '101 (bottleneck blocks)': '101（瓶颈块）',
  '152 (bottleneck blocks)': '152（瓶颈块）',
  'SE reduction r': 'SE 缩减比 r',
  'The excitation’s hidden layer has ⌊C/r⌋ units for a block with C output channels (paper: r = 16).':
    '对输出 C 个通道的块，激励的隐藏层有 ⌊C/r⌋ 个单元（论文：r = 16）。',
  'Groups of the 3×3 conv: 1 = SE-ResNet, 32 = SE-ResNeXt, 64 = SENet-154.':
    '3×3 卷积的分组数：1 = SE-ResNet，32 = SE-ResNeXt，64 = SENet-154。',
  'Channels per group in layer1, doubling per stage: grouped width ⌊planes·d/64⌋·C (SE-ResNet d = 64, SE-ResNeXt 32×4d, SENet-154 64×4d). Bottleneck blocks only.':
    'layer1 中每组的通道数，每阶段加倍：分组宽度 ⌊planes·d/64⌋·C（SE-ResNet d = 64，SE-ResNeXt 32×4d，SENet-154 64×4d）。仅用于瓶颈块。',
  'Bottleneck shape': '瓶颈形状',
  'SENet-154’s bottleneck reduces to half the grouped width in its first 1×1.':
    'SENet-154 的瓶颈块在第一个 1×1 中降到分组宽度的一半。',
  '1×1 w → 3×3 w → 1×1 4p (ResNet/ResNeXt)': '1×1 w → 3×3 w → 1×1 4p（ResNet/ResNeXt）',
  '1×1 w/2 → 3×3 w → 1×1 4p (SENet-154: 2p → 4p)': '1×1 w/2 → 3×3 w → 1×1 4p（SENet-154：2p → 4p）',
  Stem: 'Stem',
  'The stem before the 3×3/2 ceil-mode max pool.': '3×3/2 ceil 模式最大池化之前的 stem。',
  'conv 7×7/2, 64 (ResNet)': 'conv 7×7/2，64（ResNet）',
  'three 3×3 convs 64-64-128 (SENet-154)': '三个 3×3 卷积 64-64-128（SENet-154）',
  'Downsample kernel': '下采样卷积核',
  'Kernel of the stride-2 projection shortcuts in layer2–layer4 (layer1 always uses 1×1).':
    'layer2–layer4 中步长 2 投影捷径的卷积核（layer1 总是用 1×1）。',
  '1×1 projection': '1×1 投影',
  '3×3 projection, pad 1 (SENet-154)': '3×3 投影，填充 1（SENet-154）',
  'Dropout before fc': 'fc 之前的 Dropout',
  'timm’s SENet drop_rate (default 0.2); no parameters.':
    'timm SENet 的 drop_rate（默认 0.2）；没有参数。',
  "Squeeze (global average) → excitation ({0}→{1}→{2}, sigmoid): one gate per channel, applied by the block's scale.":
    '挤压（全局平均）→ 激励（{0}→{1}→{2}，sigmoid）：每个通道一个门控值，由块中的缩放层施加。',
  'Multiplies each channel of the residual map by its SE gate.':
    '把残差特征图的每个通道乘以它的 SE 门控值。',
  SENet: 'SENet',
};
