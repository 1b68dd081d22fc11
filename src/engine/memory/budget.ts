/**
 * A training step's memory, part by part, for a batch, a precision and an optimizer: the bytes
 * eager PyTorch holds on the GPU. Weights, gradients and optimizer state exist before the step;
 * the step adds what backward keeps (`keptForBackward` × batch) and the transient peak of the
 * backward pass, simulated op by op (see `stepPeak`).
 *
 * Conventions: bytes everywhere. `precision` is the storage type of every float (weights,
 * gradients, optimizer state, activations) — a network cast with `.half()` / `.bfloat16()`;
 * max-pool indices stay int64 and dropout masks bool. Batch-norm running statistics count with
 * the weights.
 */
import type { Analysis } from '../analysis';
import type { LeafOp, ModelSpec } from '../types';
import { keptBytes, keptForBackward, leafNodes, type KeptForBackward } from './kept';
import { aliasesInput, dtypeBytes } from './saved';

export type TrainPrecision = 'fp32' | 'fp16' | 'bf16';
export const TRAIN_PRECISIONS: readonly TrainPrecision[] = ['fp32', 'fp16', 'bf16'];
export const FLOAT_BYTES: Record<TrainPrecision, number> = { fp32: 4, fp16: 2, bf16: 2 };

/** SGD keeps nothing; SGD with momentum one buffer per parameter; Adam two (m and v). */
export type Optimizer = 'sgd' | 'momentum' | 'adam';
export const OPTIMIZERS: readonly Optimizer[] = ['sgd', 'momentum', 'adam'];
export const OPTIMIZER_STATES: Record<Optimizer, number> = { sgd: 0, momentum: 1, adam: 2 };

export interface TrainingSettings {
  batch: number;
  precision: TrainPrecision;
  optimizer: Optimizer;
}

export interface TrainingBudget extends TrainingSettings {
  /** Parameters and buffers. */
  weights: number;
  /** One gradient per parameter. */
  gradients: number;
  /** Optimizer state: 0, 1 or 2 values per parameter. */
  optimizerState: number;
  /** What backward keeps for the whole batch (plus per-channel batch statistics). */
  activations: number;
  /** The largest extra the step holds at once beyond `activations`: gradients in flight. */
  transient: number;
  /** weights + gradients + optimizerState + activations + transient. */
  peak: number;
  /** The layer whose backward reaches the peak. */
  peakAt: string;
}

/**
 * PyTorch's caching allocator hands out blocks in multiples of 512 B (c10 `kMinBlockSize`), so
 * every tensor occupies its size rounded up to 512 B.
 */
export function allocated(bytes: number): number {
  return bytes <= 0 ? 0 : Math.ceil(bytes / 512) * 512;
}

interface Sim {
  /** Highest bytes in use above the weights, gradients and optimizer state. */
  peak: number;
  peakAt: string;
  /** Kept tensors of the batch, allocator-rounded. */
  kept: number;
}

/** Ops whose backward hands its output gradient to its inputs as is or as views (no new buffer). */
const PASS_THROUGH = new Set<LeafOp['op']>(['add', 'concat', 'flatten', 'identity']);
/** Ops eager PyTorch runs in place (`relu_`, `out += identity`) when nothing else reads the input. */
const IN_PLACE = new Set<LeafOp['op']>(['relu', 'add']);

/** A gradient buffer and how many tensors' gradients refer to it (views share one buffer). */
interface GradBuffer {
  bytes: number;
  refs: number;
}

/**
 * Simulate one training step's activation memory at `batch`, with every allocation rounded as
 * the caching allocator rounds it:
 * - forward, in execution order: each output lives until its last reader has run, unless backward
 *   keeps it; ReLU and add write into their input when nothing else reads it;
 * - backward, in reverse execution order: a layer holds its output's gradient while it writes a
 *   new gradient for each input (the image needs none) and a new buffer for its weight gradient
 *   (then added into the existing `.grad`); add, concat and views hand the output's gradient on
 *   without a copy; a tensor read by several layers sums their gradients into a new buffer; a kept
 *   tensor is freed after the backward of the first layer (in execution order) that keeps it.
 * The peak is the largest sum at any moment, above weights, gradients and optimizer state.
 */
