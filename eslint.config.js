import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// What pure code may not import (STYLE.md practice 1).
const pureCodePatterns = [
  {
    group: ['react', 'react-*', 'react/*', '@xyflow/*'],
    message: 'Pure code stays free of React.',
  },
  { group: ['dexie', 'dexie-*'], message: 'IndexedDB access lives in src/db/.' },
  { group: ['zustand', 'zustand/*'], message: 'State lives in src/store/.' },
  {
    group: ['*/db/*', '*/store/*', '*/features/*', '*/components/*'],
    message: 'Pure code imports nothing from the app.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.bench',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'public',
    ],
  },
  {
    // Type-checked rules: they see what the types say (a promise left floating, an `any`
    // leaking out of JSON), which the syntax-only preset cannot.
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JS config files are outside the TypeScript project.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // One translation hook (src/i18n/useTranslation.ts): react-i18next's copies the i18n
    // instance for each component that mounts, the largest script cost of a search keystroke.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              message: 'Use useTranslation from src/i18n/useTranslation (one t per language).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain and the import's parsing, mapping and merging are pure: no UI, DOM storage or
    // state libraries, so they run alike in a worker, on the page and in the CLI. The import's
    // session, client and worker talk to IndexedDB and workers.
    files: ['src/domain/**/*.ts', 'src/import/**/*.ts'],
    ignores: [
      'src/import/importSession.ts',
      'src/import/importClient.ts',
      'src/import/import.worker.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: pureCodePatterns }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    // The import builds on the domain, never the other way round.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureCodePatterns,
            { group: ['*/import/*'], message: 'src/domain does not depend on the import.' },
          ],
        },
      ],
    },
  },
  {
    // app/ (router, links, loading) sits below the features: only src/routes.tsx imports them all.
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*/features/*'], message: 'Routes to features live in src/routes.tsx.' },
          ],
        },
      ],
    },
  },
);
