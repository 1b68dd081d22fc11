/**
 * Display conventions: how raw engine counts become the figures a user asked for. The engine
 * always computes MACs, element counts and one image; these switches scale them.
 */
import type { Totals } from './analysis';

/** MACs = multiply-accumulates of conv and fc layers; FLOPs = 2 × MACs (torch.utils.flop_counter's rule). */
export type ComputeUnit = 'macs' | 'flops';
export type Precision = 'fp32' | 'fp16' | 'bf16' | 'int8';

export const BYTES: Record<Precision, number> = { fp32: 4, fp16: 2, bf16: 2, int8: 1 };

export interface Conventions {
  compute: ComputeUnit;
  precision: Precision;
  batch: number;
}

export const DEFAULT_CONVENTIONS: Conventions = { compute: 'macs', precision: 'fp32', batch: 1 };

/** MACs of one image → the chosen unit for the whole batch. */
export function computeFigure(macs: number, c: Conventions): number {
  return macs * (c.compute === 'flops' ? 2 : 1) * c.batch;
}

/** Activation elements of one image → bytes for the whole batch. */
export function activationBytes(elements: number, c: Conventions): number {
  return elements * BYTES[c.precision] * c.batch;
}

export interface MemoryEstimate {
  paramBytes: number;
  bufferBytes: number;
  activationBytes: number;
  inference: number;
  training: number;
}

/**
 * The memory estimate shown on screen:
 * - inference = parameters + buffers + every stored activation of the batch (an upper bound: a
 *   runtime can free activations once consumed);
 * - training = parameters × 3 (weights, gradients, one momentum buffer) + buffers + stored
 *   activations × 2 (kept for the backward pass, plus their gradients; CS231n's "×2").
 * "Stored" activations follow the in-place rule: ReLU, BN and dropout add nothing.
 */
export function memoryEstimate(t: Totals, c: Conventions): MemoryEstimate {
  const b = BYTES[c.precision];
  const paramBytes = t.params * b;
  const bufferBytes = t.buffers * b;
  const act = t.storedValues * b * c.batch;
  return {
    paramBytes,
    bufferBytes,
    activationBytes: act,
    inference: paramBytes + bufferBytes + act,
    training: paramBytes * 3 + bufferBytes + act * 2,
  };
}

/** Bytes → "58.1 MiB". */
export function bytesText(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}
