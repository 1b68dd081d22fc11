/**
 * What autograd keeps for the backward pass, in English: the words live beside the ops' saved
 * rules (src/engine/ops/saved-words.ts); this namespace names them for the memory panel, and
 * src/i18n/zh/autograd.ts is their Chinese twin.
 */
import { AUTOGRAD_WORDS } from '../../engine/ops/saved-words';

export const autogradWords = AUTOGRAD_WORDS;
