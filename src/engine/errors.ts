/**
 * Typed spec errors. Every error names the layer path where the rule broke and the rule itself,
 * so views can point at the failing layer and translations can key on `rule`.
 */
import { type EngineMessage, engineText } from './messages';

/** The rules a spec can break. Stable identifiers: views and translations key on them. */
export type SpecRule =
  | 'unknown-op'
  | 'missing-field'
  | 'wrong-type'
  | 'bad-name'
  | 'duplicate-name'
  | 'unknown-input'
  | 'input-first'
  | 'positive-size'
  | 'kernel-fits'
  | 'pool-padding'
  | 'groups-divide'
  | 'add-shapes'
  | 'concat-spatial'
  | 'merge-arity'
  | 'flat-input'
  | 'spatial-input'
  | 'scale-shapes'
  | 'output-positive'
  | 'unknown-model'
  | 'bad-knob'
  /** A field the op does not have (a typo, usually: the message suggests the closest). */
  | 'unknown-field'
  /** A size, count or total past the engine's bounds (src/engine/limits.ts). */
  | 'too-large'
  /** Blocks nested deeper than the engine's bound. */
  | 'too-deep'
  /** A network with no layers at all. */
  | 'empty-network';

export class SpecError extends Error {
  /** Path of the node that broke the rule (`''` is the whole network). */
  readonly path: string;
  readonly rule: SpecRule;
  /** What went wrong, as data: the views say it in the language shown (./messages.ts). */
  readonly msg: EngineMessage;
  /** The explanation in English without the path, e.g. "kernel 7×7 is larger than the padded input 5×5". */
  readonly detail: string;

  constructor(path: string, rule: SpecRule, m: EngineMessage) {
    const detail = engineText(m);
    super(`${path || '(network)'}: ${detail} [${rule}]`);
    this.name = 'SpecError';
    this.path = path;
    this.rule = rule;
    this.msg = m;
    this.detail = detail;
  }
}

export function isSpecError(e: unknown): e is SpecError {
  return e instanceof SpecError;
}
