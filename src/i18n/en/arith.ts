/**
 * The words of the engine's working-out in English: they live beside the engine
 * (src/engine/arith-words.ts, whose sentences are the steps' `formula` and `expression`); this
 * namespace names them for the views, and src/i18n/zh/arith.ts is their Chinese twin.
 */
import { ARITH_WORDS } from '../../engine/arith-words';

export const arithWords = ARITH_WORDS;
