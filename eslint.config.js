import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'test-results/', 'node_modules/', '.dist-tmp*/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __QR_DEV__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log', 'info'] }],
    },
  },
  {
    // Imports go one way: core is plain DOM code and knows nothing of the extension (STYLE.md).
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: 'src/core must not use extension APIs.' }],
        patterns: [{ group: ['**/content/**', '**/background/**', '**/library/**', '**/cli/**', '**/pages/**', '**/popup/**', '**/messages'], message: 'src/core imports nothing from the adapters.' }],
      }],
    },
  },
  {
    // Adapters import core, never each other, except through src/messages.ts.
    files: ['src/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/background/**', '**/pages/**', '**/popup/**', '**/cli/**'], message: 'Adapters talk through src/messages.ts.' }] }] },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '**/pages/**', '**/popup/**', '**/cli/**'], message: 'Adapters talk through src/messages.ts.' }] }] },
  },
);
