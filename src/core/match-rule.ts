import type { BoilerplateRule } from './types';
import { normalizeSpace, signatureText } from './text';

/** Where headings that announce a block are looked for. */
export const HEADING_SELECTOR =
  'h1, h2, h3, h4, h5, h6, legend, [role="heading"], .widget-title, .sd-title, .comments-title, .comment-reply-title';

/** Bold paragraphs that label what follows them ("<p><strong>Read more:</strong></p>" above a list). */
export const LABEL_SELECTOR = 'p > strong, p > b';

const MAX_SIGNATURE_CHARS = 120;

// Hints are few and fixed; their signatures are computed once (matchesHint runs for every heading × hint).
const hintSignatures = new Map<string, string>();

/** True when signature text `sig` matches `hint` (a prefix; a trailing `$` asks for the whole text). */
export function matchesHint(sig: string, hint: string): boolean {
  let h = hintSignatures.get(hint);
  if (h === undefined) {
    h = signatureText(hint.endsWith('$') ? hint.slice(0, -1) : hint);
    hintSignatures.set(hint, h);
  }
  if (!hint.endsWith('$')) return sig.startsWith(h);
  return sig === h || sig === `${h}:`;
}

/** Characters of text in `container` before its descendant `target`. */
function textBefore(container: Element, target: Element): number {
  let n = 0;
  for (let c = container.firstChild; c && !c.contains(target); c = c.nextSibling)
    n += normalizeSpace(c.textContent).length;
  return n;
}

/**
 * The section a heading announces: its parent, or further up while the parents only wrap the heading.
 * A heading opens its section, so a parent with much text before the heading is not that section
 * (Kubrick's `<h3 id="comments">` sits in `#content` right after the post).
 */
function sectionOf(heading: Element, root: Element): Element | null {
  const own = normalizeSpace(heading.textContent).length;
  let el = heading.parentElement;
  while (el && el !== root && el.parentElement && normalizeSpace(el.textContent).length <= own + 3)
    el = el.parentElement;
  if (!el || el === root || textBefore(el, heading) > 200) return null;
  return el;
}

/**
 * True for a block with no prose of its own: an empty widget under its heading ("You may also like"
 * filled by a script), or a list of links to other pages (a "Most read" rail, "Related:" links).
 */
export function isLinkBlock(block: Element): boolean {
  const heading = block.querySelector(HEADING_SELECTOR);
  const chars = normalizeSpace(block.textContent).length - normalizeSpace(heading?.textContent).length;
  if (chars <= 3) return true;
  const links = block.querySelectorAll('a[href]').length;
  if (links < 3 || chars > 120 * links) return false;
  // A paragraph of running text that is not a link is the article's own.
  return !Array.from(block.querySelectorAll('p')).some(
    (p) => normalizeSpace(p.textContent).length > 200 && !p.querySelector('a[href]'),
  );
}

/**
 * The block a label (a bold paragraph or a heading) announces when it has no section of its own: the
 * list of links right after it, or the empty widget it heads (a placeholder a script fills).
 */
function listAfter(label: Element, root: Element): Element | null {
  const own = normalizeSpace(label.textContent).length;
  let w = label;
  while (w.parentElement && w.parentElement !== root && normalizeSpace(w.parentElement.textContent).length <= own + 3)
    w = w.parentElement;
  const next = w.nextElementSibling;
  if (next && next.matches('ul, ol') && isLinkBlock(next)) return next;
  const placeholder = Array.from(w.children).some((c) => !c.contains(label) && !normalizeSpace(c.textContent));
  return w !== label && !label.matches(LABEL_SELECTOR) && placeholder ? w : null;
}

/** True when the rule asks for a text signature inside its selector matches and `el` has none. */
export function lacksNeededText(rule: BoilerplateRule, el: Element): boolean {
  if (!rule.needsText) return false;
  const text = signatureText(el.textContent);
  return !(rule.textHints ?? []).some((h) => text.includes(signatureText(h)));
}

/** True when the rule finds blocks by text signatures (no selectors, or a `textIn`). */
export const usesSignatures = (rule: BoilerplateRule) => rule.selectors.length === 0 || rule.textIn !== undefined;

/** An element's signature text, or null when it is too long to be a label. */
export function elementSignature(el: Element): string | null {
  const text = el.textContent ?? '';
  if (text.length > MAX_SIGNATURE_CHARS * 2) return null;
  const sig = signatureText(text);
  return sig.length > MAX_SIGNATURE_CHARS ? null : sig;
}

/**
 * The blocks around this rule's text signatures: in headings, or in its `textIn` elements.
 * `sigOf` lets one findBoilerplate run compute each element's signature once for all rules.
 */
export function matchSignatures(
  rule: BoilerplateRule,
  root: Element,
  scan: () => Element[],
  textIn: (sel: string) => Element[],
  sigOf: (el: Element) => string | null = elementSignature,
): Element[] {
  const hints = rule.textHints ?? [];
  const out: Element[] = [];
  for (const el of rule.textIn ? textIn(rule.textIn) : scan()) {
    const sig = sigOf(el);
    if (sig === null || !hints.some((h) => matchesHint(sig, h))) continue;
    const block = rule.container
      ? el.closest(rule.container)
      : el.matches(LABEL_SELECTOR)
        ? listAfter(el, root)
        : (sectionOf(el, root) ?? listAfter(el, root));
    if (!block || !root.contains(block) || block === root) continue;
    if (rule.maxChars !== undefined && normalizeSpace(block.textContent).length > rule.maxChars) continue;
    out.push(block);
  }
  return out;
}

/**
 * The label just before a block that belongs to it: a short element ("Über den Autor", "Related")
 * whose text matches one of `hints`. Themes often print the title outside the plugin's wrapper.
 */
export function labelBefore(block: Element, hints: readonly string[]): Element | null {
  const prev = block.previousElementSibling;
  const text = prev?.textContent ?? '';
  if (!prev || text.length > 80 || prev.querySelector('img, p, ul, ol, form')) return null;
  const sig = signatureText(text);
  return sig && hints.some((h) => matchesHint(sig, h)) ? prev : null;
}
