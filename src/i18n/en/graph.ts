/**
 * The words the graph layout writes into the diagram's boxes, in English: they live beside the
 * layout (src/layout/graph/words.ts, which cannot import src/i18n); this namespace names them for
 * the views, and src/i18n/zh/graph.ts is their Chinese twin.
 */
import { GRAPH_WORDS } from '../../layout/graph/words';

export const graphWords = GRAPH_WORDS;
