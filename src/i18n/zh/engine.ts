/**
 * The engine's messages in Chinese: one sentence per code of src/engine/messages.ts, with the
 * sub-tables (what a field must be, why a knob value is refused, which count) typed by the
 * English ones, so a code without Chinese fails the type-check. Values (numbers, ×-shapes, names,
 * previews of what the user wrote) are quoted as they are; numbers keep the English grouping.
 */
import { fmt } from '../../engine/format';
import { say } from '../../engine/message';
import type { COUNT_WORDS, KNOB_WORDS, WANT_WORDS } from '../../engine/messages';
import type * as en from '../en/engine';

const WANT: typeof WANT_WORDS = {
  'positive-int': () => '正整数',
  'non-negative-int': () => '非负整数',
  int: () => '整数',
  number: () => '数字',
  prob: () => '[0, 1) 内的概率',
  bool: () => 'true 或 false',
  string: () => '字符串',
  object: () => '对象',
  'one-of': (m) => m.values.map((s) => `"${s}"`).join(' 或 '),
  'at-most': (m) => `不超过 ${fmt(m.max)}`,
  'at-most-chars': (m) => `不超过 ${fmt(m.max)} 个字符`,
  'at-least': (m) => `不小于 ${fmt(m.min)}`,
  positive: () => '正数',
  'non-negative': () => '非负数',
  'all-positive': () => '全为正数',
  pair: () => '一个数或 [h, w]',
  'pair-padding': () => '一个数、[h, w]、"same" 或 "valid"',
  'pair-kernel': () => '一个数、[h, w] 或 "full"',
  shape: () => '[C, H, W] 或 [N]',
  chw: () => '[C, H, W]',
  quad: () => '四个整数的列表（上、下、左、右）',
  duo: () => '两个整数的列表（前、后）',
  names: () => '名称列表',
  meta: () => '值为字符串、数字或布尔值的对象',
  node: () => '一个层（对象）',
  nodes: () => '层的列表',
};

const KNOB: typeof KNOB_WORDS = {
  decimal: () => '必须用十进制数字书写（如 16 或 0.5）',
  number: () => '必须是数字',
  whole: () => '必须是整数',
  'at-least': (m) => `必须不小于 ${m.min}`,
  'at-most': (m) => `必须不超过 ${m.max}`,
  bool: () => '必须是 true 或 false',
  'one-of': (m) => `必须是 ${m.values.join('、')} 之一`,
};

const COUNT: typeof COUNT_WORDS = {
  input: () => '输入大小',
  output: () => '输出大小',
  params: () => '参数量',
  buffers: () => '缓冲区大小',
  macs: () => 'MACs',
  elementwise: () => '逐元素运算次数',
  rf: () => '感受野',
  activations: () => '激活值',
  storedValues: () => '保存值',
};

const axis = (a: 'height' | 'width') => (a === 'height' ? '高' : '宽');
const block = (b: 'basic' | 'bottleneck') => (b === 'basic' ? '基本块' : '瓶颈块');
/** `text` after a Chinese word: a space first when it begins with Latin, a digit or notation. */
const after = (text: string) => (/^[\u3400-\u9fff]/.test(text) ? text : ` ${text}`);
/** "2^53 − 1 = 9,007,199,254,740,991" and what it means. */
const exact = (max: number) => `2^53 − 1 = ${fmt(max)}（能精确计算的最大计数）`;

