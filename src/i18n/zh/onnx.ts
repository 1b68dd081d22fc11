/**
 * The ONNX importer's messages in Chinese: one sentence per code of src/import/onnx/messages.ts.
 * ONNX operator and attribute names (Conv, Gemm, auto_pad …), names from the file and ×-shapes
 * stay as written; a wrapped engine message is said with the Chinese engine words, its rule by
 * its Chinese name.
 */
import type { SpecRule } from '../../engine/errors';
import { say } from '../../engine/message';
import type { EngineMessage } from '../../engine/messages';
import { count, megabytes, type NodeRef, type RangeWhat } from '../../import/onnx/messages';
import type * as en from '../en/onnx';
import { engineWords } from './engine';
import { errors } from './errors';

/** An engine rule a node broke: its name, then the engine's sentence (as the model page says it). */
const broke = (m: { rule: SpecRule; engine: EngineMessage }): string =>
  errors.broke(errors.rules[m.rule] ?? m.rule, say(engineWords, m.engine));

/** A node: 节点“name”（Conv）, or 未命名的 Conv 节点. */
const label = (n: NodeRef): string =>
  n.node ? `节点“${n.node}”（${n.op}）` : `未命名的 ${n.op} 节点`;

const rangeWhat = (w: RangeWhat): string =>
  w.kind === 'tensor-dim'
    ? `张量“${w.tensor}”的第 ${w.index} 维`
    : w.kind === 'input-dim'
      ? `“${w.input}”的第 ${w.index} 维`
      : w.kind === 'attribute'
        ? `节点“${w.node}”的 ${w.attribute} 属性`
        : 'opset 版本号';

export const onnxReasons: typeof en.onnxReasons = {
  'weight-no-shape': (_) => '权重张量的形状未知',
  'conv-rank': (m) => `这是 ${m.rank}-D 卷积（只分析 2-D 卷积）`,
  'pool-rank': (_) => '只分析 2-D 池化',
  'gemm-weight': (_) => '权重不是已知形状的 2-D 张量',
  'gemm-trans-a': (_) => '这个 Gemm 作用于转置后的激活值',
  'matmul-form': (_) => '这个矩阵乘法不是“激活值 × 2-D 权重”的形式',
  'matmul-map': (m) => `这个矩阵乘法作用于 ${m.shape} 的特征图`,
  'constant-operand': (m) => `带常量操作数的 ${m.op} 不是 spec 格式中的层`,
  product: (m) => `两个 ${m.shape} 特征图的逐元素乘积没有对应的 spec 运算`,
  'concat-constants': (_) => '这个 concat 把激活值和常量拼接在一起',
  'concat-axis': (m) => `这个 concat 沿第 ${m.axis} 轴拼接（通道是第 1 轴）`,
  'flatten-axis': (m) => `这个 flatten 从第 ${m.axis} 轴开始（批量是第 0 轴）`,
  'reshape-target': (_) => '目标形状不是导入器能算出的常量',
  'reshape-cannot': (m) => `无法把 ${m.from} 变形为 ${m.to}`,
  'reshape-batch': (m) => `这个 reshape 会跨批量轴移动数值（${m.to}）`,
  'reshape-to': (m) => `变形为 ${m.to} 没有对应的 spec 运算`,
  squeeze: (m) => `这是对 ${m.shape} 特征图的 squeeze`,
  'mean-axes': (m) => `这是沿轴 [${m.axes}] 的平均（只分析沿 H 和 W 的平均）`,
  'pad-form': (_) => '这个填充不是作用于 4-D N×C×H×W、填充量为常量的形式',
  'pad-batch': (_) => '沿批量轴填充',
  domain: (m) => `不支持域“${m.domain}”中的算子 ${m.op}`,
  unsupported: (m) => `不支持算子 ${m.op}`,
};

export const onnxWords: typeof en.onnxWords = {
  'empty-file': (_) => '文件是空的',
  'too-big': (m) =>
    `文件大小为 ${megabytes(m.bytes)}，导入器最多读取 ${megabytes(m.max)} 的文件。` +
    '统计只需要形状：请不带权重导出（torch.onnx.export(..., export_params=False)），再导入那个文件。',
  unreadable: (m) => `浏览器无法读取这个文件（浏览器的说明：${m.error}）`,
  timeout: (m) => `导入耗时超过 ${m.seconds} 秒，已停止`,
  'worker-stopped': (m) =>
    m.error ? `导入的后台线程已停止（说明：${m.error}）` : '导入的后台线程已停止（没有说明）',
  unexpected: (m) => `导入器意外出错（说明：${m.error}）`,
  'not-onnx': (m) => `不是可读取的 ONNX 模型：protobuf 解码器中止了（说明：${m.error}）`,
  'no-graph': (_) =>
    '文件能按 protobuf 解码，但其中没有 ONNX 计算图（没有节点，也没有输入）：它是 .onnx 模型吗？',
  'too-many-nodes': (m) => `计算图有 ${count(m.nodes)} 个节点，导入器最多处理 ${count(m.max)} 个`,
  'out-of-range': (m) => `${rangeWhat(m.what)}超出范围（${m.value}）`,
  cycle: (m) => `计算图中有经过${label(m)}的环`,
  'input-no-shape': (m) => `文件没有给出输入“${m.input}”的张量形状；请指定输入尺寸`,
  'input-rank': (m) =>
    `输入“${m.input}”有 ${m.dims} 个维度；CNN Atlas 读取 N×C×H×W 图像（或 N×F 向量）`,
  'input-symbolic-channels': (m) => `输入“${m.input}”的通道数是符号量；请指定输入尺寸`,
  'input-zero': (m) => `输入“${m.input}”有为零的尺寸（${m.shape}）`,
  'no-activation-input': (_) => '没有哪个计算图输入承载激活值（所有输入都被当作权重使用）',
  'output-independent': (m) => `计算图输出“${m.output}”不依赖于输入“${m.input}”`,
  'no-output': (_) => '计算图没有输出',
  'no-shape': (m) => `内部错误：叶节点 ${m.leaf} 没有形状`,
  'node-broke': (m) => `${label(m)}：${broke(m)}`,
  'graph-broke': (m) => `计算图：${broke(m)}`,
  'symbolic-size': (m) =>
    `输入“${m.input}”的高/宽是符号量；按 ${m.shape} 分析（指定输入尺寸可以改变它）`,
  'input-as-constant': (m) =>
    `计算图输入“${m.input}”被当作常量读取：spec 格式只有一个输入（“${m.data}”）`,
  'weight-mismatch': (m) =>
    `权重是 ${m.weight}，但该层读取的是 ${m.reads}；统计按形状计算，而不是按权重`,
  'pass-through': (m) => `${say(onnxReasons, m.why)}；按直通层显示（不计入任何量，形状不变）`,
  'dilated-pool': (_) => '带膨胀的池化：窗口按未膨胀计算',
  'prelu-slopes': (_) => 'PRelu 有可学习的斜率，未计入参数量',
  'same-lower': (m) => `${label(m)}：SAME_LOWER 在上/左侧填充；形状和计数与 SAME_UPPER 相同`,
  'pad-mode': (m) => `${label(m)}：${m.mode} 填充的形状和计数与零填充相同`,
  'several-outputs': (m) => `计算图有 ${m.outputs} 个输出；网络只显示到第一个输出（“${m.first}”）`,
  'folded-bn': (m) =>
    `有 ${m.convs} 个卷积带着导出器折叠进去的批量归一化；每个都按训练时的模型显示为 conv（无偏置）+ 批量归一化`,
};
