/**
 * Importing this module provides the dagre library to the dagre layout strategy (see
 * strategies/dagre.ts for why it is not in the first load). Import it for its effect where
 * layouts must run at once (Node scripts, tests, the comparison page's chunk); the app's views
 * load it on demand with `loadDagre()`.
 */
import dagre from '@dagrejs/dagre';
import { provideDagre } from './strategies/dagre';

provideDagre(dagre);
