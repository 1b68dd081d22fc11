/** The words of the diagram's boxes in Chinese: one per function of src/layout/graph/words.ts. */
import type * as en from '../en/graph';

export const graphWords: typeof en.graphWords = {
  // The kind is a spec value (bottleneck, inception …), kept as written like the a11y names.
  moduleDetail: (shape, kind, leaves) => `${shape} · ${kind} · ${leaves} 层`,
};
