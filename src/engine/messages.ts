/**
 * The engine's words: one English sentence per message code (see ./message.ts). A SpecError
 * carries its message as data; `detail` is this sentence, which the CLI and the tests read, and
 * the views say the same message with src/i18n's `engineWords` in the language shown.
 */
import { type MessageOf, say } from './message';

export const ENGINE_WORDS = {
  /**
   * TRANSITIONAL: a sentence not yet turned into a code (the engine's throw sites are being
   * converted; this code goes once none is left).
   */
  said: (m: { text: string }) => m.text,
};

export type EngineWords = typeof ENGINE_WORDS;
/** Everything the engine can say about a spec it refuses. */
export type EngineMessage = MessageOf<EngineWords>;

/** The English sentence of an engine message. */
export const engineText = (m: EngineMessage): string => say(ENGINE_WORDS, m);
