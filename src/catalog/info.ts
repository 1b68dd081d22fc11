/**
 * What travels with a catalog entry besides its spec: the paper, the published figures (each
 * with its unit, and for accuracies the evaluation protocol), the training recipe and notes.
 * Figures are data a test can check: a count in the engine's units (parameters, MACs, FLOPs)
 * either equals what the engine computes or says why it differs.
 */
import type { Analysis } from '../engine/analysis';
import type { KnobValues } from './types';

/** A paper or report a figure comes from. */
export interface Citation {
  title: string;
  authors: string;
  venue?: string;
  year: number;
  /** How to find it: arXiv id, DOI or repository, as text. */
  link?: string;
}

/**
 * What a count figure counts. The first six are the engine's own units:
 * - `params`: learnable parameters of the deployed network (auxiliary heads left out);
 * - `params-with-aux`: the same with training-only heads;
 * - `params-and-buffers`: learnable parameters plus BN running mean/variance (Keras's total);
 * - `layer-params`: one layer's learnable parameters (`layer` names it);
 * - `macs`: multiply-accumulates of conv and fc layers (what torchvision's "GFLOPS", the ResNet
 *   paper's "FLOPs" and "multiply-adds" count);
 * - `flops`: floating-point operations = 2 × MACs.
 * The rest are quantities the engine does not compute (the paper's own counting).
 */
export type CountQuantity =
  | 'params'
  | 'params-with-aux'
  | 'params-and-buffers'
  | 'layer-params'
  | 'macs'
  | 'flops'
  | 'connections'
  | 'neurons'
  | 'expected-blocks';

export const ENGINE_QUANTITIES: ReadonlySet<CountQuantity> = new Set([
  'params',
  'params-with-aux',
  'params-and-buffers',
  'layer-params',
  'macs',
  'flops',
]);

interface FigureBase {
  /** Where the figure comes from (paper table, repository file, reference section). */
  source: string;
  note?: string;
}

/** A count as a source printed it: `25,557,032` (exact) or `4.1 G` (rounded). */
export interface CountFigure extends FigureBase {
  kind: 'count';
  quantity: CountQuantity;
  /** The figure as printed, e.g. "0.27 M", "60 million", "1.5 G", "25,557,032". */
  printed: string;
  /** The printed figure as a count (0.27 M → 270,000). */
  value: number;
  /** The rounding of the printed figure: it stands for value ± step/2 (1 = every digit printed). */
  step: number;
  /** Label shown instead of the quantity's name ("multiply-adds budget"). */
  label?: string;
  /** For `layer-params`: the layer's path. */
  layer?: string;
  /** Knob values the figure is for, where they differ from the preset's. */
  at?: KnobValues;
  /** The input C×H×W the figure is for, where it is not the network's default. */
  input?: readonly [number, number, number];
  /** Why the engine's count differs, where it does (a counting rule, a claim, a source's error). */
  differs?: string;
}

export type Dataset =
  | 'ImageNet val'
  | 'ILSVRC-2010 test'
  | 'ILSVRC-2012 test'
  | 'ILSVRC-2014 test'
  | 'ILSVRC-2015 test'
  | 'CIFAR-10'
  | 'CIFAR-100'
  | 'MNIST';

/** How an accuracy was measured. */
export interface EvalProtocol {
  dataset: Dataset;
  /**
   * Test views per image: 1 = one (centre) crop; 10 = four corners and the centre, and their
   * mirror images; 144 = GoogLeNet's 4 scales × 3 squares × 6 crops × 2 mirrors; `dense` = the
   * network applied fully convolutionally to the whole image at several scales; left out where
   * the source does not say.
   */
  crops?: number | 'dense';
  /** Side of the test crop in pixels, where the source states it. */
  resolution?: number;
  /** Networks averaged (1 = a single model). */
  models: number;
  /**
   * Training-data augmentation where results are given with and without it (CIFAR's C10 /
   * C10+ / C10++): none, standard (translation and mirroring), or more.
   */
  augmentation?: 'none' | 'standard' | 'heavy';
}

/** A classification result, as the source printed it: an error rate or an accuracy in %. */
export interface AccuracyFigure extends FigureBase {
  kind: 'accuracy';
  /** Top-1 or top-5 (on CIFAR and MNIST, "error" is top-1). */
  rank: 1 | 5;
  /** What the source printed: the error rate or the accuracy. */
  as: 'error' | 'accuracy';
  /** The printed number, in percent. */
  percent: number;
  protocol: EvalProtocol;
  /** The network the figure is for, where it is not exactly this entry (a baseline, a variant). */
  of?: string;
}

