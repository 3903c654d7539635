import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { coreBoundaries } from './tools/lint/core-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/.cache/**',
      '**/.angular/**',
      '**/coverage/**',
      'openapi/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
  },
  {
    // The web apps' pages and the browser tests' page callbacks also run in the browser.
    files: ['web/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...coreBoundaries,
);
