/**
 * The words of the engine's working-out in Chinese: one phrase per code of
 * src/engine/arith-words.ts, typed by the English table, so a code without Chinese fails the
 * type-check. Notation (C, H×W, ⌈N / S⌉, r_in, j_in) and the values (expressions in numbers,
 * ×-sizes) are quoted as they are; the words around them are Chinese, with full-width brackets.
 */
import type * as en from '../en/arith';

export const arithWords: typeof en.arithWords = {
  'bn-affine': () => '2·C（γ 和 β）',
  'bn-running': () => '2·C（滑动均值和方差，不参与学习）',
  'pool-no-params': () => '池化层没有参数',
  'lrn-no-params': () => '局部响应归一化没有可学习的参数',
  'global-pool': () => '全局池化：整个 H×W 变为 1×1',
  'adaptive-pool': () => '自适应池化：输出大小固定',
  'adaptive-window': (m) => `${m.from} → ${m.to}（窗口 ${m.window}）`,
  'prelu-per-channel': () => 'C（每个通道一个斜率）',
  'prelu-shared': () => '1（所有通道共享一个斜率）',
  'pad-channels': () => 'C + 前补零通道 + 后补零通道',
  'pad-height': () => 'H + 上填充 + 下填充',
  'pad-width': () => 'W + 左填充 + 右填充',
  'tf-same': () => 'TF "same" 填充：输出 = ⌈N / S⌉，填充 = (输出 − 1)·S + K − N',
  'tf-same-pads': (m) => `上/下 ${m.top}+${m.bottom}，左/右 ${m.left}+${m.right}`,
  'last-window-dropped': (m) => `${m.expression} − 1（最后一个窗口会从填充区开始）`,
  'on-axis': (m) => `${m.formula}（${m.axis === 'height' ? '高度' : '宽度'}）`,
};
