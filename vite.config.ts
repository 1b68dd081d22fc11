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
        // The first page needs all of these, so splitting does not load less: it lets the
        // browser fetch and compile three files at once (streaming compilation runs off the
        // main thread per file), and a release that changes only our code leaves the libraries'
        // files cached.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 20,
            },
            { name: 'libs', test: /node_modules[\\/]/, priority: 10 },
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
