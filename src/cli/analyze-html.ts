import Defuddle from 'defuddle';
import { analyzePage } from '../core/analyze';
import { useDefuddle } from '../core/defuddle-source';
import type { Analysis, AnalyzeError, AnalyzeOptions, Result } from '../core/types';
import { markupTooDeep } from './markup-depth';
import { parseHtml, sanitizeWindow, type DomName } from './parse-html';

// Node has it at hand: every analysis weighs Defuddle's article (the extension loads it on demand).
useDefuddle(Defuddle);

const FALLBACK_URL = 'http://localhost/';

/** The page URL: the one given, else the page's canonical URL, else a neutral placeholder. */
function pageUrl(doc: Document, url: string | undefined): string {
  if (url) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical && /^https?:\/\//i.test(canonical) ? canonical : FALLBACK_URL;
}

/**
 * Parses and analyses one HTML page (Node): the core's `analyzePage` on a linkedom or jsdom document.
 * `sanitize: false` (output that prints only the text) skips DOMPurify and the jsdom window it
 * needs: `contentHtml` is then escaped paragraphs of the text, with a warning saying so.
 */
export function analyzeHtml(
  html: string,
  url?: string,
  opts: { dom?: DomName; byteLength?: number; sanitize?: boolean; onCandidates?: AnalyzeOptions['onCandidates'] } = {},
): Result<Analysis, AnalyzeError> {
  // Before parsing: both DOMs fail on a tree nested 100,000 deep (core/dom-depth.ts guards the browser).
  const deep = markupTooDeep(html);
  if (deep) return { ok: false, error: 'too-large', message: deep };
  const { document } = parseHtml(html, url, opts.dom);
  return analyzePage(document, pageUrl(document, url), {
    sanitizeWindow: opts.sanitize === false ? undefined : sanitizeWindow(),
    byteLength: opts.byteLength ?? Buffer.byteLength(html),
    onCandidates: opts.onCandidates,
  });
}
