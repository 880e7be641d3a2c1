#!/usr/bin/env node
// `npm run screenshots`: builds the extension, then takes every picture of the README from the real
// extension in real Chromium: the page before and after folding, the popup, the reader and the library.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['build', 'scripts/build.mjs'],
  ['page', 'scripts/screenshots-page.mjs'],
  ['popup', 'scripts/screenshots-popup.mjs'],
  ['reader', 'scripts/screenshots-reader.mjs'],
  ['library', 'scripts/screenshots-library.mjs'],
  ['highlights', 'scripts/screenshots-highlights.mjs'],
];
for (const [name, script] of steps) {
  const run = spawnSync(process.execPath, [path.join(ROOT, script)], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(
      `screenshots: the ${name} step failed (exit ${run.status ?? run.signal}); later pictures were not taken.`,
    );
    process.exit(1);
  }
}
console.log('screenshots: all README pictures written to docs/');
