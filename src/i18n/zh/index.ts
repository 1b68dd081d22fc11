/**
 * Every Simplified-Chinese namespace: the twin of src/i18n/en/index.ts (same files, same export
 * names, each typed as its English namespace). src/i18n/index.ts loads this module on demand.
 */
export * from './a11y';
export * from './app';
export * from './arith';
export * from './autograd';
export * from './card';
export * from './catalog';
export * from './charts';
export * from './compare';
export * from './diagram';
export * from './editor';
export * from './engine';
export * from './errors';
export * from './explain';
export * from './graph';
export * from './export';
export * from './import';
export * from './inspector';
export * from './landscape';
export * from './memory';
export * from './onnx';
export * from './notation';
export * from './notation-errors';
export * from './pwa';
export * from './saved';
export * from './screen';
export * from './schema-docs';
export * from './settings';
export * from './shell';
export * from './table';
export * from './explain/alexnet';
export * from './explain/blocks';
export * from './explain/inception';
export * from './explain/residual';
export * from './explain/searched';
export * from './explain/small-filters';
