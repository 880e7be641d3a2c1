/**
 * Text anchoring in the W3C Web Annotation shape (https://www.w3.org/TR/annotation-model/#selectors):
 * a `TextQuoteSelector` (the exact words, with up to 32 characters of context either side) and a
 * `TextPositionSelector` (character offsets). Plain strings only, so it runs in the page, in the
 * service worker (no DOM there) and in Node.
 *
 * Anchoring never guesses: the position is used when it still holds the exact words; else the exact
 * words are searched (as they are, then with runs of whitespace counted as one), and a match is taken
 * only when it is the one best match by context. Anything else is `null`: the caller keeps the
 * highlight as orphaned rather than put it on other words.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** Characters of context kept either side of a quote. */
export const CONTEXT = 32;
/** Occurrences of a quote looked at; a quote that common is ambiguous anyway. */
const MAX_CANDIDATES = 2_000;

/** The selectors of `text[start, end)`, or null when that span is empty once trimmed of whitespace. */
export function describeSpan(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s >= e) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT), s),
      suffix: text.slice(e, e + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Collapses each run of whitespace to one space, with a map from each output index to the input's. */
function collapse(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (space) continue;
      space = true;
      out += ' ';
    } else {
      space = false;
      out += c;
    }
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

/** Length of the common end of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The one best-scoring occurrence of `exact` in `text`, scored by how much context matches; null if none or a tie. */
function bestMatch(text: string, exact: string, prefix: string, suffix: string): number | null {
  if (!exact) return null;
  const found: { at: number; score: number }[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    found.push({ at, score: commonSuffix(before, prefix) + commonPrefix(after, suffix) });
  }
  if (found.length === 0 || found.length >= MAX_CANDIDATES) return null;
  if (found.length === 1) return found[0]!.at;
  found.sort((a, b) => b.score - a.score);
  // Two places with the same words and equally good context: we cannot tell which one was meant.
  return found[0]!.score > found[1]!.score ? found[0]!.at : null;
}

/** Where the selectors' words are in `text`, or null when they cannot be placed for sure. */
export function anchorSpan(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector | null,
): TextSpan | null {
  if (!quote.exact.trim()) return null;
  if (
    position &&
    position.start >= 0 &&
    position.end <= text.length &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return { start: position.start, end: position.end };
  }
  const exact = bestMatch(text, quote.exact, quote.prefix, quote.suffix);
  if (exact !== null) return { start: exact, end: exact + quote.exact.length };
  // The same words with other whitespace (a line break become a space, a blank line between blocks).
  const hay = collapse(text);
  const q = collapse(quote.exact).text.trim();
  const at = bestMatch(hay.text, q, collapse(quote.prefix).text, collapse(quote.suffix).text);
  if (at === null) return null;
  return { start: hay.map[at]!, end: hay.map[at + q.length - 1]! + 1 };
}
