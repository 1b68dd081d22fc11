/** Strings of the ONNX import (English). Names from a file are always shown as text. */
export const importText = {
  nav: 'Import ONNX',
  page: {
    title: 'Import an ONNX model',
    intro:
      'Drop a PyTorch or other ONNX export here to see its layers with exact shapes, parameters and MACs, counted the way the catalog counts them. The file is read in this tab; nothing is uploaded.',
    how: 'Parameters come from the weights when the file has them, and from the shapes of the graph inputs when it was exported without them (torch.onnx.export(..., export_params=False) gives a file of a few kilobytes). Batch norms PyTorch folded into convolutions are shown as conv + batch norm again.',
  },
  drop: {
    zone: 'Drop an .onnx file here',
    or: 'or',
    pick: 'Choose a file…',
    reading: (name: string) => `Reading ${name}…`,
    failed: (name: string) => `Could not import ${name}`,
    limits: 'Up to 256 MB and 100,000 nodes.',
  },
  result: {
    heading: 'Imported',
    producer: 'Exported by',
    opset: 'opset',
    nodes: (n: string) => `${n} ONNX nodes`,
    weights: {
      initializers: 'parameters from the weights in the file',
      'graph inputs': 'parameters from the graph inputs’ shapes (no weights in the file)',
      none: 'no parameters in the file',
    } as Record<string, string>,
    params: 'Parameters',
    macs: 'MACs',
    layers: 'Leaves (all ops)',
    output: 'Output',
    open: 'Open on the model page',
    notSaved: (why: string) => `Not saved in this browser: ${why}`,
    warningsHeading: (n: number) =>
      n === 1 ? '1 node was not mapped exactly' : `${n} nodes were not mapped exactly`,
    notesHeading: 'Conventions applied',
    graph: '(the graph)',
    /** After a warning's node name: its ONNX operator. */
    opOf: (op: string) => ` (${op})`,
  },
};
