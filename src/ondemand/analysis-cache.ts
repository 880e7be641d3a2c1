/**
 * The page's Analysis, computed once and kept until the page changes: Readability is the costly
 * part of opening the reader, and the popup, the reader and "save" all ask for the same analysis.
 */
import { analyzePage } from '../core/analyze';
import type { AnalyzeReply } from '../messages';

let cached: { url: string; reply: AnalyzeReply } | null = null;
let observer: MutationObserver | null = null;

/** Our own nodes (the reader host) do not count as a change of the page. */
function isOurs(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-quietread-reader');
}

function watchForChanges(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    // Attribute changes (our own collapse marks, hover classes) leave the text as it is.
    const changed = records.some((r) => r.type === 'characterData' || [...r.addedNodes, ...r.removedNodes].some((n) => !isOurs(n)));
    if (changed) cached = null;
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

/** The page's size in bytes as loaded (navigation timing), so a huge page is refused before any parsing. */
function pageBytes(): number | undefined {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav && nav.decodedBodySize > 0 ? nav.decodedBodySize : undefined;
}

/** Analyses the live document (the core works on a clone) or returns the analysis cached for it. */
export function currentAnalysis(): AnalyzeReply {
  if (cached && cached.url === location.href) return cached.reply;
  let reply: AnalyzeReply;
  try {
    const result = analyzePage(document, location.href, { byteLength: pageBytes() });
    reply = result.ok ? { ok: true, analysis: result.value } : { ok: false, error: result.error, message: result.message ?? result.error };
  } catch (err) {
    console.warn('Quietread: analysing the page failed', err);
    reply = { ok: false, error: 'failed', message: String(err) };
  }
  cached = { url: location.href, reply };
  watchForChanges();
  return reply;
}
