#!/usr/bin/env node
// `npm run package`: store zips for the Chrome Web Store and addons.mozilla.org, plus the source
// zip AMO asks for when code is bundled, all under artifacts/ and named with the version.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, 'artifacts');

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Files under `dir` as zip entries with a fixed date, so the same tree gives the same zip. */
function entries(dir, files) {
  const mtime = new Date('2026-01-01T00:00:00Z');
  return Object.fromEntries(
    files.map((f) => [f.split(path.sep).join('/'), [fs.readFileSync(path.join(dir, f)), { mtime }]]),
  );
}

function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p)];
  });
}

function writeZip(name, dir, files) {
  const file = path.join(out, name);
  fs.writeFileSync(file, zipSync(entries(dir, files.sort()), { level: 9 }));
  console.log(
    `  ${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(1)} KiB, ${files.length} files`,
  );
}

fs.mkdirSync(out, { recursive: true });
console.log(`Packaging Quietread ${version}:`);
for (const browser of ['chrome', 'firefox']) {
  const dir = path.join(root, 'dist', browser);
  writeZip(`quietread-${browser}-${version}.zip`, dir, walk(dir));
}
// The source AMO reviews: every file git tracks (no node_modules, no build output).
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
if (tracked.status !== 0) {
  console.error('Could not list the source files with git: run npm run package inside the git checkout.');
  process.exit(1);
}
const sources = tracked.stdout.split('\0').filter((f) => f && fs.existsSync(path.join(root, f)));
writeZip(`quietread-source-${version}.zip`, root, sources);
