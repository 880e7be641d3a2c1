import { Readability } from '@mozilla/readability';
import { expect, test } from 'vitest';
import { analyzeHtml } from '../../../src/cli/analyze-html';
import { parseHtml } from '../../../src/cli/parse-html';

// React's streaming server rendering sends the page's body in `<div hidden id="S:0">` and a script moves
// it into place; read before that script runs (the CLI, a saved page), Readability skips the hidden block
// and finds no article at all (WCXB page 0155: the analysis said "no article", Defuddle finds all of it).
const PARAS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Section ${i + 1} of the tutorial explains how the crawler reads a sitemap, which pages it keeps and why a canonical link decides which copy is indexed.</p>`,
).join('');
const PAGE = `<!doctype html><html><head><title>How crawlers read sitemaps</title></head><body>
  <template id="B:0"></template><div hidden id="S:0"><main><article><h1>How crawlers read sitemaps</h1>${PARAS}</article></main></div>
  <script>$RC("B:0","S:0")</script></body></html>`;

test('an article Readability refuses comes from the other candidates, not "no article"', () => {
  // The premise: Readability itself returns nothing for this page.
  expect(new Readability(parseHtml(PAGE, 'https://example.com/').document).parse()).toBeNull();
  const r = analyzeHtml(PAGE, 'https://example.com/sitemaps/', { sanitize: false });
  if (!r.ok) throw new Error(`${r.error}: ${r.message}`);
  expect(r.value.extraction.method).toBe('defuddle');
  expect(r.value.textContent).toContain('Section 6 of the tutorial explains how the crawler reads a sitemap');
  expect(r.value.title).toBe('How crawlers read sitemaps');
});
