/**
 * The one place the compare and landscape views read published accuracy from a model card.
 * Cards hold accuracy figures of many protocols (paper ensembles, 10-crop, single crop of
 * reference weights, CIFAR); these functions pick and label them so a view never mixes protocols
 * silently.
 */
import {
  accuracyPercent,
  errorPercent,
  protocolKey,
  protocolText,
  type AccuracyFigure,
  type ModelInfo,
} from './info';

/** How a figure was measured, in words. */
export type Protocol = string;

/**
 * The landscape's single protocol: top-1 accuracy of the reference weights that torchvision or
 * timm publish, one centre crop of ILSVRC-2012 validation images at the network's own input size.
 */
export const LANDSCAPE_PROTOCOL: Protocol =
  'ImageNet (ILSVRC-2012 val) top-1 accuracy of the torchvision / timm reference weights, one centre crop at the network’s own input size';

export interface Accuracy {
  /** Percent; undefined when the card gives only the other one. */
  top1?: number;
  top5?: number;
  /** Accuracy (higher is better) or error (lower is better), as the source states it. */
  kind: 'accuracy' | 'error';
  source: string;
  protocol: Protocol;
}

const isReference = (f: AccuracyFigure) => /torchvision|timm/i.test(f.source);
const isImagenet = (f: AccuracyFigure) => /^(ImageNet|ILSVRC)/.test(f.protocol.dataset);

/** The card's single-model ImageNet accuracy figures of this very network. */
function imagenetFigures(info: ModelInfo | undefined): AccuracyFigure[] {
  return (info?.published ?? []).filter(
    (f): f is AccuracyFigure =>
      f.kind === 'accuracy' && isImagenet(f) && f.protocol.models === 1 && f.of === undefined,
  );
}

/** The landscape's figure: reference-weight top-1 accuracy, one crop; or undefined (listed apart). */
export function comparableTop1(
  info: ModelInfo | undefined,
): { value: number; source: string } | undefined {
  const f = imagenetFigures(info).find(
    (x) =>
      x.rank === 1 &&
      isReference(x) &&
      x.protocol.dataset === 'ImageNet val' &&
      x.protocol.crops === 1,
  );
  return f ? { value: accuracyPercent(f), source: f.source } : undefined;
}

/**
 * The card's ImageNet top-1/top-5 for the totals table: the reference weights' figures when the
 * card has them, else a top-1/top-5 pair of one source and protocol (single crop first), else any
 * single-model ImageNet figure. Ensembles and other datasets (CIFAR, MNIST) are skipped.
 */
export function publishedAccuracy(info: ModelInfo | undefined): Accuracy | undefined {
  const figs = imagenetFigures(info);
  if (figs.length === 0) return undefined;
  const mate = (f: AccuracyFigure) =>
    figs.find(
      (g) =>
        g.rank !== f.rank &&
        g.source === f.source &&
        protocolKey(g.protocol) === protocolKey(f.protocol),
    );
  const score = (f: AccuracyFigure) =>
    (isReference(f) ? 4 : 0) + (mate(f) ? 2 : 0) + (f.protocol.crops === 1 ? 1 : 0);
  const best = [...figs].sort((a, b) => score(b) - score(a))[0];
  const other = mate(best);
  const kind = best.as;
  const value = (f: AccuracyFigure) => (kind === 'error' ? errorPercent(f) : accuracyPercent(f));
  const [one, five] = best.rank === 1 ? [best, other] : [other, best];
  return {
    top1: one ? value(one) : undefined,
    top5: five ? value(five) : undefined,
    kind,
    source: best.source,
    protocol: protocolText(best.protocol),
  };
}
