/**
 * The notation parser's messages in Chinese: one sentence per code of src/notation/messages.ts.
 * Notation stays as written (conv3-64, /s<…>, ×2); what the user wrote is quoted with "…".
 */
import type { NotationPart } from '../../notation/messages';
import type * as en from '../en/notation-errors';

/** Each part a number or size of the notation belongs to. */
const PARTS: Record<NotationPart, string> = {
  'conv-window': '卷积窗口',
  'conv-channels': '卷积的通道数',
  stride: '步长',
  padding: '填充',
  dilation: '膨胀率',
  groups: '分组数',
  'pool-window': '池化窗口',
  'pool-output': '池化的输出尺寸',
  'fc-outputs': '全连接层的输出数',
  'lrn-size': '局部响应归一化的窗口大小',
  'input-size': '输入尺寸',
  'repeat-count': '重复次数',
};

const CHAIN_BREAKS = {
  from: '读取具名输入（from）',
  side: '是一条旁支',
  'training-only': '只在训练时存在',
};

const CHAINS_ONLY = '简记法只能描述链式网络';

export const notationErrors: typeof en.notationErrors = {
  'not-whole': (m) => `${PARTS[m.what]}必须是整数`,
  'out-of-range': (m) => `${PARTS[m.what]}必须在 ${m.min} 到 ${m.max} 之间`,
  'missing-size': (m) => `${PARTS[m.what]}缺少尺寸`,
  'size-form': (m) => `${PARTS[m.what]}应写成 n 或 h×w`,
  'conv-option': (m) =>
    `未知的 conv 选项“/${m.option}”（可用：/s<步长>、/p<填充>、/d<膨胀率>、/g<分组数>、/bn、/nobias、/relu 或 /linear）`,
  'conv-form': (_) => '卷积层写作 conv<窗口>-<通道数>，例如 conv3-64',
  'pool-option': (m) =>
    `未知的池化选项“/${m.option}”（可用：/s<步长>、/p<填充>、/ceil、/global 或 /out<尺寸>）`,
  'fc-option': (m) => `未知的 fc 选项“/${m.option}”（可用：/nobias、/relu 或 /linear）`,
  'fc-form': (_) => '全连接层写作 fc-<输出数>，例如 fc-4096',
  'no-options': (m) => `“${m.layer}”不带“/”选项`,
  'dropout-p': (_) => 'dropout 的概率必须是 0 到 1（不含 1）之间的数，例如 dropout-0.5',
  'unknown-layer': (m) =>
    `未知的层“${m.layer}”：应为 conv3-64、maxpool、fc-4096、dropout、lrn、relu、bn、softmax 或 flatten 这样的层`,
  'input-not-first': (_) => '输入只能是第一项',
  'input-form': (_) => '输入写作 C×H×W（例如 3×224×224）或 N',
  'repeat-max': (m) => `重复次数不能超过 ${m.max}`,
  unexpected: (m) =>
    `“${m.after}”后面出现了意外的“${m.word}”（重复写作 ×2，或在空格后写“ x2”；层与层之间用逗号分隔）`,
  'not-chain': (m) => `${CHAIN_BREAKS[m.why]}：${CHAINS_ONLY}`,
  parallel: (m) =>
    `是一个并行模块（${m.kind ?? '分支'}），有 ${m.branches} 条分支，由 ${m.merge} 合并：${CHAINS_ONLY}`,
  'several-inputs': (_) => `有多个输入：${CHAINS_ONLY}`,
  'not-last-output': (m) => `输出的是“${m.output}”而不是它的最后一层：${CHAINS_ONLY}`,
  'no-input': (_) => '网络必须以输入层开头',
  'full-window': (_) => '窗口为“full”的卷积无法用简记法书写',
  'pool-padding-mode': (m) => `填充为“${m.padding}”的池化无法用简记法书写`,
  'lrn-constants': (m) =>
    `α=${m.alpha}、β=${m.beta}、k=${m.k} 的局部响应归一化无法用简记法书写（简记法使用 α=1e-4、β=0.75、k=2）`,
  'bn-eps': (m) => `eps 为 ${m.eps} 的批量归一化无法用简记法书写`,
  'no-op-notation': (m) =>
    `${m.op} 层无法用简记法书写（简记法只写由 conv、pool、fc、dropout、lrn、bn、激活和 flatten 组成的链）`,
};
