/**
 * The notation parser's messages in English: the words live beside the parser
 * (src/notation/messages.ts, which the tests read too); this namespace names them for the views,
 * and src/i18n/zh/notation-errors.ts is their Chinese twin.
 */
import { NOTATION_ERROR_WORDS } from '../../notation/messages';

export const notationErrors = NOTATION_ERROR_WORDS;
