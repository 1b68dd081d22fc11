/**
 * An error caught while reading a network, as data (a `SavedCause` of ./words.ts): the engine's
 * refusal keeps its path, rule and message; the notation's its place and message.
 */
import { isSpecError } from '../../engine/errors';
import { NotationError } from '../../notation/index';
import type { SavedCause } from './words';

export function causeOf(e: unknown): SavedCause {
  if (isSpecError(e)) return { code: 'specBroken', path: e.path, rule: e.rule, msg: e.msg };
  if (e instanceof NotationError) {
    const { line, column } = e.span;
    return { code: 'notationBroken', line, column, token: e.token, msg: e.msg };
  }
  if (e instanceof SyntaxError) return { code: 'notJson', detail: e.message };
  return { code: 'errorText', text: e instanceof Error ? e.message : String(e) };
}
