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
