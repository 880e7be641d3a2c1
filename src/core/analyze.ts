import { trimArticleHeader } from './article-header';
import { coreTranslate } from './boilerplate-label';
import { trimArticleTail } from './article-tail';
import { blockText } from './block-text';
import { chooseAmongCandidates, otherCandidateSteps, type OtherCandidates } from './article-candidates';
import { classifyPage, declaresThread } from './page-type';
import { declobbered, protoGet, protoMethod } from './declobber';
import { detectPlatform } from './detect';
import { tooDeep } from './dom-depth';
import { cleanPage, emptyArticle, readCleanedPage, type ExtractedArticle } from './extract';
import { LIMITS } from './limits';
import { blocksInClone, boilerplateSource } from './page-findings';
import { readMetadata } from './metadata';
import { referenceOf, removalsToUndo, trimWithNet, type Reference } from './safety-net';
import { detectReview } from './review';
import { sanitizeHtml } from './sanitize';
import { runSteps, type Steps } from './steps';
import { summarize } from './summary';
import { countWords, normalizeSpace } from './text';
import type { Analysis, AnalyzeError, AnalyzeOptions, Result, UndoneStep } from './types';

const WORDS_PER_MINUTE = 230;

/** The analysis as steps (`analyzeSteps`): run to the end, it returns what `analyzePage` does. */
export type AnalysisSteps = Steps<Result<Analysis, AnalyzeError>>;

export { extractComments } from './comments';

/** Checks the size guard of `LIMITS`; returns the error message when the page is too large. */
function tooLarge(doc: Document, opts: AnalyzeOptions): string | null {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (opts.byteLength !== undefined && opts.byteLength > LIMITS.maxBytes)
    return coreTranslate('errorTooLargeBytes', [mb(opts.byteLength), mb(LIMITS.maxBytes)]);
  const elements = protoMethod<Document['getElementsByTagName']>(doc, 'getElementsByTagName').call(doc, '*').length;
  if (elements > LIMITS.maxElements)
    return coreTranslate('errorTooLargeElements', [
      elements.toLocaleString('en'),
      LIMITS.maxElements.toLocaleString('en'),
    ]);
  // Before anything that recurses per level (Readability, Defuddle, DOMPurify's clone, our walks).
  return tooDeep(protoGet<Element | null>(doc, 'documentElement'));
}

/**
 * Analyses a page: platform, review and rating, metadata, the clean article (text, sanitised HTML,
 * summary), the boilerplate taken out and the comments. Works on a live document (it reads it and
 * clones it, never changes it) and on a parsed one.
 */
export function analyzePage(page: Document, url: string, opts: AnalyzeOptions = {}): Result<Analysis, AnalyzeError> {
  return runSteps(analyzeSteps(page, url, opts));
}

/**
 * `analyzePage` in steps: each `yield` falls between two costly parts (the cleaned extraction, plain
 * Readability, Defuddle, the sanitiser), where a caller on a live page gives the page's thread back
 * for a moment (src/ondemand/analysis-cache.ts), so no one task holds it for the whole analysis.
 */
