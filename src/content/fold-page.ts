/**
 * fold.js: the fold code, injected by the background only where the gate (content.js) found
 * something that can fold (or the user's settings ask for it). It detects the page, writes the
 * full `html[data-quietread]` tokens and folds what the settings say.
 *
 *   gate matched ─► fold.js ─► detect (cheap) ─► html[data-quietread]="analysed wordpress review article"
 *        │   (a huge page, over 2 MB of HTML or 25,000 elements, is read through a light copy made in 8 ms steps: page-view.ts)
 *        │
 *        ├─► settings (from the background, already asked for by the gate) ─► level: off | confident | all   (cleanup-settings.ts)
 *        │        └─► findBoilerplate ─► fold blocks: [data-quietread-collapsed] + stub [data-quietread-stub]
 *        │                 (folds.ts, stub.ts; a `#comments` URL keeps its target open: hash-target.ts;
 *        │                  "Leave a comment" links hide with the folded form: core/comment-prompts.ts)
 *        │                 └─► MutationObserver for late chrome, once per frame at most (late-chrome.ts)
 *        ├─► the background's `settings` message / popup's set-cleanup ─► fold or unfold live, no reload
 *        └─► popup ◄── the gate's one runtime listener hands get-state and set-cleanup to `link.handle`
 *
 * States:
 *   not WordPress, comment system found (mode `wordpress`) ─► its comments and form folded
 *   WordPress (or any blog page in mode `blogs`, or the site switched on) ─► all chrome folded
 *   article or review ─► the first stub also offers "Reading mode" (the background opens the reader)
 *   cleanup off (mode `never`, site switched off) ─► everything unfolded, stubs removed
 *   the extension goes away (the link's signal aborts) ─► observers, listeners, stubs and styles removed
 * Every entry point is wrapped: a failure logs `Quietread: …` and leaves the page as it was.
 */
import { nativeBrowser as browser } from '../native-browser';
import type { Message, PageState } from '../messages';
import { startCleanup, type Cleanup } from './cleanup';
import type { LightCopy } from '../core/light-copy';
import { computeTokens, detectPage, writeTokens, type PageFacts } from './page-tokens';
import { copyInSteps, isLargePage } from './page-view';
import { askSetup, gateLink, isContextGone, watchExtension } from '../gate-link';
import { safely } from './safely';
import { pageElementCount } from '../core/page-findings';
import { useMessagesAhead } from '../i18n';

const GUARD = '__quietreadFolds';

function state(cleanup: Cleanup | undefined): PageState {
  const folds = cleanup?.folds.list() ?? [];
  return {
    url: location.href,
    title: document.title,
    tokens: (document.documentElement.getAttribute('data-quietread') ?? '').split(' ').filter(Boolean),
    collapsed: folds.map((f) => ({ kind: f.kind, label: f.label, open: f.open })),
    cleanupEnabled: cleanup ? cleanup.level() !== 'off' : false,
  };
}

function handle(msg: Message, cleanup: Cleanup | undefined): PageState | undefined {
  switch (msg.type) {
    case 'popup-to-content:get-state':
      return state(cleanup);
    case 'background-to-content:settings':
      // The settings changed (another tab, the options page, the popup): applied live.
      safely('applying settings', () => cleanup?.applySettings(msg.settings));
      return undefined;
    case 'popup-to-content:set-cleanup':
      // Applied at once for this tab; the popup saves it with `setSiteCleanup`, and
      // the background sends the new settings to the site's other tabs.
      safely('switching cleanup', () => cleanup?.setEnabled(msg.enabled));
      return state(cleanup);
    default:
      return undefined; // messages for other receivers
  }
}

function start(): void {
  const w = window as unknown as Record<string, unknown>;
  // `=== true`: a page element with this id is reachable as window[GUARD] (named access) and must not switch us off.
  if (w[GUARD] === true) return; // a second injection must not act twice
  w[GUARD] = true;
  const link = gateLink(window);
  if (link.signal.aborted) return;
  watchExtension(link);
  let cleanup: Cleanup | undefined;
  // The extension was reloaded or removed: give the page back as it was.
  link.signal.addEventListener(
    'abort',
    () => {
      safely('teardown', () => cleanup?.stop());
      cleanup = undefined;
      link.handle = undefined;
    },
    { once: true },
  );
  const onReader = () => {
    browser.runtime
      .sendMessage({ type: 'content-to-background:toggle-reader' } satisfies Message)
      .catch((err: unknown) => {
        if (isContextGone(err)) link.abort();
        else console.warn('Quietread: opening the reader failed', err);
      });
  };
  // The intent to open the reader, once per page (a pointer on the stub's "Reading mode"; the gate
  // sees the shortcut's modifiers): the background injects ondemand.js and has it analyse in an idle
  // moment, so the toggle that follows finds the analysis ready.
  let intended = false;
  const onReaderIntent = () => {
    if (intended || link.signal.aborted) return;
    intended = true;
    browser.runtime
      .sendMessage({ type: 'content-to-background:reader-intent' } satisfies Message)
      .catch((err: unknown) => {
        if (isContextGone(err)) link.abort();
      });
  };
  /** Marks the page and starts cleanup once we know what the page is. */
  const begin = (facts: PageFacts | undefined, large: { firstCopy: LightCopy | null } | undefined) => {
    if (link.signal.aborted) return;
    const mark = (collapsed: boolean) =>
      safely('marking the page', () => writeTokens(document, facts ? computeTokens(facts, collapsed) : ['analysed']));
    mark(false);
    if (!facts) return;
    cleanup = safely('cleanup', () =>
      startCleanup(document, facts, {
        onChange: () => mark(cleanup?.folds.anyFolded() ?? false),
        onReader: facts.isArticle ? () => safely('reading mode', onReader) : undefined,
        onReaderIntent: facts.isArticle ? () => safely('reading mode intent', onReaderIntent) : undefined,
        safely: (what, fn) => safely(what, fn),
        large,
        signal: link.signal,
        // Left for the analysis (ondemand.js), so a popup or reader open does not find them again.
        onFound: (blocks) => {
          link.findings = { doc: document, platform: facts.platform, blocks, elements: pageElementCount(document) };
        },
      }),
    );
    (link.setup ?? askSetup()).then(
      (setup) =>
        safely('applying settings', () => {
          useMessagesAhead(setup.messages);
          cleanup?.applySettings(setup.settings);
          // The popup's switch, flipped before we ran, wins over what the settings said then.
          if (link.enabled !== undefined) cleanup?.setEnabled(link.enabled);
        }),
      (err: unknown) => (isContextGone(err) ? link.abort() : console.warn('Quietread: reading settings failed', err)),
    );
  };
  link.handle = (msg) => handle(msg, cleanup);
  if (safely('measuring the page', () => isLargePage(document))) {
    // A huge page is read through a light copy made in steps, so its tab never freezes.
    copyInSteps(document).then(
      (copy) =>
        begin(
          safely('detection', () => detectPage(copy.doc, location.href)),
          { firstCopy: copy },
        ),
      (err: unknown) => console.warn('Quietread: reading the page failed', err),
    );
  } else {
    begin(
      safely('detection', () => detectPage(document)),
      undefined,
    );
  }
}

safely('start', start);
