// Vitest setup: jest-dom matchers, cleanup between component tests, and stubs for what jsdom
// lacks (no layout engine): ResizeObserver, matchMedia, SVG measuring.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
// Layouts run at once in tests: provide the dagre library the app loads on demand.
import '../src/layout/graph/with-dagre';

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});

if (typeof window !== 'undefined') {
  const w = window as unknown as Record<string, unknown>;
  if (!w.ResizeObserver) {
    w.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!w.matchMedia) {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    });
  }
  const proto = (window as unknown as { SVGElement: { prototype: Record<string, unknown> } })
    .SVGElement.prototype;
  if (!proto.getBBox) proto.getBBox = () => ({ x: 0, y: 0, width: 40, height: 12 });
  if (!proto.getComputedTextLength) proto.getComputedTextLength = () => 40;
}
