import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The folders are the architecture: shared/ is pure, renderer/ talks to the core only through the
// typed API, only the Electron entry files may touch 'electron', and the core's features meet only
// at their public entries (ADR 0014). Lint keeps it that way; electron/core/feature-boundaries.test.ts
// shows that it does.
const electronOnlyInEntries = { name: 'electron', message: 'Only electron/main.ts and electron/preload.ts may import electron.' };
const nodeOnly = [electronOnlyInEntries, { name: 'better-sqlite3', message: 'SQLite lives in electron/core only.' }];
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ must run without Node.' };

// Globals of a browser page or of Node that pure code must not reach for (shared/ runs in both).
const impureGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'HTMLElement', 'process', 'Buffer', '__dirname', '__filename', 'require', 'global'].map(
  (name) => ({ name, message: 'shared/ is pure TypeScript: no DOM, no Node. Pass what the code needs in as data.' }),
);

/**
 * How a feature of the core is reached: through its folder (`../goals`, which is its index.ts), never
 * a file inside it. `up` is how many folders the importing file sits below electron/core.
 */
function otherFeatureInternals(up) {
  return {
    regex: `^${'\\.\\./'.repeat(up)}(?!testing/)[a-z-]+/`,
    message: "Import another feature of the core through its index.ts (e.g. '../goals'), never its stores or files; ask its owner for a function if it has none.",
  };
}

/** Outside the core: the entry (core/core), a feature's index (core/decisions) or test support (core/testing/…). */
const coreInternals = [
  {
    regex: '(^|/)core/(?!testing/)[a-z-]+/',
    message: "Outside electron/core, use the core through core/core (openCore, call, dispatch) or a feature's index, never its files.",
  },
  {
    regex: '(^|/)core/(core-context|api-dispatch)$',
    message: 'The context and the dispatcher are the core’s own; outside it, call operations through openCore(…).call or dispatch.',
  },
];

const restrict = (patterns, paths = [electronOnlyInEntries]) => ['error', { paths, patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  // Type-aware rules: a promise nobody awaits, a promise handed to a callback that ignores it and a cast
  // the types already make are bugs or noise the plain rules cannot see.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'no-restricted-imports': restrict(coreInternals),
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design, and a
    // test's fake of an async interface (a transport, fetch) answers at once without awaiting anything.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript (the launcher, build scripts, this file) has no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The core's root (entry, context, dispatcher, cross-cutting tests) reaches features through their index too;
    // the context alone builds stores, so it alone imports each feature's stores module.
    files: ['electron/core/*.ts'],
    ignores: ['electron/core/core-context.ts'],
    rules: { 'no-restricted-imports': restrict([{ ...otherFeatureInternals(0), regex: '^\\./(?!testing/)[a-z-]+/' }]) },
  },
  {
    files: ['electron/core/core-context.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          // A feature's `<feature>-stores` module (sync has its one store, sync-store), else its index.
          regex: '^\\./(?!testing/|[a-z-]+/[a-z-]+-stores$|sync/sync-store$)[a-z-]+/',
          message: "The context imports a feature's stores module and otherwise its index.ts.",
        },
      ]),
    },
  },
  {
    files: ['electron/core/*/*.ts'],
    rules: { 'no-restricted-imports': restrict([otherFeatureInternals(1)]) },
  },
  {
    files: ['electron/core/*/*/*.ts'],
    rules: { 'no-restricted-imports': restrict([otherFeatureInternals(2)]) },
  },
  {
    files: ['electron/core/testing/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([]) },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeOnly, patterns: [nodeBuiltins] }],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly,
          patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'The renderer reaches the core only through the API.' }],
        },
      ],
    },
  },
  {
    // Tests of pure code still run in Node: they may read fixtures (../shared/corpus, a stylesheet) from disk.
    files: ['shared/**/*.test.ts', 'shared/**/*.test-support.ts', 'renderer/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeOnly }], 'no-restricted-globals': 'off' },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': restrict(coreInternals, []) },
  },
);
