/** Strings of the diagram panel (English). */
export const diagram = {
  title: 'Diagram',
  toolbar: {
    label: 'Diagram controls',
    fit: 'Fit to screen',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    reset: 'Default view',
  },
  ariaGraph: (name: string, nodes: number) =>
    `Layer graph of ${name}: ${nodes} boxes. Click a box to select it; drag to pan, scroll to zoom.`,
  ariaVolumes: (name: string, boxes: number) =>
    `Stacked volumes of ${name}: ${boxes} output volumes, sized by height, width and channels.`,
  hint: {
    graph:
      'Click a box to inspect it · double-click or + to expand a module · click a frame header to collapse it · drag to pan, scroll to zoom',
    volumes:
      'Each box is one output volume C×H×W: width along the page is channels (log scale), height and depth are H and W (square-root scale). Read left to right, row by row, following the arrows; click a box to inspect it, hover for its path',
  },
  count: (visible: number, total: number) =>
    `${visible} of ${total} leaves (all ops + the input) shown as boxes`,
  legend: {
    title: 'Colours',
    input: 'input',
    conv: 'convolution',
    pool: 'pooling',
    norm: 'normalization',
    fc: 'fully connected',
    merge: 'merge (add, concat, mean, scale)',
    activation: 'activation',
    other: 'reshape, dropout, padding',
    module: 'collapsed module',
  },
  volumes: {
    towers: 'two towers (grouped convolution)',
    merge: 'merge',
    /** What the drawing shows of the network: what a volume is at this network's size. */
    caption: (s: {
      volumes: number;
      layers: number;
      modules: number;
      kinds: string[];
      closed: { label: string; parts: number }[];
    }) =>
      [
        `${s.volumes} volumes for ${s.layers} leaves (all ops of the deployed network)`,
        s.modules > 0
          ? `${s.modules} modules (${s.kinds.join(', ')}) drawn as their output volume`
          : '',
        s.closed.length > 0
          ? `one volume per stage: ${s.closed.map((c) => `${c.label} (${c.parts} modules)`).join(', ')}`
          : '',
        'activations, normalization and dropout are in the table',
      ]
        .filter(Boolean)
        .join(' · '),
  },
};
