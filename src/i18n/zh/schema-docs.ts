/**
 * The spec format's help in Chinese: the JSON Schema's descriptions (src/engine/schema.ts, from
 * each op's and field's `doc`), as a translation memory keyed by the English text, which the
 * published schema and the CLI keep. Op names, field names, values as written ("same", "full")
 * and notation stay as they are.
 */
import type * as en from '../en/schema-docs';

export const schemaDocs: typeof en.schemaDocs = {
  'A CNN as a tree of named nodes: leaves are ops, inner nodes are blocks, parallels and repeats. Shapes are C×H×W, batch excluded.':
    '把 CNN 写成一棵由具名节点组成的树：叶节点是运算，内部节点是 block、parallel 和 repeat。形状为 C×H×W，不含批量维度。',
  'stable id, e.g. vgg16': '稳定的标识，如 vgg16',
  'descriptive data (paper, published figures)': '描述性数据（论文、公开的数字）',
  'the network: a block whose first layer is the input': '网络本身：第一层为 input 的 block',
  'the input image, first layer of the network: `shape` [C, H, W] (or [N])':
    '输入图像，网络的第一层：`shape` 为 [C, H, W]（或 [N]）',
  'path segment: unique among siblings, no "/"': '路径中的一段：在同级节点中唯一，不含 "/"',
  'label for diagrams (default: derived from the op)': '计算图中的标签（默认由运算推出）',
  'one line on what this node is for, shown in the inspector':
    '一行说明该节点的用途，显示在详情面板中',
  'inside a block: the siblings or block inputs (in0, in1, …) this node reads':
    '在 block 内：该节点读取的同级节点或 block 输入（in0、in1……）',
  'a side branch: the next sibling does not read it': '旁支：下一个同级节点不读取它',
  'exists only while training (auxiliary heads)': '只在训练时存在（辅助分类头）',
  'the default input shape [C, H, W] or [N]': '默认输入形状 [C, H, W] 或 [N]',
  'convolution: `out` filters of `kernel` over the input channels (or `groups` of them)':
    '卷积：`out` 个大小为 `kernel` 的卷积核作用于输入通道（或其中的 `groups` 组）',
  'output channels (number of filters)': '输出通道数（卷积核个数）',
  'window: a number, [h, w], or "full" (the whole input map)':
    '窗口：一个数、[h, w] 或 "full"（整个输入特征图）',
  'step between windows': '相邻窗口之间的步长',
  'zeros on each side: a number, [h, w], "same" (TensorFlow) or "valid"':
    '每侧补零：一个数、[h, w]、"same"（TensorFlow）或 "valid"',
  'spacing between kernel taps': '卷积核采样点之间的间隔（空洞）',
  'channel groups: 1 dense, C depthwise': '通道分组数：1 为普通卷积，C 为逐通道卷积',
  'learnable per-filter bias': '每个卷积核一个可学习的偏置',
  'max or average pooling over a window, the whole map (`global`) or to a fixed `output` size':
    '在窗口上做最大或平均池化，或对整张特征图（`global`），或池化到固定的 `output` 大小',
  'max or average of each window': '取每个窗口的最大值或平均值',
  'window: a number or [h, w]': '窗口：一个数或 [h, w]',
  'step between windows (default: the kernel)': '相邻窗口之间的步长（默认等于窗口大小）',
  'padding on each side: a number, [h, w], "same" or "valid"':
    '每侧填充：一个数、[h, w]、"same" 或 "valid"',
  "Caffe's ceiling rounding of the output size": 'Caffe 的输出尺寸向上取整',
  'pool the whole H×W to 1×1': '把整个 H×W 池化为 1×1',
  'adaptive pooling to this [H, W]': '自适应池化到这个 [H, W]',
  'local response normalization over `size` neighbouring channels; no parameters':
    '在相邻的 `size` 个通道上做局部响应归一化；没有参数',
  'neighbouring channels summed over': '求和的相邻通道数',
  'scale α (changes no count)': '缩放系数 α（不影响任何计数）',
  'exponent β (changes no count)': '指数 β（不影响任何计数）',
  'additive constant k (changes no count)': '加性常数 k（不影响任何计数）',
  'batch normalization: learnable γ and β per channel, running mean and variance as buffers':
    '批量归一化：每个通道有可学习的 γ 和 β，滑动均值和方差作为缓冲区',
  'ε added to the variance (changes no count)': '加到方差上的 ε（不影响任何计数）',
  'max(0, x) per element; runs in place': '逐元素计算 max(0, x)；原地运行',
  'max(0, x) + a·min(0, x) with a learned slope a, shared or one per channel':
    'max(0, x) + a·min(0, x)，斜率 a 可学习，所有通道共享或每个通道一个',
  'one learned slope per channel instead of one shared': '每个通道学习一个斜率，而非共享一个',
  'tanh(x) per element; runs in place': '逐元素计算 tanh(x)；原地运行',
  '1 / (1 + e^−x) per element; runs in place': '逐元素计算 1 / (1 + e^−x)；原地运行',
  'exp(x_i) / Σ exp(x_j) over the features; a new tensor':
    '在所有特征上计算 exp(x_i) / Σ exp(x_j)；产生新的张量',
  'zeroes each unit with probability `p` while training; the identity at inference':
    '训练时以概率 `p` 把每个单元置零；推理时原样输出',
  'probability of dropping a unit, in [0, 1)': '丢弃一个单元的概率，取值 [0, 1)',
  'C×H×W to a flat vector [C·H·W] for an fc layer (a view: no new values)':
    '把 C×H×W 展平为向量 [C·H·W]，供全连接层使用（视图：不产生新值）',
  'fully connected: `out` features, each a weighted sum of every input feature':
    '全连接：`out` 个特征，每个都是全部输入特征的加权和',
  'output features': '输出特征数',
  'learnable per-feature bias': '每个输出特征一个可学习的偏置',
  'adds zero rows/columns ([top, bottom, left, right]; negative crops) or zero channels':
    '补零行/列（[上, 下, 左, 右]；负数表示裁剪）或补零通道',
  'zeros added [top, bottom, left, right]; a negative entry crops':
    '补零数 [上, 下, 左, 右]；负数表示裁剪',
  'zero channels added [before, after]': '补零通道数 [前, 后]',
  'passes its input on unchanged (a view: no new values)': '原样传递输入（视图：不产生新值）',
  'multiplies each channel of a C×H×W map by a per-channel gate (C×1×1 or [C]); two inputs':
    '把 C×H×W 特征图的每个通道乘以逐通道的门控值（C×1×1 或 [C]）；两个输入',
  'joins one or more inputs along channels; spatial sizes must agree':
    '沿通道拼接一个或多个输入；空间尺寸必须一致',
  'element-wise sum of two or more equal shapes': '两个或更多同形状输入的逐元素求和',
  'element-wise mean of two or more equal shapes': '两个或更多同形状输入的逐元素平均',
  'a sequence or small graph of children; each reads the previous one unless it has "from"':
    '子节点组成的序列或小图；除非写了 "from"，每个子节点读取前一个',
  'what the module is (stage, inception, residual, …)':
    '模块的种类（stage、inception、residual……）',
  'how many inputs the block takes; children read them as in0, in1, …':
    '该 block 的输入个数；子节点以 in0、in1……读取它们',
  'the child whose output is the block output (default: the last)':
    '其输出作为 block 输出的子节点（默认最后一个）',
  'the children, in order': '按顺序排列的子节点',
  'free-form facts about the module': '关于该模块的自由格式信息',
  'branches that all read the block input and end in one merge (concat, add or mean)':
    '都读取 block 输入、并以一个合并（concat、add 或 mean）结束的分支',
  'what the module is (inception, residual, fire, …)': '模块的种类（inception、residual、fire……）',
  'branches, each reading the block input': '分支，每个都读取 block 输入',
  'the merge ending the block: concat, add or mean': '结束该 block 的合并：concat、add 或 mean',
  'count copies of body, named <name>1, <name>2, …, each reading the previous one':
    'body 的 count 个副本，命名为 <name>1、<name>2……，每个读取前一个',
  'what the module is (stage, …)': '模块的种类（stage……）',
  'number of copies of the body': 'body 的副本个数',
  'the repeated node; copies are named <name>1, <name>2, …':
    '被重复的节点；副本命名为 <name>1、<name>2……',
  'a layer: a leaf op or a block, parallel or repeat':
    '一个层：叶节点运算，或 block、parallel、repeat',
  'the merge that ends a parallel block': '结束 parallel 块的合并',
};
