/**
 * The one place the compare and landscape views read published accuracy from a model card.
 * Cards hold figures of many protocols (paper ensembles, 10-crop, single crop of reference
 * weights); these functions pick and label them so a view never mixes protocols silently.
 */
import type { ModelInfo, PublishedFigure } from '../engine/types';

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

const isReference = (f: PublishedFigure) => /torchvision|timm/i.test(f.source);
const pct = (v: number | string): number | undefined => (typeof v === 'number' ? v : undefined);

/** The landscape's figure: reference-weight top-1 accuracy, or undefined (listed apart). */
export function comparableTop1(
  info: ModelInfo | undefined,
): { value: number; source: string } | undefined {
  const f = info?.published?.find(
    (x) => x.metric === 'top-1 accuracy' && isReference(x) && typeof x.value === 'number',
  );
  return f ? { value: f.value as number, source: f.source } : undefined;
}

/** "57.1 / 80.2" → [57.1, 80.2]. */
function pairOf(v: number | string): [number, number] | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([\d.]+)\s*\/\s*([\d.]+)\s*$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** What a metric's parentheses or the source say about crops and resolution. */
function protocolOf(f: PublishedFigure): Protocol {
  if (isReference(f)) return 'single centre crop, reference weights';
  const inMetric = /\(([^)]*)\)/.exec(f.metric)?.[1];
  const inSource = /\(([^)]*)\)/.exec(f.source)?.[1];
  return inMetric ?? inSource ?? 'as the source states';
}

/**
 * The card's ImageNet top-1/top-5 figure for the totals table: the reference weights' accuracy
 * when the card has it, otherwise the first single-network ImageNet accuracy or error figure.
 * Ensembles and other datasets (CIFAR, MNIST) are skipped.
 */
export function publishedAccuracy(info: ModelInfo | undefined): Accuracy | undefined {
  const figs = (info?.published ?? []).filter(
    (f) => /top-[15]/.test(f.metric) && !/ensemble|convnets|cnns|models/i.test(f.metric + f.source),
  );
  const ref1 = figs.find((f) => f.metric === 'top-1 accuracy' && isReference(f));
  if (ref1) {
    const ref5 = figs.find((f) => f.metric === 'top-5 accuracy' && f.source === ref1.source);
    return {
      top1: pct(ref1.value),
      top5: ref5 ? pct(ref5.value) : undefined,
      kind: 'accuracy',
      source: ref1.source,
      protocol: protocolOf(ref1),
    };
  }
  // A figure with both top-1 and top-5 (one metric "top-1 / top-5", or two of one source) first.
  let single: Accuracy | undefined;
  for (const f of figs) {
    const kind = /error/i.test(f.metric) ? 'error' : 'accuracy';
    const both = /top-1 \/ top-5/.test(f.metric) ? pairOf(f.value) : undefined;
    if (both)
      return { top1: both[0], top5: both[1], kind, source: f.source, protocol: protocolOf(f) };
    const v = pct(f.value);
    if (v === undefined) continue;
    const one = /top-1/.test(f.metric);
    const mate = figs.find(
      (g) =>
        g !== f &&
        g.source === f.source &&
        /error/i.test(g.metric) === (kind === 'error') &&
        (one ? /top-5/ : /top-1/).test(g.metric),
    );
    const m = mate ? pct(mate.value) : undefined;
    const acc: Accuracy = {
      top1: one ? v : m,
      top5: one ? m : v,
      kind,
      source: f.source,
      protocol: protocolOf(f),
    };
    if (acc.top1 !== undefined && acc.top5 !== undefined) return acc;
    single ??= acc;
  }
  return single;
}
