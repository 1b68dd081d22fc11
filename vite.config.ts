/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built page, written into index.html by a build-only Vite
 * plugin (the dev server injects inline scripts of its own, so it runs without one).
 *
 * - scripts, workers (the ONNX importer's, the service worker), fonts, the web app manifest and
 *   everything else: this origin only — no inline script, no eval;
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
  "manifest-src 'self'",
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
    // Offline after the first visit, from any folder or sub-path (see README "Hosting").
    // vite-plugin-pwa 2.x: the maintained Workbox integration for Vite, and its first release
    // whose peer range includes Vite 8. generateSW writes dist/sw.js with a precache list of the
    // whole build, so every page type (and every chunk a route loads later) opens offline.
    VitePWA({
      // A new version waits until the reader says so (src/views/UpdatePrompt.tsx): reloading by
      // itself could throw away an unsaved network in the editor or a walk-through in mid-lecture.
      registerType: 'prompt',
      // Registered from our own bundle (src/views/pwa.ts imports virtual:pwa-register): no inline
      // script, so the Content-Security-Policy stays strict.
      injectRegister: false,
      manifest: {
        name: 'CNN Atlas',
        short_name: 'CNN Atlas',
        description:
          'Interactive visualizer of the classic CNN architectures: shapes, parameters and compute of every layer',
        // Relative to the manifest: the app's own folder, at the root or under a sub-path.
        start_url: './',
        scope: './',
        display: 'standalone',
        // The logo's darkest bar (public/favicon.svg); the page's own background.
        theme_color: '#3b6ea5',
        background_color: '#ffffff',
        // Drawn from the favicon by scripts/icons.ts.
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The whole build: the shell, every lazily loaded chunk (pages, panels, dagre, the
        // editor, the ONNX worker, each language's strings), styles, icons.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
        // The hash routes all live in index.html; any other navigation in scope gets it too.
        navigateFallback: 'index.html',
        // The first load after an install is controlled at once, so chunks it fetches later are
        // served from the precache even if the network has gone by then.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
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
  // Relative asset paths: the built app works from any folder or file server, at its root or
  // under a sub-path, without rebuilding; `vite build --base /cnn-atlas/` makes them absolute.
  base: './',
  build: {
    rolldownOptions: {
      output: {
        // React, and the D3 modules the diagram draws with (selection, zoom and what they pull),
        // in their own files: the browser fetches and compiles them beside ours (streaming
        // compilation runs off the main thread per file), and a release that changes only our
        // code leaves them cached. React is in the first load; the D3 file comes with the
        // diagram, which loads when the first model page renders (ModelPage.tsx). Libraries only
        // the lazily loaded panels use (d3-scale, d3-shape…) are left to the automatic split, so
        // they travel with those panels; so is dagre, which loads when a network's layout needs
        // it (src/layout/graph/strategies/dagre.ts). The first load's budget: scripts/sizes.ts.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            {
              name: 'd3',
              test: /node_modules[\\/]d3-(selection|zoom|transition|interpolate|color|dispatch|drag|ease|timer)[\\/]/,
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
