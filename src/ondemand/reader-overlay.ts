/**
 * The reading-mode overlay on the page: a host element `[data-quietread-reader]` whose closed
 * shadow root holds a full-viewport iframe of the extension's reader.html. The page's scripts and
 * CSS reach neither (closed shadow root, cross-origin frame); the analysis goes to the frame over a
 * private MessageChannel whose one-time token the frame has the background confirm. The frame
 * reloading or navigating closes the overlay. The host's attribute tells its state: `loading`, then `open` once painted.
 */
import { isContextGone, type GateLink } from '../gate-link';
import browser from 'webextension-polyfill';
import type { AnalyzeReply, Message, ReaderConnect, ReaderPortMessage } from '../messages';
import { translate } from '../i18n';
import { holdAnalysis, type RunningAnalysis } from './analysis-cache';
import { lockPage, type PageLock } from './page-lock';
import { timingMark } from './timing-mark';

interface OpenReader {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  token: string;
  /** Null until the analysis has a first reply (the cleaned extraction alone: the first paint). */
  reply: AnalyzeReply | null;
  /** The final reply, once the analysis is done; sent after the first when that was shown. */
  final: AnalyzeReply | null;
  /** Called once the frame has painted (or the reader closes): lets the held analysis go on. */
  painted: () => void;
  /** The frame has loaded (its `load` came, possibly before the analysis was done). */
  loaded: boolean;
  /** The background holds our token: the frame can have it confirmed (src/background/reader-handshake.ts). */
  registered: boolean;
  port: MessagePort | null;
  lock: PageLock;
}

let current: OpenReader | null = null;

/** User Timing marks on the page's timeline: opening starts / the analysis is done (for the profiler and `npm run bench`). */
export const OPEN_MARK = 'quietread:reader-open';
export const ANALYSED_MARK = 'quietread:reader-analysed';
/** User Timing marks: the frame's load / the port handed to it. */
export const FRAME_MARK = 'quietread:reader-frame-loaded';
export const CONNECT_MARK = 'quietread:reader-connect';
/** User Timing mark: the analysis's first reply (the cleaned extraction alone) is there. */
export const FIRST_MARK = 'quietread:reader-first';

// Inline, important styles set through the CSSOM: a page's CSP cannot block them (it can block a
// <style> element) and its stylesheets cannot out-rank them.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'z-index': '2147483647',
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
  'max-width': 'none',
  'max-height': 'none',
};
const FRAME_STYLE: Record<string, string> = {
  display: 'block',
  width: '100%',
  height: '100%',
  border: '0',
  margin: '0',
  padding: '0',
  background: 'transparent',
};

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The origin our reader document has in its frame. In Chrome, use_dynamic_url makes getURL give a
 * per-session URL, but the document loaded from it still has the extension's own origin.
 */
function frameOrigin(): string {
  const url = new URL(browser.runtime.getURL(''));
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}

function toPortMessage(reply: AnalyzeReply): ReaderPortMessage {
  return reply.ok
    ? { type: 'ondemand-to-reader:show', analysis: reply.analysis }
    : { type: 'ondemand-to-reader:error', error: reply.error, message: reply.message };
}

/** Hands the port to the frame, once: when it has loaded, the analysis is done and the background holds the token. */
function connect(state: OpenReader): void {
  if (!state.loaded || !state.reply || !state.registered || state.port) return;
  const channel = new MessageChannel();
  state.port = channel.port1;
  channel.port1.onmessage = (event: MessageEvent) => {
    try {
      const msg = event.data as ReaderPortMessage;
      if (msg?.type === 'reader-to-ondemand:close') closeReader();
      else if (msg?.type === 'reader-to-ondemand:painted' && current === state) {
        state.host.setAttribute('data-quietread-reader', 'open');
        state.painted();
      }
    } catch (err) {
      console.warn('Quietread: reader message failed', err);
    }
  };
  timingMark(CONNECT_MARK);
  const hello: ReaderConnect = { type: 'ondemand-to-reader:connect', token: state.token };
  state.iframe.contentWindow?.postMessage(hello, frameOrigin(), [channel.port2]);
  channel.port1.postMessage(toPortMessage(state.final ?? state.reply)); // the final one alone when it is there
  state.iframe.focus();
}

/** The analysis is done: the frame gets its final reply when it was shown the first one. */
function finish(state: OpenReader, final: AnalyzeReply): void {
  state.final = final;
  if (!state.reply) state.reply = final;
  else if (state.port && final !== state.reply) state.port.postMessage(toPortMessage(final));
  connect(state);
}

/** How long the rest of the analysis waits for the frame's first paint at most. */
const HOLD_MS = 1500;

