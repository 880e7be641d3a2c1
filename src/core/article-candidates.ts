import { Readability } from '@mozilla/readability';
import { baseUrlOf, makeUrlsAbsolute } from './absolute-urls';
import { blockText } from './block-text';
import { defuddleClass } from './defuddle-source';
import { chooseArticle, unsharedShortBlocks, type ArticleCandidate, type ArticleChoice } from './choose-article';
import { findBoilerplate } from './find-boilerplate';
import { fixLazyImages } from './lazy-images';
import { regluedInlines } from './inline-spacing';
import type { BoilerplateKind, BoilerplateMatch } from './types';
import { runSteps, type Steps } from './steps';

/** The boilerplate blocks of a clone of the page (found once for all clones: page-findings.ts). */
type BoilerplateOf = (clone: Document) => BoilerplateMatch[];

// Blocks found by comment-system and login markup are boilerplate whatever Readability thinks of them
// (it takes long comment threads for the article): they leave every candidate. The other kinds
// (related posts, ads, author boxes, share bars) are weighed: the other candidates keep them.
const CERTAIN: ReadonlySet<BoilerplateKind> = new Set(['comments', 'comment-form', 'login']);

/** A candidate's article as an element of its own inert clone, with its text. */
export interface Built {
  content: Element;
  text: string;
}

function cloneWithoutComments(doc: Document, boilerplateOf: BoilerplateOf): Document {
  const clone = doc.cloneNode(true) as Document;
  for (const block of boilerplateOf(clone)) if (CERTAIN.has(block.kind)) block.element.remove();
  fixLazyImages(clone);
  return clone;
}

function plainCandidate(doc: Document, boilerplateOf: BoilerplateOf): Built | null {
  const parsed = new Readability<Node>(cloneWithoutComments(doc, boilerplateOf), {
    serializer: (node) => node,
  }).parse();
  const content = parsed?.content as Element | null | undefined;
  return content ? { content, text: blockText(content) } : null;
}

/**
 * Runs `fn` with console.error silenced: Defuddle reports a page's broken JSON-LD there, with a stack,
 * whatever its debug option says. That is the page's fault, not an error of ours, and it filled the
 * CLI's stderr with stack traces; the JSON-LD is simply no evidence (our own reader says so nowhere).
 */
function quietly<T>(fn: () => T): T {
  const error = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = error;
  }
}

function defuddleCandidate(doc: Document, url: string, boilerplateOf: BoilerplateOf): Built | null {
  const Defuddle = defuddleClass();
  if (!Defuddle) return null; // not loaded (defuddle-source.ts): the choice goes without it
  const clone = cloneWithoutComments(doc, boilerplateOf);
  const res = quietly(() => new Defuddle(clone, { url, useAsync: false, includeReplies: false }).parse());
  // Parsed into the clone, a document without a browsing context: nothing in it loads or runs.
  const content = clone.createElement('div');
  content.innerHTML = res.content ?? '';
  const source = doc.body ?? doc.documentElement;
  if (source) regluedInlines(content, source);
  return { content, text: blockText(content) };
}

/** The article the choice settled on: the cleaned one unless another method measured better. */
export interface ChosenArticle {
  content: Element;
  textContent: string;
  choice: ArticleChoice;
  /** Short lines of the cleaned article that Defuddle, agreeing on the rest, does not have: dropped. */
  dropped: number;
}

/** The other methods' articles: plain Readability and Defuddle, on the page less its comment sections. */
export type OtherCandidates = Map<'plain' | 'defuddle', Built>;

/** Builds the other candidates. A method that throws on a hostile page is left out, never the analysis. */
export function buildOtherCandidates(
  doc: Document,
  url: string,
  boilerplateOf: BoilerplateOf = findBoilerplate,
): OtherCandidates {
  return runSteps(otherCandidateSteps(doc, url, boilerplateOf));
}

/** `buildOtherCandidates` in two steps, one per method (see `analyzeSteps`). */
export function* otherCandidateSteps(
  doc: Document,
  url: string,
  boilerplateOf: BoilerplateOf = findBoilerplate,
): Steps<OtherCandidates> {
  const built: OtherCandidates = new Map();
  const tryBuild = (name: 'plain' | 'defuddle', make: () => Built | null) => {
    try {
      const b = make();
      if (b) built.set(name, b);
    } catch {
      // a method failing on this page is no candidate; the others still are
    }
  };
  tryBuild('plain', () => plainCandidate(doc, boilerplateOf));
  yield;
  tryBuild('defuddle', () => defuddleCandidate(doc, url, boilerplateOf));
  return built;
}

/**
 * Weighs the cleaned extraction against plain Readability and Defuddle on the same page (comment
 * sections taken out of both) and returns the one `chooseArticle` settles on. `thread`: the page says it is
 * a discussion thread (its short lines are posts, kept).
 */
export function chooseAmongCandidates(
  doc: Document,
  url: string,
  cleaned: Element,
  others: OtherCandidates = buildOtherCandidates(doc, url),
  thread = false,
): ChosenArticle {
  const cleanedText = blockText(cleaned);
  const built = new Map<ArticleCandidate['name'], Built>([
    ['cleaned', { content: cleaned, text: cleanedText }],
    ...others,
  ]);
  const choice = chooseArticle([...built].map(([name, b]) => ({ name, text: b.text })));
  const chosen = built.get(choice.name) ?? { content: cleaned, text: cleanedText };
  if (choice.name !== 'cleaned') makeUrlsAbsolute(chosen.content, baseUrlOf(doc, url));
  const defuddle = others.get('defuddle');
  // On a thread a short line is a post ("Same here, thanks!"): posts are never dropped.
  if (choice.name === 'cleaned' && defuddle && !thread) {
    const dropped = dropBlocks(chosen.content, unsharedShortBlocks(chosen.text, defuddle.text));
    if (dropped) return { content: chosen.content, textContent: blockText(chosen.content), choice, dropped };
  }
  return { content: chosen.content, textContent: chosen.text, choice, dropped: 0 };
}

const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, figcaption, blockquote, div, summary'; // never a table's cell
const MEDIA = 'img, picture, video, audio, iframe, svg, pre, code, table, math';

/** An embed the cleanup turned into a link (embed-links.ts): the link's text names its host. */
function isEmbedLink(el: Element): boolean {
  const a = el.children.length === 1 ? el.firstElementChild : null;
  if (a?.localName !== 'a' || (a.textContent ?? '').trim() !== (el.textContent ?? '').trim()) return false;
  try {
    return (a.textContent ?? '').includes(new URL(a.getAttribute('href') ?? '').hostname.replace(/^www\./, ''));
  } catch {
    return false;
  }
}

/**
 * Removes from `content` the leaf blocks (no block inside) whose text is one of `blocks` (lower-cased,
 * whitespace collapsed), unless they hold media, are an embed's link or a list's item. Returns how many it removed.
 */
function dropBlocks(content: Element, blocks: ReadonlySet<string>): number {
  if (!blocks.size) return 0;
  let n = 0;
  for (const el of Array.from(content.querySelectorAll(LEAF_BLOCKS))) {
    if (!content.contains(el)) continue; // inside a block removed before
    // A list's items are the article's own short lines (ingredients, steps, pros and cons): never dropped.
    if (el.matches('li, dt, dd') || el.closest('li, dl')) continue;
    if (el.querySelector(LEAF_BLOCKS) || el.querySelector(MEDIA) || isEmbedLink(el)) continue;
    if (!blocks.has((el.textContent ?? '').toLowerCase().replace(/\s+/g, ' ').trim())) continue;
    el.remove();
    n++;
  }
  return n;
}
