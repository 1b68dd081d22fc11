import type * as en from '../en/errors';

/** A label before Chinese text: a space after a Latin letter or digit ("缩减比 r 必须"), as Chinese typesetting spaces Latin. */
const spaced = (label: string): string => (/[A-Za-z0-9)]$/.test(label) ? `${label} ` : label);

export const errors: typeof en.errors = {
  rules: {
    'unknown-op': '未知运算',
    'missing-field': '缺少必填字段',
    'wrong-type': '取值类型错误',
    'bad-name': '层名称不合法',
    'duplicate-name': '层名称重复',
    'unknown-input': '输入指向的层不存在',
    'input-first': '输入层必须在最前',
    'positive-size': '尺寸必须为正',
    'kernel-fits': '卷积核（窗口）必须不大于填充后的输入',
    'pool-padding': '池化填充不能超过窗口的一半',
    'groups-divide': '通道数必须能被分组数整除',
    'add-shapes': '相加的张量形状必须相同',
    'concat-spatial': '拼接的特征图 H×W 必须相同',
    'merge-arity': '输入个数不对',
    'flat-input': '需要展平后的向量输入',
    'spatial-input': '需要 C×H×W 输入',
    'scale-shapes': '门控必须与通道数一致',
    'output-positive': '输出尺寸小于 1',
    'unknown-model': '未知模型',
    'bad-knob': '架构参数取值无效',
    'unknown-field': '未知字段',
    'too-large': '超出引擎上限',
    'too-deep': '模块嵌套过深',
    'empty-network': '网络没有任何层',
  },
  field: {
    whole: (m) => `${spaced(m.field)}必须是整数，当前为“${m.text}”`,
    between: (m) => `${spaced(m.field)}必须在 ${m.min} 到 ${m.max} 之间，当前为 ${m.got}`,
  },
  broke: (rule, detail) => `${rule}——${detail}`,
};
