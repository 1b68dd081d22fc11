/** Chinese of the texts of src/catalog/fractalnet.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const fractalnet: CatalogTexts = {
  'Depth without residuals: a single expansion rule, f_{C+1}(z) = join(f_C(f_C(z)), conv(z)), repeated C times gives a self-similar block whose columns have 1, 2, 4, … conv layers, so short and long paths coexist and their outputs are averaged at join layers. Training with drop-path — randomly dropping join inputs (local) or keeping a single column for a whole batch (global) — regularizes the network and makes every column a good network on its own: the deepest column alone performs about as well as the full fractal (CIFAR-10: 7.27 % vs 7.33 % error). The paper reads this as evidence that what residual networks gain is short paths for gradients during training, not the identity shortcut itself.':
    '不用残差也能做深：一条扩展规则 f_{C+1}(z) = join(f_C(f_C(z)), conv(z)) 重复 C 次，得到一个自相似的块，它的各列分别有 1、2、4、… 个卷积层，于是短路径和长路径并存，其输出在 join 层取平均。用 drop-path 训练——随机丢弃 join 的输入（局部），或在整个批次中只保留一列（全局）——既正则化了网络，也让每一列本身都成为好网络：单独最深的一列和完整分形网络表现相当（CIFAR-10：错误率 7.27 % 对 7.33 %）。论文认为这说明残差网络的收益来自训练时梯度的短路径，而不是恒等捷径本身。',
  "Parameter counts: the paper's Table 1 lists 38.6 M for the 20-layer and 22.9 M for the 40-layer CIFAR FractalNet; the documented widths (64, 128, 256, 512, 512, convs without bias, BN γ/β) give 33,724,618 (C = 3) and 76,106,634 (C = 4). The difference is unresolved (architectures.md §14).":
    '参数量：论文表 1 给出 20 层 CIFAR FractalNet 为 38.6 M、40 层为 22.9 M；按文档中的宽度（64、128、256、512、512，卷积不带偏置，计入 BN 的 γ/β）得到 33,724,618（C = 3）和 76,106,634（C = 4）。差异尚未查明（architectures.md §14）。',
  'Training-time behaviour, not drawn as layers: local drop-path (each join input dropped with probability 0.15, at least one kept), global drop-path for half the mini-batches (a single random column), and dropout 0, 0.1, 0.2, 0.3, 0.4 in blocks 1–5 (author generator). Each block carries these in its meta.':
    '训练时的行为，不作为层画出：局部 drop-path（每个 join 输入以 0.15 的概率丢弃，至少保留一个）、一半小批量用全局 drop-path（随机选一列），以及块 1–5 中 0、0.1、0.2、0.3、0.4 的 dropout（作者的生成器）。每个块在它的 meta 中记录这些设置。',
  "Joins are element-wise means. Joins meeting at the same depth are merged into one layer, as in the paper's Figure 1: with C = 3 the block joins 2 inputs at depth 2 and 3 inputs at depth 4.":
    'join 是逐元素平均。在同一深度汇合的 join 合并为一层，与论文 Figure 1 一致：C = 3 时，块在深度 2 处汇合 2 个输入，在深度 4 处汇合 3 个输入。',
  "C = 4 (the paper's 40-layer net) is the columns knob: 75 conv layers, 76,106,634 parameters (calc).":
    'C = 4（论文的 40 层网络）由列数选项设置：75 个卷积层，76,106,634 个参数（计算值）。',
  "not reproduced: the author generator's widths (64, 128, 256, 512, 512) give 33,724,618 for B = 5, C = 3, and no width table in the stored sources gives 38.6 M (architectures.md §14, unresolved)":
    '未能复现：作者生成器的宽度（64、128、256、512、512）在 B = 5、C = 3 时给出 33,724,618，已存资料中没有哪个宽度表能得到 38.6 M（architectures.md §14，未解决）',
  'trained without drop-path or dropout': '不用 drop-path 和 dropout 训练',
  'trained with drop-path and dropout': '用 drop-path 和 dropout 训练',
  'deepest column alone': '只用最深的一列',
  'Columns C': '列数 C',
  'Columns per block: 2^C − 1 conv units per block, 2^(C−1) deep (C = 3: 20 layers with 5 blocks; C = 4: 40).':
    '每个块的列数：每块 2^C − 1 个卷积单元，深 2^(C−1) 层（C = 3：5 个块共 20 层；C = 4：40 层）。',
  'Blocks B': '块数 B',
  'Fractal blocks, each followed by a 2×2 max pool: the input must be at least 2^B pixels (32 allows B ≤ 5).':
    '分形块的数量，每块之后接 2×2 最大池化：输入至少要有 2^B 像素（32 允许 B ≤ 5）。',
  'Outputs of the fully connected classifier (CIFAR-10: 10, CIFAR-100: 100).':
    '全连接分类器的输出数（CIFAR-10：10，CIFAR-100：100）。',
  'Training only: drop-path (local: each join input dropped with p = 0.15, at least one kept; global: half the batches keep a single column) and dropout in every block (meta).':
    '仅训练时：drop-path（局部：每个 join 输入以 p = 0.15 丢弃，至少保留一个；全局：一半批次只保留一列）以及每个块中的 dropout（见 meta）。',
  'FractalNet with a 100-way classifier': '带 100 类分类器的 FractalNet',
  FractalNet: 'FractalNet',
};
