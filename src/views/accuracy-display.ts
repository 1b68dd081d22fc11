/**
 * How a catalog card shows a published top-1 figure: always as an accuracy in % (higher is
 * better), the convention of the lecture's "accuracy vs. operations" comparison, of the
 * landscape page and of the reference weights (torchvision, timm) most cards quote. A figure the
 * source printed as an error rate is converted here, where it is displayed: the stored figure
 * stays as published (src/catalog/info.ts).
 */
import type { AccuracyFigure, EvalProtocol } from '../catalog/info';

/** Decimal places of a figure as stored: the precision the source printed (trailing zeros aside). */
function decimals(x: number): number {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * 100 − x, exactly (in integer units of the last printed decimal, so 100 − 40.7 is 59.3, not
 * 59.29999999999999), with the figure's own decimal places: 40.7 → "59.3", 22.85 → "77.15", 4 → "96".
 */
export function complementText(x: number): string {
  const d = decimals(x);
  const unit = 10 ** d;
  return ((100 * unit - Math.round(x * unit)) / unit).toFixed(d);
}

/** A card's top-1 figure as shown: the accuracy's digits, and the printed error it came from. */
export interface TopOneShown {
  /** Accuracy in %, as text with the printed precision ("59.3"). */
  accuracy: string;
  /** The error rate the source printed ("40.7"), when the figure was printed as an error. */
  printedError: string | null;
}

export function topOneShown(f: AccuracyFigure): TopOneShown {
  return f.as === 'accuracy'
    ? { accuracy: String(f.percent), printedError: null }
    : { accuracy: complementText(f.percent), printedError: String(f.percent) };
}

/** What a card names of the protocol, in a few words: the dataset and the test crops. */
export function protocolShort(p: EvalProtocol): {
  dataset: string;
  crops: number | 'dense' | null;
} {
  return { dataset: p.dataset.replace(/ val$/, ''), crops: p.crops ?? null };
}
