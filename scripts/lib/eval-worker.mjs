// One eval worker (node:worker_threads): reads a page, runs Quietread (the CLI's analyzeHtml),
// plain Readability and Defuddle (both on jsdom, the README's reference set-up) and scores the three.
// Only scores go back to the main thread, never texts, so messages stay small.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { scorePage } from './corpus-metrics.mjs';
import { scoreWcxb, wcxbGroups } from './wcxb-metrics.mjs';

const core = await import(pathToFileURL(workerData.bundle).href);
const quiet = new VirtualConsole();
// Defuddle logs every page's broken JSON-LD with a stack trace; the scores say what matters.
console.error = console.warn = () => {};

function jsdomDoc(html, url) {
  try {
    return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets; without them it parses (neither extractor reads styles).
    return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), { url, virtualConsole: quiet }).window.document;
  }
}

/** With --dump DIR: each extractor's text (the rows carry it until here), for studying the choice offline. */
function dumpTexts(task, rows) {
  const texts = Object.fromEntries(Object.entries(rows).map(([k, r]) => [k, r.text ?? null]));
  fs.writeFileSync(path.join(workerData.dumpDir, `${task.key.replace(':', '-')}.json`), JSON.stringify(texts));
}

function timed(fn) {
  const t0 = performance.now();
  let out;
  try {
    out = fn();
  } catch (e) {
    out = { text: '', error: String(e?.message ?? e).slice(0, 200) };
  }
  return { ...out, ms: performance.now() - t0 };
}

/**
 * The three extractors on one page. Readability reads jsdom, as in the README's reference run.
 * Defuddle reads linkedom: on jsdom it spends seconds a page in getComputedStyle (42 s on one page),
 * on linkedom the same content comes out (checked on six pages: same length to a few characters).
 * `cached` holds the baselines' rows of an earlier run: they do not depend on Quietread's code.
 */
function extractAll(html, url, bytes, cached) {
  const quietread = timed(() => {
    const r = core.analyzeHtml(html, url, { byteLength: bytes });
    if (!r.ok) return { text: '', error: r.error };
    const v = r.value;
    return {
      text: v.textContent,
      title: v.title,
      isWordPress: v.isWordPress,
      notArticle: v.pageType ? v.pageType.isArticle === false : false,
    };
  });
  if (cached) return { quietread };
  const readability = timed(() => {
    const parsed = new Readability(jsdomDoc(html, url), { serializer: (n) => n }).parse();
    return { text: parsed?.content ? core.blockText(parsed.content) : '', title: parsed?.title ?? null };
  });
  const defuddle = timed(() => {
    const { document } = parseHTML(html);
    const res = new Defuddle(document, { url, useAsync: false }).parse();
    const div = document.createElement('div');
    div.innerHTML = res.content ?? '';
    return { text: core.blockText(div), title: res.title || null };
  });
  return { quietread, readability, defuddle };
}

parentPort.on('message', (task) => {
  let rows;
  try {
    if (task.kind === 'wcxb') {
      const bytes = zlib.gunzipSync(fs.readFileSync(task.file));
      const html = core.decodeHtmlBytes(bytes).text;
      const truth = JSON.parse(fs.readFileSync(task.truthFile, 'utf8'));
      const outs = extractAll(html, truth.url || 'http://localhost/', bytes.length, task.cached);
      const base = { id: task.id, pageType: task.pageType, ...wcxbGroups(html) };
      rows = Object.fromEntries(
        Object.entries(outs).map(([k, o]) => [
          k,
          { ...base, ...scoreWcxb(truth, o), error: o.error, ms: o.ms, notArticle: o.notArticle, text: o.text },
        ]),
      );
    } else {
      const bytes = fs.readFileSync(task.file);
      const html = core.decodeHtmlBytes(bytes).text;
      const outs = extractAll(html, task.truth.url || 'http://localhost/', bytes.length, task.cached);
      rows = Object.fromEntries(
        Object.entries(outs).map(([k, o]) => {
          const row = { ...scorePage(task.truth, o), error: o.error, ms: o.ms, text: o.text };
          if (k !== 'quietread') delete row.predWordPress; // the baselines do not detect WordPress
          return [k, row];
        }),
      );
    }
  } catch (e) {
    rows = { error: String(e?.stack ?? e) };
  }
  if (task.cached && !rows.error) Object.assign(rows, task.cached);
  if (workerData.dumpDir && !rows.error) dumpTexts(task, rows);
  for (const r of Object.values(rows)) if (r && typeof r === 'object') delete r.text;
  parentPort.postMessage({ key: task.key, rows });
});
