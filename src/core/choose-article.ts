import { containedIn, topicOverlap, wordBag, type WordBag } from './word-bag';

/** An extraction of the page's article by one method, as plain block text. */
export interface ArticleCandidate {
  /** `cleaned`: Readability after the boilerplate rules; `plain`: Readability on the untouched page; `defuddle`. */
  name: 'cleaned' | 'plain' | 'defuddle';
  text: string;
}

/** Which candidate was taken, and the measured reason when it is not the cleaned one. */
export interface ArticleChoice {
  name: ArticleCandidate['name'];
  reason: string | null;
}

/** Thresholds of the choice; exported for the eval's study of them, not for callers to vary. */
export const CHOICE = {
  /** Below this many words plain Readability's text is too short to weigh anything against. */
  minReferenceWords: 80,
  /** The cleaned text must keep this share of plain Readability's words, or it lost part of the article. */
  minKeptOfPlain: 0.6,
  /** Defuddle replaces a cleaned text that lost words when it keeps at least this share of plain's. */
  defuddleKeepsPlain: 0.85,
  /** Defuddle trims the cleaned text when nearly all its words are in it and it drops this share range. */
  trimContained: 0.99,
  trimShare: [0.8, 0.93] as const,
  /** Defuddle finds more when it holds nearly all the cleaned text and this many times its words. */
  moreContains: 0.9,
  moreRatio: 1.75,
  /**
   * ... and only when its extra text is on the cleaned text's subject: this share of the extra content words
   * is used by the cleaned text too (the rest of a split article: 0.24-0.30 on the pages studied; other
   * stories, a news gallery, a firm's contact form and testimonials: 0.05-0.10).
   */
  moreOnTopic: 0.18,
  /**
   * A cleaned text under this many words is a fragment when Defuddle finds `fragmentRatio` times its words,
   * whatever its subject: Readability settled on a box (a disclosure, a lead and its picture) of a page
   * whose article Defuddle reads whole. Every WCXB page studied with Defuddle at 2.5 times the words or
   * more was read better by Defuddle; the highest ratio where the cleaned text was the better was 2.24.
   */
  fragmentWords: 300,
  fragmentRatio: 4,
  /**
   * Two methods that agree on the article (each holds this share of the other's words) are two opinions on
   * its short lines: a line of at most `unsharedWords` words that only the cleaned text has (a share bar's
   * label, "Article continues below", a promo line, a date stamp of the theme) is dropped. On the tuned WCXB
   * part: `without` snippets leaked 4.7 % -> 4.2 %, F1 +0.0004, `with` snippets unchanged.
   */
  agreeBoth: 0.9,
  unsharedWords: 8,
};

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const wordsIn = (s: string) => s.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0;

/**
 * The short text blocks of `chosen` (block text, blank-line separated) that `other` does not have anywhere,
 * when the two agree on the article; none when they do not (then `other` read another part of the page and
 * says nothing about these lines). Lower-cased, whitespace collapsed.
 */
export function unsharedShortBlocks(chosen: string, other: string): Set<string> {
  const out = new Set<string>();
  const a = wordBag(chosen),
    b = wordBag(other);
  if (!a.total || !b.total || containedIn(a, b) < CHOICE.agreeBoth || containedIn(b, a) < CHOICE.agreeBoth) return out;
  const rest = squash(other);
  for (const block of chosen.split(/\n\n+/)) {
    const s = squash(block);
    if (s && wordsIn(s) <= CHOICE.unsharedWords && !rest.includes(s)) out.add(s);
  }
  return out;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/**
 * Chooses the article among the candidates by measured agreement: the cleaned extraction (the rules'
 * boilerplate taken out first) unless it kept too little of what plain Readability finds on the same page,
 * in which case the rules or the trims took part of the article: then the candidate that keeps most of
 * plain's text without adding more than it (Defuddle when it agrees with plain, else plain itself).
 */
export function chooseArticle(candidates: ArticleCandidate[]): ArticleChoice {
  const bags = new Map<ArticleCandidate['name'], WordBag>(candidates.map((c) => [c.name, wordBag(c.text)]));
  const cleaned = bags.get('cleaned');
  const plain = bags.get('plain');
  const defuddle = bags.get('defuddle');
  if (
    cleaned &&
    defuddle &&
    cleaned.total < CHOICE.minReferenceWords &&
    defuddle.total >= CHOICE.minReferenceWords &&
    (!plain || plain.total < CHOICE.minReferenceWords)
  ) {
    return {
      name: 'defuddle',
      reason: `the cleaned article has ${cleaned.total} words, Defuddle finds ${defuddle.total}`,
    };
  }
  if (
    cleaned &&
    defuddle &&
    cleaned.total < CHOICE.fragmentWords &&
    defuddle.total >= CHOICE.fragmentRatio * Math.max(1, cleaned.total)
  ) {
    return {
      name: 'defuddle',
      reason: `the cleaned article has ${cleaned.total} words, a fragment of the ${defuddle.total} Defuddle finds`,
    };
  }
  if (!cleaned || !plain || plain.total < CHOICE.minReferenceWords) return { name: 'cleaned', reason: null };
  const kept = containedIn(plain, cleaned);
  if (kept >= CHOICE.minKeptOfPlain)
    return defuddle ? agreeWithDefuddle(cleaned, plain, defuddle) : { name: 'cleaned', reason: null };
  const why = `the cleaned article kept ${pct(kept)} of the ${plain.total} words plain Readability finds`;
  if (defuddle && containedIn(plain, defuddle) >= CHOICE.defuddleKeepsPlain && defuddle.total <= plain.total * 1.1) {
    return { name: 'defuddle', reason: `${why}; Defuddle keeps ${pct(containedIn(plain, defuddle))} of them` };
  }
  return { name: 'plain', reason: why };
}

/**
 * Between two texts that agree, the one that differs by a clean cut: Defuddle's text when it is the cleaned
 * text (no longer than plain Readability's) less a tail or head of boilerplate (all its words in it, 80-93 % of them), or the cleaned text with a
 * large part more on the same subject (Readability stopped at one container of a split article).
 */
function agreeWithDefuddle(cleaned: WordBag, plain: WordBag, defuddle: WordBag): ArticleChoice {
  const share = defuddle.total / Math.max(1, cleaned.total);
  // A cleaned text longer than plain Readability's has something added on purpose (the standfirst).
  if (
    cleaned.total <= plain.total &&
    containedIn(defuddle, cleaned) >= CHOICE.trimContained &&
    share >= CHOICE.trimShare[0] &&
    share <= CHOICE.trimShare[1]
  ) {
    return { name: 'defuddle', reason: `Defuddle's text is the cleaned one less ${pct(1 - share)} of its words` };
  }
  if (containedIn(cleaned, defuddle) >= CHOICE.moreContains && share >= CHOICE.moreRatio) {
    const onTopic = topicOverlap(cleaned, defuddle);
    if (onTopic >= CHOICE.moreOnTopic) {
      return {
        name: 'defuddle',
        reason: `Defuddle's text holds the cleaned one and ${share.toFixed(1)} times its words, on its subject (${pct(onTopic)} of the extra words)`,
      };
    }
  }
  return { name: 'cleaned', reason: null };
}
