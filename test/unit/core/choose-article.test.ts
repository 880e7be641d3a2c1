import { describe, expect, test } from 'vitest';
import { chooseArticle, unsharedShortBlocks } from '../../../src/core/choose-article';
import { containedIn, topicOverlap, wordBag } from '../../../src/core/word-bag';

// Distinct words so that shares are exact: w0 w1 … w(n-1).
const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');

describe('wordBag and containedIn', () => {
  test('count shared words as multisets, case-insensitively', () => {
    expect(containedIn(wordBag('The cat the CAT'), wordBag('the cat'))).toBe(0.5);
    expect(containedIn(wordBag(''), wordBag('x'))).toBe(1);
  });
});

// Texts with a subject: `n` words cycling through `vocab` content words (five letters or more) and "the".
const onSubject = (vocab: string[], n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? 'the' : vocab[(i / 2) % vocab.length])).join(' ');
const subject = (prefix: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${prefix}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );

describe('topicOverlap', () => {
  test('is the share of the extra content words the base text uses too', () => {
    const base = wordBag('garden tomato compost the a');
    expect(topicOverlap(base, wordBag('garden tomato compost the a garden garden tomato election'))).toBeCloseTo(0.75);
    // Short words and numbers say nothing of the subject; nothing extra is full overlap.
    expect(topicOverlap(base, wordBag('garden tomato compost the a the a 2024 2025'))).toBe(1);
  });
});

describe('chooseArticle', () => {
  test('keeps the cleaned article when it agrees with plain Readability', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 200) },
      { name: 'plain', text: words(0, 210) },
      { name: 'defuddle', text: words(0, 205) },
    ]);
    expect(c).toEqual({ name: 'cleaned', reason: null });
  });

  test('undoes the cleaning when it lost most of what plain Readability keeps, with the reason', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 40) },
      { name: 'plain', text: words(0, 400) },
      { name: 'defuddle', text: words(300, 320) },
    ]);
    expect(c.name).toBe('plain');
    expect(c.reason).toMatch(/kept 10% of the 400 words/);
  });

  test('takes Defuddle instead when it keeps what plain Readability has without adding more', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 40) },
      { name: 'plain', text: words(0, 400) },
      { name: 'defuddle', text: words(0, 390) },
    ]);
    expect(c.name).toBe('defuddle');
  });

  test('takes Defuddle when it is the cleaned text less a block of boilerplate', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 500) },
      { name: 'plain', text: words(0, 500) },
      { name: 'defuddle', text: words(0, 430) },
    ]);
    expect(c.name).toBe('defuddle');
    expect(c.reason).toMatch(/less 14% of its words/);
  });

  test('keeps a cleaned text that is longer than plain Readability (a standfirst added on purpose)', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 120) },
      { name: 'plain', text: words(20, 120) },
      { name: 'defuddle', text: words(20, 120) },
    ]);
    expect(c.name).toBe('cleaned');
  });

  test('takes Defuddle when it holds the cleaned text and far more (Readability stopped at one part)', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 200) },
      { name: 'plain', text: words(0, 200) },
      { name: 'defuddle', text: words(0, 600) },
    ]);
    expect(c.name).toBe('defuddle');
  });

  test('takes Defuddle when the far larger text goes on about the same subject (the rest of a split article)', () => {
    const cleanedText = onSubject(subject('garden', 40), 300);
    // The other sections use the same subject words and some new ones.
    const rest = onSubject([...subject('garden', 40), ...subject('harvest', 20)], 600);
    const c = chooseArticle([
      { name: 'cleaned', text: cleanedText },
      { name: 'plain', text: cleanedText },
      { name: 'defuddle', text: `${cleanedText} ${rest}` },
    ]);
    expect(c.name).toBe('defuddle');
    expect(c.reason).toMatch(/on its subject/);
  });

  test('takes Defuddle when the cleaned text is a fragment of what Defuddle reads, even on another subject', () => {
    // WCXB 0334: Readability settled on the advertiser disclosure box (142 words) of a 3,675-word guide.
    const box = onSubject(subject('disclose', 30), 150);
    const guide = onSubject(subject('rental', 150), 3000);
    const c = chooseArticle([
      { name: 'cleaned', text: box },
      { name: 'plain', text: box },
      { name: 'defuddle', text: guide },
    ]);
    expect(c.name).toBe('defuddle');
    expect(c.reason).toMatch(/a fragment of the 3000 Defuddle finds/);
    // Three times the words on another subject is no proof: the cleaned text stays.
    expect(
      chooseArticle([
        { name: 'cleaned', text: box },
        { name: 'plain', text: box },
        { name: 'defuddle', text: onSubject(subject('rental', 150), 450) },
      ]).name,
    ).toBe('cleaned');
  });

  test('keeps the cleaned text when the far larger text is about other things (a stream of other stories)', () => {
    const cleanedText = onSubject(subject('garden', 40), 300);
    const others = onSubject(subject('election', 120), 700);
    const c = chooseArticle([
      { name: 'cleaned', text: cleanedText },
      { name: 'plain', text: cleanedText },
      { name: 'defuddle', text: `${cleanedText} ${others}` },
    ]);
    expect(c).toEqual({ name: 'cleaned', reason: null });
  });

  test('keeps the cleaned text when Defuddle adds a little (it may be comments or links)', () => {
    const c = chooseArticle([
      { name: 'cleaned', text: words(0, 200) },
      { name: 'plain', text: words(0, 200) },
      { name: 'defuddle', text: words(0, 280) },
    ]);
    expect(c.name).toBe('cleaned');
  });

  test('keeps the cleaned text alone when no other candidate came out', () => {
    expect(chooseArticle([{ name: 'cleaned', text: words(0, 10) }])).toEqual({ name: 'cleaned', reason: null });
  });
});

describe('unsharedShortBlocks', () => {
  const body = Array.from(
    { length: 12 },
    (_, i) =>
      `Paragraph ${i} of the review tells how the second act of the film turns the road trip into a story about the two sisters.`,
  );
  test('names the short lines only the chosen text has, when both texts agree on the article', () => {
    const chosen = [
      'Share this article',
      ...body.slice(0, 6),
      'Article continues below',
      ...body.slice(6),
      'Verdict',
    ].join('\n\n');
    const other = [...body, 'Verdict: four stars'].join('\n\n');
    expect([...unsharedShortBlocks(chosen, other)]).toEqual(['share this article', 'article continues below']);
  });
  test('names none when the other text read another part of the page', () => {
    const chosen = ['Share this article', ...body.slice(0, 6)].join('\n\n');
    expect(unsharedShortBlocks(chosen, body.slice(0, 2).join('\n\n')).size).toBe(0);
  });
});
