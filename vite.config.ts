/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
