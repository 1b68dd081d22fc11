/**
 * The state of one import while it walks the graph: what every tensor name holds (an activation
 * produced by a spec leaf, or a constant with known dimensions and maybe values), the leaves made
 * so far in execution order, and the warnings. Shapes of activations come from the engine itself
 * (`analyze` over the leaves made so far), so no shape rule is written twice.
 */
import type { NodeProto } from 'onnx-buf';
import { analyze } from '../../engine/analyze';
import { parseSpec } from '../../engine/validate';
import type { Shape } from '../../engine/analysis';
import { isSpecError } from '../../engine/errors';
import type { InputOp, LeafOp, ModelSpec } from '../../engine/types';
import { OnnxImportError, type ImportWarning } from './errors';
import { nodeLabel as labelOf, type OnnxMessage } from './messages';

/** A spec leaf without its name and wiring (which the importer assigns). */
export type LeafBody = LeafOp extends infer T
  ? T extends LeafOp
    ? Omit<T, 'name' | 'from'>
    : never
  : never;

/** A tensor that holds an activation: the spec leaf (by internal id) whose output it is. */
export interface DataValue {
  kind: 'data';
  leaf: string;
}

/**
 * A tensor known without running the network: a weight, a bias, a shape computed by shape-only
 * ops. `dims` and `values` are null when the file does not say or the values are too many to read;
 * `origin` is the name of the tensor it was first stored under (constant folding leaves its mark
 * there, see `foldedBatchNorm`).
 */
export interface ConstValue {
  kind: 'const';
  dims: number[] | null;
  values: number[] | null;
  origin: string;
}

export type Value = DataValue | ConstValue;

/** A spec leaf made from an ONNX node, with where it sits in the exporter's module scopes. */
export interface LeafRecord {
  /** Internal unique id; the leaf's `name` until the final naming pass. */
  id: string;
  node: LeafOp;
  /** Module scopes from the node name (`/layer1/layer1.0/conv1/Conv` → layer1, layer1.0, conv1). */
  scope: string[];
  /** Name within its scope before de-duplication. */
  base: string;
  /** The ONNX node it came from, for messages. */
  onnxName: string;
  onnxOp: string;
  /** Dimensions of the weight (conv, fc) or scale (bn) tensor, checked against the input at the end. */
  weightDims?: number[];
}

export function unknownConst(origin: string): ConstValue {
  return { kind: 'const', dims: null, values: null, origin };
}

/** A node in English, for the notes the spec's leaves keep: `"name" (Conv)`, or `Conv (unnamed)`. */
export function nodeLabel(node: Pick<NodeProto, 'name' | 'opType'>): string {
  return labelOf({ node: node.name, op: node.opType });
}

export class ImportContext {
  readonly values = new Map<string, Value>();
  readonly leaves: LeafRecord[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly notes: OnnxMessage[] = [];
  /** Convolutions whose folded batch norm was restored. */
  foldedConvs = 0;
  private readonly byId = new Map<string, LeafRecord>();
  private readonly shapes = new Map<string, Shape>();
  private nextId = 1;

  constructor(
    readonly input: InputOp,
    /** The batch size the file declares (1 when symbolic): what `Shape` reports for axis 0. */
    readonly batch: number,
    /** Restore batch norms the exporter folded into convolutions. */
    readonly unfoldBatchNorm: boolean,
  ) {
    this.shapes.set(input.name, input.shape);
  }

  get(name: string): Value | undefined {
    return name === '' ? undefined : this.values.get(name);
  }

  set(name: string, v: Value): void {
    if (name !== '') this.values.set(name, v);
  }

  data(name: string): DataValue | undefined {
    const v = this.get(name);
    return v?.kind === 'data' ? v : undefined;
  }

  constant(name: string): ConstValue | undefined {
    const v = this.get(name);
    return v?.kind === 'const' ? v : undefined;
  }

  warn(node: NodeProto, msg: OnnxMessage): void {
    this.warnings.push({ node: node.name, op: node.opType, msg });
  }

  record(id: string): LeafRecord | undefined {
    return this.byId.get(id);
  }

  /** Add a leaf reading `from` (leaf ids) and return its id. */
  emit(
    node: NodeProto,
    leaf: LeafBody,
    from: string[],
    extra: Partial<Pick<LeafRecord, 'scope' | 'base' | 'weightDims'>> = {},
  ): string {
    const id = `n${this.nextId++}`;
    const { scope, base } = scopeOf(node);
    checkLeaf(node, leaf);
    const rec: LeafRecord = {
      id,
      node: { ...leaf, name: id, from } as LeafOp,
      scope: extra.scope ?? scope,
      base: extra.base ?? base,
      onnxName: node.name,
      onnxOp: node.opType,
      weightDims: extra.weightDims,
    };
    this.leaves.push(rec);
    this.byId.set(id, rec);
    return id;
  }

  /** The spec of everything made so far, flat, leaves named by id. */
  flatSpec(): ModelSpec {
    return {
      root: {
        op: 'block',
        name: 'network',
        layers: [this.input, ...this.leaves.map((l) => l.node)],
      },
    };
  }

  /** C×H×W (or [N]) of a leaf's output, from the engine. */
  shapeOf(id: string): Shape {
    const known = this.shapes.get(id);
    if (known) return known;
    const a = this.analyzeFlat();
    for (const l of a.layers) this.shapes.set(l.path, l.out);
    const s = this.shapes.get(id);
    if (!s) throw new OnnxImportError({ code: 'no-shape', leaf: id });
    return s;
  }

  /** Analyze the flat spec; a broken shape rule names the ONNX node it came from. */
  analyzeFlat() {
    try {
      return analyze(this.flatSpec());
    } catch (e) {
      if (!isSpecError(e)) throw e;
      const rec = this.record(e.path);
      throw new OnnxImportError(
        rec
          ? { code: 'node-broke', node: rec.onnxName, op: rec.onnxOp, rule: e.rule, engine: e.msg }
          : { code: 'graph-broke', rule: e.rule, engine: e.msg },
      );
    }
  }
}

/** Validate one leaf's fields (a hostile file can ask for a 0×0 kernel) before any analysis. */
function checkLeaf(node: NodeProto, leaf: LeafBody): void {
  try {
    parseSpec({
      root: {
        op: 'block',
        name: 'check',
        layers: [{ op: 'input', name: 'in', shape: [1] }, { ...leaf, name: 'leaf' } as LeafOp],
      },
    });
  } catch (e) {
    if (!isSpecError(e)) throw e;
    throw new OnnxImportError({
      code: 'node-broke',
      node: node.name,
      op: node.opType,
      rule: e.rule,
      engine: e.msg,
    });
  }
}

/**
 * Module scopes from an exporter's node name. PyTorch names a node `/<module>/<submodule>/<Op>`:
 * everything before the last segment is the module that ran it. Other names are a single segment.
 */
export function scopeOf(node: Pick<NodeProto, 'name' | 'opType'>): {
  scope: string[];
  base: string;
} {
  const name = node.name;
  if (name.startsWith('/')) {
    const segs = name.split('/').filter((s) => s !== '');
    if (segs.length > 0) return { scope: segs.slice(0, -1), base: segs[segs.length - 1] };
  }
  return { scope: [], base: name.replaceAll('/', '∕') || node.opType };
}
