/** Chinese of the texts of src/catalog/accuracy.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const accuracy: CatalogTexts = {
  'ImageNet (ILSVRC-2012 val) top-1 accuracy of the torchvision / timm reference weights, one centre crop at the network’s own input size':
    'ImageNet（ILSVRC-2012 验证集）上 torchvision / timm 参考权重的 top-1 准确率，在网络自身的输入尺寸上取 1 个中心裁剪',
};
