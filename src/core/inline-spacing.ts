/**
 * Defuddle puts a space between an inline element and the text beside it wherever none of a few
 * punctuation marks sits there (it recovers the gaps that stripped spans leave). Where the page itself
 * glues them ("„<a>Toilet Map</a>„", "(<a>see</a>)", "<b>Q</b>&A") the space is new, and the text
 * no longer reads as the page does: a quoted phrase, a snippet that crosses a link, a word split in two.
 * This takes such spaces out again, by what the page shows on both sides of the same element.
 */

const INLINE = 'a, abbr, b, cite, code, em, i, mark, q, s, small, span, strong, sub, sup, time, u';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');

/** The character just before (`-1`) or after (`1`) `el` in its parent, or '' at the parent's edge. */
function besideChar(el: Element, side: -1 | 1): string {
  const sib = side < 0 ? el.previousSibling : el.nextSibling;
  if (!sib) return '';
  const t = sib.textContent ?? '';
  return side < 0 ? t.slice(-1) : t.slice(0, 1);
}

const isSpace = (c: string) => /\s/.test(c);

interface Glue {
  before: boolean;
  after: boolean;
}

/**
 * For each inline element of `source` whose tag and text are in `keys`: whether the page glues it to
 * the text before and after it (a non-space character on both sides of each edge).
 */
function glueOf(source: Element, keys: ReadonlySet<string>): Map<string, Glue> {
  const glue = new Map<string, Glue>();
  for (const el of Array.from(source.querySelectorAll(INLINE))) {
    const text = squash(el.textContent);
    const key = `${el.localName}\u0000${text.trim()}`;
    if (!text.trim() || !keys.has(key)) continue;
    const before = besideChar(el, -1),
      after = besideChar(el, 1);
    const g = {
      before: before !== '' && !isSpace(before) && !isSpace(text.charAt(0)),
      after: after !== '' && !isSpace(after) && !isSpace(text.charAt(text.length - 1)),
    };
    // The same link text glued in one place and spaced in another: the page does not say which, leave it.
    const seen = glue.get(key);
    glue.set(key, seen ? { before: seen.before && g.before, after: seen.after && g.after } : g);
  }
  return glue;
}

/**
 * Takes out of `content` (Defuddle's article) the single spaces it put beside an inline element that
 * `source` (the page) glues to its neighbours. Returns how many it took out.
 */
export function regluedInlines(content: Element, source: Element): number {
  const inlines = Array.from(content.querySelectorAll(INLINE));
  const keyOf = (el: Element) => `${el.localName}\u0000${squash(el.textContent).trim()}`;
  const keys = new Set(inlines.map(keyOf));
  if (!keys.size) return 0;
  const glue = glueOf(source, keys);
  let fixed = 0;
  for (const el of inlines) {
    const g = glue.get(keyOf(el));
    if (!g) continue;
    const prev = el.previousSibling;
    if (g.before && prev?.nodeType === 3 && /\S $|^ $/.test(prev.nodeValue ?? '')) {
      prev.nodeValue = (prev.nodeValue ?? '').slice(0, -1);
      fixed++;
    }
    const next = el.nextSibling;
    if (g.after && next?.nodeType === 3 && /^ \S|^ $/.test(next.nodeValue ?? '')) {
      next.nodeValue = (next.nodeValue ?? '').slice(1);
      fixed++;
    }
  }
  return fixed;
}
