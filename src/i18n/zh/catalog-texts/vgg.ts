/** Chinese of the texts of src/catalog/vgg.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const vgg: CatalogTexts = {
  'Depth from small filters: only 3×3 convolutions (stride 1, pad 1) and 2×2 max pools, stacked 16 or 19 weight layers deep. Three stacked 3×3 convs see a 7×7 window like one 7×7 conv, but with 27C² instead of 49C² weights and three non-linearities instead of one. The price is memory: most activations sit in the early high-resolution convs, and most parameters in the first fully connected layer (102.8 M of 138.4 M).':
    '用小卷积核换深度：只用 3×3 卷积（步长 1，填充 1）和 2×2 最大池化，堆叠到 16 或 19 个带权重的层。三个堆叠的 3×3 卷积和一个 7×7 卷积看到同样的 7×7 窗口，但权重是 27C² 而不是 49C²，非线性也是三个而不是一个。代价是内存：大部分激活位于前面高分辨率的卷积层，大部分参数位于第一个全连接层（138.4 M 中的 102.8 M）。',
  'ILSVRC 2014: 2nd in classification, 1st in localization':
    'ILSVRC 2014：分类第 2 名，定位第 1 名',
  'The lecture quotes "24M × 4 bytes ≈ 96MB" of activations per image; its own table sums to 15,237,608 values (about 58 MiB in fp32). The engine reports the table\'s sum (stored values, ReLU in place, input included).':
    '课程给出每张图像 “24M × 4 bytes ≈ 96MB” 的激活；而它自己的表格加起来是 15,237,608 个值（fp32 下约 58 MiB）。引擎给出的是表格之和（存储的值，ReLU 原地计算，含输入）。',
  '"138M parameters" counts weights only: 138,344,128 weights + 13,416 biases = 138,357,544.':
    '“138M parameters” 只算了权重：138,344,128 个权重 + 13,416 个偏置 = 138,357,544。',
  'torchvision inserts an adaptive 7×7 average pool before fc6; at 224×224 it changes nothing.':
    'torchvision 在 fc6 之前插入一个自适应 7×7 平均池化；在 224×224 输入下它不改变任何东西。',
  'SGD, momentum 0.9, batch 256': 'SGD，动量 0.9，批量 256',
  '1e-2, divided by 10 when validation accuracy stopped improving (3 times)':
    '1e-2，验证准确率不再提升时除以 10（共 3 次）',
  '5e-4': '5e-4',
  '0.5 on the first two fully connected layers': '前两个全连接层上 0.5',
  'ILSVRC 2014: 2nd in classification (with VGG-16 in the ensemble)':
    'ILSVRC 2014：分类第 2 名（集成中含 VGG-16）',
  Depth: '深度',
  'Weight layers: 8, 10, 13 or 16 convs plus 3 fully connected layers.':
    '带权重的层：8、10、13 或 16 个卷积层，加 3 个全连接层。',
  'VGG-11 (A)': 'VGG-11 (A)',
  'VGG-13 (B)': 'VGG-13 (B)',
  'VGG-16 (D)': 'VGG-16 (D)',
  'VGG-19 (E)': 'VGG-19 (E)',
  'Batch norm': '批量归一化',
  'Batch norm after every conv (torchvision vgg*_bn).':
    '每个卷积之后做批量归一化（torchvision vgg*_bn）。',
  'Outputs of the last fully connected layer.': '最后一个全连接层的输出数。',
  VGG: 'VGG',
};
