/**
 * The engine's walk over structure: visit a spec once, in execution order, evaluate every leaf
 * through the op registry (`./ops`), and derive for every module its shapes, totals and receptive
 * field. Shape rules are checked by the ops and broken ones throw a SpecError naming the leaf
 * path; the bounds of `./limits.ts` (nesting, size, exact counts) are checked here.
 */
import type { Analysis, LayerResult, ModuleResult, ReceptiveField, Shape } from './analysis';
import { networkDepth } from './depth';
import { SpecError } from './errors';
import type { CountName } from './messages';
import { shapeText } from './format';
import { MAX_DEPTH, MAX_EXACT, MAX_NODES, MAX_SIZE } from './limits';
import { OPS, isLeafOp } from './ops/index';
import type { LeafInput, OpDef } from './ops/def';
import { product } from './ops/shared';
import { checkTotals, emptyTotals, sumLayers } from './totals';
import type {
  BlockNode,
  LeafOp,
  LeafOpName,
  ModelSpec,
  ParallelNode,
  RepeatNode,
  SpecNode,
  StructureNode,
} from './types';

export { pair } from './ops/shared';
export { sumLayers } from './totals';

export interface AnalyzeOptions {
  /** Override of the spec's input shape [C, H, W]. */
  input?: Shape;
}

/** A value flowing along an edge: its shape, receptive field and the leaf that produced it. */
interface Flow {
  shape: Shape;
  rf: ReceptiveField;
  producer: string;
}

function join(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}

/** A count past 2^53 − 1 cannot be shown exactly: refuse it, naming where it arose. */
function tooLarge(path: string, what: CountName, value: number): SpecError {
  return new SpecError(path, 'too-large', {
    code: 'count-too-large',
    what,
    value: value.toExponential(3),
    max: MAX_EXACT,
  });
}

/** Evaluate one leaf on its inputs through its registry entry and check the bounds. */
function evalLeaf(
  node: LeafOp,
  path: string,
  inputs: Flow[],
): Omit<LayerResult, 'path' | 'name' | 'parent' | 'inputs' | 'trainingOnly'> {
  const def = isLeafOp(node.op) ? (OPS[node.op] as OpDef<LeafOpName>) : undefined;
  if (!def)
    throw new SpecError(path, 'unknown-op', { code: 'unknown-op', op: `"${String(node.op)}"` });
  const [min, max] = def.arity;
  if (inputs.length < min || inputs.length > max) {
    throw new SpecError(path, 'merge-arity', {
      code: 'arity',
      op: node.op,
      min,
      // Plain JSON: no upper bound is null, not Infinity.
      max: max === Infinity ? null : max,
      got: inputs.length,
    });
  }
  const inShapes = inputs.map((f) => f.shape);
  const io: LeafInput = { path, shapes: inShapes, rfs: inputs.map((f) => f.rf) };
  const r = def.evaluate(node as never, io);
  const out = r.out;
  if (out.some((n) => !(n >= 1)))
    throw new SpecError(path, 'output-positive', {
      code: 'output-below-one',
      shape: shapeText(out),
    });
  if (out.some((n) => n > MAX_SIZE))
    throw new SpecError(path, 'too-large', {
      code: 'output-too-large',
      shape: shapeText(out),
      max: MAX_SIZE,
    });
  const activations = product(out);
  const params = r.params ?? 0;
  const buffers = r.buffers ?? 0;
  const macs = r.macs ?? 0;
  const elementwise = r.elementwise ?? 0;
  if (activations > MAX_EXACT) throw tooLarge(path, 'output', activations);
  if (params > MAX_EXACT) throw tooLarge(path, 'params', params);
  if (buffers > MAX_EXACT) throw tooLarge(path, 'buffers', buffers);
  if (macs > MAX_EXACT) throw tooLarge(path, 'macs', macs);
  if (elementwise > MAX_EXACT) throw tooLarge(path, 'elementwise', elementwise);
  const rf = r.rf;
  if (!(
    rf.size[0] <= MAX_EXACT &&
    rf.size[1] <= MAX_EXACT &&
    rf.jump[0] <= MAX_EXACT &&
    rf.jump[1] <= MAX_EXACT
  ))
    throw tooLarge(path, 'rf', Math.max(rf.size[0], rf.size[1], rf.jump[0], rf.jump[1]));
  // One object shape for every leaf keeps large networks fast (no dictionary-mode objects).
  return {
    op: node.op,
    label: r.label,
    inShapes,
    out,
    params,
    buffers,
    macs,
    elementwise,
    activations,
    inPlace: r.inPlace ?? def.inPlace,
    view: def.view,
    rf,
    arithmetic: r.arithmetic ?? [],
  };
}

interface Ctx {
  layers: LayerResult[];
  modules: ModuleResult[];
}

