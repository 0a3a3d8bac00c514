// The linter: JavaScript's and TypeScript's recommended rules, Astro components' own, and the size limits the
// codebase keeps (a file does one thing; a function's name explains one step).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'bench/corpus*/', 'bench/work/', 'bench/floor/dist/', 'bench/floor/.astro/', 'test-results/', 'playwright-report/', 'tests/fixtures/bad-content/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      // Telling text from binary and stripping terminal colours means matching control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Site and tool code: files stay small and functions short enough to read as one step each.
    files: ['src/**/*.ts', 'src/**/*.astro', 'tools/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    // A test file is a list of cases: its describe blocks are long by nature, each case is short.
    files: ['tests/**/*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
