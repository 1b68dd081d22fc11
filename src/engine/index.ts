/** The engine's public face: pure TypeScript, the same in Node and the browser. */
export * from './types';
export * from './analysis';
export * from './errors';
export { parseSpec } from './validate';
export { analyze, defaultInput, sumLayers, pair, type AnalyzeOptions } from './analyze';
export * from './format';
export * from './conventions';
export { specJsonSchema } from './schema';
export { OPS, LEAF_OPS, OP_FAMILIES, opFamily, opDef, isLeafOp } from './ops/index';
export type { OpDef, OpFamily, FieldsOf, LeafInput, LeafOutput } from './ops/def';
export type { Field, FieldKind } from './fields';
export { MAX_BLOCK_INPUTS, MAX_DEPTH, MAX_EXACT, MAX_NODES, MAX_SIZE } from './limits';
export { leafDepths } from './depth';
export * from './message';
export {
  ARITH_WORDS,
  formulaIn,
  expressionIn,
  type ArithWords,
  type ArithMessage,
} from './arith-words';
export { ENGINE_WORDS, engineText, type EngineWords, type EngineMessage } from './messages';