/** Bounds of the walk, for specs that did not pass through parseSpec. */
function enter(ctx: Ctx, path: string, depth: number): void {
  if (depth > MAX_DEPTH)
    throw new SpecError(path, 'too-deep', { code: 'too-deep', max: MAX_DEPTH });
  if (ctx.layers.length + ctx.modules.length >= MAX_NODES)
    throw new SpecError(path, 'too-large', { code: 'too-many-nodes', max: MAX_NODES });
}

/** Evaluate any node on its inputs; returns its output flow. */
function evalNode(
  node: SpecNode,
  path: string,
  parent: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
): Flow {
  const tOnly = trainingOnly || (node.trainingOnly ?? false);
  enter(ctx, path, depth);
  if (node.op === 'block' || node.op === 'parallel' || node.op === 'repeat') {
    return evalStructure(node, path, parent, depth, inputs, tOnly, ctx);
  }
  const r = evalLeaf(node, path, inputs);
  ctx.layers.push({
    path,
    name: node.name,
    op: r.op,
    label: node.label ?? r.label,
    parent,
    inputs: inputs.map((f) => f.producer),
    inShapes: r.inShapes,
    out: r.out,
    params: r.params,
    buffers: r.buffers,
    macs: r.macs,
    elementwise: r.elementwise,
    activations: r.activations,
    inPlace: r.inPlace,
    view: r.view,
    rf: r.rf,
    trainingOnly: tOnly,
    arithmetic: r.arithmetic,
  });
  return { shape: r.out, rf: r.rf, producer: path };
}

function evalStructure(
  node: StructureNode,
  path: string,
  parent: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  named?: ReadonlyMap<string, Flow>,
): Flow {
  const mod: ModuleResult = {
    path,
    name: node.name,
    op: node.op,
    kind: node.kind ?? (node.op === 'parallel' ? 'branch' : 'block'),
    label: node.label ?? node.name,
    note: node.note,
    meta: node.meta,
    parent: depth === 0 ? null : parent,
    depth,
    children: [],
    start: ctx.layers.length,
    end: 0,
    inShapes: inputs.map((f) => f.shape),
    out: [],
    rf: inputs[0]?.rf ?? { size: [1, 1], jump: [1, 1], start: [0.5, 0.5] },
    trainingOnly,
    totals: emptyTotals(),
  };
  ctx.modules.push(mod);
  let out: Flow;
  if (node.op === 'block')
    out = evalBlock(node, path, depth, inputs, trainingOnly, ctx, mod, named);
  else if (node.op === 'parallel')
    out = evalParallel(node, path, depth, inputs, trainingOnly, ctx, mod);
  else out = evalRepeat(node, path, depth, inputs, trainingOnly, ctx, mod);
  mod.end = ctx.layers.length;
  mod.out = out.shape;
  mod.rf = out.rf;
  mod.totals = sumLayers(ctx.layers, mod.start, mod.end);
  return out;
}

function evalBlock(
  node: BlockNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
  /** Extra names children may read (the root's input leaf by its own name). */
  named: ReadonlyMap<string, Flow> = new Map(),
): Flow {
  const expected = node.inputs ?? 1;
  if (inputs.length !== expected) {
    throw new SpecError(path, 'merge-arity', {
      code: 'block-arity',
      expected,
      got: inputs.length,
    });
  }
  const env = new Map<string, Flow>(named);
  inputs.forEach((f, i) => env.set(`in${i}`, f));
  let prev: Flow | undefined = inputs[0];
  let last: Flow | undefined = inputs[0];
  node.layers.forEach((child) => {
    const cpath = join(path, child.name);
    mod.children.push(cpath);
    let srcs: Flow[];
    if (child.from) {
      srcs = child.from.map((name) => {
        const f = env.get(name);
        if (!f)
          throw new SpecError(cpath, 'unknown-input', {
            code: 'unknown-source',
            name: `"${name}"`,
          });
        return f;
      });
    } else {
      if (!prev) throw new SpecError(cpath, 'unknown-input', { code: 'nothing-to-read' });
      srcs = [prev];
    }
    const outFlow = evalNode(child, cpath, path, depth + 1, srcs, trainingOnly, ctx);
    env.set(child.name, outFlow);
    if (!child.side) {
      prev = outFlow;
      last = outFlow;
    }
  });
  if (node.output !== undefined) {
    const f = env.get(node.output);
    if (!f)
      throw new SpecError(path, 'unknown-input', {
        code: 'unknown-output',
        name: `"${node.output}"`,
      });
    return f;
  }
  if (!last) throw new SpecError(path, 'merge-arity', { code: 'empty-block' });
  return last;
}

function evalParallel(
  node: ParallelNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
): Flow {
  if (inputs.length !== 1)
    throw new SpecError(path, 'merge-arity', { code: 'parallel-arity', got: inputs.length });
  const outs = node.branches.map((b) => {
    const bpath = join(path, b.name);
    mod.children.push(bpath);
    return evalNode(b, bpath, path, depth + 1, inputs, trainingOnly, ctx);
  });
  const mpath = join(path, node.merge.name);
  mod.children.push(mpath);
  return evalNode(node.merge, mpath, path, depth + 1, outs, trainingOnly, ctx);
}

