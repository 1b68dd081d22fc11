/** Strings of the inspector (English). */
import type { Quantity } from '../../engine/analysis';

export const inspector = {
  heading: 'Inspector',
  empty: 'Click a layer in the diagram or the table to see how its numbers come about.',
  notFound: (path: string) => `No layer or module "${path}" in this network.`,
  path: 'Path',
  op: 'Op',
  inputs: 'Inputs',
  output: 'Output',
  arithmetic: 'Arithmetic',
  noArithmetic: 'Nothing to compute: this layer passes its input on.',
  quantities: {
    out: 'Output size',
    'out-height': 'Output height',
    'out-width': 'Output width',
    'out-channels': 'Output channels',
    padding: 'Padding',
    params: 'Parameters',
    buffers: 'Buffers (running statistics)',
    macs: 'Multiply-accumulates',
    elementwise: 'Element-wise operations',
    activations: 'Activations',
    'rf-size': 'Receptive field size',
    'rf-jump': 'Receptive field jump',
  } satisfies Record<Quantity, string>,
  rf: (h: number, w: number, jh: number, jw: number) =>
    h === w && jh === jw ? `${h}×${w} pixels, jump ${jh}` : `${h}×${w} pixels, jump ${jh}×${jw}`,
  receptiveField: 'Receptive field',
  module: {
    kind: 'Kind',
    children: 'Children',
    layers: 'Leaves (all ops)',
    totals: 'Totals',
    share: 'Share of the whole network',
    params: 'Parameters',
    buffers: 'Buffers',
    memory: 'Stored activations',
    inShapes: 'Input',
  },
  trainingOnly: 'Exists only while training (left out of the deployed totals).',
};
