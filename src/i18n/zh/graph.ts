/** The words of the diagram's boxes in Chinese: one per function of src/layout/graph/words.ts. */
import type * as en from '../en/graph';

/**
 * The module kinds of src/engine/types.ts `ModuleKind` in the lecture's terms (GLOSSARY.md);
 * `stem` and `mlpconv` stay as written, as the catalog texts keep them; a kind not listed (a
 * user's own) is shown as written.
 */
const KINDS: Readonly<Record<string, string>> = {
  network: '网络',
  stem: 'stem',
  stage: '阶段',
  head: '头部',
  features: '特征提取',
  classifier: '分类器',
  inception: 'Inception 模块',
  residual: '残差块',
  bottleneck: '瓶颈块',
  shortcut: '捷径',
  'dense-block': '密集块',
  'dense-layer': '密集层',
  transition: '过渡层',
  fire: 'Fire 模块',
  se: 'SE 模块',
  mlpconv: 'mlpconv',
  fractal: '分形块',
  'normal-cell': '普通单元',
  'reduction-cell': '缩减单元',
  'cell-block': '单元块',
  separable: '可分离卷积',
  'aux-classifier': '辅助分类器',
  branch: '分支',
  // Kinds the catalog uses beyond the named union (FractalNet, NASNet, the shortcuts).
  'conv-unit': '卷积单元',
  'depthwise-separable': '深度可分离卷积',
  'factorized-reduction': '分解式缩减',
  identity: '恒等映射',
};

export const graphWords: typeof en.graphWords = {
  kind: (kind) => (Object.hasOwn(KINDS, kind) ? KINDS[kind] : kind),
  moduleDetail: (shape, kind, leaves) => `${shape} · ${kind} · ${leaves} 层`,
};
