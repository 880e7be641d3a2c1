/**
 * Quietread's always-on content script, content.js: a gate, a few KB, that decides cheaply whether
 * the page can have anything to fold and does nothing more where it cannot. The fold code
 * (detection, boilerplate rules, stubs, late chrome, huge pages) is fold.js, injected by the
 * background only where the gate says so; the reader is ondemand.js, injected when asked for.
 *
 *   page loads ─► guard (one copy only) ─► html[data-quietread]="analysed"
 *        ├─► markers? (one querySelector: platform and comment-system markup, gate-markers.ts)
 *        │     yes ─► settings read in parallel ─► background injects fold.js ─► it detects, writes
 *        │            "analysed wordpress review article", folds, and answers the popup from then on
 *        │     no  ─► checks again a few times over the first seconds (a lazy comment section,
 *        │            Jetpack's iframe), on a timer and on scroll, then stops (late-gate.ts)
 *        ├─► the reading-mode shortcut's modifiers going down: the background prepares the reader
 *        ├─► where the settings alone ask for folding (site switched on, mode `blogs`), the background
 *        │   injects fold.js itself: a content script it registers for those sites (load-folds.ts)
 *        └─► popup ◄── the one runtime listener: get-state, set-cleanup (fold.js's answers once it runs)
 *
 * Where fold.js never ran, tokens stay "analysed": no `wordpress`, `review` or `article`, which
 * need the detection this script leaves out (README, Architecture). Every entry is wrapped:
 * a failure logs `Quietread: …` and leaves the page as it was.
 */
import { nativeBrowser as browser } from '../native-browser';
import { parseCleanupSettings, siteOf, type CleanupSettings } from '../cleanup-settings';
import { isOurMessage, type Message, type PageState } from '../messages';
import { canHaveFolds } from './gate-markers';
import { askSetup, gateLink, isContextGone, type GateLink } from '../gate-link';
import { watchForMarkers } from './late-gate';
import { safely } from './safely';

const GUARD = '__quietreadContent';
const FOLDS_GUARD = '__quietreadFolds'; // fold-page.ts's guard
const MODE_KEY = 'cleanup.mode';

/** The state of a page fold.js never ran on: nothing folded; cleanup on unless the settings say off. */
function gateState(s: CleanupSettings, site: string, enabled: boolean | undefined): PageState {
  const override = enabled ?? s.sites[site];
  return {
    url: location.href,
    title: document.title,
    tokens: (document.documentElement.getAttribute('data-quietread') ?? '').split(' ').filter(Boolean),
    collapsed: [],
    cleanupEnabled: override ?? s.mode !== 'never',
  };
}

function start(): void {
  const w = window as unknown as Record<string, unknown>;
  // `=== true`: a page element with this id is reachable as window[GUARD] (named access) and must not switch us off.
  if (w[GUARD] === true) return;
  w[GUARD] = true;
  // The link (and its AbortController) is made only once fold.js is wanted: every DOM interface a
  // content script touches first costs it time on every page.
  let link: GateLink | undefined;
  const html = document.documentElement;
  if (!html.hasAttribute('data-quietread')) html.setAttribute('data-quietread', 'analysed');
  const read = (keys: string[] | null) =>
    browser.storage.sync.get(keys).then((raw) => parseCleanupSettings(raw as Record<string, unknown>));
  const fail = (what: string) => (err: unknown) =>
    isContextGone(err) ? link?.abort() : console.warn(`Quietread: ${what} failed`, err);

  let loading = false;
  let stopWatch = () => {};
  const load = () => {
    // fold.js already runs when the background's registered copy came first (a site switched on).
    if (loading || link?.signal.aborted || w[FOLDS_GUARD] === true) return;
    loading = true;
    stopWatch();
    link = gateLink(window);
    link.setup = askSetup();
    link.setup.catch(() => {}); // fold.js reports it
    link.signal.addEventListener(
      'abort',
      () => {
        safely('teardown', () =>
          browser.runtime.onMessage.removeListener(
            onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
          ),
        );
      },
      { once: true },
    );
    browser.runtime
      .sendMessage({ type: 'content-to-background:load-folds' } satisfies Message)
      .catch((err: unknown) => {
        loading = false;
        fail('loading the fold code')(err);
      });
  };

  // The settings are not read here: the first use of `storage` in a page costs ~5 ms of script
  // (Chrome builds the API's bindings), so fold.js gets them from the background, and only the
  // popup's question on a page fold.js never ran on reads them. Where the settings alone ask for
  // folding (a site switched on, mode `blogs`) the background injects fold.js itself (load-folds.ts).
  if (safely('looking for markers', () => canHaveFolds(document))) load();
  else stopWatch = watchForMarkers(window, () => canHaveFolds(document), load);

  // The reading-mode shortcut (Alt+Shift+R, manifest.json) reaches the page as its modifiers go down,
  // a moment before the command fires: that moment starts the work, on any page (the reader opens on
  // pages fold.js never runs on). The background injects ondemand.js, which analyses in an idle moment.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || !e.altKey || !e.shiftKey || (e.key !== 'Alt' && e.key !== 'Shift')) return;
    window.removeEventListener('keydown', onKeyDown, true); // once per page
    safely('the reading-mode intent', () =>
      browser.runtime
        .sendMessage({ type: 'content-to-background:reader-intent' } satisfies Message)
        .catch(fail('the reading-mode intent')),
    );
  };
  window.addEventListener('keydown', onKeyDown, { capture: true, passive: true });

  // Answered through sendResponse (the browser's own API: Chrome ignores a promise returned here).
  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    // The background's settings are for fold.js only; where the gate runs alone there is nothing to apply.
    if (isOurMessage<Message>(msg, 'background-to-content:')) {
      safely('message', () => link?.handle?.(msg));
      return undefined;
    }
    if (!isOurMessage<Message>(msg, 'popup-to-content:')) return undefined;
    // fold.js may have come without us (registered by the background for a site switched on).
    if (!link && w[FOLDS_GUARD] === true) link = gateLink(window);
    if (link?.handle) {
      const reply = safely('message', () => link?.handle?.(msg));
      if (reply) sendResponse(reply);
      return undefined;
    }
    let enabled: boolean | undefined;
    if (msg.type === 'popup-to-content:set-cleanup') {
      enabled = msg.enabled;
      if (msg.enabled) load();
      if (link) link.enabled = msg.enabled;
    } else if (msg.type !== 'popup-to-content:get-state') return undefined;
    enabled ??= link?.enabled;
    const site = siteOf(location.hostname);
    read([MODE_KEY, `cleanup.site:${site}`]).then(
      (s) => sendResponse(gateState(s, site, enabled)),
      (err: unknown) => {
        fail('reading settings')(err);
        sendResponse(undefined);
      },
    );
    return true; // the answer comes after the settings are read
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

safely('start', start);
