import { baseUrlOf } from './absolute-urls';
import { hasType, jsonText, readJsonLd } from './json-ld';
import { keepPageDate } from './page-date';
import { normalizeSpace } from './text';

/** Page metadata the analysis reports besides the article. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  excerpt: string;
}

/** What Readability already found; it wins where it has a value. */
export type ReadabilityMeta = Partial<
  Record<'title' | 'byline' | 'excerpt' | 'siteName' | 'lang' | 'publishedTime', string | null>
>;

const meta = (doc: Document, key: string) =>
  normalizeSpace(doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')) || null;
const text = (doc: Document, selector: string) => normalizeSpace(doc.querySelector(selector)?.textContent) || null;
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'Review', 'WebPage', 'Report', 'TechArticle'];

function absolute(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The site name from the title's suffix: "Her | Reel Thoughts" → "Reel Thoughts". */
function siteFromTitle(title: string): string | null {
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+/);
  return parts.length > 1 ? normalizeSpace(parts[parts.length - 1]) || null : null;
}

const SEPARATOR = String.raw`\s*[|–—·»:-]\s`;

/**
 * The site's names as the page gives them: `og:site_name`, `application-name`, the theme's site title and
 * a heading that links to the home page (a logo `<h1>`). A review titled "Salt Road – Second Reel" came
 * out as "Second Reel" when the logo's h1 matched the title's suffix.
 */
function siteNames(doc: Document): Set<string> {
  const names = [
    meta(doc, 'og:site_name'),
    doc.querySelector('meta[name="application-name"]')?.getAttribute('content') ?? null,
    ...Array.from(
      doc.querySelectorAll('.site-title, #site-title, .blog-title, h1 a[rel~="home"], h1 a[href="/"]'),
      (el) => normalizeSpace(el.textContent),
    ),
  ];
  return new Set(names.filter((n): n is string => !!n).map((n) => normalizeSpace(n).toLowerCase()));
}

/**
 * The post's own title: a heading of the page (JSON-LD headline, `og:title`, h1, `.entry-title`,
 * Blogger's `.post-title`) that is the document title less the site's name before or after it.
 * Else Readability's title, less a suffix that repeats such a heading.
 */
function pickTitle(found: string, docTitle: string, doc: Document, headline: string | null): string {
  const sites = siteNames(doc);
  const headings = [
    headline,
    meta(doc, 'og:title'),
    ...Array.from(doc.querySelectorAll('h1, .entry-title, .post-title'), (h) => normalizeSpace(h.textContent)),
  ].filter((c): c is string => !!c && c.length >= 3 && !sites.has(c.toLowerCase()));
  const matches = (title: string, c: string) =>
    title === c ||
    (title.startsWith(c) && new RegExp(`^${SEPARATOR}`).test(title.slice(c.length))) ||
    (title.endsWith(c) && new RegExp(`${SEPARATOR}$`).test(title.slice(0, -c.length)));
  return (
    headings.find((c) => matches(docTitle, c)) ??
    headings.find((c) => c !== found && matches(found, c)) ??
    withoutSiteName(found, sites)
  );
}

/** A title less the site's name before or after a separator ("Salt Road – Second Reel" → "Salt Road"). */
function withoutSiteName(title: string, sites: Set<string>): string {
  for (const site of sites) {
    const lower = title.toLowerCase();
    if (lower.length <= site.length + 3) continue;
    if (lower.endsWith(site) && new RegExp(`${SEPARATOR}$`).test(title.slice(0, -site.length)))
      return title
        .slice(0, -site.length)
        .replace(new RegExp(`${SEPARATOR}$`), '')
        .trim();
    if (lower.startsWith(site) && new RegExp(`^${SEPARATOR}`).test(title.slice(site.length)))
      return title
        .slice(site.length)
        .replace(new RegExp(`^${SEPARATOR}`), '')
        .trim();
  }
  return title;
}

/** Reads title, byline, site name, date, language, canonical URL, lead image and excerpt. */
export function readMetadata(
  doc: Document,
  url: string,
  found: ReadabilityMeta,
  firstImage: string | null,
): PageMetadata {
  const ld = readJsonLd(doc);
  const article = ld.find((o) => hasType(o, ARTICLE_TYPES));
  const base = baseUrlOf(doc, url);
  const docTitle = normalizeSpace(doc.title);
  const byline =
    found.byline ??
    meta(doc, 'author') ??
    jsonText(article?.author) ??
    text(doc, '.entry-meta .author .fn, .byline .author, .author.vcard .fn, a[rel="author"]');
  const published =
    found.publishedTime ??
    meta(doc, 'article:published_time') ??
    jsonText(article?.datePublished) ??
    doc
      .querySelector('article time[datetime], .entry-meta time[datetime], time.published[datetime]')
      ?.getAttribute('datetime');
  const lang =
    normalizeSpace(doc.documentElement?.getAttribute('lang')) ||
    found.lang ||
    meta(doc, 'og:locale')?.replace('_', '-') ||
    null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const image = meta(doc, 'og:image') ?? meta(doc, 'twitter:image') ?? firstImage;
  return {
    title: pickTitle(
      normalizeSpace(found.title) || meta(doc, 'og:title') || docTitle,
      docTitle,
      doc,
      jsonText(article?.headline),
    ),
    byline: byline ? normalizeSpace(byline).replace(/^by\s+/i, '') || null : null,
    siteName:
      found.siteName ??
      meta(doc, 'og:site_name') ??
      meta(doc, 'application-name') ??
      jsonText((article?.publisher as { name?: unknown })?.name) ??
      text(doc, '.site-title, #site-title, .blog-title') ??
      siteFromTitle(docTitle),
    publishedTime: keepPageDate(published), // as the page states it: a date alone stays one (page-date.ts)
    lang,
    canonicalUrl: absolute(canonical, base),
    leadImage: absolute(image, base),
    excerpt: normalizeSpace(found.excerpt ?? meta(doc, 'description')),
  };
}
