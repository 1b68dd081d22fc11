/** Chinese of the texts of src/catalog/depth-notes.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const depthNotes: CatalogTexts = {
  'The paper counts its subsampling layers S2 and S4 too (each has a trainable coefficient and bias per map): C1, S2, C3, S4, C5, F6 and the output. Conv and fc layers alone: 3 + 2 = 5.':
    '论文把下采样层 S2 和 S4 也算在内（每个特征图各有一个可训练的系数和偏置）：C1、S2、C3、S4、C5、F6 和输出层。只算卷积层和全连接层：3 + 2 = 5。',
  'WRN-d-k has N = (d − 4)/6 blocks per group: 6N = 24 block convs plus 4. The longest conv + fc path is the first conv, the 24 block convs and the fc: 26 (the 1×1 projection shortcuts are not on it).':
    'WRN-d-k 每组有 N = (d − 4)/6 个块：6N = 24 个块内卷积，再加 4。最长的卷积 + 全连接路径是第一个卷积、24 个块内卷积和全连接层：26（1×1 投影捷径不在这条路径上）。',
  'WRN-d-k has N = (d − 4)/6 blocks per group: 6N = 36 block convs plus 4. The longest conv + fc path is the first conv, the 36 block convs and the fc: 38.':
    'WRN-d-k 每组有 N = (d − 4)/6 个块：6N = 36 个块内卷积，再加 4。最长的卷积 + 全连接路径是第一个卷积、36 个块内卷积和全连接层：38。',
  'The configuration of Table 1 (6, 12, 64, 48 dense layers of two convs each) gives 2 × 130 + 1 (first conv) + 3 (transitions) + 1 (fc) = 265, one more than the name; the same sum gives 121, 169 and 201 for the other three.':
    '表 1 的配置（6、12、64、48 个密集层，每层两个卷积）给出 2 × 130 + 1（第一个卷积）+ 3（过渡层）+ 1（全连接）= 265，比名字多一层；同样的算法对另外三个给出 121、169 和 201。',
  'The paper counts the conv layers of the deepest column, 2^(C−1) × B = 4 × 5 = 20; the engine adds the final fc layer: 21.':
    '论文计的是最深一列的卷积层，2^(C−1) × B = 4 × 5 = 20；引擎再加上最后的全连接层：21。',
};
