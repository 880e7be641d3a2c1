/**
 * Watches for chrome that arrives after load (Jetpack's comment iframe, lazy or paginated
 * comments, infinite scroll) and asks for a new scan. The work is coalesced to one scan per
 * animation frame at most, and spaced further when a scan is costly (at most ~10 % of the time);
 * our own stubs and stylesheet are ignored; the observer stops once the page has been quiet for
 * a while, and a scroll (which is what loads more on infinite-scroll pages) re-arms it.
 */

export interface Watcher {
  stop(): void;
}

export interface WatchOptions {
  /** True for nodes the extension added itself. */
  isOurs: (node: Node) => boolean;
  /** Stop after this long without a relevant mutation. */
  quietMs?: number;
  /** Stops the watcher when aborted (the extension went away). */
  signal?: AbortSignal;
}

const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);

function isRelevant(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && !IGNORED_TAGS.has((node as Element).tagName) && !isOurs(node)) return true;
  }
  return false;
}

/** Calls `scan` (wrapped by the caller) after relevant DOM additions, coalesced as described above. */
export function watchLateChrome(doc: Document, scan: () => void, opts: WatchOptions): Watcher {
  const quietMs = opts.quietMs ?? 5_000;
  const win = doc.defaultView ?? window;
  let frame = 0;
  let timer = 0;
  let quiet = 0;
  let nextAllowed = 0;
  let watching = false;
  let stopped = false;

  const run = () => {
    frame = 0;
    timer = 0;
    const t0 = performance.now();
    scan();
    const cost = performance.now() - t0;
    nextAllowed = performance.now() + cost * 9;
  };
  const schedule = () => {
    if (frame || timer) return;
    const wait = nextAllowed - performance.now();
    if (wait > 0) timer = win.setTimeout(() => {
      timer = 0;
      frame = win.requestAnimationFrame(run);
    }, wait);
    else frame = win.requestAnimationFrame(run);
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => isRelevant(r, opts.isOurs))) return;
    schedule();
    armQuiet();
  });
  const armQuiet = () => {
    win.clearTimeout(quiet);
    quiet = win.setTimeout(pause, quietMs);
  };
  const pause = () => {
    observer.disconnect();
    watching = false;
  };
  const resume = (catchUp: boolean) => {
    if (stopped || watching) return;
    watching = true;
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    armQuiet();
    if (catchUp) schedule(); // whatever arrived while we were not watching
  };
  const onScroll = () => resume(true);
  win.addEventListener('scroll', onScroll, { passive: true });
  resume(false); // the caller has just scanned

  const stop = () => {
    stopped = true;
    pause();
    win.removeEventListener('scroll', onScroll);
    win.clearTimeout(quiet);
    win.clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
  };
  opts.signal?.addEventListener('abort', stop, { once: true });
  return { stop };
}
