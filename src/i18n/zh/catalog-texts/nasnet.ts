/** Chinese of the texts of src/catalog/nasnet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const nasnet: CatalogTexts = {
  'The architecture was searched, not designed: a controller RNN trained with reinforcement learning proposed cells — five blocks, each picking two earlier hidden states, an operation for each (separable convs, pools, identity) and adding the results — and each proposal’s CIFAR-10 validation accuracy after a short training was its reward. Searching for one normal cell (keeps the resolution) and one reduction cell (halves it) instead of a whole network made the search affordable and let the result transfer: ImageNet networks are the same two cells stacked N times per stack with more filters (N @ P), so one search yields a family from a 5.3 M-parameter mobile model to an 88.9 M-parameter model that beat the best hand-designed networks of its time (82.7 % top-1) with fewer multiply-adds.':
    '架构是搜索出来的，不是设计出来的：一个用强化学习训练的控制器 RNN 提出单元（cell）——五个块，每个块选两个更早的隐藏状态、为每个状态选一种运算（可分离卷积、池化、恒等）并把结果相加——每个提案经短暂训练后在 CIFAR-10 上的验证准确率就是它的奖励。只搜索一个 普通单元（保持分辨率）和一个缩减单元（分辨率减半），而不是整个网络，使搜索负担得起，结果也能迁移：ImageNet 网络就是这两种单元每个堆叠 N 次、用更多卷积核（N @ P），因此一次搜索得到一个家族，从 5.3 M 参数的移动端模型到 88.9 M 参数的模型，后者以更少的乘加次数胜过了当时最好的人工设计网络（top-1 82.7 %）。',
  'Computed 5,289,978 learnable parameters (conv weights, FC, batch-norm γ/β); the paper\'s "5.3 M" rounds it. Keras prints 5,326,716 because it also counts the 36,738 batch-norm running means and variances, which the engine reports as buffers.':
    '算得 5,289,978 个可学习参数（卷积权重、FC、批量归一化的 γ/β）；论文的 “5.3 M” 是它的约数。Keras 显示 5,326,716，因为它还计入了 36,738 个批量归一化的滑动均值和方差，引擎把它们算作缓冲区。',
  'Computed 563.6 M multiply-accumulates at 224×224 (conv + FC, depthwise and pointwise convs counted separately); the paper quotes 564 M mult-adds.':
    '在 224×224 上算得 563.6 M 次乘累加（卷积 + FC，深度卷积和逐点卷积分别计算）；论文给出 564 M mult-adds。',
  'The auxiliary head after cell_7 (2.41 M parameters) and drop-path exist only while training: the head is a training-only side branch, left out of the inference totals.':
    'cell_7 之后的辅助分类头（2.41 M 个参数）和 drop-path 只在训练时存在：分类头是仅训练时使用的旁支，不计入推理总数。',
  "There is no timm model for NASNet-A Mobile; the structure follows TF-slim (the authors' release) and Keras NASNetMobile, whose cells are the same as timm's nasnetalarge.":
    'NASNet-A Mobile 没有 timm 模型；结构遵循 TF-slim（作者的发布版）和 Keras NASNetMobile，其单元与 timm 的 nasnetalarge 相同。',
  'synchronous SGD over 50 replicas, batch 32 per replica, gradient-norm clipping 10':
    '50 个副本上的同步 SGD，每个副本批量 32，梯度范数裁剪 10',
  '0.04 × 50, decayed by 0.97 every 2.4 epochs': '0.04 × 50，每 2.4 个 epoch 乘以 0.97 衰减',
  regularization: '正则化',
  'auxiliary head (loss weight 0.4), label smoothing 0.1, dropout 0.5 before the classifier, no drop-path (keep 1.0)':
    '辅助分类头（损失权重 0.4），标签平滑 0.1，分类器之前 0.5 的 dropout，无 drop-path（keep 1.0）',
  'includes 36,738 batch-norm running statistics; learnable parameters 5,289,978':
    '包含 36,738 个批量归一化滑动统计量；可学习参数为 5,289,978',
  'The published "88.9 M" equals Keras\'s 88,949,818, which counts the 196,668 batch-norm running means and variances as (non-trainable) parameters. The learnable count is 88,753,150 = timm\'s 88.75 M; the engine reports the running statistics as buffers.':
    '发表的 “88.9 M” 等于 Keras 的 88,949,818，它把 196,668 个批量归一化的滑动均值和方差算作（不可训练的）参数。可学习参数为 88,753,150 = timm 的 88.75 M；引擎把滑动统计量算作缓冲区。',
  'Computed 23.78 G multiply-accumulates at 331×331 (conv + FC); the paper quotes 23.8 B mult-adds.':
    '在 331×331 上算得 23.78 G 次乘累加（卷积 + FC）；论文给出 23.8 B mult-adds。',
  'As timm builds it: TF "same" padding for every padded op (timm pad_type="same"; the older Cadene port reached the same shapes with zero-pad-then-crop pools), and the first cell after each reduction reads the cell two back as h_{i−1} (TF-slim skip_reduction_layer_input = 1).':
    '按 timm 的方式构建：每个带填充的运算都用 TF “same” 填充（timm pad_type=“same”；较早的 Cadene 移植版用先补零再裁剪的池化得到相同形状），每个缩减单元之后的第一个单元把往前数第二个单元作为 h_{i−1} 读取（TF-slim skip_reduction_layer_input = 1）。',
  'The auxiliary head after cell_11 and drop-path exist only while training (timm builds neither): the head is a training-only side branch, left out of the inference totals.':
    'cell_11 之后的辅助分类头和 drop-path 只在训练时存在（timm 两者都不构建）：分类头是仅训练时使用的旁支，不计入推理总数。',
  'synchronous SGD over 100 replicas, batch 16 per replica, gradient-norm clipping 10':
    '100 个副本上的同步 SGD，每个副本批量 16，梯度范数裁剪 10',
  '0.015 × 100, decayed by 0.97 every 2.4 epochs': '0.015 × 100，每 2.4 个 epoch 乘以 0.97 衰减',
  'ScheduledDropPath (keep 0.7, scaled by depth and training progress), auxiliary head (loss weight 0.4), label smoothing 0.1, dropout 0.5 before the classifier':
    'ScheduledDropPath（keep 0.7，随深度和训练进度缩放），辅助分类头（损失权重 0.4），标签平滑 0.1，分类器之前 0.5 的 dropout',
  'equals the Keras count, which includes batch-norm running statistics':
    '等于 Keras 的计数，其中包含批量归一化滑动统计量',
  'includes 196,668 batch-norm running statistics': '包含 196,668 个批量归一化滑动统计量',
  'Hyper-parameter set': '超参数配置',
  'TF-slim config the wiring and training facts follow: "large" feeds the first cell after a reduction the cell two back (skip_reduction_layer_input) and trains with drop-path keep 0.7; "mobile" uses the last cell and no drop-path. Also sets the default input (mobile 224×224, large 331×331).':
    '连接方式和训练设置所依据的 TF-slim 配置：“large” 让缩减单元之后的第一个单元读取往前数第二个单元（skip_reduction_layer_input），并以 drop-path keep 0.7 训练；“mobile” 使用上一个单元，不用 drop-path。同时设定默认输入（mobile 224×224，large 331×331）。',
  'Mobile (TF-slim mobile_imagenet_config)': 'Mobile（TF-slim mobile_imagenet_config）',
  'Large (TF-slim large_imagenet_config)': 'Large（TF-slim large_imagenet_config）',
  'Cells per stack N': '每个堆叠的单元数 N',
  'Normal cells in each of the three stacks (the "N" of "N @ P"): 4 in NASNet-A Mobile, 6 in Large.':
    '三个堆叠中每个的普通单元数（“N @ P” 中的 “N”）：NASNet-A Mobile 为 4，Large 为 6。',
  'Penultimate filters P': '倒数第二层卷积核数 P',
  'Channels of the last cell (the "P" of "N @ P") = 24·F, F = filters per op in the first stack; F must be a multiple of 4 (the stem cells use F/4 and F/2).':
    '最后一个单元的通道数（“N @ P” 中的 “P”）= 24·F，F 为第一个堆叠中每个运算的卷积核数；F 必须是 4 的倍数（stem 单元用 F/4 和 F/2）。',
  'Stem filters': 'Stem 卷积核数',
  'Filters of conv0, the 3×3 stride-2 stem conv: 32 in Mobile, 96 in Large (32 × stem_multiplier).':
    'conv0（3×3 步长 2 的 stem 卷积）的卷积核数：Mobile 为 32，Large 为 96（32 × stem_multiplier）。',
  'Outputs of the final fully connected layer (and of the auxiliary head).':
    '最后一个全连接层（以及辅助分类头）的输出数。',
  'NASNet-A': 'NASNet-A',
};
