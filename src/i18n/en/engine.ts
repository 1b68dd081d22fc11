/**
 * The engine's messages in English: the words live beside the engine's codes
 * (src/engine/messages.ts, which the CLI and the tests read too); this namespace names them for
 * the views, and src/i18n/zh/engine.ts is their Chinese twin.
 */
import { ENGINE_WORDS } from '../../engine/messages';

export const engineWords = ENGINE_WORDS;
