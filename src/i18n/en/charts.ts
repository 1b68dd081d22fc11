/** Strings of the per-layer charts, the cumulative curves and the memory panel (English). */
export const charts = {
  heading: 'Where the memory and the compute go',
  scale: { label: 'Scale', linear: 'Linear', log: 'Log' },
  rows: {
    memory: (precision: string, batch: number) =>
      `Activation memory (${precision}, batch ${batch})`,
    params: 'Parameters',
    compute: (unit: string, batch: number) => (batch > 1 ? `${unit} (batch ${batch})` : unit),
  },
  /** Row title suffix: the row total and the largest bar's share of it. */
  rowSummary: (total: string, name: string, share: string) =>
    `total ${total} · ${name} holds ${share}`,
  units: { macs: 'MACs', flops: 'FLOPs' },
  percent: (share: number) => `${(share * 100).toFixed(1)} %`,
  families: {
    input: 'input',
    conv: 'conv',
    pool: 'pool',
    norm: 'norm',
    fc: 'fc',
    merge: 'merge',
    act: 'activation',
    module: 'module',
  },
  legendLabel: 'Bar colours',
  trainingOnly: 'pale: training-only layers (auxiliary heads)',
  inPlaceNote:
    'ReLU, dropout and flatten join the bar of the layer before them (they run in place); a batch-norm that opens a block stores nothing new and is drawn faint in the memory row.',
  aggregation: {
    none: (bars: number, layers: number) =>
      `${bars} bars for ${layers} leaves (all ops + the input).`,
    module: (bars: number, layers: number, kind: string) =>
      `Aggregated: ${layers} leaves (all ops + the input) are too many for the width, so each of the ${bars} bars sums one ${kind || 'module'}.`,
    bins: (bars: number, layers: number, per: number, kind: string | undefined) =>
      `Aggregated: ${layers} leaves (all ops + the input) are too many for the width, so each of the ${bars} bars sums ${per} consecutive ${kind ? `${kind} modules` : 'leaves'}.`,
  },
  tooltip: {
    layers: (n: number, list: string) => `${n} leaves: ${list}`,
    memory: (bytes: string, values: string) => `memory ${bytes} (${values} values per image)`,
    params: (n: string) => `parameters ${n}`,
    compute: (unit: string, n: string) => `${unit} ${n}`,
  },
  cumulative: {
    heading: 'Cumulative share along depth',
    legend: { memory: 'activation memory', params: 'parameters', compute: 'compute' },
    at: (name: string) => `after ${name}`,
  },
  memory: {
    heading: 'Memory estimate',
    settings: (batch: number, precision: string, bytes: number) =>
      `batch ${batch}, ${precision} (${bytes} byte${bytes === 1 ? '' : 's'} per value)`,
    columns: { part: 'Part', inference: 'Inference', training: 'Training' },
    parts: {
      params: 'Parameters',
      buffers: 'Buffers (BN running statistics)',
      activations: 'Stored activations',
      total: 'Total',
    },
    factors: {
      params: '× 3: weights, gradients, one momentum buffer',
      activations: '× 2: kept for the backward pass, plus their gradients',
    },
    rule: [
      'Inference = parameters + buffers + every stored activation of the batch (an upper bound: a runtime can free activations once they are consumed).',
      'Training = parameters × 3 (weights, gradients, one momentum buffer) + buffers + stored activations × 2 (kept for the backward pass, plus their gradients; CS231n’s “×2”).',
      '“Stored” activations follow the in-place rule: the input and the outputs of conv, fc, pooling, LRN, merges and scale are stored; ReLU, batch norm and dropout add nothing.',
    ],
    storedLine: (values: string, bytes: string, batch: number, total: string) =>
      `${values} stored values per image × ${bytes} B × batch ${batch} = ${total}`,
    trainingOnly: (params: string) =>
      `Training counts the training-only heads too (${params} parameters in all); inference leaves them out.`,
    vgg16Note:
      'Check against the lecture: VGG-16 stores 15,237,608 values per image ≈ 58 MiB in fp32 (CS231n’s table: the input plus every conv, pool and fc output, ReLU in place). The lecture prints “24M × 4 bytes ≈ 96MB”; its own table sums to 15.2M.',
  },
};
