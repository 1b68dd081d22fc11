/** Shared test helpers: build + validate + analyze a catalog id, and the torchvision reference. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildModel } from '../src/catalog/index';
import type { KnobValue } from '../src/catalog/types';
import {
  analyze,
  parseSpec,
  type Analysis,
  type LayerResult,
  type Shape,
} from '../src/engine/index';

/** Build a catalog id, round-trip it through JSON (the spec must be plain data) and analyze it. */
export function analyzeId(
  id: string,
  overrides: Record<string, KnobValue> = {},
  input?: Shape,
): Analysis {
  const spec = parseSpec(JSON.parse(JSON.stringify(buildModel(id, overrides))));
  return analyze(spec, { input });
}

export interface RefLayer {
  name: string;
  type: string;
  out: number[];
  params: number;
  macs: number;
}
export interface RefModel {
  input: number[];
  params: number;
  params_bn: number;
  bn_running_stats: number;
  macs: number;
  flops_counter: number;
  activations: number;
  layers: RefLayer[];
}

/** shared/reference/torch-reference-subset.json (copied to tests/fixtures). */
export function torchReference(key: string): RefModel {
  const file = fileURLToPath(new URL('./fixtures/torch-reference-subset.json', import.meta.url));
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RefModel>;
  const m = all[key];
  if (!m) throw new Error(`no reference model ${key}`);
  return m;
}

/** The conv and fc leaves of an analysis, in execution order (inference graph). */
export function convFc(a: Analysis, includeTrainingOnly = false): LayerResult[] {
  return a.layers.filter(
    (l) => (l.op === 'conv' || l.op === 'fc') && (includeTrainingOnly || !l.trainingOnly),
  );
}

/** The Conv2d and Linear layers of a reference model. */
export function refConvFc(m: RefModel): RefLayer[] {
  return m.layers.filter((l) => l.type === 'Conv2d' || l.type === 'Linear');
}
