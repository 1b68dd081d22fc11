/**
 * What PyTorch's autograd keeps for the backward pass, per leaf op: eager PyTorch, training mode,
 * CUDA with cuDNN. Each op module declares its rule as `saved` in its `OpDef`, following the op's
 * entry in PyTorch's `tools/autograd/derivatives.yaml` (quoted in `derivatives`): a tensor named in
 * a backward formula (`self`, `input`, `result`, `result1` …) is saved when the forward runs.
 * Parameters (weights, biases, γ, β) are saved too, but they exist anyway and are counted as
 * weights, never here.
 *
 * Conventions:
 * - Sizes are elements of one image (batch excluded); `dtype` gives the element size:
 *   `float` is the training precision (fp32 = 4 B), `int64` 8 B (max-pool indices),
 *   `bool` 1 B (dropout masks).
 * - `constant` tensors (batch norm's per-channel mean and inverse std) do not grow with the batch.
 * - A rule names tensors by role (the layer's i-th input, its output, or a tensor the op makes
 *   inside); `keptForBackward` (`src/engine/memory/`) resolves roles to storages and counts each
 *   storage once.
 *
 * This module imports only types, so every op module can use it without a cycle.
 */
import type { LayerResult, Shape } from '../analysis';
import type { LeafOp, LeafOpName } from '../types';
import type { KeptWhat } from './saved-words';

export type { KeptWhat } from './saved-words';

export type SavedDtype = 'float' | 'int64' | 'bool';

/** Which tensor a rule keeps. */
export type SavedRole =
  | { kind: 'input'; index: number }
  | { kind: 'output' }
  /** A tensor made inside the op (LRN's intermediates, dropout's mask): its own storage. */
  | { kind: 'internal'; name: string };

export interface SavedTensor {
  role: SavedRole;
  dtype: SavedDtype;
  /** Elements per image (per network when `constant`). */
  elements: number;
  /** Does not grow with the batch (per-channel statistics). */
  constant?: boolean;
  /** What the backward needs it for, as a message (words: ./saved-words.ts). */
  what: KeptWhat;
}

export type LeafOfKind<K extends LeafOpName> = Extract<LeafOp, { op: K }>;

export interface SavedRule<K extends LeafOpName> {
  /**
   * The derivatives.yaml lines the rule follows: the `- name:` signature of the ATen op PyTorch
   * runs for this layer, then the formula line that names the saved tensors. Empty for an op
   * that runs no differentiable ATen op (the input).
   */
  derivatives: readonly string[];
  /** The ATen op(s) eager PyTorch runs for this layer, e.g. `aten::max_pool2d_with_indices`. */
  aten: string;
  /** The tensors the backward keeps, a pure function of the layer and its node. */
  saves(layer: LayerResult, node: LeafOfKind<K>): SavedTensor[];
}

/** Bytes of one element of each dtype at a float precision of `floatBytes`. */
export function dtypeBytes(dtype: SavedDtype, floatBytes: number): number {
  return dtype === 'float' ? floatBytes : dtype === 'int64' ? 8 : 1;
}

export const count = (s: Shape): number => s.reduce((a, b) => a * b, 1);

/** The layer's `index`-th input, kept at the training precision. */
export const savedInput = (l: LayerResult, index: number, what: KeptWhat): SavedTensor => ({
  role: { kind: 'input', index },
  dtype: 'float',
  elements: count(l.inShapes[index]),
  what,
});
/** The layer's output, kept at the training precision. */
export const savedOutput = (l: LayerResult, what: KeptWhat): SavedTensor => ({
  role: { kind: 'output' },
  dtype: 'float',
  elements: count(l.out),
  what,
});
