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
import { keptBytes, keptForBackward, leafNodes, nodeOf, type KeptForBackward } from './kept';
import { aliasesInput, dtypeBytes, type SavedDtype } from './saved';

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

/** The batch-independent facts the simulation runs on, derived once per analysis. */
interface StepPlan {
  paths: string[];
  /** Output elements per image. */
  outElements: number[];
  params: number[];
  /** Indices of each layer's inputs; the image's own index is -1 (it needs no gradient). */
  inputs: number[][];
  /** The layer whose storage each output lives in (views share their input's). */
  storage: number[];
  /** Last forward reader of each storage. */
  lastUse: number[];
  inPlace: boolean[];
  passes: boolean[];
  keptStorage: Set<number>;
  /** Kept tensors: elements, element kind, made at (layer), freed after the backward of. */
  kept: {
    elements: number;
    dtype: SavedDtype;
    constant: boolean;
    made: number;
    release: number;
    storage: number;
  }[];
}

const plans = new WeakMap<KeptForBackward, StepPlan>();

function planStep(
  a: Analysis,
  spec: ModelSpec,
  kept: KeptForBackward,
  inference: boolean,
): StepPlan {
  const hit = plans.get(kept);
  if (hit) return hit;
  const nodes = leafNodes(spec);
  const layers = inference ? a.layers.filter((l) => !l.trainingOnly) : a.layers;
  const n = layers.length;
  const index = new Map(layers.map((l, i) => [l.path, i]));
  const ops = layers.map((l) => nodeOf(nodes, l, a));
  const storage = layers.map((_, i) => i);
  layers.forEach((l, i) => {
    if (ops[i].op !== 'input' && aliasesInput(ops[i]))
      storage[i] = storage[index.get(l.inputs[0])!];
  });
  const inputs = layers.map((l) =>
    l.inputs.map((p) => {
      const j = index.get(p)!;
      return layers[j].op === 'input' ? -1 : j;
    }),
  );
  const lastUse = new Array<number>(n).fill(-1);
  layers.forEach((l, i) => {
    for (const p of l.inputs) {
      const s = storage[index.get(p)!];
      lastUse[s] = Math.max(lastUse[s], i);
    }
  });
  const keptStorage = new Set<number>();
  const keptList: StepPlan['kept'] = [];
  for (const t of kept.tensors) {
    let release = n;
    for (const p of t.keptBy) release = Math.min(release, index.get(p)!);
    const hash = t.storage.indexOf('#');
    const owner = index.get(hash >= 0 ? t.storage.slice(0, hash) : t.storage)!;
    const s = hash >= 0 ? -1 : storage[owner];
    if (s >= 0) keptStorage.add(s);
    keptList.push({
      elements: t.elements,
      dtype: t.dtype,
      constant: t.constant,
      made: owner,
      release,
      storage: s,
    });
  }
  const inPlace = layers.map((l, i) => {
    if (!IN_PLACE.has(ops[i].op) || storage[i] !== i) return false;
    const s = storage[index.get(l.inputs[0])!];
    return layers[s].op !== 'input' && !keptStorage.has(s) && lastUse[s] === i;
  });
  const plan: StepPlan = {
    paths: layers.map((l) => l.path),
    outElements: layers.map((l) => l.out.reduce((x, y) => x * y, 1)),
    params: layers.map((l) => l.params),
    inputs,
    storage,
    lastUse,
    inPlace,
    passes: layers.map((_, i) => PASS_THROUGH.has(ops[i].op) || storage[i] !== i),
    keptStorage,
    kept: keptList,
  };
  plans.set(kept, plan);
  return plan;
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
  inference = false,
): Sim {
  const p = planStep(a, spec, kept, inference);
  const n = p.paths.length;
  const outBytes = p.outElements.map((e) => allocated(e * floatBytes * batch));
  const internalAt = new Array<number>(n).fill(0);
  const releaseAt = new Array<number>(n).fill(0);
  let keptTotal = 0;
  for (const t of p.kept) {
    const bytes = t.constant
      ? allocated(t.elements * 4)
      : allocated(t.elements * dtypeBytes(t.dtype, floatBytes) * batch);
    keptTotal += bytes;
    if (t.storage < 0) internalAt[t.made] += bytes;
    if (t.release < n) releaseAt[t.release] += bytes;
  }

  let live = 0;
  let peak = 0;
  let peakAt = '';
  const mark = (i: number, extra = 0) => {
    if (live + extra > peak) {
      peak = live + extra;
      peakAt = p.paths[i];
    }
  };

  // Forward.
  for (let i = 0; i < n; i++) {
    if (p.storage[i] === i && !p.inPlace[i]) live += outBytes[i];
    live += internalAt[i];
    mark(i);
    const first = p.inputs[i].length ? p.storage[Math.max(p.inputs[i][0], 0)] : -1;
    const seen = new Set<number>();
    for (const j of p.inputs[i]) {
      if (j < 0) continue;
      const s = p.storage[j];
      if (seen.has(s)) continue;
      seen.add(s);
      // Freed after its last reader, unless kept or handed on to an in-place output.
      if (p.lastUse[s] === i && !p.keptStorage.has(s) && !(p.inPlace[i] && s === first))
        live -= outBytes[s];
    }
  }

  // Backward: the network's output gradient first.
  const last = n - 1;
  const slot = new Map<number, GradBuffer>();
  const release = (g: GradBuffer | undefined) => {
    if (g && --g.refs === 0) live -= g.bytes;
  };
  slot.set(last, { bytes: outBytes[last], refs: 1 });
  live += outBytes[last];
  mark(last);
  for (let i = last; i >= 1; i--) {
    const gOut = slot.get(i);
    const handed: { j: number; g: GradBuffer }[] = [];
    if (gOut) {
      for (const j of p.inputs[i]) {
        if (j < 0) continue;
        if (p.passes[i]) {
          gOut.refs++;
          handed.push({ j, g: gOut });
        } else {
          const g = { bytes: outBytes[j], refs: 1 };
          live += g.bytes;
          handed.push({ j, g });
        }
      }
    }
    // The weight gradient is computed into a new buffer, then added into the existing `.grad`.
    mark(i, allocated(p.params[i] * floatBytes));
    for (const { j, g } of handed) {
      const old = slot.get(j);
      if (!old) {
        slot.set(j, g);
        continue;
      }
      const sum = { bytes: outBytes[j], refs: 1 };
      live += sum.bytes;
      mark(i);
      release(old);
      release(g);
      slot.set(j, sum);
    }
    release(gOut);
    slot.delete(i);
    live -= releaseAt[i];
  }
  return { peak, peakAt, kept: keptTotal };
}

