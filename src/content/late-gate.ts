/**
 * The gate's short watch for a comment section that arrives after load (a lazy-comments plugin,
 * a "Show comments" script): the markers are looked for again a few times over the first seconds,
 * then the watch stops for good. Timers only: no MutationObserver (on a busy page its callbacks
 * cost more than these checks) and no scroll listener or clock, each a DOM interface that the
 * first touch costs every page (gate-markers.ts). WordPress pages, where Jetpack's comment iframe
 * and lazy comment plugins live, pass the gate at once by their platform markers, and the fold
 * code's own watch takes their late chrome (late-chrome.ts).
 */

/**
 * When to look again, in ms after the gate ran; after the last, the watch is over. Two checks:
 * each costs a page about as much as the gate itself, most of it entering the extension's world
 * for the callback, and lazy comment sections arrive seconds after load (on scroll, after the
 * page's own scripts), not within the first second.
 */
export const CHECKS_MS = [2_500, 8_000];

/** Calls `found` once when `hasMarkers` turns true within the watch; returns a stop function. */
export function watchForMarkers(win: Window, hasMarkers: () => boolean, found: () => void): () => void {
  const timers: number[] = [];
  const stop = () => timers.forEach((t) => win.clearTimeout(t));
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
  for (const ms of CHECKS_MS) timers.push(win.setTimeout(check, ms));
  return stop;
}
