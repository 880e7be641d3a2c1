import { describe, expect, it } from 'vitest';
import { countByKind, formatDate, isArticle, kindKey, percent, siteOf } from '../../../popup/format';

describe('popup formatters', () => {
  it("writes a date in the reader's locale and ignores one that does not parse", () => {
    expect(formatDate('2023-10-04T08:30:00+00:00', 'en-GB')).toBe('4 Oct 2023');
    expect(formatDate('2023-10-04T08:30:00+00:00', 'de')).toBe('04.10.2023');
    expect(formatDate('someday', 'en')).toBeNull();
    expect(formatDate(null, 'en')).toBeNull();
  });

  it('names the site, else its host without www', () => {
    expect(siteOf('Margins & Tea', 'https://x.example/')).toBe('Margins & Tea');
    expect(siteOf(null, 'https://www.reel.example/2014/her/')).toBe('reel.example');
    expect(siteOf('  ', 'not a url')).toBe('');
  });

  it('counts folded blocks by kind, most common chrome first', () => {
    expect(countByKind([{ kind: 'share' }, { kind: 'comments' }, { kind: 'share' }, { kind: 'login' }])).toEqual([
      { kind: 'comments', count: 1 },
      { kind: 'login', count: 1 },
      { kind: 'share', count: 2 },
    ]);
    expect(countByKind([])).toEqual([]);
  });

  it('maps kinds to message keys', () => {
    expect(kindKey('comment-form')).toBe('blockCommentForm');
    expect(kindKey('ads')).toBe('blockAds');
  });

  it('shows confidence as a whole percentage within 0..100', () => {
    expect(percent(0.954)).toBe(95);
    expect(percent(1.2)).toBe(100);
    expect(percent(-1)).toBe(0);
  });

  it('calls a page of links not an article', () => {
    expect(isArticle({ wordCount: 7, summary: [] })).toBe(false);
    expect(isArticle({ wordCount: 323, summary: ['a', 'b', 'c'] })).toBe(true);
  });

  it('calls a page whose own markup says product or listing not an article, however long', () => {
    expect(isArticle({ wordCount: 900, summary: ['a', 'b', 'c'], pageType: { isArticle: false } })).toBe(false);
    expect(isArticle({ wordCount: 900, summary: ['a', 'b', 'c'], pageType: { isArticle: true } })).toBe(true);
  });
});
