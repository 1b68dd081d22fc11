/** The notation's layer words for completion, each with what it means (Simplified Chinese; the words stay as typed). */
import type * as en from '../en/notation';

export const NOTATION_WORDS: typeof en.NOTATION_WORDS = [
  { word: 'input 3x224x224', detail: '输入 C×H×W（仅限第一项）' },
  { word: 'conv3-64', detail: '3×3 卷积，64 个卷积核，步长 1，填充 1，后接 ReLU' },
  { word: 'conv1-64', detail: '1×1 卷积，64 个卷积核，后接 ReLU' },
  { word: 'conv7-64/s2', detail: '7×7 卷积，步长 2，填充 3' },
  { word: 'conv3-64/bn', detail: '3×3 卷积后接批量归一化，再接 ReLU' },
  { word: 'maxpool', detail: '2×2 最大池化，步长 2' },
  { word: 'maxpool3/s2', detail: '3×3 最大池化，步长 2' },
  { word: 'avgpool', detail: '2×2 平均池化，步长 2' },
  { word: 'avgpool/global', detail: '全局平均池化到 1×1' },
  { word: 'fc-4096', detail: '全连接，4096 个输出，后接 ReLU（最后一层除外）' },
  { word: 'dropout', detail: 'dropout，p = 0.5' },
  { word: 'lrn', detail: '局部响应归一化，5 个通道' },
  { word: 'bn', detail: '批量归一化' },
  { word: 'relu', detail: 'ReLU' },
  { word: 'softmax', detail: 'softmax' },
  { word: 'flatten', detail: '展平（fc 之前自动添加）' },
  { word: '/linear', detail: '此 conv 或 fc 之后不接 ReLU' },
  { word: '/nobias', detail: '无偏置' },
  { word: '×2', detail: '重复该层' },
];
