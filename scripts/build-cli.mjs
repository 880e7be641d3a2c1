#!/usr/bin/env node
// Builds the Node CLI (src/cli) with the core into dist/cli/quietread.mjs: one ESM file for
// Node 20 with the npm dependencies left external. Node 20 cannot run TypeScript itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: path.join(root, 'src/cli/index.ts'),
    outDir: path.join(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'quietread.mjs' } },
  },
  ssr: { target: 'node' },
});
console.log('built dist/cli/quietread.mjs');
