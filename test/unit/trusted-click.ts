/**
 * A click jsdom treats as the user's (`isTrusted: true`). Stubs ignore script-made clicks, and jsdom
 * offers no way to make a trusted one, so this sets jsdom's internal flag and dispatches through its
 * internal `_dispatch` (the public `dispatchEvent` resets the flag, as the spec says it must).
 * Test-only: a real browser's trusted clicks come from puppeteer's input in the e2e suite.
 */
const impl = (o: object): any => (o as any)[Object.getOwnPropertySymbols(o).find((s) => s.description === 'impl')!];

/** Dispatches a trusted, bubbling, composed click on `el`. */
export function trustedClick(el: Element): void {
  const event = new el.ownerDocument.defaultView!.MouseEvent('click', {
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  impl(event).isTrusted = true;
  impl(el)._dispatch(impl(event));
}
