#!/usr/bin/env node
// `npm test`: build, typecheck, lint (ESLint + web-ext lint), unit tests, end-to-end tests in real
// Chromium and Firefox. Every step runs even when an earlier one fails; the last line counts them all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
fs.mkdirSync(results, { recursive: true });
fs.rmSync(path.join(results, 'browsers.json'), { force: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, opts = {}) {
  console.log(`\n▶ ${[path.basename(cmd), ...args].join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: process.env.CI ? { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } : process.env,
  });
  if (r.error) console.error(`Could not run ${cmd}: ${r.error.message}`);
  return r;
}

/** A step that is one check: passed or failed. */
function check(name, ok, detail = '') {
  tally[ok ? 'passed' : 'failed']++;
  lines.push(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`);
}

/** A Vitest step: counts its tests from the JSON report. */
function vitest(name, args) {
  const out = path.join(results, `${name}.json`);
  fs.rmSync(out, { force: true });
  const r = run(bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!fs.existsSync(out)) return check(`${name} tests`, false, `vitest exited ${r.status} without a report`);
  const rep = JSON.parse(fs.readFileSync(out, 'utf8'));
  const failedSuites = rep.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  ).length;
  tally.passed += rep.numPassedTests;
  tally.failed += rep.numFailedTests + failedSuites;
  tally.skipped += rep.numPendingTests + rep.numTodoTests;
  lines.push(
    `${rep.numFailedTests + failedSuites ? 'FAIL' : 'PASS'}  ${name}: ${rep.numPassedTests} passed, ${rep.numFailedTests} failed${failedSuites ? `, ${failedSuites} files failed to load` : ''}`,
  );
}

const want = (step) => only.length === 0 || only.includes(step);

if (want('build') || want('lint') || want('e2e')) {
  const b = run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
  check('build dist/chrome and dist/firefox', b.status === 0);
}
if (want('typecheck')) check('typecheck (tsc --noEmit)', run(bin('tsc'), ['--noEmit', '-p', '.']).status === 0);
if (want('lint')) {
  check('eslint', run(bin('eslint'), ['--max-warnings=0', '.']).status === 0);
  check(
    'prettier --check (the formatter: `npm run format` fixes it)',
    run(bin('prettier'), ['--check', '--log-level', 'warn', '.']).status === 0,
  );
  const r = run(bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
    capture: true,
  });
  let detail = 'no report';
  let ok = false;
  try {
    const rep = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    const { errors, warnings, notices } = rep.summary;
    for (const m of [...rep.errors, ...rep.warnings])
      console.log(`  ${m.type}: ${m.code} ${m.message} ${m.file ?? ''}`);
    detail = `${errors} errors, ${warnings} warnings, ${notices} notices`;
    ok = errors === 0 && warnings === 0;
  } catch {
    console.log(r.stdout);
  }
  console.log(`web-ext lint: ${detail}`);
  check('web-ext lint dist/firefox', ok, detail);
}
if (want('unit')) vitest('unit', ['--passWithNoTests']);
if (want('e2e')) vitest('e2e', ['-c', 'vitest.e2e.config.ts']);

const browsersFile = path.join(results, 'browsers.json');
const browsers = fs.existsSync(browsersFile) ? JSON.parse(fs.readFileSync(browsersFile, 'utf8')) : [];
console.log('\n── Summary ──');
for (const l of lines) console.log(l);
if (want('e2e')) console.log(`End-to-end browsers: ${browsers.length ? browsers.join(', ') : 'none launched'}`);
console.log(
  `Total: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`,
);
process.exit(tally.failed ? 1 : 0);
