/**
 * The reader frame's handshake with the background. The on-demand script registers the one-time
 * token it will hand its own frame (`ondemand-to-background:reader-token`); the frame asks the
 * background whether the token it was handed is genuine for its tab (`reader-to-background:confirm`).
 * The background answers from `sender`, which no page can forge: the token must have been registered
 * by our script in the top frame of the same tab, and the first frame to claim it owns it. So a site
 * that frames reader.html (at its public chrome-extension:// or moz-extension:// URL) and feeds it
 * HTML gets nothing painted and no reply: it cannot register a token, since it has no extension API.
 */
import type browser from 'webextension-polyfill';

interface Pending {
  token: string;
  /** The frame that claimed the token; later claims (a second frame, a reload) are refused. */
  claimedBy: number | null;
}

// In memory: the handshake takes a fraction of a second, and a restarted worker only makes the frame
// show its "nothing was handed to it" notice (the user opens the reader again).
const pending = new Map<number, Pending>();

const TOKEN = /^[0-9a-f]{32}$/;

/** Whether a sender is one of our extension's own pages (popup, library, the reader frame), wherever it is framed. */
export function isExtensionPage(sender: browser.Runtime.MessageSender, ownId: string): boolean {
  // Not the origin: Chrome's use_dynamic_url serves reader.html from a per-session one.
  return (
    sender.id === ownId && typeof sender.url === 'string' && /^(chrome|moz)-extension:$/.test(safeProtocol(sender.url))
  );
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** Whether a sender is our content (or on-demand) script in the top frame of a tab. */
export function isTopContentScript(sender: browser.Runtime.MessageSender, ownId: string): boolean {
  return (
    sender.id === ownId &&
    sender.tab?.id !== undefined &&
    (sender.frameId ?? 0) === 0 &&
    typeof sender.url === 'string' &&
    /^https?:/.test(sender.url)
  );
}

/** Registers the token the on-demand script of `tabId` will hand its reader frame. */
export function registerReaderToken(tabId: number, token: unknown): { ok: boolean } {
  if (typeof token !== 'string' || !TOKEN.test(token)) return { ok: false };
  pending.set(tabId, { token, claimedBy: null });
  return { ok: true };
}

/** Confirms a token for the reader frame `frameId` of `tabId`: once, for the frame that claims it first. */
export function confirmReaderToken(
  tabId: number | undefined,
  frameId: number | undefined,
  token: unknown,
): { ok: boolean } {
  if (tabId === undefined || frameId === undefined || frameId === 0 || typeof token !== 'string') return { ok: false };
  const p = pending.get(tabId);
  // Claimed already: a second frame, or a reload of the first (the overlay closes on that anyway).
  if (!p || p.token !== token || p.claimedBy !== null) return { ok: false };
  p.claimedBy = frameId;
  return { ok: true };
}

/** Forgets a tab's token (its tab closed). */
export function forgetReaderToken(tabId: number): void {
  pending.delete(tabId);
}
