/**
 * Where a page opens: a new page starts at its top; going back or forward to a page seen before in
 * this tab returns to where the reader left it (the catalog card they clicked, say), as a browser
 * does for ordinary pages. Positions are kept per history entry (store/index.ts gives each entry
 * an id), in memory: a reload starts at the top.
 */
import { useEffect, useLayoutEffect } from 'react';
import { historyEntryId } from '../store/index';

/** Scroll position (px from the top) of each history entry seen in this tab. */
const saved = new Map<string, number>();

/** How long a restore keeps trying while the page's lazy parts grow it to the saved height. */
const RESTORE_MS = 3000;

/**
 * True from a back/forward until the page it leads to has been drawn (or two frames, when it
 * leads to the same page): history.state already names the new entry while the old page still
 * shows, and a scroll event then would file the old page's position under the new entry.
 */
let traversing = false;

/**
 * Scroll to the top, or to the entry's saved position, whenever `pageKey` (the page and what it
 * shows) changes; record the position as the reader scrolls.
 */
export function useScrollMemory(pageKey: string): void {
  useEffect(() => {
    // The app restores positions itself: the browser's own restore would land before the page
    // it belongs to has rendered.
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const onPop = () => {
      traversing = true;
      requestAnimationFrame(() => requestAnimationFrame(() => (traversing = false)));
    };
    const onScroll = () => {
      if (traversing) return;
      const state = window.history.state as { entry?: string } | null;
      if (state?.entry) saved.set(state.entry, window.scrollY);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  // Before paint, so the new page is never drawn at the old page's offset.
  useLayoutEffect(() => {
    const target = saved.get(historyEntryId()) ?? 0;
    traversing = false;
    // Block body: Chromium's scrollTo returns a promise, which React would take for a cleanup.
    window.scrollTo(0, target);
    if (target === 0) return;
    // The page is not tall enough yet (lazy panels, deferred renders): hold the position each
    // frame until the time is up or the reader scrolls. Holding, not stopping once reached: when
    // the deferred panels appear above what shows, scroll anchoring would move the page on.
    const until = performance.now() + RESTORE_MS;
    let frame = 0;
    // No scroll anchoring meanwhile: panels rendered above the anchor would move the page on.
    const root = document.documentElement;
    const anchor = root.style.overflowAnchor;
    root.style.overflowAnchor = 'none';
    const stop = () => {
      root.style.overflowAnchor = anchor;
      cancelAnimationFrame(frame);
      for (const ev of ['wheel', 'touchstart', 'keydown', 'mousedown'])
        window.removeEventListener(ev, stop);
    };
    const retry = () => {
      if (Math.abs(window.scrollY - target) >= 1) window.scrollTo(0, target);
      if (performance.now() > until) stop();
      else frame = requestAnimationFrame(retry);
    };
    for (const ev of ['wheel', 'touchstart', 'keydown', 'mousedown'])
      window.addEventListener(ev, stop, { passive: true });
    frame = requestAnimationFrame(retry);
    return stop;
  }, [pageKey]);
}
