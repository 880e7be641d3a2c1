/**
 * The bench bundle (built as an IIFE by scripts/lib/page-bench.mjs and injected into a page of
 * plain Chromium): times the content script's work — detect, find the boilerplate, fold it — against
 * plain Readability on the same document. Folding is undone after each run, so every run sees the
 * same page.
 */
import { Readability } from '@mozilla/readability';
import { findBoilerplate } from '../../src/core/find-boilerplate';
import { createFolds } from '../../src/content/folds';
import { detectPage } from '../../src/content/page-tokens';

// The kinds the content script folds (src/content/cleanup.ts); it cannot be imported here because
// it reads settings through the extension API.
const FOLDED = new Set(['comments', 'comment-form', 'login', 'share', 'likes', 'related', 'subscribe']);

/** One detect + find + fold run; returns its time and how many blocks it folded (then unfolds). */
function detectCollapse(): { ms: number; folded: number; parts: [number, number, number] } {
  const t0 = performance.now();
  const facts = detectPage(document);
  const t1 = performance.now();
  const matches = findBoilerplate(document).filter((m) => FOLDED.has(m.kind));
  const t2 = performance.now();
  const folds = createFolds(document, { onChange: () => {} });
  folds.apply(matches, () => false);
  const t3 = performance.now();
  const folded = facts ? folds.list().length : 0;
  folds.clear();
  return { ms: t3 - t0, folded, parts: [t1 - t0, t2 - t1, t3 - t2] };
}

/** One plain Readability parse of a clone of the page (Readability mutates its input). */
function readability(): { ms: number; chars: number } {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  return { ms: performance.now() - t0, chars: article?.textContent?.length ?? 0 };
}

(globalThis as unknown as { __qrBench: unknown }).__qrBench = { detectCollapse, readability };
