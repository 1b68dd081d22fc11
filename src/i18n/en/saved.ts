/**
 * What the saved-network store says, in English: the words live beside the store's codes
 * (src/store/saved/words.ts, which the store's `message` fields and the tests read too); this
 * namespace names them for the views, and src/i18n/zh/saved.ts is their Chinese twin.
 */
import { SAVED_WORDS } from '../../store/saved/words';

export const savedWords = SAVED_WORDS;
