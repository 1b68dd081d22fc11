/**
 * Measured figures beside computed ones: a network's engine MACs at the input it was measured at,
 * and the throughput a measurement achieves, FLOPs/s = 2 × MACs × batch ÷ time.
 */
import { buildModel } from '../../catalog/index';
import type { GpuMeasurement } from '../../catalog/measured';
import { analyze, defaultInput } from '../../engine/analyze';
import { shapeText } from '../../engine/format';
import { presetAnalysis } from './data';

/** FLOPs per second achieved by a forward pass of `batch` images taking `ms` milliseconds. */
export function achievedFlops(macs: number, batch: number, ms: number): number {
  return (2 * macs * batch) / (ms / 1000);
}

const macsCache = new Map<string, number | null>();

/** Engine MACs per image of a catalog id at the measured input; null if it is not in the catalog. */
export function macsAtMeasuredInput(id: string, m: GpuMeasurement): number | null {
  const key = `${id}|${m.input.join('x')}`;
  if (!macsCache.has(key)) {
    let v: number | null;
    try {
      const spec = buildModel(id);
      // At the network's own input the landscape's cached analysis serves.
      v = (
        shapeText(defaultInput(spec)) === shapeText(m.input)
          ? presetAnalysis(id)
          : analyze(spec, { input: m.input })
      ).inference.macs;
    } catch {
      v = null;
    }
    macsCache.set(key, v);
  }
  return macsCache.get(key)!;
}

/** "12.3 TFLOP/s". */
export function tflopsText(flopsPerSecond: number): string {
  return `${(flopsPerSecond / 1e12).toFixed(flopsPerSecond >= 1e13 ? 0 : 1)} TFLOP/s`;
}

/** "0.43 ms" with two significant decimals below 10. */
export function msText(ms: number): string {
  return `${ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3)} ms`;
}
