/**
 * A walk-through's input field that is not a whole number in its range, as a message (a code and
 * its values, src/engine/message.ts). `field` is the field's key ("C", "b1"); a view says the
 * message with the field's label in its language put in its place. These are the English words:
 * the tests read them, src/i18n/en/errors.ts names them `errors.field` for the views, and
 * src/i18n/zh/errors.ts is their Chinese twin. No imports but types: the English strings' chunk
 * loads this file.
 */
import type { MessageOf } from '../../engine/message';

export const FIELD_WORDS = {
  /** Not a whole number: `text` is what the reader typed. */
  whole: (m: { field: string; text: string }) =>
    `${m.field} must be a whole number, got "${m.text}"`,
  /** A whole number outside [min, max]. */
  between: (m: { field: string; min: number; max: number; got: number }) =>
    `${m.field} must be between ${m.min} and ${m.max}, got ${m.got}`,
};

export type FieldWords = typeof FIELD_WORDS;
/** What can be wrong with a walk-through's input field. */
export type FieldMessage = MessageOf<FieldWords>;
