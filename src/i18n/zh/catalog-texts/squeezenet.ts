/** Chinese of the texts of src/catalog/squeezenet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const squeezenet: CatalogTexts = {
  'Reach AlexNet accuracy with 50× fewer parameters by three design rules: replace most 3×3 filters with 1×1 filters, feed the remaining 3×3 filters fewer input channels through a 1×1 "squeeze" layer, and downsample late so the convs work on large maps. The fire module packs the first two rules: squeeze 1×1 (s filters) → expand with e₁ 1×1 and e₃ 3×3 filters side by side, concatenated. There is no fully connected layer: a 1×1 conv with one filter per class and a global average pool make the classifier. 1.25 M parameters (4.8 MB in fp32, under 0.5 MB after Deep Compression).':
    '用三条设计规则以少 50 倍的参数达到 AlexNet 的准确率：把大部分 3×3 卷积核换成 1×1 卷积核；通过一个 1×1「挤压」层减少剩下的 3×3 卷积核的输入通道；推迟下采样，让卷积在大特征图上工作。Fire 模块体现了前两条规则：挤压 1×1（s 个卷积核）→ 用并排的 e₁ 个 1×1 和 e₃ 个 3×3 卷积核扩展，再拼接。没有全连接层：每个类别一个卷积核的 1×1 卷积加上全局平均池化构成分类器。1.25 M 个参数（fp32 下 4.8 MB，经 Deep Compression 后不到 0.5 MB）。',
  'Built as torchvision builds it, at 224×224: conv1 gives 109×109 and the final maps are 13×13 (818.9 M MACs).':
    '按 torchvision 的方式在 224×224 上构建：conv1 得到 109×109，最后的特征图是 13×13（818.9 M MACs）。',
  "The Caffe release (forresti/SqueezeNet) feeds 227×227 crops (conv1 → 111×111) and gives conv10 pad: 1, so its final maps are 15×15: 861.3 M MACs, the README's 1.72 GFLOPs = 2 × MACs. Parameters are the same, 1,248,424 (4.8 MB in fp32).":
    'Caffe 发布版（forresti/SqueezeNet）输入 227×227 的裁剪（conv1 → 111×111），并给 conv10 设了 pad: 1，所以最后的特征图是 15×15：861.3 M MACs，README 中的 1.72 GFLOPs = 2 × MACs。参数量相同，1,248,424（fp32 下 4.8 MB）。',
  "Max pools use ceil mode (Caffe's rounding; torchvision ceil_mode=True): 109 → 54 → 27 → 13.":
    '最大池化用 ceil 模式（Caffe 的取整；torchvision ceil_mode=True）：109 → 54 → 27 → 13。',
  'The dropout 0.5 before conv10 acts only in training.':
    'conv10 之前 0.5 的 dropout 只在训练时起作用。',
  'the Caffe release also pads conv10 by 1, so its last maps are 15×15, not 13×13: 861.3 M MACs × 2 = 1.72 G (architectures.md §15). The torchvision build here has no such pad.':
    'Caffe 发布版还给 conv10 填充 1，所以最后的特征图是 15×15 而不是 13×13：861.3 M MACs × 2 = 1.72 G（architectures.md §15）。这里的 torchvision 构建没有这个填充。',
  'Not in the paper: the v1.1 release (forresti/SqueezeNet README) has conv1 3×3/2 with 64 filters and moves the pools to after conv1, fire3 and fire5, so more fire modules run at low resolution.':
    '不在论文中：v1.1 发布版（forresti/SqueezeNet README）的 conv1 是 3×3/2、64 个卷积核，并把池化移到 conv1、fire3 和 fire5 之后，于是更多 Fire 模块在低分辨率上运行。',
  'At 227×227 (Caffe crop) the MACs are 387.7 M (README "0.72 GFLOPS" ≈ 2 × MACs); at 224×224, 349.2 M.':
    '在 227×227（Caffe 裁剪）上 MACs 为 387.7 M（README 的 “0.72 GFLOPS” ≈ 2 × MACs）；在 224×224 上为 349.2 M。',
  'Max pools use ceil mode: 111 → 55 → 27 → 13.': '最大池化用 ceil 模式：111 → 55 → 27 → 13。',
  '0.72 is 1.72 G / 2.4, the README’s "2.4× less computation" claim, not a count: v1.1 at 227×227 has 387.7 M MACs = 0.78 GFLOPs (architectures.md §15)':
    '0.72 是 1.72 G / 2.4，即 README 中 “2.4× less computation” 的说法，而不是计数：v1.1 在 227×227 上有 387.7 M MACs = 0.78 GFLOPs（architectures.md §15）',
  Version: '版本',
  'v1.1 moves the pools earlier and shrinks conv1: same accuracy with 2.4× fewer MACs.':
    'v1.1 把池化提前并缩小 conv1：准确率相同，MACs 少 2.4 倍。',
  'SqueezeNet 1.0 (conv1 7×7/2, 96; pools after conv1, fire4, fire8)':
    'SqueezeNet 1.0（conv1 7×7/2，96；池化在 conv1、fire4、fire8 之后）',
  'SqueezeNet 1.1 (conv1 3×3/2, 64; pools after conv1, fire3, fire5)':
    'SqueezeNet 1.1（conv1 3×3/2，64；池化在 conv1、fire3、fire5 之后）',
  'Squeeze ratio SR': '挤压比 SR',
  'Squeeze filters as a share of the expand filters of the same fire module (paper §5.1).':
    '挤压卷积核数占同一 Fire 模块扩展卷积核数的比例（论文 §5.1）。',
  '3×3 share of expand': '扩展中 3×3 的占比',
  'Share of a fire module’s expand filters that are 3×3 rather than 1×1 (paper §5.2).':
    'Fire 模块扩展卷积核中 3×3（而不是 1×1）所占的比例（论文 §5.2）。',
  'Filters of conv10, the 1×1 conv that replaces the fully connected classifier.':
    'conv10 的卷积核数，这个 1×1 卷积取代了全连接分类器。',
  SqueezeNet: 'SqueezeNet',
};
