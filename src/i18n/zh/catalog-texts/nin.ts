/** Chinese of the texts of src/catalog/nin.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const nin: CatalogTexts = {
  'Replace the linear filter of a conv layer with a tiny multilayer perceptron: each "mlpconv" is a k×k conv followed by 1×1 convs with ReLU, so every position is mapped through a small non-linear network that can separate more complex patterns than one filter bank. The last mlpconv produces one feature map per class and global average pooling turns each map into a score, replacing the fully connected layers that hold most of AlexNet’s parameters. Its 1×1 convolutions became the bottleneck layers of GoogLeNet and ResNet.':
    '用一个微型多层感知机取代卷积层的线性卷积核：每个 “mlpconv” 是一个 k×k 卷积后接若干带 ReLU 的 1×1 卷积，于是每个位置都经过一个小的非线性网络，它能分开比单组卷积核更复杂的模式。最后一个 mlpconv 为每个类别输出一张特征图，全局平均池化把每张图变成一个分数，取代了占 AlexNet 大部分参数的全连接层。它的 1×1 卷积后来成为 GoogLeNet 和 ResNet 的瓶颈层。',
  'The second pool is an average pool in the Caffe model the figures come from; all pools use Caffe’s ceil mode (32 → 16 → 8).':
    '在这些数据所依据的 Caffe 模型中，第二个池化是平均池化；所有池化都用 Caffe 的 ceil 模式（32 → 16 → 8）。',
  'Every conv, the class layer cccp6 included, is followed by ReLU as in the Caffe model.':
    '与 Caffe 模型一致，每个卷积（包括类别层 cccp6）后面都接 ReLU。',
  'The ImageNet model is not in the paper: it is the authors’ Caffe model-zoo release, with AlexNet-like kernel sizes (11×11/4, 5×5, 3×3) and a fourth mlpconv of 1024 maps.':
    'ImageNet 模型不在论文中：它是作者在 Caffe model zoo 发布的版本，卷积核尺寸与 AlexNet 类似（11×11/4、5×5、3×3），并有第四个 1024 张特征图的 mlpconv。',
  'About an eighth of AlexNet’s parameters (7.6 M vs 61 M) for similar accuracy: the fully connected layers are gone.':
    '参数量约为 AlexNet 的八分之一（7.6 M 对 61 M），准确率相近：全连接层没有了。',
  Dataset: '数据集',
  'Which published configuration; the last 1×1 conv outputs one map per class.':
    '选用哪个已发表的配置；最后一个 1×1 卷积为每个类别输出一张特征图。',
  'CIFAR-10 (3 mlpconvs, 32×32, 10 classes)': 'CIFAR-10（3 个 mlpconv，32×32，10 类）',
  'CIFAR-100 (3 mlpconvs, 32×32, 100 classes)': 'CIFAR-100（3 个 mlpconv，32×32，100 类）',
  'ImageNet (4 mlpconvs, 224×224, 1000 classes)': 'ImageNet（4 个 mlpconv，224×224，1000 类）',
  '1×1 convs per mlpconv': '每个 mlpconv 的 1×1 卷积数',
  'How many 1×1 convs follow each k×k conv (2 in the paper). 0 leaves a plain CNN with global average pooling, whose last k×k conv outputs the class maps.':
    '每个 k×k 卷积后接几个 1×1 卷积（论文中为 2）。取 0 则只剩一个带全局平均池化的普通 CNN，由最后一个 k×k 卷积输出各类别的特征图。',
  'Dropout 0.5 between mlpconvs, as the published models use it.':
    '与已发布的模型一样，mlpconv 之间使用 0.5 的 Dropout。',
  'NiN for CIFAR-100 (dataset knob cifar100)': 'CIFAR-100 上的 NiN（数据集选项 cifar100）',
  'Network in Network': 'Network in Network',
};
