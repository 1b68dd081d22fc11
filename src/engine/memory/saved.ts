/**
 * What PyTorch's autograd keeps for the backward pass, layer by layer. Each leaf op declares its
 * rule (with the derivatives.yaml lines it follows) as `saved` in its own module under
 * `src/engine/ops/`; the types and helpers live in `src/engine/ops/saved.ts` and are re-exported
 * here. `keptForBackward` resolves the rules' roles to storages and counts each storage once.
 */
import type { LayerResult } from '../analysis';
import { OPS } from '../ops/index';
import type { LeafOfKind, SavedRule, SavedTensor } from '../ops/saved';
import type { LeafOp, LeafOpName } from '../types';

export {
  dtypeBytes,
  type LeafOfKind,
  type SavedDtype,
  type SavedRole,
  type SavedRule,
  type SavedTensor,
} from '../ops/saved';

/** The saved tensors of one layer under its op's rule. */
export function savedTensors(layer: LayerResult, node: LeafOp): SavedTensor[] {
  const rule = OPS[node.op].saved as SavedRule<LeafOpName>;
  return rule.saves(layer, node as LeafOfKind<LeafOpName>);
}

/**
 * Ops whose output is the same storage as their first input: views (flatten, identity) and
 * dropout with p = 0, which returns its input. Everything else writes a new tensor (in-place
 * ReLU and `out += identity` reuse storage too, but only where nothing else keeps the old
 * value, so they never change which distinct tensors are kept).
 */
export function aliasesInput(node: LeafOp): boolean {
  return (
    node.op === 'flatten' || node.op === 'identity' || (node.op === 'dropout' && !(node.p > 0))
  );
}