/** The training-memory budget of an analysis at these settings. */
export function trainingBudget(
  a: Analysis,
  spec: ModelSpec,
  settings: TrainingSettings,
  options: {
    /** Leave out training-only leaves (auxiliary heads), as the deployed network. */
    inference?: boolean;
    /** keptForBackward(a, spec, { inference }), when the caller has it already. */
    kept?: KeptForBackward;
  } = {},
): TrainingBudget {
  const inference = options.inference ?? false;
  const kept = options.kept ?? keptForBackward(a, spec, { inference });
  const b = FLOAT_BYTES[settings.precision];
  const totals = inference ? a.inference : a.totals;
  const params = totals.params;
  const weights = (params + totals.buffers) * b;
  const gradients = params * b;
  const optimizerState = params * b * OPTIMIZER_STATES[settings.optimizer];
  const activations =
    keptBytes(kept.tensors, b, false) * settings.batch + keptBytes(kept.tensors, b, true);
  const sim = stepPeak(a, spec, kept, settings.batch, b, inference);
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

/**
 * The largest batch whose step peak fits in `capacity` bytes (0 when not even one image fits).
 * The peak grows with the batch, almost linearly (allocator rounding aside): a line through the
 * peaks at batch 1 and 64 gives a guess, a window around it that doubles until it holds the
 * answer brackets it, and a bisection finds it.
 */
export function largestBatch(
  a: Analysis,
  spec: ModelSpec,
  settings: Omit<TrainingSettings, 'batch'>,
  capacity: number,
  options: { inference?: boolean; kept?: KeptForBackward } = {},
): number {
  const inference = options.inference ?? false;
  const kept = options.kept ?? keptForBackward(a, spec, { inference });
  const peak = (batch: number) =>
    trainingBudget(a, spec, { ...settings, batch }, { inference, kept }).peak;
  const p1 = peak(1);
  if (p1 > capacity) return 0;
  const slope = (peak(64) - p1) / 63;
  if (!(slope > 0)) return 2 ** 40;
  const guess = Math.max(1, Math.floor((capacity - p1) / slope) + 1);
  // Bracket: lo fits, hi does not.
  let step = Math.max(1, Math.ceil(guess / 256));
  let lo = Math.max(1, guess - step);
  while (lo > 1 && peak(lo) > capacity) {
    step *= 2;
    lo = Math.max(1, guess - step);
  }
  step = Math.max(1, Math.ceil(guess / 256));
  let hi = lo + step;
  while (peak(hi) <= capacity) {
    lo = hi;
    step *= 2;
    hi = lo + step;
    if (hi > 2 ** 40) return lo;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (peak(mid) <= capacity) lo = mid;
    else hi = mid;
  }
  return lo;
}
