/**
 * The comparison's large differences in words: for each pair of networks whose parameters or
 * compute differ by at least 2×, one sentence with both ratios, computed from the engine's totals.
 */
import { compare as t } from '../../i18n/en/compare';

export interface RatioInput {
  name: string;
  params: number;
  macs: number;
}

export interface Difference {
  text: string;
  /** The larger of the two ratios (for ordering). */
  size: number;
}

/** Differences of at least `threshold`×, largest first, at most `limit`. */
export function largeDifferences(
  nets: readonly RatioInput[],
  computeName: string,
  threshold = 2,
  limit = 6,
): Difference[] {
  const out: Difference[] = [];
  for (let i = 0; i < nets.length; i++) {
    for (let j = i + 1; j < nets.length; j++) {
      // Put the one with more parameters first.
      const [a, b] = nets[i].params >= nets[j].params ? [nets[i], nets[j]] : [nets[j], nets[i]];
      if (!(b.params > 0 && b.macs > 0 && a.macs > 0)) continue;
      const pr = a.params / b.params;
      const mr = a.macs / b.macs;
      const size = Math.max(pr, mr, 1 / mr);
      if (size < threshold) continue;
      const r = t.ratios;
      const text =
        mr >= 1
          ? r.both(a.name, r.times(pr), b.name, r.times(mr), computeName)
          : r.mixed(a.name, r.times(pr), b.name, r.times(1 / mr), computeName);
      out.push({ text, size });
    }
  }
  return out.sort((x, y) => y.size - x.size).slice(0, limit);
}