export function* analyzeSteps(page: Document, url: string, opts: AnalyzeOptions = {}): AnalysisSteps {
  const large = tooLarge(page, opts); // before declobbered: it may copy the page
  if (large) return { ok: false, error: 'too-large', message: large };
  const doc = declobbered(page);
  const body = doc.body ?? doc.documentElement;
  const pageText = normalizeSpace(body?.textContent);
  if (!body || pageText.length < LIMITS.minTextChars)
    return { ok: false, error: 'empty', message: coreTranslate('errorNoText') };

  // What the fold code found on this very page is used, not found again (in `doc`, a copy of it maybe).
  const known = opts.findings?.doc === page ? opts.findings : undefined;
  const platform = known?.platform ?? detectPlatform(doc, url);
  const boilerplateOf = boilerplateSource(doc, known && blocksInClone(known.blocks, page, doc));
  const review = detectReview(doc, url);
  const pageType = classifyPage(doc);
  const cleaned = cleanPage(doc, url, boilerplateOf);
  let extracted = readCleanedPage(cleaned);
  const soFar: PageSoFar = { page, doc, url, opts, pageText, platform, review, pageType };
  if (opts.onFirst && extracted.ok) {
    // The reader's first paint: the cleaned extraction alone, on a copy (the trims below change the article).
    const copy = { ...extracted.value, content: extracted.value.content.cloneNode(true) as Element };
    const first = { ...soFar, opts: { ...opts, onCandidates: undefined } };
    opts.onFirst(finishAnalysis(first, copy, new Map(), referenceOf(''), []));
  }
  yield;
  // Plain Readability (and Defuddle) on the same page: the safety net's reference and the other candidates.
  const others = yield* otherCandidateSteps(doc, url, boilerplateOf);
  yield;
  const ref = referenceOf(others.get('plain')?.text ?? '');
  const { undo, undone } = removalsToUndo(cleaned.journal.removals, ref);
  if (undo.size) {
    cleaned.journal.restore(undo);
    extracted = readCleanedPage(cleaned);
  }
  // Readability found nothing in the cleaned page: another method's article when it found one.
  const article = extracted.ok ? extracted.value : others.size ? emptyArticle(cleaned) : null;
  if (!article) return { ok: false, error: 'not-readerable', message: coreTranslate('errorNoArticle') };
  yield;
  return finishAnalysis(soFar, article, others, ref, undone);
}

/** What `analyzeSteps` has learnt of the page before it reads the article. */
interface PageSoFar {
  page: Document;
  doc: Document;
  url: string;
  opts: AnalyzeOptions;
  pageText: string;
  platform: ReturnType<typeof detectPlatform>;
  review: ReturnType<typeof detectReview>;
  pageType: ReturnType<typeof classifyPage>;
}

/**
 * The analysis of `article` (the cleaned extraction): its metadata, the trims under the safety net
 * (`ref`), the choice among it and `others`, the sanitised HTML. It changes `article.content`.
 */
function finishAnalysis(
  { page, doc, url, opts, pageText, platform, review, pageType }: PageSoFar,
  article: ExtractedArticle,
  others: OtherCandidates,
  ref: Reference,
  undone: UndoneStep[],
): Result<Analysis, AnalyzeError> {
  const firstImage = article.content.querySelector('img[src]')?.getAttribute('src') ?? null;
  const meta = readMetadata(doc, url, article, firstImage);
  for (const trim of [
    trimWithNet(article.content, 'header-trim', (c) => trimArticleHeader(c, meta.title), ref),
    trimWithNet(article.content, 'tail-trim', trimArticleTail, ref),
  ])
    if (trim) undone.push(trim);
  // The cleaned article against plain Readability and Defuddle: the measured choice (and its reason).
  const thread = declaresThread(doc);
  const chosen = chooseAmongCandidates(doc, url, article.content, others, thread);
  opts.onCandidates?.({
    cleaned: blockText(article.content),
    ...Object.fromEntries([...others].map(([k, b]) => [k, b.text])),
  });
  const { textContent, choice } = chosen;
  // Readability returns whatever it finds, even a lone menu link: that is no article.
  if (countWords(textContent) < 3)
    return { ok: false, error: 'not-readerable', message: coreTranslate('errorNoArticle') };
  const { html: contentHtml, sanitized } = sanitizeHtml(
    chosen.content.innerHTML,
    textContent,
    opts.sanitizeWindow,
    protoGet<Window | null>(page, 'defaultView') ?? null,
  );

  const warnings: string[] = [];
  const textChars = normalizeSpace(textContent).length;
  if (pageText.length > 2000 && textChars < 0.15 * pageText.length) {
    warnings.push(`extraction doubtful: ${textChars} characters kept of ${pageText.length} on the page`);
  }
  if (!sanitized) warnings.push('no DOM for DOMPurify: contentHtml is plain paragraphs of the text');
  if (!meta.title) warnings.push('no title found');

  const wordCount = countWords(textContent);
  return {
    ok: true,
    value: {
      url,
      ...platform,
      isReview: review.isReview,
      rating: review.rating,
      ...meta,
      summary: summarize(textContent, 3),
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      textContent,
      contentHtml,
      removed: article.removed,
      extraction: { method: choice.name, reason: choice.reason, undone, unsharedLines: chosen.dropped },
      pageType,
      comments: article.comments,
      warnings,
    },
  };
}
