/**
 * The layout strategies, tried in this order on each local graph until one takes it: a plain
 * sequence is a chain; a cell (two-input block) is always a cell; a near-chain with side items
 * and skips is a spine; everything else goes to dagre, which takes anything.
 */
import type { LayoutStrategy } from '../local';
import { cell } from './cell';
import { chain } from './chain';
import { dagreStrategy } from './dagre';
import { spine } from './spine';

export { isCell } from './cell';

export const STRATEGIES: readonly LayoutStrategy[] = [chain, cell, spine, dagreStrategy];
