/**
 * What the always-on gate (content.js) and the fold code it loads (fold.js) share. Both run in the
 * extension's isolated world of the same page, so they see the same `window`: the gate leaves this
 * object there before it asks the background to inject fold.js, and fold.js takes it up.
 */
import type { CleanupSettings } from '../cleanup-settings';
import type { Message, PageState } from '../messages';

/** The `window` property holding the link (an isolated-world global: the page cannot see it). */
export const GATE_LINK = '__quietreadGate';

export interface GateLink {
  /** Aborted when the extension goes away (reload, update, removal): every part tears down. */
  signal: AbortSignal;
  /** Aborts `signal`; a part that meets "Extension context invalidated" calls it. */
  abort(): void;
  /** The settings, read by the gate while fold.js was being injected (saves a round trip). */
  settings?: Promise<CleanupSettings>;
  /** The popup's switch when it came before fold.js was running. */
  enabled?: boolean;
  /** Set by fold.js: from then on it answers the popup's messages. */
  handle?: (msg: Message) => PageState | undefined;
}

/** True for the error a call into the extension API throws once the extension has gone away. */
export function isContextGone(err: unknown): boolean {
  return /context invalidated|Extension context/i.test(String(err));
}

/** The link on this page's window (the gate's), or a new one when fold.js was injected on its own. */
export function gateLink(win: Window): GateLink {
  const w = win as unknown as Record<string, unknown>;
  const known = w[GATE_LINK] as GateLink | undefined;
  if (known && typeof known === 'object' && known.signal instanceof AbortSignal) return known;
  const ctl = new AbortController();
  const link: GateLink = { signal: ctl.signal, abort: () => ctl.abort() };
  w[GATE_LINK] = link;
  return link;
}
