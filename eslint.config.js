// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only these files may import Electron: the rest of main/ is a core that runs on plain Node. */
const SHELL_FILES = ['main/index.ts', 'main/shell/**/*.ts', 'preload/index.ts'];

/** common/ runs in main, the renderer and the CLI alike. */
const COMMON_ONLY = {
  group: ['node:*', 'react', 'react-dom', '@tiptap/react', '**/renderer/**'],
  message: 'common/ runs in main, the renderer and the CLI alike: no Node, React or process-specific code.',
};

/** Layers depend downward only: common/ below preload/ below main/. */
const BELOW_MAIN = {
  group: ['**/main/**', '**/preload/**'],
  message: 'common/ is below main/ and preload/: it imports neither, not even types.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only the shell (main/index.ts, main/shell/, preload/index.ts) may import Electron.',
            },
          ],
        },
      ],
    },
  },
  { files: SHELL_FILES, rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['main/core/**/*.ts'],
    ignores: SHELL_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core runs on plain Node: no Electron here.' }],
          patterns: [
            {
              group: ['react', 'react-dom', '@tiptap/react', '**/renderer/**'],
              message: 'The core knows nothing of React or the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    ignores: ['common/model/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'common/ runs in every process: no Electron.' }],
          patterns: [COMMON_ONLY, BELOW_MAIN],
        },
      ],
    },
  },
  {
    files: ['common/model/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'common/ runs in every process: no Electron.' }],
          patterns: [
            COMMON_ONLY,
            BELOW_MAIN,
            {
              group: ['../**'],
              message: 'The release model is the bottom layer: it imports only from common/model/ and libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only preload/index.ts may import Electron.' }],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', 'react', 'react-dom', '@tiptap/react'],
              message: 'The contract sits below main and the renderer: it takes its types from common/.',
            },
          ],
        },
      ],
    },
  },
  { files: ['preload/index.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer reaches main only through the API; shared types live in common/ and preload/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
