/**
 * The command line's training-memory flags: `--batch N`, `--precision fp32|fp16|bf16`,
 * `--optimizer sgd|momentum|adam`, and the memory figures a report prints for them.
 */
import type { Analysis } from '../engine/analysis';
import {
  OPTIMIZERS,
  TRAIN_PRECISIONS,
  keptForBackward,
  trainingBudget,
  type KeptForBackward,
  type Optimizer,
  type TrainPrecision,
  type TrainingBudget,
} from '../engine/memory/index';
import type { ModelSpec } from '../engine/types';

export interface TrainingFlags {
  batch?: number;
  precision?: TrainPrecision;
  optimizer?: Optimizer;
}

/** Defaults: one image, fp32, SGD with momentum (the optimizer most CNN papers trained with). */
export const TRAINING_DEFAULTS = { batch: 1, precision: 'fp32', optimizer: 'momentum' } as const;

/** Reads one training flag into `flags`; false when `arg` is not one of them. */
export function parseTrainingFlag(
  arg: string,
  next: () => string,
  flags: TrainingFlags,
  Err: new (message: string) => Error,
): boolean {
  if (arg === '--batch') {
    const v = next();
    if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
      throw new Err(`--batch must be a positive integer, got "${v}"`);
    flags.batch = Number(v);
    return true;
  }
  if (arg === '--precision') {
    const v = next();
    if (!(TRAIN_PRECISIONS as readonly string[]).includes(v))
      throw new Err(`--precision must be one of ${TRAIN_PRECISIONS.join(', ')}, got "${v}"`);
    flags.precision = v as TrainPrecision;
    return true;
  }
  if (arg === '--optimizer') {
    const v = next();
    if (!(OPTIMIZERS as readonly string[]).includes(v))
      throw new Err(`--optimizer must be one of ${OPTIMIZERS.join(', ')}, got "${v}"`);
    flags.optimizer = v as Optimizer;
    return true;
  }
  return false;
}

export interface TrainingMemory {
  kept: KeptForBackward;
  budget: TrainingBudget;
}

/** What backward keeps and the step's budget, for the layers the report lists. */
export function trainingMemory(
  a: Analysis,
  spec: ModelSpec,
  flags: TrainingFlags,
  training: boolean,
): TrainingMemory {
  const inference = !training;
  const kept = keptForBackward(a, spec, { inference });
  const budget = trainingBudget(a, spec, { ...TRAINING_DEFAULTS, ...flags }, { inference, kept });
  return { kept, budget };
}
