/**
 * Typed messages shared by all contexts. Each type names its sender and receiver
 * (`popup-to-content:…`); handlers switch on `type` with an exhaustive `never` check.
 *
 * Receivers:
 * - `content`:  the always-on content script (src/content/), cheap, no Readability.
 * - `ondemand`: the on-demand page script (src/ondemand/, built as ondemand.js), injected with
 *               `scripting.executeScript` when the user asks for more (analysis, reader, save).
 * - `background`: the service worker / event page (src/background/).
 */
import { nativeBrowser as browser } from './native-browser';
import type { Analysis, AnalyzeError, BoilerplateKind } from './core/types';
import type { CleanupSettings } from './cleanup-settings';
import type { Highlight } from './core/highlight';

export type { Analysis };

/** What the always-on content script knows about its page without running Readability. */
export interface PageState {
  url: string;
  title: string;
  /** The `html[data-quietread]` tokens: `wordpress`, `review`, `article`, `collapsed`. */
  tokens: string[];
  /** Folded (or unfolded by the user) blocks, with their stub labels. */
  collapsed: { kind: BoilerplateKind; label: string; open: boolean }[];
  /** Whether cleanup is on for this site (the popup's "Clean up this site" switch). */
  cleanupEnabled: boolean;
}

export type AnalyzeReply =
  { ok: true; analysis: Analysis } | { ok: false; error: AnalyzeError | 'failed'; message: string };

export type SaveReply =
  | { ok: true; status: 'saved' | 'updated'; id: string }
  | { ok: false; error: 'quota-exceeded' | 'invalid' | 'failed'; message: string };

/**
 * What `any-to-background:saved-status` answers: whether the page (by canonical URL, or URL when it
 * names none) is in the library, and, when a `textHash` (src/core/text-hash.ts) was sent, whether its
 * text changed since it was saved (the popup then offers "Update").
 */
export type SavedStatusReply =
  { saved: false } | { saved: true; id: string; savedAt: string; updatedAt: string; changed: boolean };

/** What `reader-to-background:get-highlights` answers: the saved copy's text and highlights, when the page is saved. */
export type HighlightsReply =
  { saved: false } | { saved: true; id: string; textHash: string; textContent: string; highlights: Highlight[] };

/** What `reader-to-background:set-highlights` answers. */
export type SetHighlightsReply = { ok: true; highlights: Highlight[] } | { ok: false; message: string };

export type Message =
  | { type: 'popup-to-content:get-state' }
  | { type: 'popup-to-content:set-cleanup'; enabled: boolean }
  | { type: 'any-to-ondemand:analyze' }
  | { type: 'any-to-ondemand:toggle-reader'; open?: boolean }
  /** The user is about to open the reader (pointer on the stub's button, the shortcut's modifiers down): analyse ahead. */
  | { type: 'any-to-ondemand:prepare' }
  | { type: 'any-to-background:save'; analysis: Analysis }
  | { type: 'any-to-background:saved-status'; url?: string; canonicalUrl: string; textHash?: string }
  | { type: 'any-to-background:toggle-reader'; tabId: number }
  | { type: 'content-to-background:toggle-reader' }
  /** fold.js saw the intent to open the reader: the background injects ondemand.js and has it prepare. */
  | { type: 'content-to-background:reader-intent' }
  | { type: 'ondemand-to-background:reader-token'; token: string }
  /** The on-demand script wants Defuddle (defuddle.js) in its frame: the reply comes once it is injected. */
  | { type: 'ondemand-to-background:load-defuddle' }
  | { type: 'reader-to-background:confirm'; token: string }
  /** The reader asks for the saved copy of its page (by the key a save would use) with its highlights. */
  | { type: 'reader-to-background:get-highlights'; url: string; canonicalUrl: string | null }
  /** The reader replaces a saved item's highlights (the background owns the library). */
  | { type: 'reader-to-background:set-highlights'; id: string; highlights: Highlight[] }
  /** The gate (content.js) found something that can fold: inject fold.js into its frame. */
  | { type: 'content-to-background:load-folds' }
  /**
   * fold.js asks the background for the cleanup settings, and the background sends every tab the
   * new ones when they change: a page's first `storage` call costs it ~5 ms of script (Chrome
   * builds the API's bindings), `runtime` is already there for the gate's listener. The reply is a
   * FoldSetup (gate-link.ts): the settings, and the fold code's messages (a page's first `getMessage` blocks it ~8 ms).
   */
  | { type: 'content-to-background:get-settings' }
  | { type: 'background-to-content:settings'; settings: CleanupSettings }
  /** The options or library page asks for a sync now; the reply is the SyncStatus (src/sync/types.ts). */
  | { type: 'page-to-background:sync-now' };

/** What `any-to-ondemand:toggle-reader` answers: whether the reader is open now. */
export interface ToggleReaderReply {
  open: boolean;
}

/**
 * The private channel between the on-demand script and the reader page in its iframe: a
 * MessageChannel port handed over once (`connect`, whose one-time token the frame has the background
 * confirm for its tab: src/background/reader-handshake.ts), so the page's own scripts can neither
 * read nor forge what passes on it.
 */
export type ReaderPortMessage =
  | { type: 'ondemand-to-reader:show'; analysis: Analysis }
  | { type: 'ondemand-to-reader:error'; error: AnalyzeError | 'failed'; message: string }
  | { type: 'reader-to-ondemand:close' }
  | { type: 'reader-to-ondemand:painted' };

/** The one message posted to the reader iframe's window, carrying the port. */
export interface ReaderConnect {
  type: 'ondemand-to-reader:connect';
  token: string;
}

export type MessageType = Message['type'];

/** Narrows an unknown runtime message to one of ours whose type starts with `prefix`. */
export function isOurMessage<T extends { type: string }>(msg: unknown, prefix: string): msg is T {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    (msg as { type: string }).type.startsWith(prefix)
  );
}

/**
 * Sends a message to the on-demand script (Readability, reader overlay) of the tab's top frame,
 * injecting it first only when it is not there yet: the message goes out once, and only when no
 * copy answers (the gate ignores `any-to-ondemand:` messages, so no answer means no copy) is
 * ondemand.js injected and the message sent again. Every reply of ours is an object.
 * Needs `scripting` plus host access or the `activeTab` grant of a user gesture.
 */
export async function sendToOnDemand<R>(
  tabId: number,
  message: Extract<Message, { type: `any-to-ondemand:${string}` }>,
): Promise<R> {
  const target = { frameId: 0 };
  const first: unknown = await browser.tabs.sendMessage(tabId, message, target).catch(() => undefined);
  if (typeof first === 'object' && first !== null) return first as R;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['ondemand.js'] });
  return (await browser.tabs.sendMessage(tabId, message, target)) as R;
}
