/** Chinese of the texts of src/catalog/densenet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const densenet: CatalogTexts = {
  'Connect every layer to every later layer of its block: a dense layer reads the concatenation of all feature maps before it and contributes only k new ones (the growth rate, 12–48). Features are reused instead of re-learned, gradients reach early layers directly, and the network stays narrow: in the paper’s ImageNet comparison DenseNet-201 (20 M parameters) reaches the validation error of ResNet-101 (44.5 M). A 1×1 bottleneck (4k channels) before each 3×3 conv and transitions that compress the channels by θ = 0.5 between blocks (DenseNet-BC) keep the growing concatenation affordable.':
    '把每一层连接到块内之后的每一层：密集层读取它之前所有特征图的拼接，自己只贡献 k 个新特征图（增长率，12–48）。特征被复用而不是重新学习，梯度直接到达前面的层，网络也保持很窄：在论文的 ImageNet 对比中，DenseNet-201（20 M 个参数）达到了 ResNet-101（44.5 M）的验证错误率。每个 3×3 卷积之前的 1×1 瓶颈层（4k 个通道）以及块之间按 θ = 0.5 压缩通道的过渡层（DenseNet-BC）让不断增长的拼接保持在可承受的范围。',
  'torchvision applies the final ReLU and the global average pool as functions in forward(); here they are layers (no parameters, no MACs).':
    'torchvision 在 forward() 中以函数形式做最后的 ReLU 和全局平均池化；这里它们是层（无参数，无 MACs）。',
  'Keras reports 8,062,504 "total params" = 7,978,856 + 83,648 batch-norm running means and variances (buffers here).':
    'Keras 报告 8,062,504 个 “total params” = 7,978,856 + 83,648 个批量归一化的滑动均值和方差（这里算作缓冲区）。',
  'The wide variant: growth rate k = 48 and 96 initial features (2k).':
    '加宽的变体：增长率 k = 48，初始特征数 96（2k）。',
  "No torchvision model: built from the paper's Table 1 configuration (6, 12, 64, 48 layers, k = 32, θ = 0.5) with torchvision's layer conventions (convs without bias).":
    '没有 torchvision 模型：按论文表 1 的配置（6、12、64、48 层，k = 32，θ = 0.5）和 torchvision 的层约定（卷积不带偏置）构建。',
  'Depth L = 100 counts the stem conv, 3 × 16 dense layers of two convs each, the two transition convs and the FC: (100 − 4)/6 = 16 layers per block.':
    '深度 L = 100 计入 stem 卷积、3 × 16 个各含两个卷积的密集层、两个过渡层卷积和 FC：每个块 (100 − 4)/6 = 16 层。',
  'Channels: 24 → 216 → 108 → 300 → 150 → 342 (2k initial features, θ = 0.5 with ⌊c·θ⌋).':
    '通道数：24 → 216 → 108 → 300 → 150 → 342（初始特征数 2k，θ = 0.5，取 ⌊c·θ⌋）。',
  'The paper rounds the parameter count to 0.8 M; the exact count of this build is 769,162 (convs without bias, BN γ/β counted).':
    '论文把参数量四舍五入为 0.8 M；这个构建的精确计数是 769,162（卷积不带偏置，计入 BN 的 γ/β）。',
  'The no-augmentation runs add dropout 0.2 after each conv; it is a training-time layer without parameters and is not drawn here.':
    '无数据增强的实验在每个卷积之后加 0.2 的 dropout；它是训练时的层，没有参数，这里不画出。',
  'SGD, Nesterov momentum 0.9, batch 64, 300 epochs':
    'SGD，Nesterov 动量 0.9，批量 64，300 个 epoch',
  '0.1, divided by 10 at 50 % and 75 % of the epochs': '0.1，在 50 % 和 75 % 的 epoch 处除以 10',
  '1e-4': '1e-4',
  '0.2 after each conv (except the first), only without data augmentation':
    '每个卷积之后 0.2（第一个除外），仅在无数据增强时使用',
  'Dataset layout': '数据集布局',
  'ImageNet: conv 7×7/2 → BN → ReLU → max pool 3×3/2 on 224×224. CIFAR: one 3×3 conv on 32×32.':
    'ImageNet：在 224×224 上 conv 7×7/2 → BN → ReLU → 最大池化 3×3/2。CIFAR：在 32×32 上一个 3×3 卷积。',
  'ImageNet (224×224, 7×7/2 stem + max pool)': 'ImageNet（224×224，7×7/2 stem + 最大池化）',
  'CIFAR (32×32, 3×3 stem)': 'CIFAR（32×32，3×3 stem）',
  'Block sizes': '块大小',
  'Dense layers per block: a configuration from the paper, three equal blocks from depth L, or the custom counts below.':
    '每个块的密集层数：论文中的某个配置、由深度 L 得到的三个等大的块，或下面的自定义层数。',
  'DenseNet-121 (6, 12, 24, 16)': 'DenseNet-121（6, 12, 24, 16）',
  'DenseNet-161 (6, 12, 36, 24)': 'DenseNet-161（6, 12, 36, 24）',
  'DenseNet-169 (6, 12, 32, 32)': 'DenseNet-169（6, 12, 32, 32）',
  'DenseNet-201 (6, 12, 48, 32)': 'DenseNet-201（6, 12, 48, 32）',
  'DenseNet-264 (6, 12, 64, 48)': 'DenseNet-264（6, 12, 64, 48）',
  'From depth L (CIFAR: 3 equal blocks)': '由深度 L 决定（CIFAR：3 个等大的块）',
  'Custom (block 1–4 layer counts)': '自定义（块 1–4 的层数）',
  'Depth L (CIFAR)': '深度 L（CIFAR）',
  'Used when block sizes = depth: L = 6n + 4 with the bottleneck (n layers per block, 3 blocks), L = 3n + 4 without.':
    '块大小 = 深度时使用：带瓶颈层时 L = 6n + 4（每块 n 层，共 3 块），不带时 L = 3n + 4。',
  'Layers in block 1': '块 1 的层数',
  'Used when block sizes = custom. A 0 ends the list of blocks.':
    '块大小 = 自定义时使用。0 表示块列表到此结束。',
  'Layers in block 2': '块 2 的层数',
  'Layers in block 3': '块 3 的层数',
  'Layers in block 4': '块 4 的层数',
  'Used when block sizes = custom. 0 for a 3-block network.':
    '块大小 = 自定义时使用。3 个块的网络取 0。',
  'Growth rate k': '增长率 k',
  'New channels each dense layer adds to the concatenation.': '每个密集层向拼接中新增的通道数。',
  'Compression θ': '压缩因子 θ',
  'A transition keeps ⌊θ·c⌋ of its c input channels (θ = 1: plain DenseNet, θ < 1: DenseNet-C).':
    '过渡层保留其 c 个输入通道中的 ⌊θ·c⌋ 个（θ = 1：普通 DenseNet，θ < 1：DenseNet-C）。',
  Bottleneck: '瓶颈层',
  'BN-ReLU-conv 1×1 (4k) before each 3×3 conv (DenseNet-B); off: BN-ReLU-conv 3×3 only.':
    '每个 3×3 卷积之前加 BN-ReLU-conv 1×1（4k）（DenseNet-B）；关：只有 BN-ReLU-conv 3×3。',
  'Initial features': '初始特征数',
  'Output channels of the stem conv (2k for DenseNet-BC; 16 for the plain CIFAR DenseNet).':
    'stem 卷积的输出通道数（DenseNet-BC 为 2k；普通 CIFAR DenseNet 为 16）。',
  'Outputs of the fully connected classifier.': '全连接分类器的输出数。',
  'DenseNet-BC (L = 100, k = 12) with a 100-way classifier':
    '带 100 类分类器的 DenseNet-BC（L = 100，k = 12）',
  DenseNet: 'DenseNet',
};
