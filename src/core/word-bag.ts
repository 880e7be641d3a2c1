/** Words of a text as a multiset, and how much two texts share: the measure the candidates are weighed by. */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/** A text's lower-cased words with their counts, and the total. */
export interface WordBag {
  counts: Map<string, number>;
  total: number;
}

/** Counts the words of `text` (the same tokens WCXB's metric uses). */
export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

/** How many words `a` and `b` share, counted as multisets. */
export function sharedWords(a: WordBag, b: WordBag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let n = 0;
  for (const [w, c] of small.counts) n += Math.min(c, large.counts.get(w) ?? 0);
  return n;
}

/** The share of `part`'s words found in `whole` (1 for an empty `part`). */
export function containedIn(part: WordBag, whole: WordBag): number {
  return part.total ? sharedWords(part, whole) / part.total : 1;
}

// Words of five or more letters stand for a text's subject: shorter ones are mostly function words
// ("the", "und", "les") that any two texts in a language share. Numbers say nothing of the subject.
const CONTENT_WORD = /^(?!\d+$).{5,}$/u;

/**
 * Of the content words `more` has beyond `base` (as multisets), the share that `base` uses too: high when
 * the extra text goes on about the same subject (the rest of a split article), low when it is about other
 * things (a stream of other stories, a gallery of other news, a contact form). 1 when nothing is extra.
 */
export function topicOverlap(base: WordBag, more: WordBag): number {
  let extra = 0;
  let known = 0;
  for (const [w, c] of more.counts) {
    if (!CONTENT_WORD.test(w)) continue;
    const e = c - Math.min(c, base.counts.get(w) ?? 0);
    if (e <= 0) continue;
    extra += e;
    if (base.counts.has(w)) known += e;
  }
  return extra ? known / extra : 1;
}
