/**
 * Tells every open library page (and any other context of the extension) that the library changed,
 * e.g. when the background saves a page while the library is open. BroadcastChannel reaches every
 * same-origin context, including the service worker, without a message round-trip.
 */
const CHANNEL = 'quietread-library';

/** Announces a change; receivers re-read the store (the message carries no data to trust). */
export function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ type: 'changed' });
  ch.close();
}

/** Calls `onChange` whenever another context changes the library; returns the unsubscribe. */
export function onLibraryChange(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = () => onChange();
  return () => ch.close();
}
