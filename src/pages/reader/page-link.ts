/**
 * The reader's side of the private channel to the on-demand script in the page (see
 * `ReaderPortMessage` in src/messages.ts). The port arrives once, in a `connect` message from the
 * parent window whose token must equal the one in our URL hash: the page's own scripts can post to
 * this frame too, but they cannot know the token (it sits in a closed shadow root).
 */
import type { Analysis, ReaderConnect, ReaderPortMessage } from '../../messages';

export type PageData = { kind: 'analysis'; analysis: Analysis } | { kind: 'error'; error: string; message: string };

export interface PageLink {
  close(): void;
  painted(): void;
}

/** True when this page runs as the overlay of a page (in a frame, with a token). */
export function isOverlay(): boolean {
  return window.parent !== window && location.hash.length > 1;
}

/** Loose check that a message really holds an Analysis before the UI trusts its fields. */
export function isAnalysis(value: unknown): value is Analysis {
  const a = value as Partial<Analysis> | null;
  return (
    typeof a === 'object' && a !== null && typeof a.title === 'string' && typeof a.contentHtml === 'string' && typeof a.url === 'string' &&
    Array.isArray(a.removed) && Array.isArray(a.warnings) && typeof a.comments === 'object' && a.comments !== null && Array.isArray(a.comments.items)
  );
}

function toPageData(msg: ReaderPortMessage): PageData | null {
  if (msg?.type === 'ondemand-to-reader:show') return isAnalysis(msg.analysis) ? { kind: 'analysis', analysis: msg.analysis } : null;
  if (msg?.type === 'ondemand-to-reader:error') return { kind: 'error', error: typeof msg.error === 'string' ? msg.error : 'failed', message: typeof msg.message === 'string' ? msg.message : 'failed' };
  return null;
}

/** Waits for the page's port; calls `onData` for each analysis or error it sends. */
export function linkToPage(onData: (data: PageData) => void): PageLink {
  const token = location.hash.slice(1);
  let port: MessagePort | null = null;
  const send = (msg: ReaderPortMessage) => port?.postMessage(msg);
  const onConnect = (event: MessageEvent) => {
    const hello = event.data as ReaderConnect | null;
    if (port || event.source !== window.parent || hello?.type !== 'ondemand-to-reader:connect' || hello.token !== token || !event.ports[0]) return;
    port = event.ports[0];
    window.removeEventListener('message', onConnect);
    port.onmessage = (e: MessageEvent) => {
      const data = toPageData(e.data as ReaderPortMessage);
      if (data) onData(data);
    };
  };
  window.addEventListener('message', onConnect);
  return {
    close: () => send({ type: 'reader-to-ondemand:close' }),
    painted: () => send({ type: 'reader-to-ondemand:painted' }),
  };
}
