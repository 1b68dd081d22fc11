/** Chinese of the texts of src/catalog/knobs.ts (shared knobs), keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const knobs: CatalogTexts = {
  Classes: '类别数',
  'Outputs of fc8 (1000 ImageNet classes).': 'fc8 的输出数（1000 个 ImageNet 类别）。',
  'Outputs of the final fully connected layer.': '最后一个全连接层的输出数。',
  'Outputs of the last fully connected layer (Google’s released checkpoints have 1001: a background class).':
    '最后一个全连接层的输出数（Google 发布的检查点有 1001 个：多一个背景类）。',
};
