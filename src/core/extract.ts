import { Readability } from '@mozilla/readability';
import { baseUrlOf, makeUrlsAbsolute } from './absolute-urls';
import { markCodeLanguages } from './code-blocks';
import { commentsOf } from './comments';
import { replaceEmbedsWithLinks } from './embed-links';
import { findBoilerplate } from './find-boilerplate';
import { fixLazyImages } from './lazy-images';
import { removeSiteChrome } from './site-chrome';
import { prependStandfirst } from './standfirst';
import type { BoilerplateMatch, PageComment, RemovedBlock, Result } from './types';

/** What Readability found, with the content still a DOM element (of the clone). */
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

/**
 * Extracts the article with Readability from a clone of `doc` (Readability mutates its input and the
 * live page must stay as it is), after taking the boilerplate blocks out of the clone: comment lists
 * look like content to Readability and leak into its output on many WordPress pages.
 */
export function extractArticle(doc: Document, url: string, boilerplateOf: (clone: Document) => BoilerplateMatch[] = findBoilerplate): Result<ExtractedArticle, 'not-readerable'> {
  const clone = doc.cloneNode(true) as Document;
  const removed: RemovedBlock[] = [];
  const blocks = boilerplateOf(clone);
  const comments = commentsOf(blocks); // read before the blocks leave the clone
  for (const block of blocks) {
    removed.push({ kind: block.kind, label: block.label, textLength: block.textLength });
    block.element.remove();
  }
  removeSiteChrome(clone);
  fixLazyImages(clone);
  // Before Readability, which resolves against the document's own base (about:blank or the test runner's).
  const base = baseUrlOf(doc, url);
  replaceEmbedsWithLinks(clone, base); // Readability and the sanitiser would drop them silently
  if (clone.body) makeUrlsAbsolute(clone.body, base);
  const classesToPreserve = markCodeLanguages(clone);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, classesToPreserve }).parse();
  const content = parsed?.content as Element | null | undefined;
  if (!parsed || !content) return { ok: false, error: 'not-readerable' };
  prependStandfirst(doc, content);
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
      removed,
      comments,
    },
  };
}
