/**
 * FractalNet's expansion rule (Larsson et al. 2016; architectures.md §14):
 *   f₁(z) = conv(z),   f_{C+1}(z) = join( f_C(f_C(z)), conv(z) )
 * drawn for C = 1…4 from the catalog's `fractalBlock` and the engine's layer graph, and a
 * network sampled under drop-path: local (each join drops each input with probability p, keeping
 * at least one) or global (one column alone). Geometry in "rows": a block is 2^(C−1) conv units
 * deep; unit i of column j spans rows (i−1)·2^(C−j) … i·2^(C−j).
 */
import { randomLcg } from 'd3-random';
import { block, input } from '../../catalog/blocks';
import { fractalBlock } from '../../catalog/fractalnet';
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { run, type Field, type Lesson, type Values } from './common';

export const FRACTAL_FIELDS: readonly Field[] = [
  { key: 'C', default: 3, min: 1, max: 6 },
  { key: 'channels', default: 64, min: 1, max: 1024 },
  { key: 'drop', default: 15, min: 0, max: 100 },
  /** 0: local drop-path; 1: global (one column). */
  { key: 'global', default: 0, min: 0, max: 1 },
  { key: 'seed', default: 1, min: 0, max: 1_000_000 },
];

export interface FractalUnit {
  /** Module path (`block/col3_conv2`). */
  path: string;
  column: number;
  /** Top and bottom row (conv-unit depths). */
  row0: number;
  row1: number;
  /** Producer: a unit or join path, or '' for the block input. */
  from: string;
}

export interface FractalJoin {
  path: string;
  row: number;
  inputs: string[];
}

export interface FractalDrawing {
  C: number;
  analysis: Analysis;
  depth: number;
  units: FractalUnit[];
  joins: FractalJoin[];
  /** The block's output: the last join (or the only unit when C = 1). */
  output: string;
}

/** One block with C columns, as the engine sees it, placed on the rows of the rule. */
export function fractalDrawing(C: number, channels: number, size = 32): FractalDrawing {
  const a = analyze({
    root: block('net', 'network', [
      input([channels, size, size]),
      fractalBlock('block', C, channels, {}),
    ]),
  });
  // Leaf path → the unit module or join it belongs to ('' for the input).
  const owner = (leaf: string): string => {
    const l = a.layers.find((x) => x.path === leaf)!;
    if (l.op === 'input') return '';
    if (l.op === 'mean') return l.path;
    return l.parent;
  };
  const units: FractalUnit[] = [];
  const seen = new Map<number, number>();
  for (const m of a.modules) {
    if (m.kind !== 'conv-unit') continue;
    const column = Number(m.meta?.column);
    const i = (seen.get(column) ?? 0) + 1;
    seen.set(column, i);
    const span = 2 ** (C - column);
    const first = a.layers[m.start];
    units.push({
      path: m.path,
      column,
      row0: (i - 1) * span,
      row1: i * span,
      from: owner(first.inputs[0]),
    });
  }
  const rowOf = new Map(units.map((u) => [u.path, u.row1]));
  const joins: FractalJoin[] = a.layers
    .filter((l) => l.op === 'mean')
    .map((l) => {
      const inputs = l.inputs.map(owner);
      const row = Math.max(...inputs.map((p) => rowOf.get(p) ?? 0));
      rowOf.set(l.path, row);
      return { path: l.path, row, inputs };
    });
  const output = joins.length ? joins[joins.length - 1].path : units[0].path;
  return { C, analysis: a, depth: 2 ** (C - 1), units, joins, output };
}

export interface DropPathSample {
  /** Units that compute in this sampled network. */
  active: Set<string>;
  /** Join inputs kept, per join path. */
  kept: Map<string, string[]>;
  /** Global drop-path: the column kept. */
  column?: number;
}

/** Sample one training-time network under drop-path (seeded, so a slide can be shown again). */
export function sampleDropPath(
  d: FractalDrawing,
  p: number,
  global: boolean,
  seed: number,
): DropPathSample {
  const rnd = randomLcg(seed);
  const unitBy = new Map(d.units.map((u) => [u.path, u]));
  const joinBy = new Map(d.joins.map((j) => [j.path, j]));
  const column = global ? 1 + Math.floor(rnd() * d.C) : undefined;
  const active = new Set<string>();
  const kept = new Map<string, string[]>();
  const colOf = (path: string): number | undefined => unitBy.get(path)?.column;
  const visit = (path: string) => {
    if (!path) return;
    const u = unitBy.get(path);
    if (u) {
      active.add(path);
      visit(u.from);
      return;
    }
    const j = joinBy.get(path)!;
    let keep: string[];
    if (column !== undefined) {
      // The input on the kept column's path: its own unit, or the join it reads through.
      keep = j.inputs.filter((i) => colOf(i) === column);
    } else {
      keep = j.inputs.filter(() => rnd() >= p);
      if (!keep.length) keep = [j.inputs[Math.floor(rnd() * j.inputs.length)]];
    }
    kept.set(path, keep);
    keep.forEach(visit);
  };
  visit(d.output);
  return { active, kept, column };
}

export interface FractalLesson {
  /** The rule drawn for C = 1…4 (or up to the chosen C when larger). */
  drawings: FractalDrawing[];
  chosen: FractalDrawing;
  sample: DropPathSample;
  /** Local drop probability, in percent. */
  drop: number;
}

export function fractalLesson(v: Values): Lesson<FractalLesson> {
  return run(() => {
    const drawings = Array.from({ length: Math.max(4, v.C) }, (_, i) =>
      fractalDrawing(i + 1, v.channels),
    );
    const chosen = drawings[v.C - 1];
    return {
      drawings: drawings.slice(0, 4),
      chosen,
      sample: sampleDropPath(chosen, v.drop / 100, v.global === 1, v.seed),
      drop: v.drop,
    };
  });
}