function evalRepeat(
  node: RepeatNode,
  path: string,
  depth: number,
  inputs: Flow[],
  trainingOnly: boolean,
  ctx: Ctx,
  mod: ModuleResult,
): Flow {
  if (inputs.length !== 1)
    throw new SpecError(path, 'merge-arity', { code: 'repeat-arity', got: inputs.length });
  let flow = inputs[0];
  for (let i = 1; i <= node.count; i++) {
    const name = `${node.body.name}${i}`;
    const cpath = join(path, name);
    mod.children.push(cpath);
    flow = evalNode(
      { ...node.body, name } as SpecNode,
      cpath,
      path,
      depth + 1,
      [flow],
      trainingOnly,
      ctx,
    );
  }
  return flow;
}

/** The default input shape of a spec: its root's first layer. */
export function defaultInput(spec: ModelSpec): Shape {
  const first = spec.root.layers[0];
  if (!first || first.op !== 'input')
    throw new SpecError(first ? first.name : '', 'input-first', { code: 'input-first' });
  return first.shape;
}

/** A root child name not taken, for the input leaf of a spec that has none. */
function freeName(root: BlockNode, want: string): string {
  const taken = new Set(root.layers.map((l) => l.name));
  let name = want;
  for (let i = 2; taken.has(name); i++) name = `${want}${i}`;
  return name;
}

/**
 * Analyze a (validated) spec. Throws SpecError when a shape rule breaks or a bound is passed.
 * The root block's first layer is the input; `options.input` overrides its shape. A spec with no
 * input layer needs `options.input`, which then feeds the first layer (every layer is kept).
 */
export function analyze(spec: ModelSpec, options: AnalyzeOptions = {}): Analysis {
  const root = spec.root;
  if (!root || !Array.isArray(root.layers) || root.layers.length === 0)
    throw new SpecError('', 'empty-network', { code: 'empty-network' });
  const first = root.layers[0];
  const hasInput = first.op === 'input';
  const input = options.input ?? defaultInput(spec);
  const inPath = hasInput ? first.name : freeName(root, 'input');
  if (input.length !== 3 && input.length !== 1)
    throw new SpecError(inPath, 'wrong-type', {
      code: 'value-type',
      field: 'input',
      want: { code: 'chw' },
      got: shapeText(input),
    });
  if (!input.every((n) => Number.isInteger(n) && n > 0))
    throw new SpecError(inPath, 'positive-size', {
      code: 'input-positive',
      shape: shapeText(input),
    });
  if (!input.every((n) => n <= MAX_SIZE))
    throw new SpecError(inPath, 'too-large', {
      code: 'input-too-large',
      max: MAX_SIZE,
      shape: shapeText(input),
    });
  if (product(input) > MAX_EXACT) throw tooLarge(inPath, 'input', product(input));

  const ctx: Ctx = { layers: [], modules: [] };
  const rf0: ReceptiveField = { size: [1, 1], jump: [1, 1], start: [0.5, 0.5] };
  // The input leaf comes first; the rest of the root is a block fed by it, whose children may
  // also read it by its own name.
  ctx.layers.push({
    path: inPath,
    name: inPath,
    op: 'input',
    label: `input ${shapeText(input)}`,
    parent: '',
    inputs: [],
    inShapes: [],
    out: input,
    params: 0,
    buffers: 0,
    macs: 0,
    elementwise: 0,
    activations: product(input),
    inPlace: false,
    view: false,
    rf: rf0,
    trainingOnly: false,
    arithmetic: [],
  });
  const inputFlow: Flow = { shape: input, rf: rf0, producer: inPath };
  const rest: BlockNode = {
    ...root,
    kind: root.kind ?? 'network',
    layers: hasInput ? root.layers.slice(1) : root.layers,
    inputs: 1,
  };
  const outFlow = evalStructure(
    rest,
    '',
    '',
    0,
    [inputFlow],
    false,
    ctx,
    new Map([[inPath, inputFlow]]),
  );
  const rootMod = ctx.modules[0];
  rootMod.children.unshift(inPath);
  rootMod.start = 0;
  rootMod.totals = sumLayers(ctx.layers);
  checkTotals(ctx.layers, rootMod.totals);

  return {
    id: spec.id,
    input,
    output: outFlow.shape,
    layers: ctx.layers,
    modules: ctx.modules,
    totals: rootMod.totals,
    inference: sumLayers(ctx.layers, 0, ctx.layers.length, true),
    hasTrainingOnly: ctx.layers.some((l) => l.trainingOnly),
    depth: networkDepth(ctx.layers, ctx.modules, outFlow.producer),
  };
}
