/**
 * Text reports of an analysis: a model summary table like torchinfo's, JSON (a contract other
 * tools read), CSV and Markdown. Pure functions from an Analysis to a string.
 */
import type { Analysis, LayerResult, Totals } from '../engine/analysis';
import { bytesText } from '../engine/conventions';
import { compact, fmt, shapeText } from '../engine/format';
import type { TrainingMemory } from './memory-flags';
import { tableLatex } from '../export/table';

export type ReportFormat = 'table' | 'json' | 'csv' | 'md' | 'latex';
export const REPORT_FORMATS: readonly ReportFormat[] = ['table', 'json', 'csv', 'md', 'latex'];

export interface ReportOptions {
  /** Include training-only leaves (auxiliary classifiers). Default: the deployed network. */
  training?: boolean;
  /** Display name for the header. */
  name?: string;
  /** What backward keeps and the training step's budget (src/cli/memory-flags.ts). */
  memory?: TrainingMemory;
}

function selectLayers(a: Analysis, o: ReportOptions): LayerResult[] {
  return o.training ? a.layers : a.layers.filter((l) => !l.trainingOnly);
}

function selectTotals(a: Analysis, o: ReportOptions): Totals {
  return o.training ? a.totals : a.inference;
}

/** The JSON contract: `layers` lists every leaf in execution order; totals.params = Σ layers.params. */
export function toJson(a: Analysis, o: ReportOptions = {}): object {
  const t = selectTotals(a, o);
  return {
    id: a.id ?? null,
    input: a.input,
    output: a.output,
    trainingOnlyIncluded: Boolean(o.training),
    totals: {
      params: t.params,
      buffers: t.buffers,
      macs: t.macs,
      flops: 2 * t.macs,
      activations: t.activations,
      storedValues: t.storedValues,
      elementwise: t.elementwise,
      layers: t.layers,
      depth: a.depth,
      ...(o.memory ? { savedForBackward: o.memory.kept.perImage } : {}),
    },
    ...(o.memory ? { memory: memoryJson(o.memory) } : {}),
    layers: selectLayers(a, o).map((l, i) => ({
      path: l.path,
      op: l.op,
      out: l.out,
      params: l.params,
      buffers: l.buffers,
      macs: l.macs,
      activations: l.activations,
      rf: l.rf.size,
      inputs: l.inputs,
      ...(o.memory ? { saved: savedOf(o, l, i) } : {}),
      ...(l.trainingOnly ? { trainingOnly: true } : {}),
    })),
  };
}

/** The training-memory object of the JSON contract, every part in bytes. */
function memoryJson(m: TrainingMemory) {
  const b = m.budget;
  return {
    batch: b.batch,
    precision: b.precision,
    optimizer: b.optimizer,
    weights: b.weights,
    gradients: b.gradients,
    optimizerState: b.optimizerState,
    activations: b.activations,
    transient: b.transient,
    peak: b.peak,
  };
}

/** Bytes per image (fp32) a listed layer adds to what backward keeps. */
function savedOf(o: ReportOptions, l: LayerResult, i: number): number {
  const kept = o.memory!.kept.layers;
  const k = kept[i]?.path === l.path ? kept[i] : kept.find((x) => x.path === l.path);
  return k ? k.bytes : 0;
}

function pad(s: string, n: number, right = false): string {
  if (s.length >= n) return s;
  return right ? s.padStart(n) : s.padEnd(n);
}

export function toTable(a: Analysis, o: ReportOptions = {}): string {
  const layers = selectLayers(a, o);
  const t = selectTotals(a, o);
  const rows = layers.map((l) => [
    l.path + (l.trainingOnly ? ' (training)' : ''),
    l.op,
    shapeText(l.out),
    l.params ? fmt(l.params) : '--',
    l.macs ? fmt(l.macs) : '--',
  ]);
  const head = ['Layer (path)', 'Op', 'Output shape', 'Param #', 'MACs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (ch: string) => ch.repeat(widths.reduce((a, b) => a + b + 2, 0));
  const fmtRow = (r: string[]) => r.map((c, i) => pad(c, widths[i], i >= 3)).join('  ');
  const out: string[] = [];
  if (o.name) out.push(`${o.name}${a.id ? ` (${a.id})` : ''}`);
  out.push(line('='), fmtRow(head), line('='), ...rows.map(fmtRow), line('='));
  out.push(`Input: ${shapeText(a.input)}   Output: ${shapeText(a.output)}`);
  out.push(`Total params: ${fmt(t.params)} (${compact(t.params)})`);
  out.push(`Depth (conv + fc layers on the longest input→output path): ${a.depth}`);
  if (t.buffers)
    out.push(`Buffers (batch-norm running statistics, not parameters): ${fmt(t.buffers)}`);
  out.push(
    `Total MACs: ${fmt(t.macs)} (${compact(t.macs)}; FLOPs = 2 × MACs = ${compact(2 * t.macs)})`,
  );
  out.push(`Activations (every layer's output elements, views excluded): ${fmt(t.activations)}`);
  out.push(
    `Stored values (input + outputs; activations, BN and dropout in place): ${fmt(t.storedValues)} = ${bytesText(t.storedValues * 4)} in fp32`,
  );
  if (o.memory) {
    const b = o.memory.budget;
    out.push(
      `Kept for backward (what autograd saves, distinct tensors): ${fmt(o.memory.kept.perImage)} B per image (fp32) = ${bytesText(o.memory.kept.perImage)}`,
    );
    out.push(
      `Training step (batch ${b.batch}, ${b.precision}, ${b.optimizer}): weights ${bytesText(b.weights)} + gradients ${bytesText(b.gradients)} + optimizer ${bytesText(b.optimizerState)} + kept ${bytesText(b.activations)} + transient ${bytesText(b.transient)} = peak ${bytesText(b.peak)}`,
    );
  }
  if (a.hasTrainingOnly && !o.training) {
    out.push(
      `Training-only layers (auxiliary heads) left out; with them: ${fmt(a.totals.params)} params, ${fmt(a.totals.macs)} MACs (--training)`,
    );
  }
  out.push(line('='));
  return out.join('\n');
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(a: Analysis, o: ReportOptions = {}): string {
  const head = [
    'path',
    'op',
    'out',
    'params',
    'buffers',
    'macs',
    'activations',
    'rf',
    'training_only',
  ];
  const rows = selectLayers(a, o).map((l) =>
    [
      l.path,
      l.op,
      shapeText(l.out),
      l.params,
      l.buffers,
      l.macs,
      l.activations,
      shapeText(l.rf.size),
      l.trainingOnly,
    ]
      .map((c) => csvCell(String(c)))
      .join(','),
  );
  return [head.join(','), ...rows].join('\n');
}

export function toMarkdown(a: Analysis, o: ReportOptions = {}): string {
  const t = selectTotals(a, o);
  const out = [`| path | op | output | params | MACs |`, `|---|---|---|---:|---:|`];
  for (const l of selectLayers(a, o))
    out.push(
      `| \`${l.path}\` | ${l.op} | ${shapeText(l.out)} | ${fmt(l.params)} | ${fmt(l.macs)} |`,
    );
  out.push(`| **total** | | ${shapeText(a.output)} | **${fmt(t.params)}** | **${fmt(t.macs)}** |`);
  return out.join('\n');
}

export function report(a: Analysis, format: ReportFormat, o: ReportOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(a, o), null, 2);
    case 'csv':
      return toCsv(a, o);
    case 'md':
      return toMarkdown(a, o);
    case 'latex':
      return tableLatex(a, o).trimEnd();
    case 'table':
      return toTable(a, o);
  }
}
