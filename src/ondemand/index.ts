/**
 * Quietread's on-demand page script (ondemand.js), injected with `scripting.executeScript` only
 * when the user asks for more than the always-on content script does: the analysis (Readability)
 * and the reading-mode overlay.
 *
 *   background / popup ──tabs.sendMessage──► listener ─┬─ analyze ───────► analysis cache ─► AnalyzeReply
 *                                                      └─ toggle-reader ─► reader overlay (iframe reader.html)
 *
 * Injection is repeated freely; a guard keeps a second copy from registering twice.
 * Every entry is wrapped: a failure logs `Quietread: …` and leaves the page as it was.
 */
import { timingMark } from './timing-mark';
import browser from 'webextension-polyfill';
import { isOurMessage, type AnalyzeReply, type Message, type ToggleReaderReply } from '../messages';
import { currentAnalysis, holdAnalysis, runningAnalysis } from './analysis-cache';
import { gateLink, watchExtension } from '../gate-link';
import { closeReader, isReaderOpen, openReader, setReaderSignal } from './reader-overlay';

const GUARD = '__quietreadOnDemand';

/** User Timing mark on the page's timeline: the analysis done ahead of the reader. */
export const PREPARED_MARK = 'quietread:reader-prepared';

/** How long an intent with no reader following holds the analysis after its first reply. */
const INTENT_HOLD_MS = 2000;

type OnDemandMessage = Extract<Message, { type: `any-to-ondemand:${string}` }>;

function toggleReader(open?: boolean): ToggleReaderReply {
  const want = open ?? !isReaderOpen();
  if (want) openReader(runningAnalysis);
  else closeReader();
  return { open: isReaderOpen() };
}

/**
 * Analyses ahead of the reader (its intent showed): in an idle moment, so the page's own work comes
 * first; the toggle that follows finds the analysis cached (analysis-cache.ts).
 */
function prepare(): { prepared: true } {
  // The rest of the analysis (the other candidates) waits a moment after the first reply: the reader
  // that the intent announces loads its frame only while the page's thread is idle (Firefox). Its
  // open replaces this hold with its own; the popup's or a save's question releases it.
  holdAnalysis(new Promise((resolve) => setTimeout(resolve, INTENT_HOLD_MS)));
  const run = () => {
    // currentAnalysis never rejects: a failure is its reply, cached like any other.
    void currentAnalysis().then(() => timingMark(PREPARED_MARK)); // the mark: measuring builds only
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 200 });
  else setTimeout(run, 0);
  return { prepared: true };
}

function handle(msg: OnDemandMessage): Promise<AnalyzeReply> | ToggleReaderReply | { prepared: true } {
  switch (msg.type) {
    case 'any-to-ondemand:prepare':
      return prepare();
    case 'any-to-ondemand:analyze':
      holdAnalysis(Promise.resolve()); // the whole analysis is wanted now
      return currentAnalysis();
    case 'any-to-ondemand:toggle-reader':
      return toggleReader(msg.open);
    default: {
      const never: never = msg;
      throw new Error(`unhandled message ${JSON.stringify(never)}`);
    }
  }
}

function onMessage(msg: unknown): Promise<unknown> | undefined {
  if (!isOurMessage<OnDemandMessage>(msg, 'any-to-ondemand:')) return undefined;
  try {
    return Promise.resolve(handle(msg));
  } catch (err) {
    console.warn(`Quietread: ${msg.type} failed`, err);
    return Promise.resolve(
      msg.type === 'any-to-ondemand:analyze'
        ? { ok: false, error: 'failed', message: String(err) }
        : { open: isReaderOpen() },
    );
  }
}

function start(): void {
  const w = window as unknown as Record<string, unknown>;
  // `=== true`: a page element with this id is reachable as window[GUARD] (named access) and must not switch us off.
  if (w[GUARD] === true) return; // a second injection must not add a second listener
  w[GUARD] = true;
  browser.runtime.onMessage.addListener(onMessage);
  // The page's link (the gate's): when the extension goes away, the overlay closes and the listener goes.
  const link = gateLink(window);
  link.signal.addEventListener(
    'abort',
    () => {
      closeReader();
      browser.runtime.onMessage.removeListener(onMessage);
    },
    { once: true },
  );
  watchExtension(link);
  setReaderSignal(link);
}

try {
  start();
} catch (err) {
  console.warn('Quietread: on-demand script failed to start', err);
}
