/**
 * On-page cleanup: decides which found blocks to fold (from the settings and what the page is),
 * folds them, watches for late chrome, follows settings changes and `#comments` links live.
 */
import { findCommentPrompts } from '../core/comment-prompts';
import { findBoilerplate } from '../core/find-boilerplate';
import { RULES } from '../core/rules/index';
import type { BoilerplateKind, BoilerplateMatch } from '../core/types';
import { cleanupLevel, siteOf, type CleanupLevel, type CleanupSettings } from '../cleanup-settings';
import type { LightCopy } from '../core/light-copy';
import { createFolds, type Folds } from './folds';
import { hashTarget, isHashTargetOf } from './hash-target';
import { watchLateChrome, type Watcher } from './late-chrome';
import { boilerplateOfCopy, commentPromptsOfCopy, copyInSteps, isLargePage } from './page-view';
import type { PageFacts } from './page-tokens';
import { STUB_ATTR } from './stub';

// Kinds the issue asks to fold; author boxes and ads are left to the page.
const FOLDED_KINDS: readonly BoilerplateKind[] = [
  'comments',
  'comment-form',
  'login',
  'share',
  'likes',
  'related',
  'subscribe',
];
// Outside WordPress (mode `wordpress`), only comment chrome that a comment system's own markup
// names (a selector rule), never a block guessed from a heading's text.
const CONFIDENT_KINDS: readonly BoilerplateKind[] = ['comments', 'comment-form', 'login'];
let confident: string | undefined;
const RESPOND = '#respond, .comment-respond';

/** Which found blocks a level folds. */
export function chooseBlocks(matches: BoilerplateMatch[], level: CleanupLevel): BoilerplateMatch[] {
  confident ??= RULES.filter((r) => CONFIDENT_KINDS.includes(r.kind))
    .flatMap((r) => r.selectors)
    .join(', ');
  const sel = confident;
  return level === 'off'
    ? []
    : matches.filter(
        (m) =>
          FOLDED_KINDS.includes(m.kind) &&
          (level === 'all' || (CONFIDENT_KINDS.includes(m.kind) && m.element.matches(sel))),
      );
}

export interface Cleanup {
  /** Applies (new) settings: folds or unfolds to match. */
  applySettings(settings: CleanupSettings): void;
  /** Turns cleanup on or off for this page now (the popup's switch), without waiting for storage. */
  setEnabled(enabled: boolean): void;
  level(): CleanupLevel;
  folds: Folds;
  stop(): void;
}

