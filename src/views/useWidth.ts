import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Width of the element in px, followed with a ResizeObserver; null until first measured (before
 * paint), so the charts are laid out once at their real width rather than first at a guess.
 * jsdom has no layout: there the width is `fallback`.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 900): number | null {
  const [w, setW] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const cw = el.clientWidth;
    setW(cw > 0 ? Math.round(cw) : fallback);
  }, [ref, fallback]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      const cw = el.clientWidth;
      if (cw > 0) setW(Math.round(cw));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}
