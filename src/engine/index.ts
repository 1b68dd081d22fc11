/** The engine's public face: pure TypeScript, the same in Node and the browser. */
export * from './types';
export * from './analysis';
export * from './errors';
export { parseSpec } from './validate';
export { analyze, defaultInput, sumLayers, pair, type AnalyzeOptions } from './analyze';
export * from './format';
export * from './conventions';
export { leafDepths } from './depth';
