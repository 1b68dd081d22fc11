/** Chinese of the texts of src/catalog/alexnet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const alexnet: CatalogTexts = {
  'Scale LeNet’s recipe up to ImageNet with GPUs: five conv layers and three fully connected layers, 60 million parameters, trained on 1.2 million images. What made it train and generalise were ReLU instead of tanh (several times faster convergence), dropout in the fully connected layers, heavy data augmentation (crops, flips, colour jitter) and overlapping max pooling; the network was split in two towers because one 3 GB GPU could not hold it. It won ILSVRC 2012 by almost 10 points of top-5 error and started the deep-learning era of computer vision.':
    '借助 GPU 把 LeNet 的做法放大到 ImageNet：5 个卷积层和 3 个全连接层，60M 个参数，在 1.2M 张图像上训练。让它训练得动、泛化得好的是：用 ReLU 代替 tanh（收敛快好几倍）、全连接层中的 dropout、大量数据增强（裁剪、翻转、颜色抖动）以及重叠的最大池化；网络分成两个分支，因为一块 3 GB 的 GPU 放不下它。它以领先近 10 个百分点的 top-5 错误率赢得 ILSVRC 2012，开启了计算机视觉的深度学习时代。',
  'ILSVRC 2012: 1st in classification (15.3 % top-5 test error, runner-up 26.2 %)':
    'ILSVRC 2012：分类第 1 名（top-5 测试错误率 15.3 %，第二名 26.2 %）',
  'The paper says 224×224 inputs, but (224 − 11)/4 + 1 is not whole; 227 gives the 55×55 maps it draws (CS231n). The engine uses 227 as Caffe does.':
    '论文写的是 224×224 输入，但 (224 − 11)/4 + 1 不是整数；227 才得到图中画的 55×55 特征图（CS231n）。引擎和 Caffe 一样使用 227。',
  'The paper’s neuron count for conv1 (253,440) does not match 55·55·96 = 290,400; the other layers do (architectures.md §3.1).':
    '论文中 conv1 的神经元数（253,440）与 55·55·96 = 290,400 不符；其余各层相符（architectures.md §3.1）。',
  'LRN sits after conv1/conv2 and before pooling, as in the paper and Caffe bvlc_alexnet; so norm1 is 96×55×55. The lecture lists POOL1 before NORM1 (CaffeNet’s order), giving 27×27×96 for both; the lrn knob switches between the two. Caffe’s LRN uses k = 1, the paper k = 2: neither changes a shape or a count.':
    'LRN 位于 conv1/conv2 之后、池化之前，与论文和 Caffe bvlc_alexnet 一致；因此 norm1 是 96×55×55。课程把 POOL1 列在 NORM1 之前（CaffeNet 的顺序），两者都是 27×27×96；lrn 选项在这两种顺序间切换。Caffe 的 LRN 用 k = 1，论文用 k = 2：两者都不改变形状或计数。',
  'With one tower (groups 1 on conv2/conv4/conv5) the same layer sizes give 62,378,344 parameters and 1,135,256,096 MACs instead of 60,965,224 and 724,406,816 (architectures.md §1.1).':
    '只用一个分支（conv2/conv4/conv5 的 groups 为 1）时，同样的层尺寸得到 62,378,344 个参数和 1,135,256,096 MACs，而不是 60,965,224 和 724,406,816（architectures.md §1.1）。',
  'The lecture’s POOL3 is Caffe’s pool5.': '课程中的 POOL3 就是 Caffe 的 pool5。',
  optimizer: '优化器',
  'SGD, momentum 0.9': 'SGD，动量 0.9',
  'batch size': '批量大小',
  'learning rate': '学习率',
  '1e-2, divided by 10 by hand when validation accuracy plateaus (3 times in the paper)':
    '1e-2，验证准确率停滞时手动除以 10（论文中共 3 次）',
  'weight decay': '权重衰减',
  'L2 5e-4': 'L2 5e-4',
  dropout: 'dropout',
  '0.5 on fc6 and fc7': 'fc6 和 fc7 上 0.5',
  ensemble: '集成',
  '7 CNNs: 18.2 % → 15.4 % top-5 error (lecture); the paper prints 15.3 % on the test set':
    '7 个 CNN：top-5 错误率 18.2 % → 15.4 %（课程）；论文给出的测试集结果是 15.3 %',
  'data augmentation': '数据增强',
  'random 224 crops and horizontal flips of 256×256 images, PCA colour jitter':
    '从 256×256 图像中随机裁剪 224 并水平翻转，PCA 颜色抖动',
  'a round figure: the network the paper describes (Caffe bvlc_alexnet) has 60,965,224 (architectures.md §1.1)':
    '一个约数：论文描述的网络（Caffe bvlc_alexnet）有 60,965,224 个参数（architectures.md §1.1）',
  '2 of the 7 CNNs pre-trained on the Fall 2011 ImageNet release':
    '7 个 CNN 中有 2 个在 ImageNet Fall 2011 版本上预训练',
  'The single-GPU AlexNet that most people actually run: the "one weird trick" paper trained the network with data parallelism in the conv layers and model parallelism in the fully connected ones, so the two towers and the LRN layers are gone. torchvision’s version (from cuda-convnet2’s one-GPU config) has 64-192-384-256-256 filters, an adaptive 6×6 average pool so that any input of at least 63×63 reaches fc6, and dropout before fc6 and fc7.':
    '大多数人实际运行的单 GPU AlexNet：“one weird trick” 论文在卷积层用数据并行、在全连接层用模型并行来训练，因此去掉了两个分支和 LRN 层。torchvision 的版本（来自 cuda-convnet2 的单 GPU 配置）有 64-192-384-256-256 个卷积核，一个自适应 6×6 平均池化使任何不小于 63×63 的输入都能到达 fc6，并在 fc6 和 fc7 之前使用 dropout。',
  'The "one weird trick" paper’s footnote gives 64-192-384-384-256; torchvision uses 256 filters in conv4 (from cuda-convnet2’s layers-imagenet-1gpu.cfg) and keeps it for weight compatibility (vision PR #463, #704).':
    '“one weird trick” 论文的脚注给出 64-192-384-384-256；torchvision 的 conv4 用 256 个卷积核（来自 cuda-convnet2 的 layers-imagenet-1gpu.cfg），并为了权重兼容而保留（vision PR #463、#704）。',
  'conv1 has padding 2, so 224 works with floor pooling: (224 − 11 + 2·2)/4 + 1 = 55.':
    'conv1 的填充为 2，所以 224 在向下取整的池化下可行：(224 − 11 + 2·2)/4 + 1 = 55。',
  'Dropout comes before fc6 and fc7 (vision issue #549), not after as in the original.':
    'Dropout 位于 fc6 和 fc7 之前（vision issue #549），而不是像原版那样在之后。',
  'Look inside the network to improve it: a deconvolutional network projects feature activations back to pixel space, and what it showed about AlexNet (dead and aliased first-layer filters from the large stride) led to a smaller 7×7 stride-2 conv1, a stride-2 conv2 and wider conv3–5. Same overall plan as AlexNet, better tuned hyperparameters; the visualizations themselves became one of the standard tools for understanding CNNs.':
    '深入网络内部来改进它：反卷积网络把特征激活投影回像素空间，它揭示的 AlexNet 问题（大步长造成第一层卷积核失效和混叠）促成了更小的 7×7 步长 2 的 conv1、步长 2 的 conv2 以及更宽的 conv3–5。整体结构与 AlexNet 相同，超参数调得更好；这些可视化本身也成了理解 CNN 的标准工具之一。',
  'ILSVRC 2013: the winning classification entry (Clarifai) was Zeiler’s; ZFNet is its published form':
    'ILSVRC 2013：获胜的分类参赛作品（Clarifai）出自 Zeiler；ZFNet 是它发表的形式',
  'The preset follows the lecture: conv3/conv4/conv5 with 512/1024/512 filters (the paper’s model (b)). architectures.md §4 computes 62,357,608 parameters and 1,168,032,896 MACs for the net of the paper’s Fig. 3, whose conv3/4/5 have AlexNet’s 384/384/256; the widths knob gives exactly those figures. The wider preset is larger: fc6 alone reads 6·6·512 = 18,432 values.':
    '预设遵循课程：conv3/conv4/conv5 使用 512/1024/512 个卷积核（论文的模型 (b)）。architectures.md §4 对论文 Fig. 3 的网络（其 conv3/4/5 沿用 AlexNet 的 384/384/256）算得 62,357,608 个参数和 1,168,032,896 MACs；宽度选项正好给出这些数。更宽的预设更大：仅 fc6 就要读取 6·6·512 = 18,432 个值。',
  'The paper prints the sizes 224 → 110 → 55 → 26 → 13 → 6 without stating padding or rounding; they need padding 1 on conv1 and ceil-mode pooling, which the engine uses (architectures.md §4).':
    '论文给出尺寸 224 → 110 → 55 → 26 → 13 → 6，但没说明填充和取整方式；要得到这些尺寸，conv1 需要填充 1，池化需要向上取整（ceil 模式），引擎正是这样做的（architectures.md §4）。',
  'The paper’s contrast normalization across feature maps is modelled as an LRN layer after pool1 and pool2; it has no parameters and no MACs.':
    '论文中跨特征图的对比度归一化被建模为 pool1 和 pool2 之后的 LRN 层；它没有参数，也没有 MACs。',
  'The lecture (CS231n) credits ZFNet with ILSVRC 2013’s 11.7 % top-5 error; that is the winning Clarifai entry. The paper’s own best is 14.8 % (6 convnets) on the test set.':
    '课程（CS231n）把 ILSVRC 2013 的 11.7 % top-5 错误率归于 ZFNet；那其实是获胜的 Clarifai 参赛作品。论文自己的最好成绩是测试集上的 14.8 %（6 个卷积网络）。',
  'SGD, momentum 0.9, batch 128': 'SGD，动量 0.9，批量 128',
  '1e-2, annealed by hand when validation error plateaus': '1e-2，验证错误率停滞时手动退火',
  '1 convnet': '1 个卷积网络',
  'Two GPU towers': '两路 GPU 并行',
  'On: conv2, conv4 and conv5 see only the maps on their own GPU (groups 2), as in the paper. Off: one tower, every conv sees all maps (62.4 M parameters instead of 61.0 M).':
    '开：conv2、conv4 和 conv5 只看到自己 GPU 上的特征图（groups 2），与论文一致。关：单个分支，每个卷积都看到全部特征图（62.4 M 个参数，而不是 61.0 M）。',
  'Local response norm': '局部响应归一化',
  'Where the two LRN layers sit. LRN has no parameters and no MACs; it changes the stored activations.':
    '两个 LRN 层的位置。LRN 没有参数也没有 MACs；它改变需要存储的激活。',
  'after conv1/conv2, before pooling (paper, Caffe bvlc_alexnet)':
    'conv1/conv2 之后、池化之前（论文、Caffe bvlc_alexnet）',
  'after pool1/pool2 (CaffeNet, the lecture’s order)': 'pool1/pool2 之后（CaffeNet，课程中的顺序）',
  Dropout: 'Dropout',
  'Probability of dropping a unit of fc6 and fc7 during training (0 removes the dropout layers).':
    '训练时丢弃 fc6 和 fc7 中一个单元的概率（0 表示去掉 dropout 层）。',
  'conv3/4/5 filters': 'conv3/4/5 卷积核数',
  'Filters of conv3, conv4 and conv5.': 'conv3、conv4 和 conv5 的卷积核数。',
  '512-1024-512 (the lecture; paper model (b))': '512-1024-512（课程；论文模型 (b)）',
  '384-384-256 (AlexNet’s; paper Fig. 3 net)': '384-384-256（AlexNet 的；论文 Fig. 3 的网络）',
  'Contrast normalization': '对比度归一化',
  'Local contrast normalization after pool1 and pool2 (modelled as LRN: no parameters, no MACs).':
    'pool1 和 pool2 之后的局部对比度归一化（建模为 LRN：没有参数，没有 MACs）。',
  'Caffe calls this layer pool5.': 'Caffe 把这一层叫作 pool5。',
  'AdaptiveAvgPool2d((6, 6)): an identity at 224, lets other input sizes reach fc6.':
    'AdaptiveAvgPool2d((6, 6))：在 224 输入下是恒等映射，让其他尺寸的输入也能到达 fc6。',
  'Padding 1 is implied by the printed 110×110 output, not stated in the paper.':
    '填充 1 是由印出的 110×110 输出推断的，论文中没有写明。',
  'AlexNet (2012, two GPUs)': 'AlexNet（2012，双 GPU）',
  'AlexNet (torchvision)': 'AlexNet（torchvision）',
  ZFNet: 'ZFNet',
};
