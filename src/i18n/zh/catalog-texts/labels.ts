/**
 * Chinese of the labels of spec nodes (diagram boxes, group headers, the layer table, the
 * inspector), keyed by the English label or its number pattern: the catalog's module and leaf
 * labels from every file, and the engine's op descriptions that hold words ("batch norm",
 * "input 3×224×224"). A label that is all notation ("conv 7×7, 64, /2", "sep 3×3 + identity")
 * has no entry and stays as written (`labelText` in ../../catalog-texts.ts; the choices are in
 * src/i18n/GLOSSARY.md, "Labels of layers and modules"). Notation inside a Chinese label keeps its
 * half-width commas ("conv 3×3, 64", a block's convs "1×1 64, 3×3 64, 1×1 256"); the commas
 * between the label's own parts are full-width ("密集块 1：6 层，64 → 256").
 */
import type { CatalogTexts } from '../../catalog-texts';

export const labels: CatalogTexts = {
  // The engine's op descriptions (src/engine/ops/*) that hold words.
  'input {0}×{1}×{2}': '输入 {0}×{1}×{2}',
  'batch norm': '批量归一化',
  'channel scale': '通道缩放',
  'zero-pad channels +{0}': '补零通道 +{0}',
  'zero-pad -{0},-{1}': '补零 -{0},-{1}',

  // LeNet-5
  'C{0}: conv {1}×{2}, {3} (all {4} inputs)': 'C{0}：conv {1}×{2}, {3}（连接全部 {4} 个输入）',
  'C{0}: conv {1}×{2}, {3} (fully connected to {4}×{5}×{6})':
    'C{0}：conv {1}×{2}, {3}（与 {4}×{5}×{6} 全连接）',
  'S{0}: subsample {1}×{2}/{3}': 'S{0}：下采样 {1}×{2}/{3}',
  'output: fc (the paper used RBF units)': '输出：fc（论文用的是 RBF 单元）',

  // AlexNet, VGG, NIN
  'Features (two GPU towers)': '特征提取（两路 GPU 并行）',
  'Classifier: fc {0}-{1}-classes': '分类器：fc {0}-{1}-类别数',
  'Stage {0}: {1}× conv {2}×{3}, {4}': '阶段 {0}：{1}× conv {2}×{3}, {4}',
  'Classifier: dropout {0}, conv {1}×{2} {3}, global avg pool':
    '分类器：dropout {0}，conv {1}×{2} {3}，global avg pool',
  'global average pool (replaces the fc layers)': '全局平均池化（取代全连接层）',

  // GoogLeNet and the Inception demo
  'Naive Inception module': '朴素 Inception 模块',
  'Inception module with {0}×{1} bottlenecks': '带 {0}×{1} 瓶颈层的 Inception 模块',
  'Inception {0}a: {1} channels': 'Inception {0}a：{1} 通道',
  'Inception {0}b: {1} channels': 'Inception {0}b：{1} 通道',
  'Inception {0}c: {1} channels': 'Inception {0}c：{1} 通道',
  'Inception {0}d: {1} channels': 'Inception {0}d：{1} 通道',
  'Inception {0}e: {1} channels': 'Inception {0}e：{1} 通道',
  '{0}×{1} reduce → {2}×{3}': '{0}×{1} 降维 → {2}×{3}',
  'max {0}×{1} → {2}×{3} pool proj': 'max {0}×{1} → {2}×{3} 池化投影',
  'Auxiliary classifier {0} (training only)': '辅助分类器 {0}（仅训练时）',
  'Auxiliary classifier (training only, loss weight {0})': '辅助分类器（仅训练时，损失权重 {0}）',
  'Average pool → dropout → FC': '平均池化 → dropout → FC',
  'Global average pool → dropout → FC': '全局平均池化 → dropout → FC',

  // ResNet, ResNeXt, WRN, SENet, pre-activation ResNets
  'layer{0}: {1} × basic, {2}': 'layer{0}：{1} × 基本块，{2}',
  'layer{0}: {1} × basic, {2}, /{3}': 'layer{0}：{1} × 基本块，{2}，/{3}',
  'layer{0}: {1} × bottleneck, {2}': 'layer{0}：{1} × 瓶颈块，{2}',
  'layer{0}: {1} × bottleneck, {2}, /{3}': 'layer{0}：{1} × 瓶颈块，{2}，/{3}',
  'basic: {0}×{1} {2}, {3}×{4} {5}': '基本块：{0}×{1} {2}, {3}×{4} {5}',
  'basic: {0}×{1} {2}, {3}×{4} {5}, /{6}': '基本块：{0}×{1} {2}, {3}×{4} {5}, /{6}',
  'bottleneck: {0}×{1} {2}, {3}×{4} {5}, {6}×{7} {8}':
    '瓶颈块：{0}×{1} {2}, {3}×{4} {5}, {6}×{7} {8}',
  'bottleneck: {0}×{1} {2}, {3}×{4} {5}, {6}×{7} {8}, /{9}':
    '瓶颈块：{0}×{1} {2}, {3}×{4} {5}, {6}×{7} {8}, /{9}',
  'bottleneck: {0}×{1} {2}, {3}×{4} {5} ({6} groups), {7}×{8} {9}':
    '瓶颈块：{0}×{1} {2}, {3}×{4} {5}（{6} 组）, {7}×{8} {9}',
  'bottleneck: {0}×{1} {2}, {3}×{4} {5} ({6} groups), {7}×{8} {9}, /{10}':
    '瓶颈块：{0}×{1} {2}, {3}×{4} {5}（{6} 组）, {7}×{8} {9}, /{10}',
  'projection {0}×{1}, {2}': '投影 {0}×{1}, {2}',
  'projection {0}×{1}, {2}, /{3}': '投影 {0}×{1}, {2}, /{3}',
  'zero-pad shortcut (A)': '补零捷径（A）',
  'F(x) + shortcut': 'F(x) + 捷径',
  'Head: BN-ReLU, global avg pool, FC {0}': '头部：BN-ReLU，global avg pool，FC {0}',
  'global average pool, dropout, fc {0}': '全局平均池化，dropout，fc {0}',

  // DenseNet
  'Dense block {0}: {1} layers, {2} → {3}': '密集块 {0}：{1} 层，{2} → {3}',
  'Dense layer {0}: {1} + {2} → {3}': '密集层 {0}：{1} + {2} → {3}',
  'earlier features ({0})': '之前各层的特征（{0}）',
  'Transition {0}: {1} → {2}, avg pool {3}×{4}/{5}': '过渡层 {0}：{1} → {2}，avg pool {3}×{4}/{5}',

  // SqueezeNet
  'fire{0}: squeeze {1}, expand {2} + {3}': 'fire{0}：挤压 {1}，扩展 {2} + {3}',
  'expand {0}×{1}, {2}': '扩展 {0}×{1}, {2}',
  'expand {0} + {1} → {2}': '扩展 {0} + {1} → {2}',

  // Inception-v4 and Inception-ResNet-v2
  'Stem (Figure {0}): {1}×{2}×{3} → {4}×{5}×{6}': 'stem（图 {0}）：{1}×{2}×{3} → {4}×{5}×{6}',
  'Inception-A (Figure {0})': 'Inception-A（图 {0}）',
  'Inception-B (Figure {0})': 'Inception-B（图 {0}）',
  'Inception-C (Figure {0})': 'Inception-C（图 {0}）',
  'Reduction-A (Figure {0}): {1}×{2} → {3}×{4}': 'Reduction-A（图 {0}）：{1}×{2} → {3}×{4}',
  'Reduction-B (Figure {0}): {1}×{2} → {3}×{4}': 'Reduction-B（图 {0}）：{1}×{2} → {3}×{4}',
  '{0}×{1} ∥ {2}×{3}, {4} each': '{0}×{1} ∥ {2}×{3}，各 {4}',
  'Mixed {0}b (Inception-A style): {1} channels': 'Mixed {0}b（Inception-A 式）：{1} 通道',
  'Inception branches → {0}×{1} up-projection, scaled by {2}':
    'Inception 分支 → {0}×{1} 升维投影，乘以 {2}',
  'scaled residual + identity': '缩放后的残差 + 恒等映射',

  // FractalNet
  'block{0}: {1} columns, {2} conv {3}×{4} × {5}, depth {6}':
    'block{0}：{1} 列，{2} 个 conv {3}×{4} × {5}，深度 {6}',
  'column {0} ({1}/{2}): conv {3}×{4}, {5}': '第 {0} 列（{1}/{2}）：conv {3}×{4}, {5}',
  'join (mean of {0})': 'join（{0} 路平均）',

  // NASNet
  'Stem cell {0}: reduction, {1} filters': 'stem 单元 {0}：缩减，{1} 个卷积核',
  'Normal cell {0} (stack {1}), {2} filters': '普通单元 {0}（堆叠 {1}），{2} 个卷积核',
  'Reduction cell {0}: /{1}, {2} filters': '缩减单元 {0}：/{1}，{2} 个卷积核',
  'factorized reduction /{0}, {1}': '分解式缩减 /{0}，{1}',
  'shift {0} px, {1}×{2} /{3}, {4}': '平移 {0} px，{1}×{2} /{3}, {4}',
};
