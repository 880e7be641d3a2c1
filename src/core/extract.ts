import { Readability } from '@mozilla/readability';
import { baseUrlOf, makeUrlsAbsolute } from './absolute-urls';
import { markCodeLanguages } from './code-blocks';
import { commentsOf } from './comments';
import { replaceEmbedsWithLinks } from './embed-links';
import { findBoilerplate } from './find-boilerplate';
import { linkFootnotes } from './footnotes';
import { fixLazyImages } from './lazy-images';
import { RemovalJournal, type Evidence } from './removal-journal';
import { removeSiteChrome } from './site-chrome';
import { prependStandfirst } from './standfirst';
import type { BoilerplateKind, BoilerplateMatch, PageComment, RemovedBlock, Result } from './types';

/** What Readability found, with the content still a DOM element (of a copy of the cleaned clone). */
export interface ExtractedArticle {
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  removed: RemovedBlock[];
  /** The comments read from the removed comment sections. */
  comments: { count: number; items: PageComment[] };
}

/** The clone the boilerplate left, with the journal of what left it (the safety net may put blocks back). */
export interface CleanedPage {
  doc: Document;
  url: string;
  clone: Document;
  journal: RemovalJournal;
  comments: { count: number; items: PageComment[] };
}

// Comment-system and login markup is never the article's text: the safety net never puts it back.
const CERTAIN: ReadonlySet<BoilerplateKind> = new Set(['comments', 'comment-form', 'login']);

/** Lazy images, embeds and URLs of the clone, fixed before Readability (again after blocks came back). */
function prepare(clone: Document, base: string): string[] {
  fixLazyImages(clone);
  linkFootnotes(clone); // before Readability, which drops empty spans and leaves inline notes in the text
  // Before Readability, which resolves against the document's own base (about:blank or the test runner's).
  replaceEmbedsWithLinks(clone, base); // Readability and the sanitiser would drop them silently
  if (clone.body) makeUrlsAbsolute(clone.body, base);
  return markCodeLanguages(clone);
}

/**
 * Clones `doc` (the live page must stay as it is) and takes the boilerplate blocks and the site chrome
 * out of the clone, each recorded in the journal with its reason: comment lists look like content to
 * Readability and leak into its output on many WordPress pages.
 */
export function cleanPage(
  doc: Document,
  url: string,
  boilerplateOf: (clone: Document) => BoilerplateMatch[] = findBoilerplate,
): CleanedPage {
  const clone = doc.cloneNode(true) as Document;
  const journal = new RemovalJournal();
  const blocks = boilerplateOf(clone);
  const comments = commentsOf(blocks); // read before the blocks leave the clone
  for (const block of blocks) {
    const evidence: Evidence = CERTAIN.has(block.kind) ? 'certain' : (block.evidence ?? 'markup');
    const by = evidence === 'text' ? 'its heading or label' : "the platform's markup";
    journal.remove(block.element, {
      step: 'boilerplate',
      kind: block.kind,
      label: block.label,
      reason: `rule ${block.ruleId}, by ${by}`,
      evidence,
    });
  }
  removeSiteChrome(clone, (el, reason) =>
    journal.remove(el, { step: 'site-chrome', kind: 'chrome', label: `<${el.localName}>`, reason, evidence: 'layout' }),
  );
  return { doc, url, clone, journal, comments };
}

/**
 * Runs Readability on a copy of the cleaned clone (Readability mutates its input; the clone stays as the
 * journal knows it) and adds the standfirst the page prints above the body.
 */
export function readCleanedPage(page: CleanedPage): Result<ExtractedArticle, 'not-readerable'> {
  const base = baseUrlOf(page.doc, page.url);
  const classesToPreserve = prepare(page.clone, base);
  const copy = page.clone.cloneNode(true) as Document;
  const parsed = new Readability<Node>(copy, { serializer: (node) => node, classesToPreserve }).parse();
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return { ok: false, error: 'not-readerable' };
  prependStandfirst(page.doc, content);
  makeUrlsAbsolute(content, base);
  return {
    ok: true,
    value: {
      content,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      excerpt: parsed.excerpt ?? null,
      siteName: parsed.siteName ?? null,
      lang: parsed.lang ?? null,
      publishedTime: parsed.publishedTime ?? null,
      removed: removedOf(page),
      comments: page.comments,
    },
  };
}

/** The boilerplate blocks the cleanup took out of the clone, as the analysis reports them. */
function removedOf(page: CleanedPage): RemovedBlock[] {
  return page.journal.removals
    .filter((r) => r.step === 'boilerplate')
    .map((r) => ({
      kind: r.kind as BoilerplateKind,
      label: r.label,
      textLength: (r.element.textContent ?? '').replace(/\s+/g, ' ').trim().length,
      reason: r.reason,
    }));
}

/**
 * What the cleaned page gives when Readability finds no article in it: an empty article, with the blocks
 * taken out and the comments read, for the other candidates to fill (Defuddle reads pages Readability
 * refuses: a listing of short sections, a page of several small containers).
 */
export function emptyArticle(page: CleanedPage): ExtractedArticle {
  return {
    content: page.clone.createElement('div'),
    title: null,
    byline: null,
    excerpt: null,
    siteName: null,
    lang: null,
    publishedTime: null,
    removed: removedOf(page),
    comments: page.comments,
  };
}

/** Extracts the article with Readability from a clone of `doc` after taking the boilerplate out of it. */
export function extractArticle(doc: Document, url: string): Result<ExtractedArticle, 'not-readerable'> {
  return readCleanedPage(cleanPage(doc, url));
}
