#!/usr/bin/env node
// Builds the Node CLI (src/cli) with the core into dist/cli/quietread.mjs: one ESM file for
// Node 20 with the npm dependencies bundled in, jsdom aside. Node 20 cannot run TypeScript itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { linkedomSelectorCache } from './vite-plugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  // linkedom compiles each selector on every call: compiled once per selector instead (vite-plugins.mjs).
  plugins: [linkedomSelectorCache()],
  build: {
    ssr: path.join(root, 'src/cli/index.ts'),
    outDir: path.join(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'quietread.mjs' } },
  },
  // The dependencies are bundled in (jsdom aside, loaded lazily for the sanitiser only): resolving
  // and loading them module by module, CommonJS ones through Node's export lexer, was most of the
  // CLI's start-up (0.7 s of 1.3 s on a quiet machine).
  ssr: { target: 'node', noExternal: true, external: ['jsdom'] },
});
console.log('built dist/cli/quietread.mjs');
