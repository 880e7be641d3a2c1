/**
 * Dates stay on the page's day in every time zone: from extraction (metadata, comments) through the
 * popup, reader and library formatters to the Markdown and JSON exports. Node re-reads the zone when
 * `process.env.TZ` is set, so each block runs under its zone; the first test of each proves it does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { extractComments } from '../../../src/core/comments';
import { formatPageDate, keepPageDate, pageDay } from '../../../src/core/page-date';
import { readMetadata } from '../../../src/core/metadata';
import { toMarkdown } from '../../../src/core/markdown';
import { frontMatter } from '../../../src/library/export-markdown';
import { parseExport, toExportJson } from '../../../src/library/export-json';
import { fromAnalysis } from '../../../src/library/from-analysis';
import type { SavedItem } from '../../../src/library/types';
import { formatDate as popupDate } from '../../../popup/format';
import { formatDate as readerDate } from '../../../src/pages/reader/article-view';
import { shortDate } from '../../../src/pages/library/format';

const SEED = join(__dirname, '../../../demo/her-review.html');
const ZONES = [
  // zone, its offset from UTC in minutes on 2014-02-16 (getTimezoneOffset's sign: west is positive)
  ['America/Los_Angeles', 480],
  ['Europe/Berlin', -60],
  ['Pacific/Kiritimati', -840],
] as const;
const before = process.env.TZ;
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ld = (date: string) =>
  `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Her","datePublished":"${date}"}</script>`;

describe.each(ZONES)('under TZ=%s', (zone, offset) => {
  test('the zone is in force', () => {
    process.env.TZ = zone;
    expect(new Date(2014, 1, 16).getTimezoneOffset()).toBe(offset);
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  test('a date alone stays a date alone, from JSON-LD, meta and words', () => {
    expect(
      readMetadata(parse(`<head>${ld('2014-02-16')}</head><body></body>`), 'https://x.example/', {}, null)
        .publishedTime,
    ).toBe('2014-02-16');
    expect(keepPageDate('February 16, 2014')).toBe('2014-02-16');
    expect(keepPageDate('16 February 2014')).toBe('2014-02-16');
    expect(keepPageDate('2014-02-16T19:03:41+00:00')).toBe('2014-02-16T19:03:41+00:00');
    expect(keepPageDate('2014-02-30')).toBeNull();
    expect(keepPageDate('someday')).toBeNull();
    expect(formatPageDate('2014-02-16', 'en-US')).toBe('February 16, 2014');
    expect(formatPageDate('2014-02-16', 'de')).toBe('16. Februar 2014');
    expect(pageDay('2014-02-16T23:30:00-08:00')).toBe('2014-02-16');
  });

  test('a comment dated in words keeps its day and time', () => {
    const doc = parse(`<body><article><p>${'Words of the post. '.repeat(40)}</p></article>
      <ol class="comment-list"><li class="comment" id="comment-1"><article class="comment-body">
      <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ann</b></div>
      <div class="comment-metadata"><a href="#comment-1">February 16, 2014 at 11:45 pm</a></div></footer>
      <div class="comment-content"><p>Lovely review, thank you.</p></div></article></li></ol></body>`);
    const [comment] = extractComments(doc).items;
    expect(comment?.date).toBe('2014-02-16T23:45');
    expect(readerDate(comment?.date ?? null)).toMatch(/16/);
    expect(pageDay(comment?.date)).toBe('2014-02-16');
  });

  test('the seed page reads February 16, 2014 in the popup, reader, library and exports', () => {
    const result = analyzePage(parse(readFileSync(SEED, 'utf8')), 'https://reelthoughts.wordpress.com/2014/02/16/her/');
    if (!result.ok) throw new Error(result.error);
    const a = result.value;
    expect(pageDay(a.publishedTime)).toBe('2014-02-16');
    expect(popupDate(a.publishedTime, 'en-US')).toBe('Feb 16, 2014');
    expect(popupDate(a.publishedTime, 'de')).toBe('16.02.2014');
    expect(formatPageDate(a.publishedTime, 'en-US')).toBe('February 16, 2014');
    expect(readerDate(a.publishedTime)).toBe(formatPageDate('2014-02-16'));
    expect(shortDate(a.publishedTime)).toBe(formatPageDate('2014-02-16', undefined, 'medium'));
    expect(toMarkdown(a)).toContain('2014-02-16');
    const made = fromAnalysis(a);
    if (!made.ok) throw new Error(made.error);
    const item: SavedItem = {
      ...made.value,
      id: 'x',
      savedAt: '2026-12-01T23:00:00.000Z',
      updatedAt: '2026-12-01T23:00:00.000Z',
      tags: made.value.tags ?? [],
    };
    expect(frontMatter(item)).toMatch(/^published: "?2014-02-16/m);
    const back = parseExport(toExportJson([item]));
    if (!back.ok) throw new Error(back.error);
    expect(pageDay(back.value.items[0]?.publishedTime)).toBe('2014-02-16');
    expect(formatPageDate(back.value.items[0]?.publishedTime, 'en-US')).toBe('February 16, 2014');
  });
});
