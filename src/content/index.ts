/**
 * Quietread's always-on content script.
 *
 *   page loads ─► guard (one copy only) ─► detect (cheap) ─► html[data-quietread]="analysed wordpress …"
 *                                                  │
 *   popup ◄─── runtime messages (get-state) ───────┘
 *
 * States: not WordPress/blog → only the token list; later issues add cleanup and the reader.
 * Every entry point is wrapped: a failure logs `Quietread: …` and leaves the page as it was.
 */
import browser from 'webextension-polyfill';
import { computeTokens, writeTokens } from './page-tokens';
import type { Message, PageState } from '../messages';
import { isOurMessage } from '../messages';

const GUARD = '__quietreadContent';

function safely<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    console.warn(`Quietread: ${what} failed`, err);
    return undefined;
  }
}

function state(tokens: string[]): PageState {
  return { url: location.href, title: document.title, tokens, collapsed: [], cleanupEnabled: true };
}

function start(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w[GUARD]) return; // a second copy (re-injection) must not act twice
  w[GUARD] = true;
  const tokens = safely('detection', () => computeTokens(document)) ?? ['analysed'];
  safely('marking the page', () => writeTokens(document, tokens));
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isOurMessage<Message>(msg, 'popup-to-content:')) return undefined;
    return Promise.resolve(safely('message', () => state(tokens)));
  });
}

safely('start', start);
