/**
 * Watches for chrome that arrives after load (Jetpack's comment iframe, lazy or paginated
 * comments, infinite scroll) and asks for a new scan. The work is coalesced to one scan per
 * animation frame at most, and spaced further when a scan is costly (at most ~10 % of the time);
 * our own stubs and stylesheet are ignored; the observer stops once the page has been quiet for
 * a while, and a scroll (which is what loads more on infinite-scroll pages) re-arms it.
 *
 * A page that never settles (a ticker, an animation built from DOM nodes, a hostile page that churns
 * on purpose) never gives the quiet pause: the scans are capped. After `busyMs` of changes with no
 * quiet pause the observer pauses anyway (a scroll re-arms it), and after `maxScans` scans it stops
 * for good: whatever arrives later stays as it is, which is what the page looked like without us.
 */

export interface Watcher {
  stop(): void;
  /** Whether the observer is connected now. */
  readonly active: boolean;
  /** Scans run so far. */
  readonly scans: number;
}

export interface WatchOptions {
  /** True for nodes the extension added itself. */
  isOurs: (node: Node) => boolean;
  /** Stop after this long without a relevant mutation. */
  quietMs?: number;
  /** Stops the watcher when aborted (the extension went away). */
  signal?: AbortSignal;
  /** Pause after this long of changes without a quiet pause (a scroll re-arms it). */
  busyMs?: number;
  /** Stop for good after this many scans. */
  maxScans?: number;
}

/** Defaults of the caps: a real page's late chrome (comments, an iframe, a few pages of infinite scroll) fits well within them. */
export const LATE_CHROME_LIMITS = { quietMs: 5_000, busyMs: 30_000, maxScans: 200 };

const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR']);

function isRelevant(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && !IGNORED_TAGS.has((node as Element).tagName) && !isOurs(node))
      return true;
  }
  return false;
}

/** Calls `scan` (wrapped by the caller) after relevant DOM additions, coalesced as described above. */
export function watchLateChrome(doc: Document, scan: () => void, opts: WatchOptions): Watcher {
  const quietMs = opts.quietMs ?? LATE_CHROME_LIMITS.quietMs;
  const busyMs = opts.busyMs ?? LATE_CHROME_LIMITS.busyMs;
  const maxScans = opts.maxScans ?? LATE_CHROME_LIMITS.maxScans;
  const win = doc.defaultView ?? window;
  let frame = 0;
  let timer = 0;
  let quiet = 0;
  let busy = 0;
  let nextAllowed = 0;
  let watching = false;
  let stopped = false;
  let scans = 0;

  const run = () => {
    frame = 0;
    timer = 0;
    if (stopped) return;
    const t0 = performance.now();
    scans++;
    scan();
    const cost = performance.now() - t0;
    nextAllowed = performance.now() + cost * 9;
    if (scans >= maxScans) stop(); // a page that never settles: no scans forever
  };
  const schedule = () => {
    if (frame || timer) return;
    const wait = nextAllowed - performance.now();
    if (wait > 0)
      timer = win.setTimeout(() => {
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
    win.clearTimeout(quiet);
    win.clearTimeout(busy);
  };
  const resume = (catchUp: boolean) => {
    if (stopped || watching) return;
    watching = true;
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    armQuiet();
    // Busy for this long without one quiet pause: the page churns; pause anyway.
    busy = win.setTimeout(pause, busyMs);
    if (catchUp) schedule(); // whatever arrived while we were not watching
  };
  const onScroll = () => resume(true);
  win.addEventListener('scroll', onScroll, { passive: true });
  resume(false); // the caller has just scanned

  function stop() {
    stopped = true;
    pause();
    win.removeEventListener('scroll', onScroll);
    win.clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    timer = 0;
  }
  opts.signal?.addEventListener('abort', stop, { once: true });
  return {
    stop,
    get active() {
      return watching;
    },
    get scans() {
      return scans;
    },
  };
}
