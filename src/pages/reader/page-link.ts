/**
 * The reader's side of the private channel to the on-demand script in the page (see
 * `ReaderPortMessage` in src/messages.ts). The port arrives in a `connect` message from the parent
 * window with a one-time token. The frame trusts neither: any site can frame reader.html and post to
 * it. It asks the background, over runtime messaging, to confirm the token for this tab and frame
 * (src/background/reader-handshake.ts); only our on-demand script could have registered it. Until
 * then, and for good if refused, nothing from the port is read and nothing is sent back on it.
 */
import { nativeBrowser as browser } from '../../native-browser';
import type { Analysis, Message, ReaderConnect, ReaderPortMessage } from '../../messages';

export type PageData = { kind: 'analysis'; analysis: Analysis } | { kind: 'error'; error: string; message: string };

export interface PageLink {
  close(): void;
  painted(): void;
}

/** True when this page runs as the overlay of a page (in a frame). */
export function isOverlay(): boolean {
  return window.parent !== window;
}

/** Loose check that a message really holds an Analysis before the UI trusts its fields. */
export function isAnalysis(value: unknown): value is Analysis {
  const a = value as Partial<Analysis> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.title === 'string' &&
    typeof a.contentHtml === 'string' &&
    typeof a.url === 'string' &&
    Array.isArray(a.removed) &&
    Array.isArray(a.warnings) &&
    typeof a.comments === 'object' &&
    a.comments !== null &&
    Array.isArray(a.comments.items)
  );
}

function toPageData(msg: ReaderPortMessage): PageData | null {
  if (msg?.type === 'ondemand-to-reader:show')
    return isAnalysis(msg.analysis) ? { kind: 'analysis', analysis: msg.analysis } : null;
  if (msg?.type === 'ondemand-to-reader:error')
    return {
      kind: 'error',
      error: typeof msg.error === 'string' ? msg.error : 'failed',
      message: typeof msg.message === 'string' ? msg.message : 'failed',
    };
  return null;
}

async function isConfirmed(token: string): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({
      type: 'reader-to-background:confirm',
      token,
    } satisfies Message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/**
 * Waits for the page's port and has its token confirmed; then calls `onData` for each analysis or
 * error it sends. `onRefused` runs when the token is not confirmed (the frame shows a notice).
 */
export function linkToPage(onData: (data: PageData) => void, onRefused: () => void): PageLink {
  let port: MessagePort | null = null;
  const send = (msg: ReaderPortMessage) => port?.postMessage(msg);
  const onConnect = (event: MessageEvent) => {
    const hello = event.data as ReaderConnect | null;
    if (
      port ||
      event.source !== window.parent ||
      hello?.type !== 'ondemand-to-reader:connect' ||
      typeof hello.token !== 'string' ||
      !event.ports[0]
    )
      return;
    const offered = event.ports[0];
    // The page posts from the same window as our script, so a forged connect can come first: it is
    // refused, and the genuine one after it still gets through (the background confirms a token once).
    isConfirmed(hello.token).then((ok) => {
      if (!ok || port) {
        offered.close();
        if (!port) onRefused();
        return;
      }
      port = offered;
      window.removeEventListener('message', onConnect);
      port.onmessage = (e: MessageEvent) => {
        const data = toPageData(e.data as ReaderPortMessage);
        if (data) onData(data);
      };
    });
  };
  window.addEventListener('message', onConnect);
  return {
    close: () => send({ type: 'reader-to-ondemand:close' }),
    painted: () => send({ type: 'reader-to-ondemand:painted' }),
  };
}
