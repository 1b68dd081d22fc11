/**
 * The engine's training memory held against the H200 measurements (src/catalog/measured.ts):
 * per network, the computed step peak above weights, gradients and momentum (kept activations +
 * transient, SGD with momentum, batch 32, fp32) beside the measured `train_peak_mib_fp32_b32`,
 * and where the file has it, the bytes kept per image beside the measured per-image figure.
 */
import { buildModel, listIds } from '../catalog/index';
import { gpuMeasurement, measuredIds, measuredSavedPerImage } from '../catalog/measured';
import { analyze } from '../engine/analyze';
import { keptForBackward, trainingBudget } from '../engine/memory/index';

/** The measurement's step: SGD with momentum, batch 32, fp32. */
export const MEASURED_STEP = { batch: 32, precision: 'fp32', optimizer: 'momentum' } as const;

export interface GpuMemoryRow {
  id: string;
  /** Measured peak above weights, gradients and momentum, MiB. */
  measuredMiB: number;
  /** Computed activations + transient at the measured step, MiB; undefined without a catalog id. */
  computedMiB?: number;
  /** Of which kept activations, MiB. */
  keptMiB?: number;
  /** computed / measured − 1. */
  diff?: number;
  /** Where the computed peak is reached. */
  peakAt?: string;
  /** Bytes kept per image: measured (five networks) and computed. */
  savedMeasured?: number;
  savedComputed?: number;
}

const MiB = 2 ** 20;

export function gpuMemoryRow(id: string): GpuMemoryRow {
  const m = gpuMeasurement(id);
  if (!m) throw new Error(`no GPU measurement for ${id}`);
  const row: GpuMemoryRow = { id, measuredMiB: m.trainPeakMiBFp32B32 };
  const saved = measuredSavedPerImage(m);
  if (saved !== undefined) row.savedMeasured = saved;
  if (!listIds().includes(id)) return row;
  const spec = buildModel(id);
  const a = analyze(spec, { input: m.input });
  const kept = keptForBackward(a, spec);
  const b = trainingBudget(a, spec, MEASURED_STEP, { kept });
  row.computedMiB = (b.activations + b.transient) / MiB;
  row.keptMiB = b.activations / MiB;
  row.diff = row.computedMiB / row.measuredMiB - 1;
  row.peakAt = b.peakAt;
  row.savedComputed = kept.perImage;
  return row;
}

/** Every measured network, in the file's order. */
export function gpuMemoryRows(): GpuMemoryRow[] {
  return measuredIds().map(gpuMemoryRow);
}
