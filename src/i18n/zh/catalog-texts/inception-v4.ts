/** Chinese of the texts of src/catalog/inception-v4.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const inceptionV4: CatalogTexts = {
  'A cleaned-up, uniform Inception: a deep stem of valid-padded convolutions brings 299×299 down to 35×35, then three kinds of Inception modules (A at 35×35, B at 17×17, C at 8×8) are stacked 4, 7 and 3 times, with dedicated Reduction modules between them that halve the grid by running strided convolutions and a max pool in parallel. Large filters are factorized (n×n into 1×n then n×1; 5×5 into two 3×3), so the network reaches 42.7 M parameters and about 12 G multiply-adds while matching Inception-ResNet-v2 accuracy without any residual connection.':
    '一个整理过、更统一的 Inception：由 valid 填充卷积组成的深 stem 把 299×299 降到 35×35，然后三种 Inception 模块（35×35 上的 A、17×17 上的 B、8×8 上的 C）分别堆叠 4、7 和 3 次，其间由专门的 Reduction 模块并行运行带步长的卷积和最大池化，把网格减半。大卷积核被分解（n×n 分解为 1×n 再 n×1；5×5 分解为两个 3×3），于是网络有 42.7 M 个参数、约 12 G 次乘加，不用任何残差连接就达到了 Inception-ResNet-v2 的准确率。',
  'Built as timm’s inception_v4 (ported from TF-Slim): every conv has batch norm (eps 1e-3) and no bias, so the 42,679,816 parameters are conv weights, BN γ/β and the classifier.':
    '按 timm 的 inception_v4（移植自 TF-Slim）构建：每个卷积都有批量归一化（eps 1e-3）且不带偏置，所以 42,679,816 个参数由卷积权重、BN 的 γ/β 和分类器组成。',
  'MACs (conv + FC) 12,253,974,624; timm’s benchmark lists 12.28 G because its counter also includes some non-conv operations.':
    'MACs（卷积 + FC）为 12,253,974,624；timm 的基准列出 12.28 G，因为它的计数器还包括一些非卷积运算。',
  'The pool branches average 3×3 windows without counting padding (count_include_pad=False): no effect on shapes or counts.':
    '池化分支对 3×3 窗口求平均时不计填充（count_include_pad=False）：不影响形状和计数。',
  'timm’s default drop_rate is 0 (no dropout layer); the paper keeps 0.8 before the classifier, which is this entry’s default. Dropout has no parameters.':
    'timm 默认的 drop_rate 为 0（没有 dropout 层）；论文在分类器之前保留 0.8，这也是本条目的默认值。Dropout 没有参数。',
  'RMSProp, decay 0.9, ε 1.0 (20 replicas, TensorFlow distributed training)':
    'RMSProp，decay 0.9，ε 1.0（20 个副本，TensorFlow 分布式训练）',
  '0.045, decayed every two epochs by a factor 0.94': '0.045，每两个 epoch 乘以 0.94 衰减',
  'timm’s benchmark counter (infer_gmacs) counts more than the conv and fc multiply-accumulates: conv + fc give 12,253,974,624 (architectures.md §7)':
    'timm 的基准计数器（infer_gmacs）计入的不只是卷积和全连接的乘累加：卷积 + 全连接为 12,253,974,624（architectures.md §7）',
  'Inception meets ResNet: each Inception module becomes the residual branch of a block, its concatenated branches projected back to the input width by a 1×1 conv (with bias) and added to an identity shortcut. Residual connections speed up training markedly; the residual branch is scaled by 0.1–0.3 before the add, because without the scaling very wide residual networks "died" early in training. With 10 A-, 20 B- and 10 C-blocks (timm’s build of the TF-Slim release) it reaches about 80.5% top-1 at 55.8 M parameters and 13 G multiply-adds.':
    'Inception 遇上 ResNet：每个 Inception 模块成为一个块的残差分支，其拼接后的各分支由一个 1×1 卷积（带偏置）投影回输入宽度，再与恒等捷径相加。残差连接显著加快了训练；残差分支在相加前乘以 0.1–0.3，因为不缩放时很宽的残差网络会在训练早期 “死掉”。用 10 个 A 块、20 个 B 块和 10 个 C 块（timm 对 TF-Slim 发布版的构建），它以 55.8 M 个参数和 13 G 次乘加达到约 80.5% 的 top-1 准确率。',
  'Built as timm’s inception_resnet_v2: computed 55,843,464 parameters (timm: 55.84 M) and 13,155,794,016 MACs (timm’s benchmark: 13.18 G, its counter includes some non-conv operations).':
    '按 timm 的 inception_resnet_v2 构建：算得 55,843,464 个参数（timm：55.84 M）和 13,155,794,016 MACs（timm 的基准：13.18 G，它的计数器包括一些非卷积运算）。',
  'timm stacks 10 Block35, 20 Block17 and 9 + 1 Block8 (the last one unscaled, without ReLU); the paper’s Figure 15 draws 5, 10 and 5 blocks. The stem is TF-Slim’s (conv 3×3 ×3, pool, 1×1 80, 3×3 192, pool, Mixed 5b → 320 channels), not the paper’s Figure 3 stem (384 channels).':
    'timm 堆叠 10 个 Block35、20 个 Block17 和 9 + 1 个 Block8（最后一个不缩放、不带 ReLU）；论文 Figure 15 画的是 5、10 和 5 个块。stem 用的是 TF-Slim 的（conv 3×3 ×3、池化、1×1 80、3×3 192、池化、Mixed 5b → 320 个通道），不是论文 Figure 3 的 stem（384 个通道）。',
  'The residual scale is a constant multiply on the branch output: no parameters and no MACs. The 1×1 up-projection convs are the only convs with biases (no batch norm after them).':
    '残差缩放是对分支输出乘一个常数：没有参数也没有 MACs。1×1 升维卷积是唯一带偏置的卷积（其后没有批量归一化）。',
  'timm’s default drop_rate is 0 (no dropout layer); the paper keeps 0.8 before the classifier, which is this entry’s default.':
    'timm 默认的 drop_rate 为 0（没有 dropout 层）；论文在分类器之前保留 0.8，这也是本条目的默认值。',
  'residual scaling': '残差缩放',
  '0.17 (A), 0.10 (B), 0.20 (C) in the TF-Slim/timm release; the paper recommends 0.1–0.3':
    'TF-Slim/timm 发布版中为 0.17（A）、0.10（B）、0.20（C）；论文建议 0.1–0.3',
  'timm’s benchmark counter (infer_gmacs) counts more than the conv and fc multiply-accumulates: conv + fc give 13,155,794,016 (architectures.md §7)':
    'timm 的基准计数器（infer_gmacs）计入的不只是卷积和全连接的乘累加：卷积 + 全连接为 13,155,794,016（architectures.md §7）',
  'Inception-A blocks': 'Inception-A 块数',
  'Inception-A modules at 35×35 (paper: 4).': '35×35 上的 Inception-A 模块数（论文：4）。',
  'Inception-B blocks': 'Inception-B 块数',
  'Inception-B modules at 17×17 (paper: 7).': '17×17 上的 Inception-B 模块数（论文：7）。',
  'Inception-C blocks': 'Inception-C 块数',
  'Inception-C modules at 8×8 (paper: 3).': '8×8 上的 Inception-C 模块数（论文：3）。',
  'Drop probability before the classifier: the paper keeps 0.8 (p = 0.2); timm’s default drop_rate is 0 (no dropout layer). No effect on parameters or MACs.':
    '分类器之前的丢弃概率：论文保留 0.8（p = 0.2）；timm 默认的 drop_rate 为 0（没有 dropout 层）。不影响参数量和 MACs。',
  'Inception-ResNet-A blocks': 'Inception-ResNet-A 块数',
  'Block35 modules at 35×35×320 (timm: 10; the paper’s Figure 15 draws 5).':
    '35×35×320 上的 Block35 模块数（timm：10；论文 Figure 15 画了 5 个）。',
  'Inception-ResNet-B blocks': 'Inception-ResNet-B 块数',
  'Block17 modules at 17×17×1088 (timm: 20; the paper’s Figure 15 draws 10).':
    '17×17×1088 上的 Block17 模块数（timm：20；论文 Figure 15 画了 10 个）。',
  'Inception-ResNet-C blocks': 'Inception-ResNet-C 块数',
  'Block8 modules at 8×8×2080, the last one unscaled and without ReLU (timm: 9 + 1; the paper’s Figure 15 draws 5).':
    '8×8×2080 上的 Block8 模块数，最后一个不缩放、不带 ReLU（timm：9 + 1；论文 Figure 15 画了 5 个）。',
  'Residual scale A': '残差缩放 A',
  'Factor on the residual branch before the add (paper §3.3: 0.1–0.3 keeps training stable). A constant multiply: no parameters or MACs.':
    '残差分支相加前乘的因子（论文 §3.3：0.1–0.3 能保持训练稳定）。乘以常数：没有参数也没有 MACs。',
  'Residual scale B': '残差缩放 B',
  'Residual scale C': '残差缩放 C',
  'The last block before conv2d_7b has residual scale 1.0 and no ReLU after the add (timm Block8(no_relu=True)).':
    'conv2d_7b 之前的最后一个块残差缩放为 1.0，相加之后没有 ReLU（timm Block8(no_relu=True)）。',
  'an ensemble of three Inception-ResNet-v2 and one Inception-v4':
    '3 个 Inception-ResNet-v2 和 1 个 Inception-v4 的集成',
  'the paper’s Inception-ResNet-v2 (Figure 15: 5/10/5 blocks, its own stem)':
    '论文中的 Inception-ResNet-v2（Figure 15：5/10/5 个块，用它自己的 stem）',
  'Inception-v4': 'Inception-v4',
  'Inception-ResNet-v2': 'Inception-ResNet-v2',
};
