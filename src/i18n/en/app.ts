/** Strings of the app shell and the model page (English). */
export const app = {
  title: 'CNN Atlas',
  tagline: 'Classic CNN architectures, layer by layer, with every number worked out.',
  nav: { catalog: 'Catalog', landscape: 'Landscape: accuracy, winners, GPU time' },
  notices: { heading: 'Some link values were ignored', dismiss: 'Dismiss' },
  model: {
    unknown: (id: string) => `There is no model "${id}" in the catalog.`,
    backToCatalog: 'Back to the catalog',
    invalidHeading: 'This configuration does not work',
    atLayer: 'at layer',
    fallbackNote: (input: string) =>
      `The table below shows the same network at its default input ${input}, so you can see the layer that fails.`,
    summary: {
      input: 'Input',
      output: 'Output',
      params: 'Parameters',
      layers: 'Leaves (all ops)',
      layersHelp:
        'Every leaf operation of the deployed network: conv, pool, ReLU, BN, dropout, flatten, merges… (input excluded).',
      depth: 'Depth (conv + fc)',
      depthHelp:
        'Conv and fc layers on the longest input→output path: the count papers give (VGG-16: 16, ResNet-152: 152).',
      inference: 'deployed (auxiliary heads left out)',
      training: 'with training-only heads',
    },
    style: { label: 'Diagram style', graph: 'Graph', volumes: 'Stacked volumes' },
  },
  units: { macs: 'MACs', flops: 'FLOPs' },
};
