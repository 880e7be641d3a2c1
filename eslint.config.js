import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The layers besides core: each a folder (src/<name>/ or popup/). */
const ADAPTERS = ['content', 'ondemand', 'background', 'pages', 'popup', 'library', 'cli'];
const without = (list, ...names) => list.filter((n) => !names.includes(n));

/** A lint zone: files that may not import the given layers (folders or shared modules) or packages. */
function zone(files, layers, modules, message) {
  const group = layers.map((l) => (ADAPTERS.includes(l) ? `**/${l}/**` : `**/${l}`));
  const patterns = [];
  if (group.length) patterns.push({ group, message });
  if (modules.some((m) => m.includes('*'))) patterns.push({ group: modules.filter((m) => m.includes('*')), message });
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: modules.filter((m) => !m.includes('*')).map((name) => ({ name, message })),
          patterns,
        },
      ],
    },
  };
}

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
  // Imports go one way (STYLE.md): core is plain DOM code; each adapter imports core and the shared
  // modules, never another adapter, except through src/messages.ts. One zone per layer.
  zone(
    ['src/core/**'],
    [...ADAPTERS, 'messages', 'cleanup-settings', 'reader-settings', 'native-browser'],
    ['webextension-polyfill', 'idb'],
    'src/core is plain DOM code: no adapter, no shared extension module, no extension API.',
  ),
  // The always-on script stays cheap: no Readability (core/extract, core/analyze), no IndexedDB, no polyfill.
  zone(
    ['src/content/**'],
    without(ADAPTERS, 'content'),
    ['webextension-polyfill', 'idb', '@mozilla/readability', '**/core/extract', '**/core/analyze', '**/core/summary'],
    'The always-on content script imports core (without Readability) and the shared modules only.',
  ),
  zone(
    ['src/ondemand/**'],
    without(ADAPTERS, 'ondemand'),
    ['idb'],
    'The on-demand script imports core and the shared modules; the library lives in the extension origin.',
  ),
  zone(
    ['src/background/**'],
    without(ADAPTERS, 'background', 'library'),
    [],
    'The background imports core, the library and the shared modules; other parts talk through src/messages.ts.',
  ),
  zone(
    ['src/pages/**'],
    without(ADAPTERS, 'pages', 'library'),
    [],
    'Extension pages import core, the library and the shared modules; other parts talk through src/messages.ts.',
  ),
  zone(
    ['popup/**'],
    without(ADAPTERS, 'popup'),
    ['idb'],
    'The popup imports core and the shared modules; it reaches the library through the background (src/messages.ts).',
  ),
  zone(
    ['src/library/**'],
    without(ADAPTERS, 'library'),
    ['webextension-polyfill'],
    'The library store imports core only.',
  ),
  zone(
    ['src/cli/**'],
    [...without(ADAPTERS, 'cli'), 'messages', 'cleanup-settings', 'reader-settings', 'native-browser'],
    ['webextension-polyfill', 'idb'],
    'The CLI runs in Node: core only, no extension module.',
  ),
  zone(['src/*.ts'], ADAPTERS, [], 'Shared modules (messages, settings) import core only: every part imports them.'),
);
