/**
 * Gives the core Defuddle on a live page: defuddle.js, injected by the background on request
 * (`ondemand-to-background:load-defuddle`), leaves the class on the isolated world's `window`.
 * Loaded once per page; a failed load (the extension reloading, a tab we may no longer script) is
 * logged and the analysis goes on without that candidate, and the next analysis tries again.
 */
import browser from 'webextension-polyfill';
import { defuddleClass, useDefuddle, type DefuddleClass } from '../core/defuddle-source';
import { DEFUDDLE_GLOBAL } from '../gate-link';
import type { Message } from '../messages';

let loading: Promise<void> | undefined;

/** The class defuddle.js left here: a function only our file can have put there (named access gives elements). */
function leftHere(): DefuddleClass | undefined {
  const found = (window as unknown as Record<string, unknown>)[DEFUDDLE_GLOBAL];
  return typeof found === 'function' ? (found as DefuddleClass) : undefined;
}

/** Settles once the core has Defuddle, or once loading it failed. Never rejects. */
export function defuddleReady(): Promise<void> {
  if (defuddleClass()) return Promise.resolve();
  loading ??= (async () => {
    if (!leftHere())
      await browser.runtime.sendMessage({ type: 'ondemand-to-background:load-defuddle' } satisfies Message);
    const ctor = leftHere();
    if (!ctor) throw new Error('defuddle.js left no class');
    useDefuddle(ctor);
  })().catch((err: unknown) => {
    console.warn('Quietread: loading Defuddle failed; the analysis goes on without it', err);
    loading = undefined;
  });
  return loading;
}
