/**
 * The comparison's large differences in words: for each pair of networks whose parameters or
 * compute differ by at least 2×, one sentence with both ratios, computed from the engine's totals.
 */
import { compare as t } from '../../i18n';

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

/**
 * Differences of at least `threshold`×, largest first, at most `limit`: "VGG-16 has 20× the
 * parameters of GoogLeNet and 9.8× its MACs".
 */
export function largeDifferences(
  nets: readonly RatioInput[],
  computeName: string,
  threshold = 2,
  limit = 6,
): Difference[] {
  const out: Difference[] = [];
  const r = t.ratios;
  for (let i = 0; i < nets.length; i++) {
    for (let j = i + 1; j < nets.length; j++) {
      const x = nets[i];
      const y = nets[j];
      if (!(x.params > 0 && y.params > 0 && x.macs > 0 && y.macs > 0)) continue;
      const pr = Math.max(x.params / y.params, y.params / x.params);
      const mr = Math.max(x.macs / y.macs, y.macs / x.macs);
      const size = Math.max(pr, mr);
      if (size < threshold) continue;
      // Lead with the larger difference; `a` is the network that has more of it.
      const byParams = pr >= mr;
      const lead = byParams ? 'params' : 'macs';
      const other = byParams ? 'macs' : 'params';
      const [a, b] = x[lead] >= y[lead] ? [x, y] : [y, x];
      const names = { params: r.params, macs: computeName };
      const second = a[other] / b[other];
      const text = r.sentence(
        a.name,
        r.times(size),
        names[lead],
        b.name,
        second >= 1 / 1.1 && second <= 1.1
          ? r.same(names[other])
          : second > 1
            ? r.more(r.times(second), names[other])
            : r.fewer(r.times(1 / second), names[other]),
      );
      out.push({ text, size });
    }
  }
  return out.sort((x, y) => y.size - x.size).slice(0, limit);
}
