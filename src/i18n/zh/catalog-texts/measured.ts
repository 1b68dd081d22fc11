/** Chinese of the texts of src/catalog/measured.ts, keyed by the English. */
import type { CatalogTexts } from '../../catalog-texts';

export const measured: CatalogTexts = {
  'one NVIDIA H200 (700 W limit), PyTorch 2.11.0+cu130, torchvision 0.26, timm 1.0.29; measured 2026-11-28':
    '一块 NVIDIA H200（功耗上限 700 W），PyTorch 2.11.0+cu130，torchvision 0.26，timm 1.0.29；测量于 2026-11-28',
};
