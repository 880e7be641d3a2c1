import { findCommentItems } from './comment-items';
import type { BoilerplateKind } from './types';

/**
 * Looks up a message of `_locales/<lang>/messages.json` by key, `$1`… filled from `subs`. Core
 * knows no extension API: callers pass `browser.i18n.getMessage` (src/i18n.ts); Node and tests get English.
 */
export type Translate = (key: string, subs?: readonly (string | number)[]) => string;

/** The one table of block names: each kind's message key, and its English name (the fallback). */
export const BLOCK_NAMES: Record<BoilerplateKind, { key: string; en: string }> = {
  comments: { key: 'blockComments', en: 'Comments' },
  'comment-form': { key: 'blockCommentForm', en: 'Comment form' },
  login: { key: 'blockLogin', en: 'Login prompt' },
  share: { key: 'blockShare', en: 'Share buttons' },
  likes: { key: 'blockLikes', en: 'Likes' },
  related: { key: 'blockRelated', en: 'Related posts' },
  subscribe: { key: 'blockSubscribe', en: 'Subscribe box' },
  'author-box': { key: 'blockAuthorBox', en: 'About the author' },
  ads: { key: 'blockAds', en: 'Advertisement' },
};

/** English of the block messages besides the names (counts, lists); the catalogue holds the same. */
const ENGLISH_EXTRA: Record<string, string> = {
  blockCommentCountOne: '1 comment',
  blockCommentCount: '$1 comments',
  blockListAnd: '$1 and $2',
  // Whether names go lower case inside a list ("Share buttons, likes and related posts"); German keeps its capitals.
  blockListLowerCase: 'yes',
  // Links that stand in for embeds in the article (embed-links.ts), and the size guard (analyze.ts).
  embedFrom: 'Embedded content from $1',
  embedTitleFrom: '$1 (embedded content from $2)',
  errorTooLargeBytes: 'the page is $1, over the size limit of $2',
  errorTooLargeElements: 'the page has $1 elements, over the size limit of $2',
  errorNoText: 'the page has no text',
  errorNoArticle: 'no article found on the page',
};
const ENGLISH: Record<string, string> = {
  ...Object.fromEntries(Object.values(BLOCK_NAMES).map((n) => [n.key, n.en])),
  ...ENGLISH_EXTRA,
};

/** The keys of the block messages: what the fold code asks the background for ahead (src/fold-messages.ts). */
export const BLOCK_MESSAGE_KEYS: readonly string[] = Object.keys(ENGLISH);

/** The English catalogue of the block messages: what Node, the CLI and tests show. */
export const english: Translate = (key, subs = []) =>
  (ENGLISH[key] ?? key).replace(/\$(\d)/g, (_m, i: string) => String(subs[Number(i) - 1] ?? ''));

let injected: Translate | null = null;

/**
 * Makes core word what it writes (stub labels, embed links, size errors) in the user's language.
 * Core knows no extension API, so the extension's bundles inject `browser.i18n` here (src/i18n.ts
 * does it on import); Node, the CLI and tests keep the English above.
 */
export function setCoreTranslate(translate: Translate | null): void {
  injected = translate;
}

/** The translate function core uses when none is passed: the injected one, else English. */
export const coreTranslate: Translate = (key, subs) => (injected ?? english)(key, subs);

/** A kind's name in the user's language: "Share buttons", "Teilen-Knöpfe". */
export function blockName(kind: BoilerplateKind, translate: Translate = coreTranslate): string {
  return translate(BLOCK_NAMES[kind].key) || BLOCK_NAMES[kind].en;
}

/**
 * Names a found block for its stub: "12 comments". A comment section with no comment yet is its
 * form, and a block found by its form that also holds the comments is the comment section.
 */
export function labelBlock(
  kind: BoilerplateKind,
  el: Element,
  translate: Translate = coreTranslate,
): { kind: BoilerplateKind; label: string } {
  if (kind !== 'comments' && kind !== 'comment-form') return { kind, label: blockName(kind, translate) };
  const n = findCommentItems(el).length;
  if (n > 0)
    return {
      kind: 'comments',
      label: n === 1 ? translate('blockCommentCountOne') : translate('blockCommentCount', [n]),
    };
  if (kind === 'comment-form' || el.querySelector('form, textarea'))
    return { kind: 'comment-form', label: blockName('comment-form', translate) };
  return { kind, label: blockName('comments', translate) };
}

/** The label of a block that holds blocks of other kinds: "Share buttons, likes and related posts". */
export function combinedLabel(
  own: { kind: BoilerplateKind; label: string },
  innerKinds: readonly BoilerplateKind[],
  translate: Translate = coreTranslate,
): string {
  const lower = translate('blockListLowerCase') !== 'no';
  const others = [...new Set(innerKinds)]
    .filter((k) => k !== own.kind && k !== 'comments' && k !== 'comment-form')
    .map((k) => (lower ? blockName(k, translate).toLowerCase() : blockName(k, translate)));
  if (!others.length) return own.label;
  const last = others.pop() as string;
  return translate('blockListAnd', [[own.label, ...others].join(', '), last]);
}
