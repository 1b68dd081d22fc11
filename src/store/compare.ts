/**
 * The comparison and landscape pages' choices: which networks are compared (in order) and which
 * measured networks the landscape's timing chart draws. Results are derived, never stored.
 */
import type { StoreApi } from 'zustand';
import type { CompareItem } from './url';

export interface CompareSlice {
  compare: CompareItem[];
  timed: string[] | null;
  /** Open `#/compare/…` with these networks. */
  openCompare(items: CompareItem[]): void;
  /** Replace the compared networks (add, remove, reorder) without leaving the page. */
  setCompare(items: CompareItem[]): void;
  openLandscape(): void;
  setTimed(ids: string[] | null): void;
}

type Set = StoreApi<
  CompareSlice & { page: string; selected: string | null; hovered: string | null }
>['setState'];

export const compareSlice = (set: Set): CompareSlice => ({
  compare: [],
  timed: null,
  openCompare: (compare) => set({ page: 'compare', compare, selected: null, hovered: null }),
  setCompare: (compare) => set({ compare }),
  openLandscape: () => set({ page: 'landscape', selected: null, hovered: null }),
  setTimed: (timed) => set({ timed }),
});
