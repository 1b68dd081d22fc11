/** Chinese of the texts of src/catalog/googlenet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const googlenet: CatalogTexts = {
  'Width instead of depth alone: each Inception module runs 1×1, 3×3 and 5×5 convolutions and a 3×3 max pool side by side on the same input and concatenates their outputs, so the next layer sees features at several scales. 1×1 "reduce" convolutions shrink the channels before the expensive 3×3 and 5×5 convolutions (and after the pool), which keeps 22 weight layers within a budget of about 1.5 billion multiply-adds and 7 million parameters. Global average pooling replaces the large fully connected layers, and two auxiliary classifiers on intermediate modules add gradient signal while training.':
    '不只加深，也加宽：每个 Inception 模块在同一输入上并排运行 1×1、3×3 和 5×5 卷积以及 3×3 最大池化，并把它们的输出拼接起来，于是下一层能看到多种尺度的特征。1×1 “降维” 卷积在昂贵的 3×3 和 5×5 卷积之前（以及池化之后）减少通道数，使 22 个带权重的层保持在约 1.5 G 次乘加和 7 M 个参数的预算之内。全局平均池化取代了庞大的全连接层，两个接在中间模块上的辅助分类器在训练时补充梯度信号。',
  'ILSVRC 2014 classification winner: 6.67% top-5 error (7 models, 144 crops, test set)':
    'ILSVRC 2014 分类冠军：top-5 错误率 6.67%（7 个模型，144 个裁剪，测试集）',
  'Built as Caffe’s bvlc_googlenet, the reference replication of the paper: ceil-mode pooling (112 → 56 → 28 → 14 → 7), conv biases, LRN, no batch norm.':
    '按 Caffe 的 bvlc_googlenet 构建，它是论文的参考复现：ceil 模式池化（112 → 56 → 28 → 14 → 7）、卷积带偏置、LRN、无批量归一化。',
  'The lecture says "5 million parameters, 12× fewer than AlexNet"; the build counts 6,998,552 (6,990,272 weights + 8,280 biases) without the auxiliary heads, about 8.7× fewer than AlexNet’s 60.97 M. With both auxiliary heads the training graph holds 13,378,280.':
    '课程说 “5 million parameters, 12× fewer than AlexNet”；不含辅助分类头时构建结果为 6,998,552（6,990,272 个权重 + 8,280 个偏置），约为 AlexNet 60.97 M 的 1/8.7。加上两个辅助分类头，训练图共有 13,378,280 个参数。',
  'The paper’s Table 1 params/ops columns are approximate: rows such as 3a "159K / 128M" are weights-only counts in units of 1,024, and the conv1 row "2.7K / 34M" cannot come from a 7×7×3×64 conv (9,408 weights, 118 M MACs). Our numbers come from the channel table.':
    '论文表 1 的 params/ops 列是近似值：像 3a 的 “159K / 128M” 这样的行是只算权重、以 1,024 为单位的计数，而 conv1 行的 “2.7K / 34M” 不可能来自 7×7×3×64 的卷积（9,408 个权重，118 M MACs）。我们的数字由通道表算出。',
  'torchvision’s googlenet differs: batch norm, a 3×3 conv in the "5×5" branch, a 2×2 pool after 4e, no LRN — see googlenet-torchvision (6,624,904 parameters).':
    'torchvision 的 googlenet 不同：批量归一化、“5×5” 分支中用 3×3 卷积、4e 之后是 2×2 池化、没有 LRN——见 googlenet-torchvision（6,624,904 个参数）。',
  'asynchronous SGD, momentum 0.9': '异步 SGD，动量 0.9',
  'decreased by 4% every 8 epochs': '每 8 个 epoch 降低 4%',
  'auxiliary losses': '辅助损失',
  'weight 0.3 each, heads discarded at inference': '各自权重 0.3，推理时丢弃这些分类器',
  '0.4 before the classifier, 0.7 in the auxiliary heads': '分类器之前 0.4，辅助分类头中 0.7',
  'a design budget the paper aimed for, not a count of the network; its Table 1 ops column is approximate (architectures.md §6). Caffe’s replication counts 1,582,671,872 conv + fc multiply-adds.':
    '论文追求的设计预算，而不是对网络的计数；它的表 1 ops 列是近似值（architectures.md §6）。Caffe 的复现计得 1,582,671,872 次卷积 + 全连接乘加。',
  'torchvision’s build: batch norm (eps 1e-3) after every conv and no conv biases; the third branch uses a 3×3 conv where the paper has 5×5 (a known deviation, pytorch/vision issue #906); the max pool after 4e is 2×2/2 instead of 3×3/2 (same 7×7 output in ceil mode); no LRN; dropout 0.2.':
    'torchvision 的构建：每个卷积后接批量归一化（eps 1e-3），卷积不带偏置；第三个分支用 3×3 卷积，而论文是 5×5（已知偏差，pytorch/vision issue #906）；4e 之后的最大池化是 2×2/2 而不是 3×3/2（ceil 模式下输出同为 7×7）；没有 LRN；dropout 0.2。',
  'Auxiliary heads are off (aux_logits=False), as in the pretrained weights; with them the training graph would hold 13,004,888 parameters (architectures.md §6).':
    '辅助分类头关闭（aux_logits=False），与预训练权重一致；加上它们，训练图将有 13,004,888 个参数（architectures.md §6）。',
  'Compared with the Caffe build (6,998,552): the 3×3 branch convs save weights, batch norm adds 14,560 γ/β, and the removed biases save 8,280.':
    '与 Caffe 构建（6,998,552）相比：3×3 分支的卷积省下一些权重，批量归一化增加 14,560 个 γ/β，去掉的偏置省下 8,280 个。',
  'Layer conventions': '层的约定',
  'Caffe: conv biases, no batch norm, fixed 7×7 and 5×5/3 average pools. torchvision: batch norm (eps 1e-3) after every conv, no conv biases, adaptive average pools.':
    'Caffe：卷积带偏置，无批量归一化，固定的 7×7 和 5×5/3 平均池化。torchvision：每个卷积后接批量归一化（eps 1e-3），卷积不带偏置，自适应平均池化。',
  'Caffe bvlc_googlenet (paper)': 'Caffe bvlc_googlenet（论文）',
  torchvision: 'torchvision',
  '"5×5" branch kernel': '“5×5” 分支卷积核',
  'Kernel of the second conv in the third branch of every Inception module.':
    '每个 Inception 模块第三个分支中第二个卷积的卷积核。',
  '5×5 (paper)': '5×5（论文）',
  '3×3 (torchvision)': '3×3（torchvision）',
  'Pool after 4e': '4e 之后的池化',
  'Window of the max pool between Inception 4e and 5a (both give 14 → 7 in ceil mode).':
    'Inception 4e 与 5a 之间最大池化的窗口（ceil 模式下两者都是 14 → 7）。',
  '3×3/2 (paper)': '3×3/2（论文）',
  '2×2/2 (torchvision)': '2×2/2（torchvision）',
  'LRN (size 5, α 1e-4, β 0.75) after the first pool and after conv2 (paper, Caffe).':
    '第一个池化之后和 conv2 之后的 LRN（size 5，α 1e-4，β 0.75）（论文、Caffe）。',
  'Auxiliary classifiers': '辅助分类器',
  'The two training-only classifiers on the outputs of 4a and 4d.':
    '接在 4a 和 4d 输出上的两个仅训练时使用的分类器。',
  'Drop probability before the last fully connected layer (paper 0.4, torchvision 0.2).':
    '最后一个全连接层之前的丢弃概率（论文 0.4，torchvision 0.2）。',
  'Outputs of the classifier (and of the auxiliary classifiers).':
    '分类器（以及辅助分类器）的输出数。',
  'Adds 0.3 × its loss to the main loss while training; discarded at inference.':
    '训练时把 0.3 × 自身损失加到主损失上；推理时丢弃。',
  'torchvision uses a 3×3 conv where the paper has 5×5 (vision issue #906).':
    'torchvision 在论文用 5×5 的地方用了 3×3 卷积（vision issue #906）。',
  'the paper’s GoogLeNet (Caffe build: googlenet)': '论文中的 GoogLeNet（Caffe 构建：googlenet）',
  'GoogLeNet (Inception v1)': 'GoogLeNet (Inception v1)',
};
