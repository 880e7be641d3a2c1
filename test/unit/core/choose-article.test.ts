import { describe, expect, test } from 'vitest';
import { chooseArticle } from '../../../src/core/choose-article';
import { containedIn, wordBag } from '../../../src/core/word-bag';

// Distinct words so that shares are exact: w0 w1 … w(n-1).
const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ');

describe('wordBag and containedIn', () => {
  test('count shared words as multisets, case-insensitively', () => {
    expect(containedIn(wordBag('The cat the CAT'), wordBag('the cat'))).toBe(0.5);
    expect(containedIn(wordBag(''), wordBag('x'))).toBe(1);
  });
});

describe('chooseArticle', () => {
  test('keeps the cleaned article when it agrees with plain Readability', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 200) }, { name: 'plain', text: words(0, 210) }, { name: 'defuddle', text: words(0, 205) }]);
    expect(c).toEqual({ name: 'cleaned', reason: null });
  });

  test('undoes the cleaning when it lost most of what plain Readability keeps, with the reason', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 40) }, { name: 'plain', text: words(0, 400) }, { name: 'defuddle', text: words(300, 320) }]);
    expect(c.name).toBe('plain');
    expect(c.reason).toMatch(/kept 10% of the 400 words/);
  });

  test('takes Defuddle instead when it keeps what plain Readability has without adding more', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 40) }, { name: 'plain', text: words(0, 400) }, { name: 'defuddle', text: words(0, 390) }]);
    expect(c.name).toBe('defuddle');
  });

  test('takes Defuddle when it is the cleaned text less a block of boilerplate', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 500) }, { name: 'plain', text: words(0, 500) }, { name: 'defuddle', text: words(0, 430) }]);
    expect(c.name).toBe('defuddle');
    expect(c.reason).toMatch(/less 14% of its words/);
  });

  test('keeps a cleaned text that is longer than plain Readability (a standfirst added on purpose)', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 120) }, { name: 'plain', text: words(20, 120) }, { name: 'defuddle', text: words(20, 120) }]);
    expect(c.name).toBe('cleaned');
  });

  test('takes Defuddle when it holds the cleaned text and far more (Readability stopped at one part)', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 200) }, { name: 'plain', text: words(0, 200) }, { name: 'defuddle', text: words(0, 600) }]);
    expect(c.name).toBe('defuddle');
  });

  test('keeps the cleaned text when Defuddle adds a little (it may be comments or links)', () => {
    const c = chooseArticle([{ name: 'cleaned', text: words(0, 200) }, { name: 'plain', text: words(0, 200) }, { name: 'defuddle', text: words(0, 280) }]);
    expect(c.name).toBe('cleaned');
  });

  test('keeps the cleaned text alone when no other candidate came out', () => {
    expect(chooseArticle([{ name: 'cleaned', text: words(0, 10) }])).toEqual({ name: 'cleaned', reason: null });
  });
});
