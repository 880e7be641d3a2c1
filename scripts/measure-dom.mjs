#!/usr/bin/env node
// Measures plain Readability under jsdom and linkedom on a corpus: pages/second and scores.
// Used once to choose the CLI's DOM (see README). Usage: node scripts/measure-dom.mjs [--corpus DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadCorpus, scorePage, summarize } from './lib/corpus-metrics.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--corpus');
const dir = i > 0 ? path.resolve(process.argv[i + 1]) : path.resolve(root, '../shared/corpus');
const pages = loadCorpus(dir, 'dev').map((p) => ({ ...p, html: fs.readFileSync(p.file, 'utf8') }));

const quiet = new VirtualConsole();
const doms = {
  jsdom: (html, url) => {
    try {
      return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
    } catch {
      // jsdom 29 throws on some stylesheets (e.g. SCSS left in a <style>); Readability ignores styles anyway.
      return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole: quiet }).window.document;
    }
  },
  linkedom: (html) => parseHTML(html).document,
};

for (const [name, parse] of Object.entries(doms)) {
  const rows = [];
  let parseMs = 0;
  const t0 = performance.now();
  for (const p of pages) {
    const t = performance.now();
    const doc = parse(p.html, p.truth.url || 'http://localhost/');
    parseMs += performance.now() - t;
    let text = '';
    try {
      text = new Readability(doc).parse()?.textContent ?? '';
    } catch (e) {
      console.error(`${name} ${p.id}: ${e.message}`);
    }
    rows.push(scorePage(p.truth, { text }));
  }
  const ms = performance.now() - t0;
  const s = summarize(rows);
  const aeb = summarize(rows.filter((r) => r.id.startsWith('aeb-')));
  console.log(
    `${name.padEnd(9)} ${(pages.length / (ms / 1000)).toFixed(1)} pages/s (parse ${Math.round(parseMs)} ms of ${Math.round(ms)} ms)` +
      `  F1 ${s.f1.toFixed(3)}  aeb F1 ${aeb.f1.toFixed(3)}  mustC ${(100 * s.mustC).toFixed(1)}%  leak ${(100 * s.leak).toFixed(1)}%  comment leak ${(100 * s.commentLeak).toFixed(1)}%`,
  );
}
