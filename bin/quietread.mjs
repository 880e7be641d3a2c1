#!/usr/bin/env node
// Launcher of the `quietread` CLI; the code is built from src/cli by `npm run build:cli`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/quietread.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write(
    'quietread: the CLI is not built yet; run `npm run build:cli` (npm ci runs it too) in the Quietread folder\n',
  );
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { run } = await import(bundle.href);
await run(process.argv.slice(2), version);
