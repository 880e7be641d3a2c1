/**
 * How deep a page's markup nests, read from its tags before any DOM is built. linkedom and jsdom
 * both recurse (or go quadratic) on a tree 100,000 levels deep, so the CLI measures first and prints
 * one line instead of hanging or dying with "Maximum call stack size exceeded". An estimate: tags
 * the parser closes by itself (`<p>`, `<li>`, table parts) and void elements do not count, so
 * sloppy markup is not taken for deep markup.
 */
import { MAX_DEPTH } from '../core/dom-depth';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
const AUTO_CLOSED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
// Their content is text, not tags.
const RAW = /<(script|style|textarea|title|xmp|noscript|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** The deepest nesting of the markup's elements (estimated as above), stopping just past `limit`. */
export function markupDepth(html: string, limit = MAX_DEPTH): number {
  const text = html.replace(RAW, '');
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || AUTO_CLOSED.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) return max;
  }
  return max;
}

/** The one-line reason a page nests too deep to parse safely, or null. */
export function markupTooDeep(html: string): string | null {
  return markupDepth(html) > MAX_DEPTH
    ? `the page nests its elements more than ${MAX_DEPTH.toLocaleString('en')} deep, too deep to read safely`
    : null;
}
