/** The engine's messages in Chinese: one sentence per code of src/engine/messages.ts. */
import type * as en from '../en/engine';

export const engineWords: typeof en.engineWords = {
  said: (m) => m.text,
};
