// Builds scripts/lib/eval-entry.ts into dist/eval/eval-core.mjs when a source file is newer than it
// (Node 20 cannot run TypeScript itself); the npm dependencies stay external, as in the CLI bundle.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const newest = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((m, e) => Math.max(m, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);

/** Returns the path of the eval bundle, rebuilt first when stale. */
export async function evalBundle(root) {
  const out = path.join(root, 'dist/eval/eval-core.mjs');
  const sources = ['src/core', 'src/cli', 'scripts/lib/eval-entry.ts'].map((p) => path.join(root, p));
  const stamp = Math.max(...sources.map((p) => (fs.statSync(p).isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)));
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= stamp) return out;
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: path.join(root, 'scripts/lib/eval-entry.ts'),
      outDir: path.dirname(out),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'eval-core.mjs' } },
    },
    ssr: { target: 'node' },
  });
  return out;
}
