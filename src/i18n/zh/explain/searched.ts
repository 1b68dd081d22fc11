/** Strings of the FractalNet, stochastic-depth and NAS walk-throughs (Simplified Chinese). */
import type * as en from '../../en/explain/searched';

export const fractal: typeof en.fractal = {
  lead: 'Larsson 等，2016：FractalNet 不用捷径连接，而是反复应用同一条扩展规则。卷积单元为 3×3 卷积 → BN → ReLU；join 取逐元素平均。块来自模型目录中的 fractalBlock。',
  labels: {
    C: '列数 C（采样网络）',
    channels: '通道数',
    drop: '局部丢弃概率 %',
    global: '全局 drop-path（0 / 1）',
    seed: '随机种子',
  },
  steps: {
    rule: '扩展规则',
    c: (C: number) => `C = ${C}`,
    sample: '一个采样得到的 drop-path 网络',
  },
  rule: 'f₁(z) = conv(z),  f_{C+1}(z) = join( f_C(f_C(z)), conv(z) )',
  ruleNote:
    '每次扩展都把前一个分形的两个副本串接起来，旁边并列一个单独的卷积，最后再 join 到一起。从左数第 j 列有 2^(j−1) 个卷积单元。',
  counts: (convs: number, depth: number, joins: number) =>
    `${convs} 个卷积单元，最长的一列深 ${depth} 层，${joins} 个 join 层。`,
  params: '参数量',
  local: (p: number) =>
    `局部 drop-path：每个 join 以 ${p} % 的概率丢弃它的每个输入，但至少保留一个。`,
  global: (c: number) => `全局 drop-path：从头到尾只保留一整列（第 ${c} 列）。`,
  active: (a: number, n: number) => `本次采样中，${n} 个卷积单元里有 ${a} 个参与计算。`,
  resample: '换一个随机种子，可以得到另一次采样。',
  drawing: (C: number, convs: number, joins: number) =>
    `${C} 列的分形块：${convs} 个卷积单元，${joins} 个 join 层`,
  table: {
    caption: (C: number) => `${C} 列分形块的卷积单元（深度按卷积单元从上往下数）`,
    unit: '卷积单元',
    column: '列',
    depth: '深度',
    input: '输入',
    blockInput: '块的输入',
    computes: '采样',
    on: '计算',
    off: '丢弃',
  },
};

export const stochasticDepth: typeof en.stochasticDepth = {
  lead: 'Huang 等，2016：训练深层 ResNet 时每次只用其残差块的一个随机子集，测试时全部使用。网络是模型目录中的 CIFAR ResNet，各块带有存活概率。',
  labels: { depth: '深度（6n+2）', pL: '最后一块的存活概率 p_L %', seed: '随机种子' },
  steps: {
    net: '网络',
    rule: '存活概率',
    sample: '一个采样得到的训练网络',
    expected: '期望深度',
  },
  net: (depth: number, blocks: number) =>
    `CIFAR 版 ResNet-${depth}：${blocks} 个残差块，每块含两个 3×3 卷积。测试时所有块都参与计算，残差分支乘以各自的存活概率。`,
  params: '参数量',
  macs: '测试时的乘加运算',
  rule: '第 l 块在一个小批量中存活的概率为 p_l = 1 − (l/L)(1 − p_L)：靠前的块几乎总是存活，最后一块的存活概率为 p_L。',
  first: (p: string) => `p_1 = ${p}`,
  last: (L: number, p: string) => `p_${L} = ${p}`,
  stripLabel: '每个块的存活概率',
  sample: '被丢弃的块通过捷径连接把输入原样传下去（灰色）。',
  sampled: (a: number, n: number) => `在这个小批量中，${n} 个块里有 ${a} 个参与计算。`,
  expected: '参与计算的块数的期望，Σ p_l：',
  closed: (v: string) => `模型目录中的闭式解 L − (1 − p_L)(L + 1)/2 给出 ${v}。`,
  convs: (stem: number, e: string) =>
    `训练时平均约有 ${stem} + 2 · ${e} 个卷积层深，而测试时为完整深度。`,
  blockLabel: (l: number, p: string, on: boolean) =>
    `第 ${l} 块：p = ${p}${on ? '' : '（已丢弃）'}`,
};

export const nas: typeof en.nas = {
  lead: 'Zoph & Le 2017，Zoph 等 2018：控制器网络逐个 token 地写出子网络的描述；子网络经过训练，其准确率就是控制器的奖励。这里的 token 按随机种子均匀抽取——相当于未经训练的控制器的策略；不模拟训练和奖励。',
  labels: { layers: '采样的层数', seed: '随机种子' },
  steps: {
    loop: '搜索循环',
    tokens: '一段采样得到的描述',
    decoded: '解码出的网络',
    normal: 'NASNet：普通单元',
    reduction: 'NASNet：缩减单元',
  },
  loop: [
    '控制器（一个 RNN）采样一段描述：每次一个 token。',
    '把描述解码成一个网络。',
    '训练这个网络；它在验证集上的准确率就是奖励。',
    '更新控制器，让好的描述更可能被采样到（策略梯度）；重复。',
  ],
  space:
    '搜索空间（Zoph & Le 2017 §4.1）：卷积核的高和宽取自 {1, 3, 5, 7}，卷积核数取自 {24, 36, 48, 64}，步长 1。',
  table: {
    layer: '层',
    height: '高',
    width: '宽',
    filters: '卷积核数',
    out: '输出',
    params: '参数量',
  },
  decoded:
    '每一层变成一个“same”填充的卷积加一个 ReLU；最后接全局平均池化和 10 类分类器，构成 CIFAR-10 网络。',
  total: '参数量',
  macs: '乘加运算',
  cells:
    'NASNet 搜索的是一个单元而不是整个网络，再把单元堆叠起来。取自模型目录中的 NASNet-A Mobile：',
  normal: '普通单元保持高和宽不变。',
  reduction: '缩减单元把高和宽减半。',
  cellIO: (ins: string, out: string) => `输入 h_i 和 h_{i−1}：${ins} → 输出 ${out}。`,
  blocks: '它的五个块，每块加入两个运算：',
};