export function stepPeak(
  a: Analysis,
  spec: ModelSpec,
  kept: KeptForBackward,
  batch: number,
  floatBytes: number,
): Sim {
  const nodes = leafNodes(spec);
  const layers = a.layers;
  const n = layers.length;
  const index = new Map(layers.map((l, i) => [l.path, i]));
  const outBytes = layers.map((l) =>
    allocated(l.out.reduce((x, y) => x * y, 1) * floatBytes * batch),
  );
  const readers: number[][] = layers.map(() => []);
  layers.forEach((l, i) => l.inputs.forEach((p) => readers[index.get(p)!].push(i)));
  // The storage each output lives in: views share their input's.
  const storage: number[] = layers.map((_, i) => i);
  layers.forEach((l, i) => {
    const node = nodes.get(l.path)!;
    if (node.op !== 'input' && aliasesInput(node)) storage[i] = storage[index.get(l.inputs[0])!];
  });
  // Kept storages: bytes, the layer that makes them and the one whose backward frees them.
  const keptBytesOf = new Map<number, number>();
  const releaseAt: number[][] = layers.map(() => []);
  const internalAt = new Array<number>(n).fill(0);
  let keptTotal = 0;
  const keptStorage = new Set<number>();
  for (const t of kept.tensors) {
    const bytes = t.constant
      ? allocated(t.elements * 4)
      : allocated(t.elements * dtypeBytes(t.dtype, floatBytes) * batch);
    keptTotal += bytes;
    const release = Math.min(...t.keptBy.map((p) => index.get(p)!));
    const hash = t.storage.indexOf('#');
    if (hash >= 0) {
      internalAt[index.get(t.storage.slice(0, hash))!] += bytes;
      releaseAt[release].push(bytes);
    } else {
      const s = storage[index.get(t.storage)!];
      keptStorage.add(s);
      keptBytesOf.set(s, bytes);
      releaseAt[release].push(bytes);
    }
  }
  // Last forward reader of each storage (over every view of it).
  const lastUse = new Array<number>(n).fill(-1);
  layers.forEach((_, i) => {
    for (const r of readers[i]) lastUse[storage[i]] = Math.max(lastUse[storage[i]], r);
  });
  const inPlace = layers.map((l, i) => {
    const node = nodes.get(l.path)!;
    if (!IN_PLACE.has(node.op) || storage[i] !== i) return false;
    const s = storage[index.get(l.inputs[0])!];
    return layers[s].op !== 'input' && !keptStorage.has(s) && lastUse[s] === i;
  });

  let live = 0;
  let peak = 0;
  let peakAt = '';
  const mark = (at: string, extra = 0) => {
    if (live + extra > peak) {
      peak = live + extra;
      peakAt = at;
    }
  };

  // Forward.
  layers.forEach((l, i) => {
    if (storage[i] === i && !inPlace[i]) live += outBytes[i];
    live += internalAt[i];
    mark(l.path);
    for (const p of new Set(l.inputs)) {
      const s = storage[index.get(p)!];
      // Freed after its last reader, unless kept or handed on to an in-place output.
      if (
        lastUse[s] === i &&
        !keptStorage.has(s) &&
        !(inPlace[i] && storage[index.get(l.inputs[0])!] === s)
      )
        live -= outBytes[s];
    }
  });
  // What the forward leaves alive that backward does not keep: the network's output.
  const last = n - 1;

  // Backward.
  const slot = new Map<number, GradBuffer>();
  const release = (g: GradBuffer | undefined) => {
    if (g && --g.refs === 0) live -= g.bytes;
  };
  const lossGrad: GradBuffer = { bytes: outBytes[last], refs: 1 };
  slot.set(last, lossGrad);
  live += lossGrad.bytes;
  for (let i = last; i >= 1; i--) {
    const l = layers[i];
    const node = nodes.get(l.path)!;
    const gOut = slot.get(i);
    const passes = PASS_THROUGH.has(node.op) || storage[i] !== i;
    const handed: { j: number; g: GradBuffer }[] = [];
    let made = 0;
    for (const p of l.inputs) {
      const j = index.get(p)!;
      if (layers[j].op === 'input' || !gOut) continue;
      if (passes) {
        gOut.refs++;
        handed.push({ j, g: gOut });
      } else {
        const g = { bytes: outBytes[j], refs: 1 };
        made += g.bytes;
        handed.push({ j, g });
      }
    }
    live += made;
    // The weight gradient is computed into a new buffer, then added into the existing `.grad`.
    mark(l.path, allocated(l.params * floatBytes));
    for (const { j, g } of handed) {
      const old = slot.get(j);
      if (!old) {
        slot.set(j, g);
        continue;
      }
      const sum = { bytes: outBytes[j], refs: 1 };
      live += sum.bytes;
      mark(l.path);
      release(old);
      release(g);
      slot.set(j, sum);
    }
    release(gOut);
    slot.delete(i);
    for (const b of releaseAt[i]) live -= b;
  }
  return { peak, peakAt, kept: keptTotal };
}

/** The training-memory budget of an analysis at these settings. */
export function trainingBudget(
  a: Analysis,
  spec: ModelSpec,
  settings: TrainingSettings,
  kept: KeptForBackward = keptForBackward(a, spec),
): TrainingBudget {
  const b = FLOAT_BYTES[settings.precision];
  const params = a.totals.params;
  const weights = (params + a.totals.buffers) * b;
  const gradients = params * b;
  const optimizerState = params * b * OPTIMIZER_STATES[settings.optimizer];
  const activations =
    keptBytes(kept.tensors, b, false) * settings.batch + keptBytes(kept.tensors, b, true);
  const sim = stepPeak(a, spec, kept, settings.batch, b);
  const transient = Math.max(0, sim.peak - activations);
  return {
    ...settings,
    weights,
    gradients,
    optimizerState,
    activations,
    transient,
    peak: weights + gradients + optimizerState + activations + transient,
    peakAt: sim.peakAt,
  };
}
