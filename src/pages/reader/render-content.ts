/**
 * Turns the analysis' `contentHtml` into DOM nodes for the reader. It was sanitised in the page by
 * the core; it is sanitised again here, where it is rendered, because the page could have handed
 * anything over. Nodes are built by DOMPurify (RETURN_DOM_FRAGMENT), never through innerHTML.
 */
import DOMPurify from 'dompurify';
import { translate } from '../../i18n';

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'frame',
  'object',
  'embed',
  'script',
  'noscript',
];

/** Host name of a URL for "Embedded content from youtube.com". */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The one class content keeps: `language-*` on code (the convention highlighters and Markdown use).
 * Every other class goes, so content cannot dress itself as the reader's own UI (`qr-warning`, `qr-toolbar`).
 */
const CODE_LANGUAGE = /^language-[\w+#-]+$/;

/** Embeds cannot run in the reader (its CSP, and they would track): each becomes a link to its source. */
function embedToLink(el: Element, doc: Document, made: Element[]): Element | null {
  const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
  if (!/^https?:/i.test(src)) return null;
  const p = doc.createElement('p');
  made.push(p); // its class is set after sanitising, which drops every class it meets
  const a = doc.createElement('a');
  a.href = src;
  a.textContent = translate('embedFrom', [hostOf(src)]);
  p.appendChild(a);
  return p;
}

function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/** What DOMPurify's SANITIZE_NAMED_PROPS puts before every id and name of the content. */
export const CONTENT_ID_PREFIX = 'user-content-';

/**
 * An in-document link (a footnote, its back-link, a heading) points at the prefixed id, when the
 * content has it; a link to an id the content lacks goes nowhere and loses its href.
 */
function linkInside(a: Element, href: string, root: DocumentFragment): void {
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    id = href.slice(1);
  }
  const prefixed = id.startsWith(CONTENT_ID_PREFIX) ? id : CONTENT_ID_PREFIX + id;
  if (id && root.getElementById(prefixed)) a.setAttribute('href', `#${encodeURIComponent(prefixed)}`);
  else a.removeAttribute('href');
}

/** Makes links open outside the reader, lets images load lazily, and lets wide tables scroll. */
function polish(root: DocumentFragment, base: string, doc: Document): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      linkInside(a, href, root); // footnotes: followed inside the reader (app.tsx)
      continue;
    }
    if (!isHttpUrl(href, base) && !/^mailto:/i.test(href)) {
      a.removeAttribute('href');
      continue;
    }
    a.setAttribute('href', new URL(href, base).href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
  }
  // A wide code block or table scrolls sideways: focusable, so the keyboard can scroll it too (axe's scrollable-region-focusable).
  for (const pre of Array.from(root.querySelectorAll('pre'))) pre.setAttribute('tabindex', '0');
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('qr-table')) continue;
    const wrap = doc.createElement('div');
    wrap.className = 'qr-table';
    wrap.tabIndex = 0;
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
}

/** Sanitises `html` (again) and returns it as a fragment of `doc`, ready to append. */
export function renderContent(html: string, base: string, doc: Document = document): DocumentFragment {
  const purify = DOMPurify(doc.defaultView as Window & typeof globalThis);
  const made: Element[] = [];
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (!['iframe', 'embed', 'object'].includes(data.tagName) || !(node instanceof Element)) return;
    const link = embedToLink(node, doc, made);
    if (link) node.replaceWith(link);
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'class') return;
    const kept = data.attrValue.split(/\s+/).filter((c) => CODE_LANGUAGE.test(c));
    if (kept.length) data.attrValue = kept.join(' ');
    else data.keepAttr = false;
  });
  // SANITIZE_NAMED_PROPS prefixes every id and name (user-content-…): the content cannot clobber
  // the reader's own ids (qr-title, qr-settings) or DOM properties, and its footnote ids still work.
  const fragment = purify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    FORBID_ATTR: ['style'],
    SANITIZE_NAMED_PROPS: true,
  });
  purify.removeAllHooks();
  for (const p of made) p.className = 'qr-embed';
  polish(fragment, base, doc);
  return fragment;
}
