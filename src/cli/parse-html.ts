import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { linkedomWindow } from './linkedom-window';

/** Which DOM parsed a page. */
export type DomName = 'linkedom' | 'jsdom';

type Jsdom = typeof import('jsdom');
let jsdom: { lib: Jsdom; quiet: InstanceType<Jsdom['VirtualConsole']> } | undefined;

/**
 * jsdom, loaded on first use only: it takes most of the CLI's start-up (about twice linkedom's
 * load), and a well-formed page in `--format text` never needs it. Loaded with `require`, so that
 * analysing stays synchronous.
 */
function loadJsdom(): NonNullable<typeof jsdom> {
  if (!jsdom) {
    const lib = createRequire(import.meta.url)('jsdom') as Jsdom;
    jsdom = { lib, quiet: new lib.VirtualConsole() }; // pages' CSS and script errors are not ours to print
  }
  return jsdom;
}

// linkedom parses about five times faster than jsdom with the same extraction scores on the corpus
// (see README), but it does not build the implied <html>/<body> of sloppy markup: `repair` fixes the
// common cases, the rest go to jsdom.
function isWellFormed(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.tagName.toUpperCase() !== 'HTML' || !doc.body) return false;
  // Stray <html>/<body> tags inside the page (a plugin's pasted markup) become real nested elements.
  if (doc.getElementsByTagName('body').length !== 1 || doc.getElementsByTagName('html').length !== 1) return false;
  // Content after </body> stays outside the body in linkedom; empty leftovers (an iframe) do no harm.
  return Array.from(root.children).every(
    (c) => ['HEAD', 'BODY'].includes(c.tagName.toUpperCase()) || !(c.textContent ?? '').trim(),
  );
}

/**
 * Repairs what linkedom leaves of sloppy markup, as the HTML parser would: stray <html>/<body>/<head>
 * tags inside the body are dropped (their content stays), content after </body> moves into the body.
 */
function repair(doc: Document): void {
  const body = doc.body;
  const root = doc.documentElement;
  if (!body || !root) return;
  for (const el of Array.from(body.querySelectorAll('html, head, body'))) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    el.remove();
  }
  for (const c of Array.from(root.children)) {
    const tag = c.tagName.toUpperCase();
    if (tag !== 'HEAD' && tag !== 'BODY' && (c.textContent ?? '').trim()) body.appendChild(c);
  }
}

function jsdomDocument(html: string, url: string | undefined): Document {
  const {
    lib: { JSDOM },
    quiet,
  } = loadJsdom();
  const options = { virtualConsole: quiet, ...(url ? { url } : {}) };
  try {
    return new JSDOM(html, options).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets (e.g. SCSS left in a <style>); extraction ignores styles.
    return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), options).window.document;
  }
}

/** Parses HTML into a Document: linkedom when the markup is well-formed, jsdom otherwise (or when asked). */
export function parseHtml(
  html: string,
  url?: string,
  prefer: DomName = 'linkedom',
): { document: Document; dom: DomName } {
  if (prefer === 'linkedom') {
    try {
      const { document } = parseHTML(html) as unknown as { document: Document };
      repair(document);
      if (isWellFormed(document)) return { document, dom: 'linkedom' };
    } catch {
      // fall through to jsdom, which follows the HTML parsing spec
    }
  }
  return { document: jsdomDocument(html, url && /^https?:/i.test(url) ? url : undefined), dom: 'jsdom' };
}

let sanitizer: Window | undefined;

/**
 * A window for DOMPurify, which linkedom's own cannot host: jsdom's where jsdom is loaded already
 * (a sloppy page, or `--dom jsdom`), else a linkedom window fitted out for it (linkedom-window.ts),
 * so that sanitised output does not cost loading jsdom.
 */
export function sanitizeWindow(): Window {
  if (!jsdom) return linkedomWindow();
  sanitizer ??= new jsdom.lib.JSDOM('<!DOCTYPE html>').window as unknown as Window;
  return sanitizer;
}
