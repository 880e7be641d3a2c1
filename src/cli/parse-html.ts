import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

/** Which DOM parsed a page. */
export type DomName = 'linkedom' | 'jsdom';

const quiet = new VirtualConsole(); // pages' CSS and script errors are not ours to print

// linkedom parses about five times faster than jsdom with the same extraction scores on the corpus
// (see README), but it does not build the implied <html>/<body> of sloppy markup: such pages go to jsdom.
function isWellFormed(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.tagName.toUpperCase() !== 'HTML' || !doc.body) return false;
  // Stray <html>/<body> tags inside the page (a plugin's pasted markup) become real nested elements.
  if (doc.getElementsByTagName('body').length !== 1 || doc.getElementsByTagName('html').length !== 1) return false;
  return Array.from(root.children).every((c) => c.tagName.toUpperCase() === 'HEAD' || c.tagName.toUpperCase() === 'BODY');
}

function jsdomDocument(html: string, url: string | undefined): Document {
  const options = { virtualConsole: quiet, ...(url ? { url } : {}) };
  try {
    return new JSDOM(html, options).window.document;
  } catch {
    // jsdom 29 throws on some stylesheets (e.g. SCSS left in a <style>); extraction ignores styles.
    return new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, ''), options).window.document;
  }
}

/** Parses HTML into a Document: linkedom when the markup is well-formed, jsdom otherwise (or when asked). */
export function parseHtml(html: string, url?: string, prefer: DomName = 'linkedom'): { document: Document; dom: DomName } {
  if (prefer === 'linkedom') {
    try {
      const { document } = parseHTML(html) as unknown as { document: Document };
      if (isWellFormed(document)) return { document, dom: 'linkedom' };
    } catch {
      // fall through to jsdom, which follows the HTML parsing spec
    }
  }
  return { document: jsdomDocument(html, url && /^https?:/i.test(url) ? url : undefined), dom: 'jsdom' };
}

let sanitizer: Window | undefined;

/** A jsdom window for DOMPurify, which linkedom cannot host (it lacks `document.implementation`). */
export function sanitizeWindow(): Window {
  sanitizer ??= new JSDOM('<!DOCTYPE html>').window as unknown as Window;
  return sanitizer;
}