export const engineWords: typeof en.engineWords = {
  'spec-not-object': (m) => `网络描述必须是带 "root" 块的对象，当前为 ${m.got}`,
  'spec-missing-root': () => '网络描述缺少字段 "root"',
  'root-not-block': (m) => `根节点必须是 block，当前为 ${m.got}`,
  'layer-not-object': (m) => `层必须是对象，当前为 ${m.got}`,
  'unknown-field': (m) =>
    m.close !== undefined
      ? `未知字段 ${m.field}——是否想写 "${m.close}"？`
      : `未知字段 ${m.field}；${m.op === undefined ? '网络描述' : `${m.op} `}的字段有 ${m.fields.join(', ')}`,
  'unknown-op': (m) =>
    m.close !== undefined
      ? `未知运算 ${m.op}——是否想写 "${m.close}"？`
      : m.ops
        ? `未知运算 ${m.op}；已知运算：${m.ops.join(', ')}`
        : `未知运算 ${m.op}`,
  'missing-op': () => '缺少字段 "op"',
  'missing-field': (m) => `${m.op} 缺少字段 "${m.field}"`,
  'needs-list': (m) => `${m.op} 需要 "${m.field}"（层的列表）`,
  'pool-window': (m) => `${m.op} 缺少字段 "kernel"（或 "global": true，或自适应池化的 "output"）`,
  'value-type': (m) => `${m.field} 必须是${after(say(WANT, m.want))}，当前为 ${m.got}`,
  'field-value': (m) => `${m.op}.${m.field} 必须是${after(say(WANT, m.want))}，当前为 ${m.got}`,
  'bad-name': (m) => `名称 ${m.name} 不能为空，也不能含 "/"`,
  'duplicate-name': (m) => `名称 "${m.name}" 在本块中用了两次`,
  'unknown-source': (m) => `读取 ${m.name}，但它既不是本块的输入，也不是块内前面的层`,
  'unknown-output': (m) => `输出 ${m.name} 不是本块中的层`,
  'no-branches': () => 'parallel 至少需要一个分支',
  'branch-from': () => '分支读取 parallel 块的输入；"from" 只用于块内的层',
  'merge-op': (m) => `parallel 块必须以 concat、add 或 mean 结尾，而不是 ${m.op}`,
  'repeat-from': () => '重复体读取上一份副本；不允许在其上写 "from"',
  'too-many-nodes': (m) => `网络在此处展开后超过 ${fmt(m.max)} 个层和模块（重复按展开计）`,
  'too-deep': (m) => `块在此处嵌套超过 ${m.max} 层`,

  'empty-network': () => '网络没有任何层',
  'input-first': () => '网络必须以输入层开头',
  'input-not-first': () => '输入层只能是网络的第一层',
  'input-positive': (m) => `输入尺寸必须是正整数，当前为 ${m.shape}`,
  'input-too-large': (m) => `输入尺寸不能超过 ${fmt(m.max)}，当前为 ${m.shape}`,
  arity: (m) => {
    const want =
      m.min === m.max
        ? `${m.min} 个`
        : m.max === null
          ? `至少 ${m.min} 个`
          : `${m.min} 到 ${m.max} 个`;
    return `${m.op} 读取${after(want)}输入，实际为 ${m.got} 个`;
  },
  'block-arity': (m) => `块读取 ${m.expected} 个输入，实际为 ${m.got} 个`,
  'parallel-arity': (m) => `parallel 的分支读取 1 个输入，实际为 ${m.got} 个`,
  'repeat-arity': (m) => `repeat 读取 1 个输入，实际为 ${m.got} 个`,
  'nothing-to-read': () => '没有可读取的输入：本块没有输入',
  'empty-block': () => '空块需要一个输入才能直接传递',
  'output-below-one': (m) => `输出 ${m.shape} 有小于 1 的尺寸`,
  'output-too-large': (m) => `输出 ${m.shape} 有一边超过 ${fmt(m.max)}`,
  'count-too-large': (m) => `${say(COUNT, { code: m.what })} = ${m.value}，超过 ${exact(m.max)}`,
  'total-too-large': (m) => `总${say(COUNT, { code: m.what })}在此处超过 ${exact(m.max)}`,
  'kernel-larger': (m) => {
    const what = `${m.window === 'kernel' ? '卷积核' : '池化窗口'}${axis(m.axis)}`;
    const size =
      m.dilation === 1
        ? `${what} ${m.size}`
        : `膨胀后的${what} ${m.effective}（${m.size}，膨胀率 ${m.dilation}）`;
    // A space between the size's digits and 大于; none after a closing （…）.
    return `${size}${m.dilation === 1 ? ' ' : ''}大于填充后的输入 ${m.padded}（${m.input} + ${m.padding} 填充）`;
  },
  'pool-padding': (m) =>
    `池化填充 ${m.padding} 超过窗口${axis(m.axis)} ${m.window} 的一半；会有窗口只含填充`,
  'groups-divide': (m) => `分组数 ${m.groups} 必须能整除输入通道数 ${m.cin} 和输出通道数 ${m.cout}`,
  'concat-spatial': (m) => `concat 需要相同的空间尺寸，当前为 ${m.shapes.join(' 与 ')}`,
  'merge-shapes': (m) => `${m.op} 需要相同的形状，当前为 ${m.shapes.join(' 与 ')}`,
  'flat-input': (m) => `${m.op} 需要展平的输入 [N]，当前为 ${m.shape}；请在它前面加 flatten 层`,
  'spatial-input': (m) =>
    `${m.op} 需要 C×H×W 输入，当前为展平的向量 ${m.shape}；请去掉它前面的 flatten`,
  'scale-shapes': (m) =>
    `scale 用 ${m.channels}×1×1 的逐通道门控值乘以 ${m.shape}，门控值当前为 ${m.gate}`,

  'unknown-model': (m) => `未知模型 "${m.id}"；用 --list 查看目录`,
  'no-saved': (m) => `此浏览器中没有已保存的网络 "${m.id}"`,
  'bad-share': (m) => m.why,
  internal: (m) => m.text,
  'no-knob': (m) => `${m.family} 没有架构参数 "${m.key}"；它的架构参数有 ${m.knobs.join(', ')}`,
  'knob-value': (m) =>
    `架构参数 ${m.key} ${say(KNOB, m.why)}${m.got === undefined ? '' : `，当前为 "${m.got}"`}`,
  'nasnet-penultimate': (m) =>
    `NASNet-A 倒数第二层的卷积核数 P 必须是 24 的倍数（P = 24·F，F 为第一个堆叠中每个运算的卷积核数），当前为 ${m.p}`,
  'nasnet-filters': (m) =>
    `NASNet-A 的卷积核数 F = P/24 = ${m.f} 必须是 4 的倍数（P 为 96 的倍数）：stem 单元用 F/4 和 F/2 个卷积核，分解降维把 F/2 分成相等的两半`,
  'senet-width-basic': (m) =>
    `瓶颈宽度 d 只用于瓶颈块（深度 ≥ 50），当前 d = ${m.d}，深度 ${m.depth}`,
  'senet-shape-basic': (m) => `SENet-154 的瓶颈形状需要瓶颈块（深度 ≥ 50），当前深度 ${m.depth}`,
  'senet-cardinality': (m) =>
    `基数必须能整除 64（最窄的基本块），才能对其 3×3 卷积分组，当前为 ${m.c}`,
  'senet154-groups': (m) =>
    `SENet-154 瓶颈中第一个 1×1 的宽度是分组宽度的一半（${m.width}/2），且必须能分成 ${m.c} 组：每组宽度 d 请用偶数，当前 d = ${m.d}`,
  'senet-reduction': (m) =>
    `SE 缩减比 r 不能超过 ${m.min}（最窄的块有 ${m.min} 个通道，隐藏单元数 ⌊${m.min}/r⌋ 必须 ≥ 1），当前为 ${m.r}`,
  'se-reduction': (m) => `缩减比 r = ${m.r} 使隐藏单元数 ⌊${m.c}/${m.r}⌋ = 0；r 不能超过 C`,
  'wrn-depth': (m) => `深度必须是 6N+4（10、16、22、28、34、40……），当前为 ${m.depth}`,
  'squeeze-ratio': (m) =>
    `挤压比 SR = ${m.sr} 使 ${m.fire} 的挤压层有 SR·e = ${m.sr}·${m.e} = ${m.s} 个卷积核；SR·128 必须是 ≥ 1 的整数（如 0.125、0.25、0.5、0.75、1）`,
  'squeeze-pct': (m) =>
    `3×3 占比 pct = ${m.pct} 使 ${m.fire} 的 ${m.e} 个扩展卷积核中有 ${m.pct}·${m.e} = ${m.e3} 个为 3×3；pct·128 必须是整数，且 1×1 和 3×3 卷积核至少各一个（如 0.125 … 0.875）`,
  'resnet-option-a': (m) =>
    `零填充（方案 A）捷径连接不能减少通道数（${m.cin} → ${m.cout}）；请用方案 B`,
  'resnet-width-basic': (m) =>
    `宽度因子 k 只用于瓶颈块（torchvision 的 BasicBlock 只支持基础宽度 64），当前 k = ${m.k}，为基本块`,
  'cifar-depth': (m) =>
    `${block(m.block)}的深度必须是 ${m.per}n+2（${m.examples.join('、')}……），当前为 ${m.depth}`,
  'densenet-depth-layout': () =>
    '深度 L 设定三个相同的稠密块，只用于 CIFAR 布局；ImageNet 布局请选择块配置或自定义块大小',
  'densenet-depth': (m) =>
    `DenseNet 深度 L 必须满足 L = ${m.per}n + 4，n ≥ 1（${m.bottleneck ? '带瓶颈层' : '不带瓶颈层'}，n = (L − 4)/${m.per} 为每块层数）；当前 L = ${m.depth}，得 n = ${m.n}。最近的有效值：${m.low} 或 ${m.high}`,
  'densenet-no-blocks': () => 'DenseNet 至少需要一个稠密块：第 1 块的层数必须至少为 1',
  'densenet-zero-end': (m) =>
    `块大小为 0 表示稠密块列表到此结束，其后的块也必须为 0；当前为 ${m.sizes.join(', ')}`,
  'densenet-theta': (m) => `压缩因子 θ 必须在 (0, 1] 内，当前为 ${m.theta}`,
  'densenet-theta-empty': (m) =>
    `压缩因子 θ = ${m.theta} 使第 ${m.block} 个稠密块后只剩 ⌊${m.c}·${m.theta}⌋ = 0 个通道；请增大 θ 或增长率`,
};
