/**
 * Tells an article (a post, news story, review, guide) from pages that are not one: shop products,
 * category and tag archives, listings, service pages. Only strong markup counts (schema.org types the
 * page declares for itself, Open Graph, WordPress's own body classes), so an article is rarely marked:
 * the reader says "not an article" only when the page says so itself.
 */

/** What the page is, with the markup that says so. */
export interface PageType {
  isArticle: boolean;
  /** `article`, `product`, `listing` (archives, item lists, collections) or `unknown` (no markup either way). */
  kind: 'article' | 'product' | 'listing' | 'unknown';
  signals: string[];
}

const ARTICLE_TYPES = new Set([
  'Article',
  'BlogPosting',
  'NewsArticle',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'Review',
  'Recipe',
  'HowTo',
  'LiveBlogPosting',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'QAPage',
]);
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'SoftwareApplication', 'Offer']);
const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'OfferCatalog']);
// WordPress's body_class(): archive templates and WooCommerce's shop and product templates.
// Whole class tokens: a post's body may carry `category-news` or `tag-recipes`, an archive has `category`.
const WP_LISTING =
  /(?:^|\s)(archive|category|tag|search-results|post-type-archive|woocommerce-shop|tax-product_cat)(?=\s|$)/;
const WP_PRODUCT = /(?:^|\s)single-product(?=\s|$)/;
const WP_ARTICLE = /(?:^|\s)(single-post|single-format-\w+)(?=\s|$)/;
/** A grid of this many entries (WooCommerce products, post cards) with no article markup is a listing. */
const MIN_GRID = 8;

/** The schema.org types the page declares for itself: top-level JSON-LD objects and `@graph` members, not nested values. */
function ownTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  const add = (obj: unknown) => {
    if (!obj || typeof obj !== 'object') return;
    const t = (obj as Record<string, unknown>)['@type'];
    for (const x of Array.isArray(t) ? t : [t])
      if (typeof x === 'string') types.add(x.replace(/^https?:\/\/schema\.org\//, ''));
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const top of Array.isArray(data) ? data : [data]) {
        add(top);
        const graph = (top as Record<string, unknown> | null)?.['@graph'];
        if (Array.isArray(graph)) graph.forEach(add);
      }
    } catch {
      // broken JSON-LD is no evidence either way
    }
  }
  return types;
}

/** Types that make the page a discussion: its replies are the content. */
const THREAD_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);
const THREAD_MICRODATA = '[itemtype*="schema.org/DiscussionForumPosting"], [itemtype*="schema.org/QAPage"]';

/**
 * Whether the page declares itself a discussion (a forum thread, a Q&A page) in its JSON-LD or its
 * microdata: forum software (XenForo, Discourse, phpBB themes, Stack Exchange) does, blogs do not.
 * There the replies are the content: they are never folded and never dropped.
 */
export function declaresThread(doc: Document): boolean {
  // Asked by every findBoilerplate call and by the analysis: the JSON-LD is parsed once per document.
  let thread = threadOf.get(doc);
  if (thread === undefined) {
    thread = any(ownTypes(doc), THREAD_TYPES).length > 0 || doc.querySelector(THREAD_MICRODATA) !== null;
    threadOf.set(doc, thread);
  }
  return thread;
}
const threadOf = new WeakMap<Document, boolean>();

const any = (types: Set<string>, of: Set<string>) => [...types].filter((t) => of.has(t));

/** Classifies `doc` by its own markup; see the module comment for why only strong signals count. */
export function classifyPage(doc: Document): PageType {
  const types = ownTypes(doc);
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  const bodyClass = doc.body?.getAttribute('class') ?? '';
  const article = [
    ...any(types, ARTICLE_TYPES).map((t) => `schema:${t}`),
    ...(og === 'article' ? ['og:article'] : []),
    ...(WP_ARTICLE.test(bodyClass) ? ['wp-body:single-post'] : []),
  ];
  if (article.length) return { isArticle: true, kind: 'article', signals: article };
  const product = [
    ...any(types, PRODUCT_TYPES).map((t) => `schema:${t}`),
    ...(og === 'product' ? ['og:product'] : []),
    ...(WP_PRODUCT.test(bodyClass) ? ['wp-body:single-product'] : []),
  ];
  if (product.length) return { isArticle: false, kind: 'product', signals: product };
  const listing = [
    ...any(types, LISTING_TYPES).map((t) => `schema:${t}`),
    ...(WP_LISTING.test(bodyClass) ? [`wp-body:${WP_LISTING.exec(bodyClass)?.[1]}`] : []),
  ];
  const cards = doc.querySelectorAll('li.product, article.product, article.post, article.type-post').length;
  if (cards >= MIN_GRID) listing.push(`grid:${cards}`);
  if (listing.length) return { isArticle: false, kind: 'listing', signals: listing };
  return { isArticle: true, kind: 'unknown', signals: [] };
}
