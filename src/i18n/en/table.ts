/** Strings of the layer table (English). */
import { fmt } from '../../engine/format';

export const table = {
  heading: 'Layers',
  columns: {
    path: 'Layer',
    op: 'Op',
    out: 'Output',
    params: 'Params',
    macs: 'MACs',
    flops: 'FLOPs',
    memory: 'Memory',
    rf: 'RF',
    rfLong: 'receptive field, input pixels',
  },
  batchSuffix: (batch: number) => (batch > 1 ? ` ×${batch}` : ''),
  total: 'Total',
  totalWithTraining: 'Total (training-only layers included)',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  collapse: (name: string) => `Collapse ${name}`,
  expand: (name: string) => `Expand ${name}`,
  sortBy: (col: string) => `Sort by ${col}`,
  unsort: 'Grouped by module',
  inPlace: 'in place: not counted again in the memory total',
  trainingOnly: 'training only',
  rows: (n: number) => `${fmt(n)} leaves (all ops)`,
  conventions: (precision: string, batch: number) =>
    `memory: output activations at ${precision}, batch ${batch}; bracketed = computed in place, not counted again`,
};
