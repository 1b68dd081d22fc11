/**
 * The words the graph layout writes into its boxes, one function per text: English here (the
 * layout cannot import src/i18n); src/i18n/en/graph.ts names them `graphWords` for the views and
 * src/i18n/zh/graph.ts is the Chinese twin. A view passes the language shown to `layoutGraph` as
 * a `GraphText`: these words plus src/i18n's `labelText` for the labels of spec nodes.
 */
export const GRAPH_WORDS = {
  /**
   * A module's kind as shown (a spec value: `bottleneck`, `dense-block`, `aux-classifier` …):
   * English shows it as written; another language names the kinds it knows and keeps any other.
   */
  kind: (kind: string): string => kind,
  /**
   * A collapsed module's second line: its output shape (C×H×W), its kind (as `kind` shows it)
   * and how many leaves it stands for.
   */
  moduleDetail: (shape: string, kind: string, leaves: number): string =>
    `${shape} · ${kind} · ${leaves} layer${leaves === 1 ? '' : 's'}`,
};

export type GraphWords = typeof GRAPH_WORDS;

/** What a graph layout writes, in one language. */
export interface GraphText extends GraphWords {
  /**
   * A spec node's label as shown: a leaf's label, or a module's own label. Never called with a
   * node name (a module without a label shows its name, which is the same in every language).
   */
  label(label: string): string;
}

/** English: the words above, labels as written. */
export const ENGLISH_GRAPH_TEXT: GraphText = { ...GRAPH_WORDS, label: (l) => l };
