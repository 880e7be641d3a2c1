import { combinedLabel, labelBlock } from './boilerplate-label';
import { tooDeep } from './dom-depth';
import { LIMITS } from './limits';
import { findMainContent, textLengthCache } from './main-content';
import { declaresThread } from './page-type';
import {
  elementSignature,
  HEADING_SELECTOR,
  isLinkBlock,
  LABEL_SELECTOR,
  labelBefore,
  lacksNeededText,
  matchSignatures,
  usesSignatures,
} from './match-rule';
import { RULES } from './rules/index';
import type { BoilerplateMatch, BoilerplateRule } from './types';

export interface FindBoilerplateOptions {
  /** Only look inside this element (default: the body). */
  root?: Element;
  /** Elements the text-signature pass may inspect (default `LIMITS.maxScanNodes`). */
  maxNodes?: number;
  /** Rules to apply (default: all of `RULES`). */
  rules?: readonly BoilerplateRule[];
  /** The page declares itself a discussion (default: `declaresThread(doc)`): its comments are the content. */
  thread?: boolean;
}

// Kinds whose heading inside the article still marks a block when that block has no prose of its own.
const LINK_KINDS = new Set(['related', 'share', 'likes', 'subscribe']);

// Code samples, editors and templates show comment markup as text: never blocks there.
const INERT = 'pre, code, textarea, template, script, style, noscript';

/**
 * Finds comment sections, comment forms, login prompts, share bars, likes, related posts, subscribe
 * boxes, author boxes and ads. Cheap (no Readability): the content script runs it on every page.
 * Returns outermost blocks only, in document order, and never one that holds the main text.
 */
export function findBoilerplate(doc: Document, opts: FindBoilerplateOptions = {}): BoilerplateMatch[] {
  const root = opts.root ?? doc.body ?? doc.documentElement;
  // A page nested deeper than anything a parser builds folds nothing: the page stays as it is.
  if (!root || tooDeep(root)) return [];
  const len = textLengthCache();
  const main = findMainContent(root, len);
  const pageChars = len(root);
  const maxNodes = opts.maxNodes ?? LIMITS.maxScanNodes;
  const thread = opts.thread ?? declaresThread(doc);
  let headings: Element[] | undefined;
  const scan = () =>
    (headings ??= Array.from(root.querySelectorAll(`${HEADING_SELECTOR}, ${LABEL_SELECTOR}`)).slice(0, maxNodes));
  const textIn = new Map<string, Element[]>();
  const inTextIn = (sel: string) => {
    if (!textIn.has(sel))
      textIn.set(
        sel,
        Array.from(root.querySelectorAll(sel))
          .filter((el) => (el.textContent ?? '').length < 240)
          .slice(0, maxNodes),
      );
    return textIn.get(sel) ?? [];
  };

  const signatures = new Map<Element, string | null>();
  const sigOf = (el: Element) => {
    let sig = signatures.get(el);
    if (sig === undefined) {
      sig = elementSignature(el);
      signatures.set(el, sig);
    }
    return sig;
  };

  const found = new Map<Element, BoilerplateRule>();
  const byText = new Set<Element>(); // found by a heading's or label's text, not by the platform's markup
  const consider = (el: Element, rule: BoilerplateRule, bySignature: boolean) => {
    if (found.has(el) || el.closest(INERT)) return;
    // Text signatures inside the article are the article's own words (a heading "Comments" in a tutorial),
    // unless they head a list of links or an empty widget ("Most read", "Related:" above links).
    if (
      main &&
      (el.contains(main) || (bySignature && main.contains(el) && !(LINK_KINDS.has(rule.kind) && isLinkBlock(el))))
    )
      return;
    if (el.querySelector('h1')) return; // the page or post title: boilerplate never holds it
    // Most of the post's own text is the post, whatever its class names say ("comments" a theme or a
    // page put on the article's paragraphs): the content container wins over a class name.
    if (main && main.contains(el) && len(el) > 0.5 * len(main)) return;
    const chars = len(el);
    if (chars === 0 && !el.querySelector('iframe, form')) return;
    // A block holding most of the page is the page, not its boilerplate.
    if (rule.kind !== 'comments' && pageChars > 500 && chars > 0.6 * pageChars) return;
    // A page that says it is a thread, and comments with no article beside them, are the content
    // (a forum thread, a Q&A page, a guestbook).
    if (rule.kind === 'comments' && thread) return;
    if (rule.kind === 'comments' && !main && pageChars - chars < Math.max(500, 0.25 * chars)) return;
    found.set(el, rule);
    if (bySignature) byText.add(el);
  };

  // Selector rules first, in one pass over the DOM: a block found by its markup is named after it
  // rather than after its heading.
  const rules = opts.rules ?? RULES;
  const bySelector = rules
    .filter((r) => r.selectors.length > 0)
    .map((rule) => ({ rule, selector: rule.selectors.join(', ') }));
  if (bySelector.length) {
    for (const el of Array.from(root.querySelectorAll(bySelector.map((r) => r.selector).join(', ')))) {
      const hit = bySelector.find((r) => el.matches(r.selector) && !lacksNeededText(r.rule, el));
      if (hit) consider(el, hit.rule, false);
    }
  }
  for (const rule of rules.filter(usesSignatures)) {
    for (const el of matchSignatures(rule, root, scan, inTextIn, sigOf)) consider(el, rule, true);
  }

  for (const [el, rule] of [...found]) {
    const hints = rules.filter((r) => r.kind === rule.kind).flatMap((r) => r.textHints ?? []);
    const label = labelBefore(el, hints);
    if (label && !found.has(label)) {
      found.set(label, rule);
      if (byText.has(el)) byText.add(label);
    }
  }
  const blocks = [...found.keys()];
  const outer = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
  if (outer.length > 1) {
    // Document order from a walk: linkedom's compareDocumentPosition gets cousins wrong.
    // A TreeWalker, not recursion: no stack to run out of, whatever the depth.
    const order = new Map<Element, number>();
    let i = 0;
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el: Node | null = root; el; el = walker.nextNode()) order.set(el as Element, i++);
    outer.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  return outer.map((element) => {
    const rule = found.get(element) as BoilerplateRule;
    const own = labelBlock(rule.kind, element);
    // Jetpack's `#jp-post-flair` holds the share bar, the likes and the related posts: name them all.
    const inner =
      own.kind === 'comments' || own.kind === 'comment-form'
        ? []
        : blocks
            .filter((el) => el !== element && element.contains(el))
            .map((el) => (found.get(el) as BoilerplateRule).kind);
    const evidence = byText.has(element) ? ('text' as const) : ('markup' as const);
    return { element, ruleId: rule.id, ...own, label: combinedLabel(own, inner), textLength: len(element), evidence };
  });
}
