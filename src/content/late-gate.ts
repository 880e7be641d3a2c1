/**
 * The gate's short watch for a comment section that arrives after load (a lazy-comments plugin,
 * Jetpack's comment iframe, a "Show comments" script): the markers are looked for again a few
 * times over the first seconds and on scrolling (what loads lazy comments), then the watch stops
 * for good. No MutationObserver: on a busy page its callbacks would cost more than these checks.
 */

/** When to look again, in ms after the gate ran. */
const CHECKS_MS = [300, 1_000, 2_000, 4_000, 8_000];
/** How long scrolling still triggers a look, and at most how often. */
const WATCH_MS = 20_000;
const SCROLL_GAP_MS = 500;

/** Calls `found` once when `hasMarkers` turns true within the watch; returns a stop function. */
export function watchForMarkers(win: Window, hasMarkers: () => boolean, found: () => void): () => void {
  const timers: number[] = [];
  let last = 0;
  const started = performance.now();
  const stop = () => {
    timers.forEach((t) => win.clearTimeout(t));
    win.removeEventListener('scroll', onScroll);
  };
  const check = () => {
    let hit = false;
    try {
      hit = hasMarkers();
    } catch (err) {
      console.warn('Quietread: looking for markers failed', err);
    }
    if (hit) {
      stop();
      found();
    }
  };
  const onScroll = () => {
    const now = performance.now();
    if (now - started > WATCH_MS) return stop();
    if (now - last < SCROLL_GAP_MS) return;
    last = now;
    check();
  };
  for (const ms of CHECKS_MS) timers.push(win.setTimeout(check, ms));
  timers.push(win.setTimeout(stop, WATCH_MS));
  win.addEventListener('scroll', onScroll, { passive: true });
  return stop;
}
