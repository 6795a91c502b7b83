import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The folders are the architecture: shared/ is pure, renderer/ talks to the core only through the
// typed API, and only the Electron entry files may touch 'electron'. Lint keeps it that way.
const nodeOnly = [
  { name: 'electron', message: 'Only electron/main.ts and electron/preload.ts may import electron.' },
  { name: 'better-sqlite3', message: 'SQLite lives in electron/core only.' },
];
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ must run without Node.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: nodeOnly[0].message }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeOnly, patterns: [nodeBuiltins] }] },
  },
  {
    // Tests of pure code still run in Node: they may read fixtures (../shared/corpus) from disk.
    files: ['shared/**/*.test.ts', 'shared/**/*.test-support.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeOnly }] },
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
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
