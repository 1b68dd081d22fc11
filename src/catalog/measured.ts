/**
 * Measurements of the catalog networks' PyTorch counterparts on one GPU (a copy of the team's
 * `shared/reference/gpu-h200.json`; its `_about` key says how each field was measured). These are
 * measurements of one machine — random weights, PyTorch eager, cuDNN — not properties of the
 * architectures: views show them beside the engine's computed figures, never instead of them.
 */
import raw from './data/gpu-h200.json';

/** A batch size as the file spells it ("1", "2", … "64") mapped to a figure. */
export type ByBatch = Readonly<Record<string, number>>;

export interface GpuMeasurement {
  /** The input C×H×W the network was measured at. */
  input: readonly [number, number, number];
  /** Mean milliseconds per forward pass of a whole batch, eval mode; fp32, and bf16 under autocast. */
  inferMs: { fp32: ByBatch; bf16: ByBatch };
  /** Mean board power in watts at batch 1 and 64. */
  powerW: { fp32: ByBatch; bf16: ByBatch };
  /**
   * Peak CUDA memory of one SGD-with-momentum step at batch 32, fp32, above what was allocated
   * before it (weights, gradients, momentum), in MiB (2^20 bytes).
   */
  trainPeakMiBFp32B32: number;
  /**
   * Bytes of distinct tensor storages autograd saved for backward in one fp32 training-mode
   * forward at batch 1 and 8 (five networks only); the per-image part is (b8 − b1) / 7.
   */
  savedBytesFp32?: { '1': number; '8': number };
}

interface RawEntry {
  input: number[];
  infer_ms: { fp32: Record<string, number>; bf16: Record<string, number> };
  power_w: { fp32: Record<string, number>; bf16: Record<string, number> };
  train_peak_mib_fp32_b32: number;
  saved_bytes_fp32?: { '1': number; '8': number };
}

const rawFile = raw as unknown as Record<string, RawEntry | Record<string, string>>;

/** What the measurements are, as the file says it (machine, software, method per field). */
export const GPU_ABOUT = rawFile._about as Record<string, string>;

/** The machine the figures come from, for captions. */
export const GPU_MACHINE: string = GPU_ABOUT.machine;

const entries = new Map<string, GpuMeasurement>();
for (const [key, value] of Object.entries(rawFile)) {
  if (key === '_about') continue;
  const e = value as RawEntry;
  entries.set(key, {
    input: [e.input[0], e.input[1], e.input[2]],
    inferMs: e.infer_ms,
    powerW: e.power_w,
    trainPeakMiBFp32B32: e.train_peak_mib_fp32_b32,
    ...(e.saved_bytes_fp32 ? { savedBytesFp32: e.saved_bytes_fp32 } : {}),
  });
}

/**
 * Keys of the measured networks: catalog ids, except the two networks the catalog does not hold
 * yet (`inception_v3`, `pnasnet5large`, keyed by their torchvision/timm names).
 */
export function measuredIds(): string[] {
  return [...entries.keys()];
}

/** The measurement of a catalog id, or undefined when that network was not measured. */
export function gpuMeasurement(id: string): GpuMeasurement | undefined {
  return entries.get(id);
}

/** Bytes autograd keeps per image: the batch-8 minus batch-1 figure over 7 (constants cancel). */
export function measuredSavedPerImage(m: GpuMeasurement): number | undefined {
  return m.savedBytesFp32 ? (m.savedBytesFp32['8'] - m.savedBytesFp32['1']) / 7 : undefined;
}
