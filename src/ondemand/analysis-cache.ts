/**
 * The page's Analysis, computed once per page state: Readability is the costly part of opening the
 * reader, and the popup, the reader and "save" all ask for the same analysis. It runs in steps, each
 * a task of its own (`analyzeSteps`): the page keeps responding to its user while it runs.
 *
 * The cache is keyed by what the article is, the URL plus a hash of the main text (the page's
 * content wrapper, `findMainContent`, else the body): a new comment, an ad or Quietread's own stubs
 * change nothing, an edit of the article does. The analysis uses what the fold code already found
 * on the page (platform, boilerplate blocks) while the page has not changed since.
 */
import { analyzeSteps } from '../core/analyze';
import { runStepsPaused } from '../core/steps';
import { findMainContent } from '../core/main-content';
import { pageElementCount, type PageFindings } from '../core/page-findings';
import { textHash } from '../core/text-hash';
import { knownGateLink } from '../gate-link';
import type { AnalyzeReply } from '../messages';

let cached: { key: string; reply: Promise<AnalyzeReply> } | null = null;

/** URL plus the hash of the text the article comes from. */
function articleKey(): string {
  const body = document.body;
  const main = body ? findMainContent(body) : null;
  return `${location.href}\n${textHash((main ?? body ?? document.documentElement).textContent ?? '')}`;
}

/** fold.js's findings, while the page still has the elements it had then. */
function freshFindings(): PageFindings | undefined {
  const found = knownGateLink(window)?.findings;
  return found && found.doc === document && found.elements === pageElementCount(document) ? found : undefined;
}

/** The page's size in bytes as loaded (navigation timing), so a huge page is refused before any parsing. */
function pageBytes(): number | undefined {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav && nav.decodedBodySize > 0 ? nav.decodedBodySize : undefined;
}

/** A new task: what the page had queued (input, its own timers) runs first. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the analysis of the live document in steps, giving the page its thread back between them. */
async function analyzeLive(): Promise<AnalyzeReply> {
  try {
    const steps = analyzeSteps(document, location.href, { byteLength: pageBytes(), findings: freshFindings() });
    const result = await runStepsPaused(steps, pause);
    return result.ok
      ? { ok: true, analysis: result.value }
      : { ok: false, error: result.error, message: result.message ?? result.error };
  } catch (err) {
    console.warn('Quietread: analysing the page failed', err);
    return { ok: false, error: 'failed', message: String(err) };
  }
}

/**
 * The analysis of the live document (the core works on a clone): the one cached for its article, the
 * one already running for it (the intent's, the popup's), or a new one. Never rejects.
 */
export function currentAnalysis(): Promise<AnalyzeReply> {
  let key: string;
  try {
    key = articleKey();
  } catch (err) {
    // A page that breaks the key (a hostile DOM) is analysed afresh each time, never left unanswered.
    console.warn('Quietread: keying the analysis failed', err);
    return analyzeLive();
  }
  if (cached?.key === key) return cached.reply;
  const reply = analyzeLive();
  cached = { key, reply };
  return reply;
}
