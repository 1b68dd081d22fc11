/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built page, written into index.html by a build-only Vite
 * plugin (the dev server injects inline scripts of its own, so it runs without one).
 *
 * - scripts, workers, fonts and everything else: this origin only — no inline script, no eval;
 * - connections (fetch, XHR, WebSocket): this origin only — the app never talks to another host;
 * - images: this origin, plus `blob:`/`data:` for the PNG export (an SVG drawn onto a canvas);
 * - styles: this origin plus inline style attributes (React and D3 set element styles, and the
 *   export writes the computed styles into the exported SVG);
 * - no plugins, no <base> elsewhere, no form posts.
 * `frame-ancestors` cannot be set from a <meta> tag; a server should send it as a header.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    react(),
    {
      // The built page's Content-Security-Policy (above: what each rule is for).
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  // Relative asset paths: the built app works from any folder or file server (offline use later).
  base: './',
  build: {
    rolldownOptions: {
      output: {
        // React and the libraries the first diagram needs (layout, selection, zoom, store) in
        // their own files: the browser fetches and compiles them beside ours (streaming
        // compilation runs off the main thread per file), and a release that changes only our
        // code leaves them cached. Libraries only the lazily loaded panels use (d3-scale,
        // d3-shape…) are left to the automatic split, so they travel with those panels.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            {
              name: 'libs',
              test: /node_modules[\\/](@dagrejs|d3-(selection|zoom|transition|interpolate|color|dispatch|drag|ease|timer)|zustand|use-sync-external-store)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
  },
});
