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
      'Each box is one output volume C×H×W: width along the page is channels (log scale), height and depth are H and W (square-root scale)',
  },
  count: (visible: number, total: number) => `${visible} of ${total} layers shown as boxes`,
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
  },
};