/** An output shape as a source printed it (C×H×W here). */
export interface ShapeFigure extends FigureBase {
  kind: 'shape';
  /** "28×28×672" as printed (H×W×C on the slide). */
  printed: string;
  /** C×H×W. */
  value: readonly number[];
}

export type PublishedFigure = CountFigure | AccuracyFigure | ShapeFigure;

/** A training recipe fact, with its source (the lecture and the paper sometimes disagree). */
export interface RecipeItem {
  item: string;
  value: string;
  source: string;
}

/** Descriptive data that travels with a catalog entry. */
export interface ModelInfo {
  /** Display name, e.g. "VGG-16". */
  name: string;
  family: string;
  year: number;
  paper: Citation;
  /** One paragraph: the idea that made this architecture matter. */
  keyIdea: string;
  /** ILSVRC placing, where it had one. */
  ilsvrc?: string;
  published?: readonly PublishedFigure[];
  recipe?: readonly RecipeItem[];
  /** Why our computed figures differ from published ones, where they do. */
  notes?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Making figures

const SCALE: Record<string, number> = {
  K: 1e3,
  M: 1e6,
  million: 1e6,
  G: 1e9,
  B: 1e9,
  billion: 1e9,
};

/**
 * Read a printed count: `25557032`, `"60 million"`, `"0.27 M"`, `"≈1.7 M"`, `"23.8 B"`. The step
 * is one unit of the last printed digit (0.27 M → 10,000). Throws on text it cannot read, so a
 * typo in the catalog fails the first test that loads it.
 */
export function readCount(printed: string | number): { value: number; step: number } {
  if (typeof printed === 'number') return { value: printed, step: 1 };
  const m = /^≈?\s*([\d,]+)(?:\.(\d+))?\s*(K|M|G|B|million|billion)?$/.exec(printed.trim());
  if (!m) throw new Error(`cannot read the count "${printed}"`);
  const scale = m[3] ? SCALE[m[3]] : 1;
  const decimals = m[2]?.length ?? 0;
  const digits = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  const step = scale / 10 ** decimals;
  // Round to the step so 0.27 × 1e6 is 270000, not 270000.00000000006.
  return { value: Math.round((digits * scale) / step) * step, step };
}

type CountExtra = Partial<
  Pick<CountFigure, 'note' | 'label' | 'layer' | 'at' | 'input' | 'differs'>
>;

/** A count figure; `printed` is the source's own text or an exact number. */
export function count(
  quantity: CountQuantity,
  printed: string | number,
  source: string,
  extra: CountExtra = {},
): CountFigure {
  const text = typeof printed === 'number' ? printed.toLocaleString('en-US') : printed;
  return { kind: 'count', quantity, printed: text, ...readCount(printed), source, ...extra };
}

export const params = (printed: string | number, source: string, extra?: CountExtra) =>
  count('params', printed, source, extra);
export const macs = (printed: string | number, source: string, extra?: CountExtra) =>
  count('macs', printed, source, extra);
export const flops = (printed: string | number, source: string, extra?: CountExtra) =>
  count('flops', printed, source, extra);

type AccuracyExtra = Partial<Pick<AccuracyFigure, 'note' | 'of'>>;

/** An error rate in % as the source printed it. */
export function error(
  rank: 1 | 5,
  percent: number,
  protocol: EvalProtocol,
  source: string,
  extra: AccuracyExtra = {},
): AccuracyFigure {
  return { kind: 'accuracy', rank, as: 'error', percent, protocol, source, ...extra };
}

/** An accuracy in % as the source printed it. */
export function accuracy(
  rank: 1 | 5,
  percent: number,
  protocol: EvalProtocol,
  source: string,
  extra: AccuracyExtra = {},
): AccuracyFigure {
  return { kind: 'accuracy', rank, as: 'accuracy', percent, protocol, source, ...extra };
}

/** Top-1 and top-5 of one source and protocol, as a pair of figures. */
export function topErrors(
  top1: number,
  top5: number,
  protocol: EvalProtocol,
  source: string,
  extra?: AccuracyExtra,
): AccuracyFigure[] {
  return [error(1, top1, protocol, source, extra), error(5, top5, protocol, source, extra)];
}

export function topAccuracies(
  top1: number,
  top5: number,
  protocol: EvalProtocol,
  source: string,
  extra?: AccuracyExtra,
): AccuracyFigure[] {
  return [accuracy(1, top1, protocol, source, extra), accuracy(5, top5, protocol, source, extra)];
}

/** ImageNet (ILSVRC-2012) validation, one model, with the crops and size the source states. */
export function imagenetVal(resolution?: number, crops?: number | 'dense'): EvalProtocol {
  const p: EvalProtocol = { dataset: 'ImageNet val', models: 1 };
  if (crops !== undefined) p.crops = crops;
  if (resolution !== undefined) p.resolution = resolution;
  return p;
}

/** torchvision's `*_Weights` accuracies: ImageNet val, resized to 256, one 224 centre crop. */
export const TORCHVISION_EVAL: EvalProtocol = imagenetVal(224, 1);

/** CIFAR test set, one model, single view; `augmentation` as the source's C10 / C10+ columns. */
export function cifar(
  classes: 10 | 100,
  augmentation?: EvalProtocol['augmentation'],
): EvalProtocol {
  const p: EvalProtocol = { dataset: classes === 10 ? 'CIFAR-10' : 'CIFAR-100', models: 1 };
  return augmentation ? { ...p, augmentation } : p;
}

// ---------------------------------------------------------------------------------------------
// Reading figures

/** The error rate of an accuracy figure in %, whatever the source printed. */
export function errorPercent(f: AccuracyFigure): number {
  return f.as === 'error' ? f.percent : round2(100 - f.percent);
}

/** The accuracy of an accuracy figure in %, whatever the source printed. */
export function accuracyPercent(f: AccuracyFigure): number {
  return f.as === 'accuracy' ? f.percent : round2(100 - f.percent);
}

/** 100 − 22.85 is 77.15000000000001 in floating point; figures have at most three decimals. */
function round2(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A key that is equal exactly when two protocols are the same (for one-protocol plots). */
export function protocolKey(p: EvalProtocol): string {
  return [p.dataset, p.crops ?? '', p.resolution ?? '', p.models, p.augmentation ?? ''].join('|');
}

/** "ImageNet val, 10 crops, 224 px, 7 models, augmented". */
export function protocolText(p: EvalProtocol): string {
  const parts: string[] = [p.dataset];
  if (p.crops === 'dense') parts.push('dense multi-scale');
  else if (p.crops !== undefined) parts.push(p.crops === 1 ? '1 crop' : `${p.crops} crops`);
  if (p.resolution !== undefined) parts.push(`${p.resolution} px`);
  if (p.models !== 1) parts.push(`${p.models} models`);
  if (p.augmentation === 'none') parts.push('no augmentation');
  if (p.augmentation === 'standard') parts.push('standard augmentation');
  if (p.augmentation === 'heavy') parts.push('heavy augmentation');
  return parts.join(', ');
}

const QUANTITY_NAME: Record<CountQuantity, string> = {
  params: 'params',
  'params-with-aux': 'params with auxiliary heads',
  'params-and-buffers': 'params + BN running statistics',
  'layer-params': 'params',
  macs: 'MACs',
  flops: 'FLOPs',
  connections: 'connections',
  neurons: 'neurons',
  'expected-blocks': 'expected blocks in training',
};

/** The figure's name on a card: "top-1 error", "MACs", "conv1 params". */
export function figureLabel(f: PublishedFigure): string {
  if (f.kind === 'accuracy') return `top-${f.rank} ${f.as}`;
  if (f.kind === 'shape') return 'output';
  if (f.label) return f.label;
  if (f.quantity === 'layer-params') return `${f.layer ?? 'layer'} params`;
  return QUANTITY_NAME[f.quantity];
}

/** The figure's value as printed, with its unit: "22.85 %", "4.1 G", "28×28×672". */
export function figureText(f: PublishedFigure): string {
  if (f.kind === 'accuracy') return `${f.percent} %`;
  return f.printed;
}

/**
 * The engine's value for a count figure in the figure's quantity, from an analysis of the
 * network the figure is for (`at` applied); undefined for quantities the engine does not count.
 */
export function engineCount(f: CountFigure, a: Analysis): number | undefined {
  switch (f.quantity) {
    case 'params':
      return a.inference.params;
    case 'params-with-aux':
      return a.totals.params;
    case 'params-and-buffers':
      return a.inference.params + a.inference.buffers;
    case 'layer-params':
      return a.layers.find((l) => l.path === f.layer)?.params;
    case 'macs':
      return a.inference.macs;
    case 'flops':
      return 2 * a.inference.macs;
    default:
      return undefined;
  }
}

/** True when an exact count rounds to the printed figure (|count − value| ≤ step/2). */
export function countMatches(f: CountFigure, computed: number): boolean {
  return Math.abs(computed - f.value) <= f.step / 2;
}

/** The top-1 figures of an entry under one protocol (for plots that must not mix protocols). */
export function topOne(info: ModelInfo, protocol?: EvalProtocol): AccuracyFigure[] {
  const key = protocol && protocolKey(protocol);
  return (info.published ?? []).filter(
    (f): f is AccuracyFigure =>
      f.kind === 'accuracy' &&
      f.rank === 1 &&
      f.of === undefined &&
      (key === undefined || protocolKey(f.protocol) === key),
  );
}
