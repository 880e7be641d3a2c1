// The CLI's throughput on the corpus's dev split: the built CLI's analyzeHtml (dist/cli) against
// jsdom + plain Readability, in this process, on the same pages, with each one's F1 beside it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { loadCorpus, scorePage, summarize } from './corpus-metrics.mjs';

const quiet = new VirtualConsole();

function plainReadability(html, url) {
  let doc;
  try {
    doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets; without them it parses (as scripts/eval.mjs does).
    doc = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole: quiet }).window.document;
  }
  return new Readability(doc).parse()?.textContent ?? '';
}

/** Runs both over every dev page `rounds` times; returns pages/s and F1 of each, or null without a corpus. */
export async function benchCli(root, corpusDir, rounds = 2) {
  if (!fs.existsSync(path.join(corpusDir, 'dev.json'))) return null;
  const { analyzeHtml } = await import(pathToFileURL(path.join(root, 'dist', 'cli', 'quietread.mjs')).href);
  const pages = loadCorpus(corpusDir, 'dev').map((p) => ({ ...p, html: fs.readFileSync(p.file, 'utf8') }));
  const url = (p) => (p.truth.url && /^https?:/.test(p.truth.url) ? p.truth.url : 'http://localhost/');
  const ours = (p) => {
    const r = analyzeHtml(p.html, url(p));
    return r.ok ? r.value.textContent : '';
  };
  const theirs = (p) => plainReadability(p.html, url(p));
  const time = (fn) => {
    const texts = new Map();
    for (const p of pages.slice(0, 5)) fn(p); // warm-up
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) for (const p of pages) texts.set(p.id, fn(p));
    const s = (performance.now() - t0) / 1000;
    const rows = pages.map((p) => scorePage(p.truth, { text: texts.get(p.id) }));
    return { pagesPerSecond: (pages.length * rounds) / s, f1: summarize(rows).f1 };
  };
  // Alternating, best of two each: neither side always gets the cold heap or the GC debt.
  const best = (x, y) => (x.pagesPerSecond > y.pagesPerSecond ? x : y);
  const a1 = time(ours);
  const b1 = time(theirs);
  const a2 = time(ours);
  const b2 = time(theirs);
  return { pages: pages.length, rounds, quietread: best(a1, a2), readability: best(b1, b2) };
}
