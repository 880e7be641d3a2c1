/**
 * Who may ask the background for what. Every message handler checks `sender`, which the browser
 * fills in and no page can forge: one of our extension pages (popup, library, options, reader), or
 * our content script in the tab the message acts on. A web page cannot message us directly (no
 * `externally_connectable`), but a compromised or confused context must not act on another tab.
 */
import type browser from 'webextension-polyfill';
import { isExtensionPage } from './reader-handshake';

type Sender = browser.Runtime.MessageSender;

const isOwn = (sender: Sender, ownId: string) => typeof ownId === 'string' && ownId.length > 0 && sender.id === ownId;

/** Our content (or on-demand) script, in any frame of a web page tab. */
export function isContentScript(sender: Sender, ownId: string): boolean {
  return (
    isOwn(sender, ownId) &&
    typeof sender.tab?.id === 'number' &&
    typeof sender.url === 'string' &&
    /^https?:/.test(sender.url)
  );
}

/** An extension page, or our content script in tab `tabId` itself. */
export function canActOnTab(sender: Sender, ownId: string, tabId: number): boolean {
  return (
    (isOwn(sender, ownId) && isExtensionPage(sender, ownId)) ||
    (isContentScript(sender, ownId) && sender.tab!.id === tabId)
  );
}

/** An extension page, or our content script in the top frame of the page the URL belongs to (its origin). */
export function canActOnPage(sender: Sender, ownId: string, pageUrl: unknown): boolean {
  if (isOwn(sender, ownId) && isExtensionPage(sender, ownId)) return true;
  if (!isContentScript(sender, ownId) || (sender.frameId ?? 0) !== 0 || typeof pageUrl !== 'string') return false;
  return originOf(sender.url!) !== null && originOf(sender.url!) === originOf(pageUrl);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