/** Starts cleanup on the page; `safely` wraps every entry point (observer, clicks, events). */
export function startCleanup(
  doc: Document,
  facts: PageFacts,
  opts: {
    onChange: () => void;
    onReader?: () => void;
    /** The user is about to open the reader (pointer or focus on the stub's button). */
    onReaderIntent?: () => void;
    safely: (what: string, fn: () => void) => void;
    /** A huge page: read through light copies made in steps (page-view.ts); the first one when already made. */
    large?: { firstCopy: LightCopy | null };
    /** Aborted when the extension goes away: everything stops and the page is given back. */
    signal?: AbortSignal;
    /** Every scan's blocks (all kinds, before the level chooses), for the analysis to reuse. */
    onFound?: (blocks: BoilerplateMatch[]) => void;
  },
): Cleanup {
  let level: CleanupLevel = 'off';
  let watcher: Watcher | null = null;
  const folds = createFolds(doc, {
    onChange: opts.onChange,
    onReader: opts.onReader,
    onReaderIntent: opts.onReaderIntent,
    skipRendering: Boolean(opts.large),
  });
  // Large-page mode is re-checked before every scan: a page that grew past the limit after load
  // (infinite scroll, a churning page) is read through light copies from then on, never again in
  // one synchronous scan. Once large, it stays large.
  let large = Boolean(opts.large);
  const isLarge = () => (large ||= isLargePage(doc));
  const isOurs = (n: Node) =>
    (n as Element).hasAttribute?.(STUB_ATTR) === true || (n as Element).hasAttribute?.('data-quietread-style') === true;

  // Whether a folded block holds the comment form. On a huge page, by the form's id only: a query
  // inside 650,000 comment elements is a long task.
  const holdsForm = (el: Element) => {
    if (el.matches(RESPOND)) return true;
    if (!large) return el.querySelector(RESPOND) !== null;
    const respond = doc.getElementById('respond');
    return respond !== null && el.contains(respond);
  };
  const fold = (found: BoilerplateMatch[], prompts: (folded: Element[]) => Element[], initial: boolean) => {
    const hash = doc.defaultView?.location.hash ?? '';
    const changed = folds.apply(found, (m) => isHashTargetOf(doc, hash, m));
    // "Leave a comment" links go with the folded comment form.
    const form = folds.list().find((f) => holdsForm(f.element));
    if (form) folds.attach(form, prompts(folds.list().map((f) => f.element)));
    // Folding blocks above the target moved it: bring it back into view.
    if (initial && changed && hash) hashTarget(doc, hash)?.scrollIntoView();
  };

  // A huge page is scanned through a light copy made in steps; one scan at a time, and a change
  // seen meanwhile scans again once it is done.
  let firstCopy = opts.large?.firstCopy ?? null;
  let scanning = false;
  let again = false;
  const scanLarge = (initial: boolean) => {
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    const wanted = level;
    const copy = firstCopy ? Promise.resolve(firstCopy) : copyInSteps(doc);
    firstCopy = null;
    copy
      .then((c) =>
        opts.safely('cleanup', () => {
          if (level === wanted && level !== 'off')
            fold(chooseBlocks(boilerplateOfCopy(c), level), (els) => commentPromptsOfCopy(c, els), initial);
        }),
      )
      .catch((err: unknown) => console.warn('Quietread: reading the page failed', err))
      .finally(() => {
        scanning = false;
        if (again && level !== 'off') {
          again = false;
          scanLarge(false);
        }
      });
  };

  const scan = (initial: boolean) => {
    if (isLarge()) return scanLarge(initial);
    const found = findBoilerplate(doc);
    opts.onFound?.(found);
    fold(chooseBlocks(found, level), (els) => findCommentPrompts(doc, els), initial);
  };

  const setLevel = (next: CleanupLevel) => {
    if (next === level || opts.signal?.aborted) return;
    level = next;
    watcher?.stop();
    watcher = null;
    folds.clear();
    if (level === 'off') return;
    scan(true);
    watcher = watchLateChrome(doc, () => opts.safely('late chrome', () => scan(false)), {
      isOurs,
      signal: opts.signal,
    });
  };

  // A `#comments` link followed on the page opens the comments it points at.
  const onHash = () =>
    opts.safely('following a link', () => {
      const hash = doc.defaultView?.location.hash ?? '';
      let opened = false;
      for (const f of folds.list()) {
        if (
          f.open ||
          !isHashTargetOf(doc, hash, { element: f.element, kind: f.kind, ruleId: '', label: f.label, textLength: 0 })
        )
          continue;
        folds.setOpen(f, true);
        opened = true;
      }
      if (opened) hashTarget(doc, hash)?.scrollIntoView();
    });
  doc.defaultView?.addEventListener('hashchange', onHash);

  const site = siteOf(doc.defaultView?.location.hostname ?? '');
  const page = {
    isWordPress: facts.platform.isWordPress,
    isBlog: facts.platform.platform !== 'other' || facts.isArticle,
  };
  let lastSettings: CleanupSettings | null = null;
  const cleanup: Cleanup = {
    folds,
    level: () => level,
    applySettings(settings) {
      lastSettings = settings;
      setLevel(cleanupLevel(settings, site, page));
    },
    setEnabled(enabled) {
      const sites = { ...(lastSettings?.sites ?? {}), [site]: enabled };
      setLevel(cleanupLevel({ mode: lastSettings?.mode ?? 'wordpress', sites }, site, page));
    },
    stop() {
      watcher?.stop();
      doc.defaultView?.removeEventListener('hashchange', onHash);
      folds.clear();
      level = 'off';
    },
  };
  opts.signal?.addEventListener('abort', () => opts.safely('teardown', () => cleanup.stop()), { once: true });
  return cleanup;
}
