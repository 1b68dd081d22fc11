/**
 * The landscape's figures: the catalog's networks analyzed at their own inputs (cached), their
 * published accuracy through the one accessor, the ILSVRC winners with engine depths, and the
 * GPU measurements.
 */
import { comparableTop1, publishedAccuracy } from '../../catalog/accuracy';
import { ILSVRC_WINNERS } from '../../catalog/benchmarks';
import { buildModel, listIds, presets } from '../../catalog/index';
import { gpuMeasurement } from '../../catalog/measured';
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { catalogText, compare, landscape as t, localWinner } from '../../i18n';
import type { AccuracyPoint, TimingSeries, WinnerInput } from '../../layout/landscape/charts';

const analyses = new Map<string, Analysis>();

/** A catalog preset analyzed at its own input (cached for the page's lifetime). */
export function presetAnalysis(id: string): Analysis {
  let a = analyses.get(id);
  if (!a) {
    a = analyze(buildModel(id));
    analyses.set(id, a);
  }
  return a;
}

export interface AccuracyData {
  points: AccuracyPoint[];
  /** ImageNet networks whose card has a figure of another protocol. */
  otherProtocol: { id: string; name: string; figure: string }[];
  /** Not ImageNet classifiers. */
  notImagenet: { id: string; name: string }[];
}

export function accuracyData(): AccuracyData {
  const points: AccuracyPoint[] = [];
  const otherProtocol: AccuracyData['otherProtocol'] = [];
  const notImagenet: AccuracyData['notImagenet'] = [];
  for (const id of listIds()) {
    const info = presets.get(id)!.info;
    const top1 = comparableTop1(info);
    if (top1) {
      const a = presetAnalysis(id);
      points.push({
        id,
        name: info.name,
        macs: a.inference.macs,
        params: a.inference.params,
        top1: top1.value,
      });
      continue;
    }
    const acc = publishedAccuracy(info);
    if (acc) {
      const parts = [
        acc.top1 !== undefined ? `top-1 ${acc.top1} %` : '',
        acc.top5 !== undefined ? `top-5 ${acc.top5} %` : '',
      ].filter(Boolean);
      otherProtocol.push({
        id,
        name: info.name,
        figure: `${parts.join(' / ')} ${acc.kind === 'error' ? compare.totals.error : compare.totals.acc} (${catalogText(acc.protocol)}; ${acc.source})`,
      });
    } else notImagenet.push({ id, name: info.name });
  }
  return { points, otherProtocol, notImagenet };
}

export function winnersData(): WinnerInput[] {
  return ILSVRC_WINNERS.map((w) => ({
    key: w.catalogId ?? `${w.year}`,
    year: w.year,
    entry: localWinner(w)
      .entry.replace(/ \(.*\)$/, '')
      .replace(/（.*）$/, ''),
    top5Error: w.top5Error,
    depthText: w.catalogId
      ? t.winners.layers(presetAnalysis(w.catalogId).depth)
      : w.year < 2012
        ? t.winners.shallow
        : t.winners.ensemble,
    place: w.place,
    ...(w.catalogId ? { href: `#/model/${w.catalogId}` } : {}),
  }));
}

export type Dtype = 'fp32' | 'bf16';

/** Time per image (ms) against batch for the chosen measured networks. */
export function timingSeries(ids: readonly string[], dtype: Dtype): TimingSeries[] {
  const out: TimingSeries[] = [];
  for (const id of ids) {
    const m = gpuMeasurement(id);
    if (!m) continue;
    const byBatch = m.inferMs[dtype];
    const points = Object.keys(byBatch)
      .map(Number)
      .sort((a, b) => a - b)
      .map((b) => [b, byBatch[String(b)] / b] as [number, number]);
    out.push({ id, name: presets.get(id)?.info.name ?? id, points });
  }
  return out;
}

/** The default set of the timing chart: the lecture's networks and GoogLeNet vs ResNet-50. */
export const DEFAULT_TIMED = [
  'alexnet-torchvision',
  'vgg16',
  'googlenet-torchvision',
  'resnet50',
  'resnet152',
  'densenet121',
];
