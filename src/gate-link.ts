/**
 * What the always-on gate (content.js), the fold code it loads (fold.js) and the on-demand script
 * (ondemand.js) share. All run in the extension's isolated world of the same page, so they see the
 * same `window`: the gate leaves this object there before it asks the background to inject fold.js,
 * fold.js takes it up and leaves its findings in it, and the analysis uses them.
 */
import type { CleanupSettings } from './cleanup-settings';
import { nativeBrowser } from './native-browser';
import type { PageFindings } from './core/page-findings';
import type { Message, PageState } from './messages';

/** The `window` property holding the link (an isolated-world global: the page cannot see it). */
export const GATE_LINK = '__quietreadGate';

/**
 * The `window` property where defuddle.js (src/ondemand/defuddle.ts) leaves Defuddle's class for
 * the on-demand script: an isolated-world global too, set by our own file only.
 */
export const DEFUDDLE_GLOBAL = '__quietreadDefuddle';

export interface GateLink {
  /** Aborted when the extension goes away (reload, update, removal): every part tears down. */
  signal: AbortSignal;
  /** Aborts `signal`; a part that meets "Extension context invalidated" calls it. */
  abort(): void;
  /** The settings and messages, asked for by the gate while fold.js was being injected (saves a round trip). */
  setup?: Promise<FoldSetup>;
  /** The popup's switch when it came before fold.js was running. */
  enabled?: boolean;
  /** Set by fold.js: from then on it answers the popup's messages. */
  handle?: (msg: Message) => PageState | undefined;
  /** True while a `watchExtension` port is open. */
  watching?: boolean;
  /** Set by fold.js after each scan: what it found, and the page's element count then (`pageElementCount`). */
  findings?: PageFindings & { elements: number };
}

/** True for the error a call into the extension API throws once the extension has gone away. */
export function isContextGone(err: unknown): boolean {
  return /context invalidated|Extension context/i.test(String(err));
}

/** The port name of `watchExtension`; the background keeps such ports open (load-folds.ts). */
export const PAGE_PORT = 'quietread-page';

/**
 * Aborts `link` when the extension goes away (reload, update, removal) while the page stays: a port
 * to the background disconnects then, and a moment later the runtime has lost its id (at the
 * disconnect itself it still has it). A disconnect after which the id stays is the background going
 * idle, not away: the watch ends there (one port per page; a later call to the extension that
 * fails with "context invalidated" still aborts).
 */
export function watchExtension(link: GateLink): void {
  if (link.watching || link.signal.aborted) return;
  link.watching = true;
  try {
    const port = nativeBrowser.runtime.connect({ name: PAGE_PORT });
    port.onDisconnect.addListener(() => {
      link.watching = false;
      // The runtime loses its id a moment after the port drops: look once it has.
      setTimeout(() => {
        if (!nativeBrowser.runtime?.id) link.abort();
      }, 500);
    });
    link.signal.addEventListener('abort', () => port.disconnect(), { once: true });
  } catch (err) {
    link.watching = false;
    if (isContextGone(err)) link.abort();
  }
}

/** What fold.js needs before it folds: the settings, and its messages in the user's language (fold-messages.ts). */
export interface FoldSetup {
  settings: CleanupSettings;
  messages: Record<string, string>;
}

/** The fold code's setup, from the background (`storage` and `i18n` are never touched on the page: messages.ts). */
export function askSetup(): Promise<FoldSetup> {
  return nativeBrowser.runtime.sendMessage({
    type: 'content-to-background:get-settings',
  } satisfies Message) as Promise<FoldSetup>;
}

/** The link on this page's window when a part made one (the on-demand script only reads it). */
export function knownGateLink(win: Window): GateLink | undefined {
  const known = (win as unknown as Record<string, unknown>)[GATE_LINK] as GateLink | undefined;
  return known && typeof known === 'object' && known.signal instanceof AbortSignal ? known : undefined;
}

/** The link on this page's window (the gate's), or a new one when fold.js was injected on its own. */
export function gateLink(win: Window): GateLink {
  const known = knownGateLink(win);
  if (known) return known;
  const ctl = new AbortController();
  const link: GateLink = { signal: ctl.signal, abort: () => ctl.abort() };
  (win as unknown as Record<string, unknown>)[GATE_LINK] = link;
  return link;
}
