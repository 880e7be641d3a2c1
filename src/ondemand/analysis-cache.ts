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
import { defuddleReady } from './defuddle-loader';
import { runStepsPaused } from '../core/steps';
import { findMainContent } from '../core/main-content';
import { pageElementCount, type PageFindings } from '../core/page-findings';
import { textHash } from '../core/text-hash';
import { knownGateLink } from '../gate-link';
import type { AnalyzeReply } from '../messages';
import type { Analysis, AnalyzeError, Result } from '../core/types';

/** One analysis of the page: its first reply (the cleaned extraction alone, for the reader's first paint) and its final one. */
export interface RunningAnalysis {
  first: Promise<AnalyzeReply>;
  reply: Promise<AnalyzeReply>;
}

let cached: ({ key: string } & RunningAnalysis) | null = null;

/** Until it settles, the analysis waits after its first reply (the reader frame loads and paints meanwhile). */
let held: Promise<void> = Promise.resolve();
/** Told when `held` is replaced: a waiting analysis then waits for the new hold instead. */
const onHoldChange = new Set<() => void>();

/**
 * Holds the rest of a running analysis, after its first reply, until `until` settles: in Firefox the
 * reader's frame loads only while the page's thread is idle (measured: its load waited for the analysis).
 * A new hold replaces the one before, also for an analysis already waiting; `Promise.resolve()` releases.
 */
export function holdAnalysis(until: Promise<void>): void {
  held = until.catch(() => {});
  for (const tell of [...onHoldChange]) tell();
}

/** Settles once the hold in place has settled (a hold replaced meanwhile is waited for instead). */
async function whileHeld(): Promise<void> {
  for (;;) {
    const hold = held;
    let tell = () => {};
    const replaced = new Promise<void>((resolve) => (tell = resolve));
    onHoldChange.add(tell);
    try {
      await Promise.race([hold, replaced]);
    } finally {
      onHoldChange.delete(tell);
    }
    if (hold === held) return;
  }
}

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

const toReply = (result: Result<Analysis, AnalyzeError>): AnalyzeReply =>
  result.ok
    ? { ok: true, analysis: result.value }
    : { ok: false, error: result.error, message: result.message ?? result.error };

/**
 * Runs the analysis of the live document in steps, giving the page its thread back between them.
 * `first` settles with the cleaned extraction's analysis as soon as it is known, else with the final reply.
 */
function analyzeLive(): RunningAnalysis {
  let settleFirst: (reply: AnalyzeReply) => void = () => {};
  const first = new Promise<AnalyzeReply>((resolve) => (settleFirst = resolve));
  let gotFirst = false;
  const onFirst = (result: Result<Analysis, AnalyzeError>) => {
    gotFirst = true;
    settleFirst(toReply(result));
  };
  const reply = (async (): Promise<AnalyzeReply> => {
    try {
      const steps = analyzeSteps(document, location.href, {
        byteLength: pageBytes(),
        findings: freshFindings(),
        onFirst,
      });
      // After the first reply the rest waits for the hold; Defuddle (defuddle.js) comes in before the other candidates.
      const between = () =>
        pause()
          .then(() => (gotFirst ? whileHeld() : undefined))
          .then(defuddleReady);
      return toReply(await runStepsPaused(steps, between));
    } catch (err) {
      console.warn('Quietread: analysing the page failed', err);
      return { ok: false, error: 'failed', message: String(err) };
    }
  })();
  void reply.then(settleFirst); // no first reply came (no article, an error): the final one is the first
  return { first, reply };
}

/**
 * The analysis of the live document (the core works on a clone): the one cached for its article, the
 * one already running for it (the intent's, the popup's), or a new one. Never rejects.
 */
export function currentAnalysis(): Promise<AnalyzeReply> {
  return runningAnalysis().reply;
}

/** The analysis of the live document as `currentAnalysis` has it, with its first reply. */
export function runningAnalysis(): RunningAnalysis {
  let key: string;
  try {
    key = articleKey();
  } catch (err) {
    // A page that breaks the key (a hostile DOM) is analysed afresh each time, never left unanswered.
    console.warn('Quietread: keying the analysis failed', err);
    return analyzeLive();
  }
  if (cached?.key === key) return cached;
  cached = { key, ...analyzeLive() };
  return cached;
}
