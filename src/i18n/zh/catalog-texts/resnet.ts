/** Chinese of the texts of src/catalog/resnet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const resnet: CatalogTexts = {
  'Learn residuals, not mappings: each block computes F(x) and outputs F(x) + x through an identity shortcut, so a block that has nothing to add only has to push F towards zero. Plain networks got worse with depth (higher training error at 56 than at 20 layers, an optimization problem, not overfitting); with shortcuts, 152 layers on ImageNet and 1202 on CIFAR train fine. Deeper nets use a bottleneck (1×1 reduce → 3×3 → 1×1 expand) to keep compute in check, and downsample with stride-2 convs and projection shortcuts; a global average pool replaces the big fully connected layers.':
    '学习残差，而不是映射：每个块计算 F(x)，再经恒等捷径输出 F(x) + x，于是一个无事可做的块只需把 F 推向零。普通网络越深越差（56 层的训练误差高于 20 层，是优化问题，不是过拟合）；有了捷径，ImageNet 上 152 层、CIFAR 上 1202 层都能顺利训练。更深的网络用瓶颈块（1×1 降维 → 3×3 → 1×1 升维）控制计算量，用步长 2 的卷积和投影捷径做下采样；全局平均池化取代了大的全连接层。',
  'ILSVRC 2015 winner (classification, 3.57 % top-5 test error with an ensemble), also 1st in detection and localization':
    'ILSVRC 2015 冠军（分类，集成模型 top-5 测试错误率 3.57 %），检测和定位也是第 1 名',
  'Basic blocks stride their first 3×3 conv, so v1 and v1.5 are the same network here.':
    '基本块把步长放在第一个 3×3 卷积上，所以这里 v1 和 v1.5 是同一个网络。',
  'Parameters include batch-norm γ and β; the running mean and variance are reported as buffers (equal in number to the BN parameters). Keras counts them, and conv biases, in its totals (ResNet50 25,636,712).':
    '参数量包括批量归一化的 γ 和 β；滑动均值和方差作为缓冲区单独给出（数量与 BN 参数相等）。Keras 的总数把它们和卷积偏置都算在内（ResNet50 为 25,636,712）。',
  'Shortcuts are identity, with a 1×1 stride-2 projection + BN where the shape changes (the paper’s option B).':
    '捷径是恒等映射，在形状改变处用 1×1 步长 2 的投影 + BN（论文的选项 B）。',
  'Default input 224×224×3.': '默认输入 224×224×3。',
  normalization: '归一化',
  'batch norm after every conv layer': '每个卷积层之后做批量归一化',
  initialization: '初始化',
  'He (Kaiming) initialization': 'He（Kaiming）初始化',
  'SGD with momentum 0.9': 'SGD，动量 0.9',
  '0.1, divided by 10 when the validation error plateaus': '0.1，验证错误率停滞时除以 10',
  '1e-5': '1e-5',
  '1e-4 (0.0001) — the paper’s value; the lecture’s 1e-5 disagrees':
    '1e-4（0.0001）——论文中的值；课程的 1e-5 与之不符',
  none: '无',
  'torchvision puts the stride-2 of a downsampling bottleneck on the 3×3 conv ("ResNet v1.5", from fb.resnet.torch); the paper put it on the first 1×1. Same parameters, more MACs: ResNet-50 4.089 G (v1.5) vs 3.858 G (v1, the paper’s "3.8×10⁹ FLOPs", which are multiply-adds). Set the stride knob to "1x1" for the paper’s version.':
    'torchvision 把下采样瓶颈块的步长 2 放在 3×3 卷积上（“ResNet v1.5”，来自 fb.resnet.torch）；论文放在第一个 1×1 上。参数量相同，MACs 更多：ResNet-50 为 4.089 G（v1.5）对 3.858 G（v1，即论文的 “3.8×10⁹ FLOPs”，实为乘加次数）。把步长选项设为 “1x1” 即得论文版本。',
  'ILSVRC 2015 winner (classification, 3.57 % top-5 test error with an ensemble), also 1st in detection and localization (the ImageNet models; this CIFAR net is the paper’s §4.2 study)':
    'ILSVRC 2015 冠军（分类，集成模型 top-5 测试错误率 3.57 %），检测和定位也是第 1 名（指 ImageNet 模型；这个 CIFAR 网络是论文 §4.2 的研究）',
  'Depth 6n+2 with n = 3: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 3：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'Option A shortcuts (paper §4.2): where a stage halves the resolution and doubles the filters, the shortcut keeps every other pixel (1×1 max pool, stride 2) and appends zero channels, so it has no parameters (option B would add 1×1 projections: ResNet-110 1,730,714 params).':
    '选项 A 捷径（论文 §4.2）：在某阶段分辨率减半、卷积核数加倍处，捷径隔一个像素取一个（1×1 最大池化，步长 2）并补零通道，因此没有参数（选项 B 会增加 1×1 投影：ResNet-110 为 1,730,714 个参数）。',
  'Zero channels are appended after the input channels, as fb.resnet.torch does; many PyTorch ports pad half before and half after — same numbers.':
    '零通道补在输入通道之后，与 fb.resnet.torch 一致；许多 PyTorch 移植版前后各补一半——数字相同。',
  'Default input 32×32×3.': '默认输入 32×32×3。',
  'SGD momentum 0.9, batch 128, weight decay 1e-4, no dropout':
    'SGD 动量 0.9，批量 128，权重衰减 1e-4，无 dropout',
  '0.1, divided by 10 at 32k and 48k iterations, stop at 64k (ResNet-110: 0.01 warm-up until training error < 80 %)':
    '0.1，在 32k 和 48k 次迭代时除以 10，64k 时停止（ResNet-110：先用 0.01 预热，直到训练错误率 < 80 %）',
  'He initialization, BN after every conv': 'He 初始化，每个卷积后做 BN',
  'Depth 6n+2 with n = 5: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 5：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'Depth 6n+2 with n = 7: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 7：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'Depth 6n+2 with n = 9: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 9：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'Depth 6n+2 with n = 18: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 18：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'best of 5 runs; mean 6.61 ± 0.16': '5 次运行中的最好结果；平均 6.61 ± 0.16',
  'Depth 6n+2 with n = 200: conv 3×3 16, then 3 stages of n basic blocks at 32/16/8 px with 16/32/64 filters, global average pool, FC 10.':
    '深度 6n+2，n = 200：conv 3×3 16，然后 3 个阶段，每阶段 n 个基本块，分辨率 32/16/8 px，卷积核数 16/32/64，全局平均池化，FC 10。',
  'worse than ResNet-110: the paper attributes it to overfitting':
    '比 ResNet-110 差：论文将其归因于过拟合',
  'Keep the shortcut path clean: move batch norm and ReLU in front of each convolution (BN-ReLU-conv) and put nothing after the addition, so x_L = x_l + Σ F_i and both the signal and its gradient pass between any two units unchanged. With this "pre-activation" unit a 1001-layer net trains easily and generalizes better than the original post-activation design.':
    '保持捷径通路干净：把批量归一化和 ReLU 移到每个卷积之前（BN-ReLU-conv），相加之后什么都不放，于是 x_L = x_l + Σ F_i，信号及其梯度都能不变地在任意两个单元之间传递。用这种 “预激活” 单元，1001 层的网络也容易训练，泛化也比原来的后激活设计更好。',
  'The first unit’s BN-ReLU comes right after conv1 and before the split, and units with a projection shortcut apply their BN-ReLU before the split too (the projection reads the activated input); an extra BN-ReLU follows the last unit (paper appendix; KaimingHe/resnet-1k-layers).':
    '第一个单元的 BN-ReLU 紧跟在 conv1 之后、分叉之前；带投影捷径的单元也在分叉前做 BN-ReLU（投影读取的是激活后的输入）；最后一个单元之后还有一个额外的 BN-ReLU（论文附录；KaimingHe/resnet-1k-layers）。',
  'Depth 6n+2 with n = 18 basic units (16/32/64 filters). Shortcuts: identity, and a 1×1 projection (no BN on the shortcut, pre-activation) where the shape changes, the rule architectures.md §9 gives for the pre-activation CIFAR nets: 1,730,522 parameters. The shortcut for this 110-layer basic net is not restated in the stored sources; with option-A zero-padding (shortcut knob) it has 1,727,962, exactly the original ResNet-110’s count.':
    '深度 6n+2，n = 18 个基本单元（卷积核数 16/32/64）。捷径：恒等映射，形状改变处用 1×1 投影（捷径上不加 BN，预激活），即 architectures.md §9 给预激活 CIFAR 网络的规则：1,730,522 个参数。已存的资料没有重述这个 110 层基本网络的捷径；用选项 A 的补零（捷径选项）时为 1,727,962，与原始 ResNet-110 的计数完全相同。',
  'SGD momentum 0.9, weight decay 1e-4, batch 128 (ResNet-1001 also with batch 64)':
    'SGD 动量 0.9，权重衰减 1e-4，批量 128（ResNet-1001 也用过批量 64）',
  '0.1 (0.01 warm-up for the first 400 iterations on 110/1001 layers), divided by 10 at 32k and 48k, stop at 64k':
    '0.1（110/1001 层在前 400 次迭代用 0.01 预热），在 32k 和 48k 时除以 10，64k 时停止',
  'Depth 9n+2 with n = 18 bottleneck units per stage: 1×1 16k → 3×3 16k → 1×1 64k for k = 1, 2, 4 (outputs 64/128/256); 1×1 projection shortcut where the shape changes.':
    '深度 9n+2，每阶段 n = 18 个瓶颈单元：1×1 16k → 3×3 16k → 1×1 64k，k = 1、2、4（输出 64/128/256）；形状改变处用 1×1 投影捷径。',
  'Depth 9n+2 with n = 111 bottleneck units per stage (333 units).':
    '深度 9n+2，每阶段 n = 111 个瓶颈单元（共 333 个单元）。',
  'every conv weight, BN γ/β and the FC sum to 10,327,706 (architectures.md §9); the paper does not say what its 10.2 M leaves out':
    '所有卷积权重、BN 的 γ/β 和 FC 加起来是 10,327,706（architectures.md §9）；论文没说它的 10.2 M 少算了什么',
  'mini-batch 128': '小批量 128',
  'mini-batch 64': '小批量 64',
  'Train short, test deep: during training each residual block is dropped (replaced by its identity shortcut) with probability 1 − p_l, where p_l falls linearly from 1 at the input to p_L = 0.5 at the last block. Each mini-batch trains a shallower random sub-network (about 40 of 54 blocks on average), which cuts training time by about 25 %, eases vanishing gradients and acts like an ensemble; at test time every block is active with its residual branch scaled by p_l.':
    '训练时浅，测试时深：训练中每个残差块以 1 − p_l 的概率被丢弃（由其恒等捷径代替），p_l 从输入处的 1 线性降到最后一个块的 p_L = 0.5。每个小批量训练一个更浅的随机子网络（平均约 54 个块中的 40 个），训练时间缩短约 25 %，缓解梯度消失，作用类似集成；测试时所有块都启用，残差分支乘以 p_l。',
  'The graph shown is the test-time network (all 54 blocks active): parameters and MACs equal ResNet-110’s. Each block’s survival probability is in its meta (`survival`), and the root’s meta holds the expected number of active blocks during training (40.25, ≈ 82 conv layers).':
    '图中显示的是测试时的网络（54 个块全部启用）：参数量和 MACs 与 ResNet-110 相同。每个块的存活概率在它的 meta（`survival`）中，根节点的 meta 记录训练时期望的启用块数（40.25，≈ 82 个卷积层）。',
  'During training a dropped block outputs ReLU(x) (its identity shortcut); at test time the residual branch is multiplied by p_l.':
    '训练时被丢弃的块输出 ReLU(x)（即它的恒等捷径）；测试时残差分支乘以 p_l。',
  survival: '存活概率',
  'p_l = 1 − (l/L)(1 − p_L), L = 54, p_L = 0.5': 'p_l = 1 − (l/L)(1 − p_L)，L = 54，p_L = 0.5',
  'Width instead of depth: the bottleneck’s inner 1×1/3×3 width is doubled while the block outputs (256…2048) stay, so each block does more work in parallel. A 50-layer wide net beats the 152-layer original while being faster to train on GPUs, at 2.7× the parameters.':
    '用宽度代替深度：瓶颈块内部 1×1/3×3 的宽度加倍，而块的输出（256…2048）不变，于是每个块并行地做更多工作。50 层的宽网络胜过 152 层的原版，在 GPU 上训练也更快，代价是 2.7 倍的参数量。',
  'torchvision builds it as ResNet v1.5 with width_per_group = 128: inner widths 128/256/512/1024, outputs unchanged.':
    'torchvision 按 ResNet v1.5 构建，width_per_group = 128：内部宽度 128/256/512/1024，输出不变。',
  'Cardinality as a new dimension: the bottleneck’s 3×3 conv is split into C parallel paths of width d (a grouped convolution), aggregated by summation. At the same parameters and MACs as ResNet-50, 32 paths of width 4 beat one wide path; raising cardinality helps more than going deeper or wider.':
    '基数作为新的维度：瓶颈块的 3×3 卷积被拆成 C 条宽度为 d 的并行路径（分组卷积），再求和聚合。在与 ResNet-50 相同的参数量和 MACs 下，32 条宽度为 4 的路径胜过一条宽路径；提高基数比加深或加宽更有效。',
  'ILSVRC 2016: 2nd place in classification': 'ILSVRC 2016：分类第 2 名',
  'Stride on the grouped 3×3 (fb.resnet.torch style, like torchvision’s ResNet v1.5).':
    '步长放在分组 3×3 卷积上（fb.resnet.torch 的做法，与 torchvision 的 ResNet v1.5 相同）。',
  'Grouped width per stage = ⌊planes·d/64⌋·C = 128, 256, 512, 1024.':
    '每阶段的分组宽度 = ⌊planes·d/64⌋·C = 128、256、512、1024。',
  'Grouped width per stage = ⌊planes·d/64⌋·C = 256, 512, 1024, 2048.':
    '每阶段的分组宽度 = ⌊planes·d/64⌋·C = 256、512、1024、2048。',
  'Stage layout of the paper’s Table 1 (blocks per stage); with the default block type the name is the number of weight layers.':
    '论文表 1 的阶段配置（每阶段的块数）；用默认的块类型时，名字中的数就是带权重的层数。',
  '18: 2-2-2-2 blocks': '18：2-2-2-2 个块',
  '34: 3-4-6-3 blocks': '34：3-4-6-3 个块',
  '50: 3-4-6-3 blocks': '50：3-4-6-3 个块',
  '101: 3-4-23-3 blocks': '101：3-4-23-3 个块',
  '152: 3-8-36-3 blocks': '152：3-8-36-3 个块',
  Block: '块',
  'Residual block type. Bottleneck blocks on the 18-layer layout make a 26-layer net, basic blocks on the 50-layer layout a 34-layer one.':
    '残差块类型。在 18 层配置上用瓶颈块得到 26 层网络，在 50 层配置上用基本块得到 34 层网络。',
  'as in the paper (basic below 50, bottleneck from 50)':
    '与论文一致（50 层以下用基本块，50 层起用瓶颈块）',
  'basic: two 3×3 convs': '基本块：两个 3×3 卷积',
  'bottleneck: 1×1 reduce, 3×3, 1×1 expand ×4': '瓶颈块：1×1 降维、3×3、1×1 升维 ×4',
  'Stride on': '步长位置',
  'Which bottleneck conv carries the stride 2 when a stage downsamples: same parameters, the 3×3 placement costs more MACs. Basic blocks always stride their first 3×3.':
    '某阶段下采样时，由瓶颈块中哪个卷积承担步长 2：参数量相同，放在 3×3 上 MACs 更多。基本块总是把步长放在第一个 3×3 上。',
  '3×3 conv (torchvision, "v1.5")': '3×3 卷积（torchvision，“v1.5”）',
  'first 1×1 conv (paper, "v1")': '第一个 1×1 卷积（论文，“v1”）',
  'Width factor k': '宽度因子 k',
  'Multiplies the bottleneck’s inner width (torchvision wide_resnet50_2: k = 2, width_per_group 128); outputs stay 256…2048.':
    '瓶颈块内部宽度的倍数（torchvision wide_resnet50_2：k = 2，width_per_group 128）；输出仍为 256…2048。',
  'Weight layers: 6n+2 with basic blocks (n per stage), 9n+2 with bottlenecks.':
    '带权重的层数：基本块为 6n+2（每阶段 n 个），瓶颈块为 9n+2。',
  'Residual block type.': '残差块类型。',
  'basic: 3×3, 3×3 (16/32/64)': '基本块：3×3、3×3（16/32/64）',
  'bottleneck: 1×1, 3×3, 1×1 (16/32/64 → 64/128/256)':
    '瓶颈块：1×1、3×3、1×1（16/32/64 → 64/128/256）',
  'Activation order': '激活顺序',
  'Where batch norm and ReLU sit relative to the convolutions and the addition.':
    '批量归一化和 ReLU 相对于卷积和相加的位置。',
  'post-activation (2015): conv-BN-ReLU, ReLU after the add':
    '后激活（2015）：conv-BN-ReLU，相加之后 ReLU',
  'pre-activation (2016): BN-ReLU-conv, clean identity path':
    '预激活（2016）：BN-ReLU-conv，干净的恒等通路',
  Shortcut: '捷径',
  'How the shortcut matches shapes when a block changes resolution or width.':
    '块改变分辨率或宽度时，捷径如何匹配形状。',
  'A: subsample + zero-pad channels (no parameters)': 'A：下采样 + 通道补零（无参数）',
  'B: 1×1 projection where the shape changes': 'B：形状改变处用 1×1 投影',
  'Stochastic depth p_L': '随机深度 p_L',
  'Survival probability of the last block (linear decay from 1 at the input); 1 = no stochastic depth. Test-time network and totals are unchanged.':
    '最后一个块的存活概率（从输入处的 1 线性递减）；1 表示不用随机深度。测试时的网络和总数不变。',
  'Stage layout of the ResNet with the same depth (bottleneck blocks).':
    '深度相同的 ResNet 的阶段配置（瓶颈块）。',
  'Cardinality C': '基数 C',
  'Number of groups (parallel paths) in each bottleneck’s 3×3 conv.':
    '每个瓶颈块 3×3 卷积中的分组数（并行路径数）。',
  'Bottleneck width d': '瓶颈宽度 d',
  'Channels per group in layer1; doubles per stage. Grouped width = ⌊planes·d/64⌋·C (32×4d: 128, 256, 512, 1024).':
    'layer1 中每组的通道数；每个阶段加倍。分组宽度 = ⌊planes·d/64⌋·C（32×4d：128、256、512、1024）。',
  'Option A: keep every other pixel (1×1 window, stride 2).':
    '选项 A：隔一个像素取一个（1×1 窗口，步长 2）。',
  'Option A: append {0} zero channels (no parameters).': '选项 A：补 {0} 个零通道（无参数）。',
  'an ensemble of six ResNets of different depths (two of them 152 layers deep)':
    '6 个不同深度的 ResNet 的集成（其中两个为 152 层）',
  'the original (post-activation) ResNet-110': '原始（后激活）ResNet-110',
  'the original (post-activation) ResNet-164': '原始（后激活）ResNet-164',
  'the original (post-activation) ResNet-1001': '原始（后激活）ResNet-1001',
  'ResNet-110 trained with constant depth': '以固定深度训练的 ResNet-110',
  'ResNet-1202 with stochastic depth': '使用随机深度的 ResNet-1202',
  'the authors’ WRN-50-2-bottleneck (Torch), the same architecture':
    '作者的 WRN-50-2-bottleneck（Torch），架构相同',
  'ResNet (ImageNet)': 'ResNet（ImageNet）',
  'ResNet (CIFAR)': 'ResNet（CIFAR）',
  ResNeXt: 'ResNeXt',
};
