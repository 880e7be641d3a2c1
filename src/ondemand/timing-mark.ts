/**
 * User Timing marks (`quietread:*`) for the profiler and `npm run bench`, set only in builds made for
 * measuring: any page can read its own performance timeline, so in the release build a mark would
 * tell every page when its reader opens. `node scripts/build.mjs --marks` (what scripts/bench-reader.mjs
 * runs, into dist/chrome-marks) and the unit tests turn them on; the release build drops them.
 */
declare const __QR_MARKS__: boolean | undefined;

/** True in measuring builds only (Vite's `define` replaces the name; anywhere else it is undeclared). */
export const TIMING_MARKS = typeof __QR_MARKS__ === 'boolean' && __QR_MARKS__;

/** Sets a User Timing mark on the page's timeline, in measuring builds only. */
export function timingMark(name: string): void {
  if (TIMING_MARKS) performance.mark(name);
}
