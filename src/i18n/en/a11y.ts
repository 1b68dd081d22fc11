/** Strings of keyboard and screen-reader access (English): skip link, diagram keys, names, chart tables. */
import { fmt } from '../../engine/format';

export const a11y = {
  skip: 'Skip to content',
  /** Each op in words, for the accessible names of diagram boxes and volumes. */
  ops: {
    input: 'input',
    conv: 'convolution',
    pool: 'pooling',
    lrn: 'local response normalization',
    bn: 'batch normalization',
    relu: 'ReLU',
    prelu: 'PReLU',
    tanh: 'tanh',
    sigmoid: 'sigmoid',
    softmax: 'softmax',
    dropout: 'dropout',
    flatten: 'flatten',
    fc: 'fully connected',
    zeropad: 'zero padding',
    identity: 'identity',
    scale: 'channel scaling',
    concat: 'concatenation',
    add: 'addition',
    mean: 'mean',
  } as Record<string, string>,
  /** Accessible name of a leaf: `conv1, convolution conv 11×11, 96, /4, output 96×55×55, 34,944 parameters`. */
  leaf: (name: string, op: string, label: string, out: string, params: number) =>
    `${name}, ${op} ${label}, output ${out}, ${fmt(params)} parameters`,
  /** Accessible name of a collapsed module. */
  module: (name: string, kind: string, leaves: number, out: string, params: number) =>
    `${name}, ${kind} module of ${fmt(leaves)} layers, collapsed, output ${out}, ${fmt(params)} parameters`,
  /** The diagram's name and how to use it from the keyboard. */
  diagramName: (name: string, style: 'graph' | 'volumes', boxes: number) =>
    `${style === 'graph' ? 'Layer graph' : 'Stacked volumes'} of ${name}, ${fmt(boxes)} boxes. Arrow keys move between layers, Enter selects, Escape clears, question mark shows the keys.`,
  /** Polite announcement of the selection. */
  selected: (what: string) => `Selected: ${what}`,
  cleared: 'Selection cleared',
  zoom: {
    in: 'Zoom in',
    out: 'Zoom out',
  },
  keys: {
    summary: 'Keyboard',
    intro:
      'Tab into the diagram (one stop), then move along the network. The table below takes the same keys: ↑ ↓ between rows, Enter selects, Esc clears.',
    rows: [
      ['↓', 'next layer along the data flow (at a fork: the leftmost branch in the drawing)'],
      ['↑', 'back against the data flow (at a merge: the branch you came down by)'],
      ['→ ←', 'across to the next / previous sibling branch; in a chain, next / previous layer'],
      ['Home End', 'the input / the last layer'],
      ['Enter, Space', 'select the layer or collapsed module: the inspector shows it'],
      ['Esc', 'clear the selection'],
      ['E', 'expand the collapsed module, or collapse the module around the layer'],
      ['+ − 0', 'zoom in, zoom out, fit to screen'],
      ['Shift + arrows', 'pan'],
      ['?', 'show or hide these keys'],
    ] as [string, string][],
  },
  chart: {
    showTable: 'Show as table',
    layer: 'Layer',
    op: 'Op',
    value: 'Value',
    cumulative: (what: string) => `${what}, running total`,
    network: 'Network',
    stage: 'Stage',
    params: 'Parameters',
    year: 'Year',
    place: 'Place',
    entry: 'Entry',
    batch: 'Batch',
    top1: 'Top-1 accuracy (%)',
    top5Error: 'Top-5 error (%)',
    ms: 'Milliseconds per batch',
    /** A walk-through bar chart's first column (the bars' labels). */
    item: 'Item',
    block: 'Residual block',
    survival: 'Survival probability',
    kept: 'Kept in this sample',
    yes: 'yes',
    no: 'no',
  },
};
