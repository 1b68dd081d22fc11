/** Chinese of the texts of src/catalog/lenet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const lenet: CatalogTexts = {
  'Learn the features instead of designing them: small shared 5×5 filters scan the image (local receptive fields, weight sharing), subsampling layers trade resolution for more feature maps and a little shift invariance, and a few fully connected layers classify. The whole pipeline is trained end to end by back-propagation. Its CONV-POOL-CONV-POOL-FC-FC pattern is the template AlexNet scaled up fourteen years later.':
    '让网络自己学习特征，而不是人工设计：共享的 5×5 小卷积核扫过整幅图像（局部感受野、权值共享），下采样层用分辨率换取更多特征图和少许平移不变性，最后由几个全连接层分类。整条流水线用反向传播端到端训练。它的 CONV-POOL-CONV-POOL-FC-FC 结构正是 14 年后 AlexNet 放大的模板。',
  'This is the variant as usually taught (and as most course code writes it in PyTorch): C3 sees all 6 S2 maps (2,416 parameters instead of the paper’s 1,516 with its partial connection table), S2/S4 are plain pools without the paper’s trainable coefficient and bias, and the output is an fc 84→10 (850 parameters) instead of 10 Euclidean RBF units. Total 61,706 parameters and 416,520 MACs, against the paper’s 60,000 trainable parameters (architectures.md §2).':
    '这是通常教学中的变体（大多数课程的 PyTorch 代码也这样写）：C3 连接全部 6 个 S2 特征图（2,416 个参数，而论文用部分连接表只有 1,516 个），S2/S4 是普通池化，没有论文中可训练的系数和偏置，输出层是 fc 84→10（850 个参数），而不是 10 个欧氏 RBF 单元。共 61,706 个参数、416,520 MACs，论文为 60,000 个可训练参数（architectures.md §2）。',
  'the paper’s network: C3 reads the S2 maps through a partial connection table (1,516 parameters, not 2,416), S2/S4 have a trainable coefficient and bias per map (12 + 32), and the output is 10 RBF units with fixed 84-value bitmaps instead of an fc 84→10 (850): 156 + 12 + 1,516 + 32 + 48,120 + 10,164 = 60,000 (architectures.md §2).':
    '论文中的网络：C3 通过部分连接表读取 S2 特征图（1,516 个参数，而非 2,416），S2/S4 每个特征图有一个可训练的系数和偏置（12 + 32），输出层是 10 个带固定 84 值位图的 RBF 单元，而不是 fc 84→10（850）：156 + 12 + 1,516 + 32 + 48,120 + 10,164 = 60,000（architectures.md §2）。',
  '0.8 % with distorted training data': '使用变形增强的训练数据时为 0.8 %',
  Activation: '激活函数',
  'The non-linearity after C1, C3, C5 and F6; it changes no parameter or MAC.':
    'C1、C3、C5 和 F6 之后的非线性；它不改变任何参数量或 MAC。',
  'tanh (1998)': 'tanh（1998）',
  'ReLU (modern)': 'ReLU（现代）',
  sigmoid: 'sigmoid',
  Subsampling: '下采样',
  'How S2 and S4 halve the maps. The paper’s S-layers also had a trainable coefficient and bias per map (12 + 32 parameters), left out here as in most courses.':
    'S2 和 S4 如何把特征图减半。论文中的 S 层每个特征图还有一个可训练的系数和偏置（12 + 32 个参数），这里和大多数课程一样省略。',
  'average 2×2/2 (as taught)': '平均 2×2/2（教学版）',
  'max 2×2/2 (modern)': '最大 2×2/2（现代）',
  'Outputs of the last layer (10 digits).': '最后一层的输出数（10 个数字）。',
  'LeNet-5': 'LeNet-5',
};
