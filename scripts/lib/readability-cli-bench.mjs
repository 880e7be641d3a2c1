#!/usr/bin/env node
// The CLI bench's reference: jsdom + plain Readability as a command, `node readability-cli-bench.mjs
// <file…>`, printing each page's article text length. Run as its own process, so its figure
// includes the start-up (loading jsdom) that a user of such a tool pays.
import fs from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();
for (const file of process.argv.slice(2)) {
  const html = fs.readFileSync(file, 'utf8');
  let doc;
  try {
    doc = new JSDOM(html, { url: 'http://localhost/', virtualConsole: quiet }).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets; without them it parses (as cli-bench.mjs does).
    doc = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url: 'http://localhost/', virtualConsole: quiet })
      .window.document;
  }
  process.stdout.write(`${new Readability(doc).parse()?.textContent?.length ?? 0}\n`);
}
