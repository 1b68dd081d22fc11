/** Chinese of the texts of src/catalog/inception-demo.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const inceptionDemo: CatalogTexts = {
  'Let the network choose its filter size: apply 1×1, 3×3 and 5×5 convolutions and a 3×3 max pool to the same input in parallel and stack their outputs along depth. Done naively this is expensive: on a 28×28×256 input the three convs need 854 M multiplies, and because the pool branch keeps all 256 input channels, the output (28×28×672) is deeper than the input, so stacked modules grow without bound.':
    '让网络自己选择卷积核尺寸：对同一输入并行地做 1×1、3×3 和 5×5 卷积以及 3×3 最大池化，再把它们的输出在深度方向上拼接。直接这样做代价很高：在 28×28×256 的输入上，三个卷积需要 854 M 次乘法；而且池化分支保留了全部 256 个输入通道，输出（28×28×672）比输入更深，模块一层层堆叠时深度会无限增长。',
  'The lecture counts multiplies of the convs only (= MACs here); pooling and ReLU add none.':
    '课程只计算卷积的乘法（即这里的 MACs）；池化和 ReLU 不增加乘法。',
  'Put 1×1 "bottleneck" convolutions in front of the expensive 3×3 and 5×5 convs and after the pool: they cut the depth from 256 to 64 while keeping the 28×28 size, so the same branches cost 271 M multiplies instead of 854 M, and the pool projection keeps the output (28×28×480) from growing with every module. GoogLeNet stacks nine modules of this kind; its module 3b has the same input (28×28×256) and the same 1×1, 3×3, 5×5 and pool-projection widths, but reduces to 128 channels before the 3×3 conv and to 32 before the 5×5, not 64 and 64.':
    '在昂贵的 3×3 和 5×5 卷积之前、以及池化之后加入 1×1 “瓶颈” 卷积：它们在保持 28×28 尺寸的同时把深度从 256 降到 64，于是同样的分支只需 271 M 次乘法而不是 854 M，而池化投影使输出（28×28×480）不会随每个模块增长。GoogLeNet 堆叠了九个这样的模块；它的 3b 模块输入相同（28×28×256），1×1、3×3、5×5 和池化投影的宽度也相同，但在 3×3 卷积前降到 128 个通道、在 5×5 卷积前降到 32 个，而不是 64 和 64。',
  'The slide lists six terms, 12,845,056 (1×1, 64) + 12,845,056 (1×1, 64) + 25,690,112 (1×1, 128) + 86,704,128 (3×3, 192) + 120,422,400 (5×5, 96) + 12,845,056 (1×1, 64) = 271,351,808, but prints "Total: 358M ops". 358,055,936 is that sum plus the 3×3 term once more: the terms are right, the printed total is not. The engine reports 271,351,808; the bottleneck module costs 3.1× less than the naive one, not 2.4×.':
    '幻灯片列出六项：12,845,056（1×1，64）+ 12,845,056（1×1，64）+ 25,690,112（1×1，128）+ 86,704,128（3×3，192）+ 120,422,400（5×5，96）+ 12,845,056（1×1，64）= 271,351,808，却印着 “Total: 358M ops”。358,055,936 是这个和再加一次 3×3 项：各项没错，印出的总数错了。引擎给出 271,351,808；瓶颈模块比朴素模块省 3.1 倍，而不是 2.4 倍。',
  'the slide’s total does not match its own six terms: they sum to 271,351,808, and 358,055,936 is that sum with the 3×3 term (86,704,128) counted twice (architectures.md §1.2)':
    '幻灯片的总数与它自己的六项不符：六项之和为 271,351,808，而 358,055,936 是把 3×3 项（86,704,128）算了两次的和（architectures.md §1.2）',
  '1×1 bottlenecks': '1×1 瓶颈层',
  'Off: the naive module. On: 1×1 convs reduce the depth before the 3×3 and 5×5 convs and project the pooled maps.':
    '关：朴素模块。开：1×1 卷积在 3×3 和 5×5 卷积之前降低深度，并对池化后的特征图做投影。',
  'Input channels': '输入通道数',
  'Depth of the module’s input (the lecture: 256).': '模块输入的深度（课程中为 256）。',
  'Input size': '输入尺寸',
  'Height and width of the input maps (the lecture: 28).': '输入特征图的高和宽（课程中为 28）。',
  '1×1 filters': '1×1 卷积核数',
  'Filters of the 1×1 branch.': '1×1 分支的卷积核数。',
  '3×3 filters': '3×3 卷积核数',
  'Filters of the 3×3 branch.': '3×3 分支的卷积核数。',
  '5×5 filters': '5×5 卷积核数',
  'Filters of the 5×5 branch.': '5×5 分支的卷积核数。',
  '3×3 reduce': '3×3 降维',
  'Bottleneck only: 1×1 filters before the 3×3 conv.': '仅瓶颈版：3×3 卷积之前的 1×1 卷积核数。',
  '5×5 reduce': '5×5 降维',
  'Bottleneck only: 1×1 filters before the 5×5 conv.': '仅瓶颈版：5×5 卷积之前的 1×1 卷积核数。',
  'Pool projection': '池化投影',
  'Bottleneck only: 1×1 filters after the 3×3 max pool.':
    '仅瓶颈版：3×3 最大池化之后的 1×1 卷积核数。',
  'Inception module (lecture demo)': 'Inception 模块（课程演示）',
};
