import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// One rule for D3: import the sub-packages package.json declares (d3-array, d3-scale,
// d3-selection, d3-shape, d3-zoom), never the d3 umbrella, which is not a dependency.
const d3Umbrella = {
  name: 'd3',
  message:
    'Import the d3 sub-package (d3-selection, d3-scale, …) and declare it in package.json; the d3 umbrella is not a dependency.',
};

// The house's one-way flow: catalog → engine → layout → charts → views.
// The pure layers must stay runnable in Node: no React, no DOM-touching D3, no store.
const uiModules = [
  { name: 'react', message: 'engine/catalog/layout are pure TypeScript: no React.' },
  { name: 'react-dom', message: 'engine/catalog/layout are pure TypeScript: no React.' },
  d3Umbrella,
  { name: 'd3-selection', message: 'No DOM in the pure layers.' },
  { name: 'd3-zoom', message: 'No DOM in the pure layers.' },
  { name: 'zustand', message: 'The store sits above the engine and catalog.' },
];
const storePatterns = [
  { group: ['**/store/**', '**/store'], message: 'The store sits above the engine and catalog.' },
  { group: ['**/views/**', '**/views'], message: 'Views sit at the top of the flow.' },
  { group: ['**/charts/**', '**/charts'], message: 'Charts sit above the engine.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // The blocks below replace this list for their folders and repeat d3Umbrella.
      'no-restricted-imports': ['error', { paths: [d3Umbrella] }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/views/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiModules,
          patterns: [
            ...storePatterns,
            {
              group: ['**/catalog/**', '**/catalog', '**/layout/**', '**/layout'],
              message: 'The engine imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiModules,
          patterns: [
            ...storePatterns,
            {
              group: ['**/layout/**', '**/layout'],
              message: 'The catalog imports only engine types.',
            },
          ],
        },
      ],
    },
  },
  {
    // Importers turn files into specs: pure TypeScript like the engine, which is all they import.
    files: ['src/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiModules,
          patterns: [
            ...storePatterns,
            {
              group: ['**/catalog/**', '**/catalog', '**/layout/**', '**/layout'],
              message: 'Importers build specs with the engine alone.',
            },
          ],
        },
      ],
    },
  },
  {
    // The text notation is pure like the engine, and reads only the engine's types.
    files: ['src/notation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiModules,
          patterns: [
            ...storePatterns,
            {
              group: ['**/catalog/**', '**/catalog', '**/layout/**', '**/layout'],
              message: 'The notation imports only the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Exports are pure formatters (tables, figures, spec files) at the layout level.
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: uiModules, patterns: storePatterns }],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: uiModules, patterns: storePatterns }],
    },
  },
  {
    // Charts are imperative D3 renderers: no React, no store; they draw what layout computed.
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'Charts are imperative D3; React owns only the panels.' },
            { name: 'react-dom', message: 'Charts are imperative D3; React owns only the panels.' },
            { name: 'zustand', message: 'Charts get data through update(), not from the store.' },
            d3Umbrella,
          ],
          patterns: [
            {
              group: ['**/store/**', '**/store'],
              message: 'Charts get data through update(), not from the store.',
            },
            { group: ['**/views/**', '**/views'], message: 'Views sit at the top of the flow.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: uiModules, patterns: storePatterns }],
    },
  },
);