function onKeyDown(event: KeyboardEvent): void {
  // Focus can stay on the page (a click landed before the frame loaded): Escape still leaves.
  if (event.key !== 'Escape' || !current) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  closeReader();
}

/** Whether the reader overlay is on the page. */
export function isReaderOpen(): boolean {
  if (current && !current.host.isConnected) closeReader(); // the page removed our host: tidy up
  return current !== null;
}

let link: GateLink | undefined;

/** The page's link: an overlay is never opened once it is aborted, and a call that finds the extension gone aborts it. */
export function setReaderSignal(pageLink: GateLink): void {
  link = pageLink;
}

/**
 * Opens the overlay; `analyze` runs from the next task on. Its first reply (the cleaned extraction
 * alone) is painted at once; the final one (after the other candidates and the choice) replaces it,
 * and the page's thread stays idle between the two until the frame has painted. Neither rejects.
 */
export function openReader(analyze: () => RunningAnalysis): void {
  if (isReaderOpen() || link?.signal.aborted) return;
  // A User Timing mark for `npm run bench` (scripts/bench-reader.mjs): measuring builds only.
  timingMark(OPEN_MARK);
  const host = document.createElement('div');
  host.setAttribute('data-quietread-reader', 'loading');
  setStyles(host, HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const iframe = document.createElement('iframe');
  const token = randomToken();
  // No token in the URL: whoever writes a URL chooses its hash. The token goes to the frame in `connect`.
  iframe.src = browser.runtime.getURL('reader.html');
  iframe.title = translate('readerPageTitle');
  setStyles(iframe, FRAME_STYLE);
  shadow.appendChild(iframe);
  const state: OpenReader = {
    host,
    iframe,
    token,
    reply: null,
    final: null,
    painted: () => {},
    loaded: false,
    registered: false,
    port: null,
    lock: { release() {} },
  };
  iframe.addEventListener('load', () => {
    if (current !== state) return;
    // A second load is the frame reloaded or navigated (the page can reach it through window.frames):
    // whatever is in it now is not our reader.
    if (state.loaded) return closeReader();
    state.loaded = true;
    timingMark(FRAME_MARK);
    connect(state);
  });
  browser.runtime
    .sendMessage({ type: 'ondemand-to-background:reader-token', token } satisfies Message)
    .then((reply: unknown) => {
      if (current !== state) return;
      if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error('the background refused the reader token');
      state.registered = true;
      connect(state);
    })
    .catch((err: unknown) => {
      if (isContextGone(err)) return link?.abort(); // the extension went away: everything tears down
      console.warn('Quietread: the reader handshake failed', err);
      if (current === state) closeReader(); // a frame that can never be fed would only lock the page
    });
  current = state;
  document.documentElement.appendChild(host);
  state.lock = lockPage();
  window.addEventListener('keydown', onKeyDown, true);
  // The analysis starts in a task of its own (the frame's navigation starts when this task ends) and
  // gives the page its thread back between its steps. Firefox loads the frame only while the page's
  // thread is idle (measured: its load came 20-30 ms after the whole analysis), so after its first
  // reply the analysis holds until the frame has painted.
  holdAnalysis(
    new Promise<void>((resolve) => {
      // Once painted, the rest waits for an idle moment: the page answers its user (and the frame's
      // first input) before the other candidates are built.
      state.painted = () =>
        typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 300 }) : resolve();
      setTimeout(resolve, HOLD_MS); // a frame that never paints holds nothing for long
    }),
  );
  setTimeout(() => {
    if (current !== state) return state.painted(); // closed meanwhile
    const run = analyze();
    void run.first.then((first) => {
      if (current !== state || state.reply) return;
      state.reply = first;
      timingMark(FIRST_MARK);
      connect(state);
    });
    void run.reply.then((reply) => {
      if (current !== state) return;
      timingMark(ANALYSED_MARK);
      finish(state, reply);
    });
  }, 0);
}

/** Removes the overlay and gives the page back its scrolling, scroll position and focus. */
export function closeReader(): void {
  const state = current;
  if (!state) return;
  current = null;
  state.painted(); // the analysis holds for no closed reader
  window.removeEventListener('keydown', onKeyDown, true);
  state.port?.close();
  // The overlay disappears now, but its frame is removed a moment later: destroying a frame while
  // the key event that closed it (Escape in the frame) is still being handled crashed Chromium 156.
  state.host.setAttribute('data-quietread-reader', 'closing');
  state.host.style.setProperty('display', 'none', 'important');
  state.iframe.blur();
  window.focus();
  state.lock.release();
  setTimeout(() => state.host.remove(), 300);
}
