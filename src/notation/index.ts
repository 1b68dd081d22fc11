/**
 * The compact text notation for chains (`conv3-64 ×2, maxpool, …, fc-1000`): grammar.ts holds
 * the grammar, parse.ts reads it into a spec, print.ts writes a chain spec back. Pure TypeScript
 * like the engine, which is all it imports.
 */
export {
  parseNotation,
  parseItems,
  spanAt,
  NotationError,
  type Span,
  type ParsedNotation,
} from './parse';
export { specToNotation, type PrintResult } from './print';
export { DEFAULT_INPUT, LRN_DEFAULTS } from './grammar';
export {
  NOTATION_ERROR_WORDS,
  NOTATION_PARTS,
  notationText,
  type NotationErrorWords,
  type NotationMessage,
  type NotationPart,
} from './messages';
