import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { extractComments } from '../../../src/core/comments';
import { LIMITS } from '../../../src/core/limits';
import { toMarkdown } from '../../../src/core/markdown';
import { summarize } from '../../../src/core/summary';
import type { Analysis } from '../../../src/core/types';
import { CORE_FIXTURES, expected, loadFixture, squash } from './fixtures';

const URL = 'https://example.com/2024/01/post/';

function analyze(slug: string): Analysis {
  const result = analyzePage(loadFixture(slug), URL);
  if (!result.ok) throw new Error(`${slug}: ${result.error}`);
  return result.value;
}

describe('analyzePage on the golden fixtures', () => {
  test.each(CORE_FIXTURES)('%s: title, platform, review, article text without boilerplate', (slug) => {
    const a = analyze(slug);
    const want = expected(slug);
    expect(a.title).toBe(want.title);
    expect(a.isWordPress).toBe(want.isWordPress);
    expect(a.isReview).toBe(want.isReview);
    const text = squash(a.textContent);
    for (const s of want.mustContain) expect(text).toContain(s);
    for (const s of want.mustNotContain) expect(text).not.toContain(s);
  });
});

describe('analyzePage', () => {
  test('never changes the document it reads', () => {
    const doc = loadFixture('wpcom-review');
    const before = doc.documentElement.outerHTML;
    analyzePage(doc, URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('reports the boilerplate it took out and the comments', () => {
    const a = analyze('wpcom-review');
    expect(a.removed.map((r) => r.kind)).toEqual(['share', 'ads', 'comments', 'subscribe']);
    expect(a.comments.count).toBe(2);
    expect(a.comments.items[0]).toEqual({
      author: 'Sam',
      date: '2018-01-21T09:00:00+00:00',
      text: 'Agreed, the prison scenes are the best part of the film.',
    });
  });

  test('reads comments whose entry wraps itself in article.comment (WordPress.com, HTML5 themes), replies apart', () => {
    const doc = new DOMParser().parseFromString(
      `<html><body><article class="post"><div class="entry-content">${'<p>A long enough paragraph of the review itself, about the film and its score.</p>'.repeat(5)}</div></article>
      <div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Her”</h2><ol class="commentlist">
      <li class="comment depth-1" id="li-comment-1"><article id="comment-1" class="comment">
        <footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Maya L.</cite></div>
        <div class="comment-metadata"><a href="#comment-1"><time datetime="2014-02-17T09:12:00+00:00">February 17, 2014</time></a></div></footer>
        <div class="comment-content"><p>Great write-up.</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article>
        <ol class="children"><li class="comment depth-2" id="li-comment-2"><article id="comment-2" class="comment">
          <footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Tom</cite></div></footer>
          <div class="comment-content"><p>Thanks, Maya.</p></div></article></li></ol>
      </li></ol></div></body></html>`,
      'text/html',
    );
    expect(extractComments(doc).items).toEqual([
      { author: 'Maya L.', date: '2014-02-17T09:12:00+00:00', text: 'Great write-up.' },
      { author: 'Tom', date: null, text: 'Thanks, Maya.' },
    ]);
  });

  test('reads the metadata of the page', () => {
    const a = analyze('wpcom-review');
    expect(a).toMatchObject({
      siteName: 'Small Screen Notes',
      byline: 'Mia Hart',
      lang: 'en-US',
      publishedTime: '2018-01-20T10:15:00+00:00',
      canonicalUrl: 'https://smallscreennotes.wordpress.com/2018/01/20/paddington-2-review/',
      platform: 'wordpress.com',
    });
    expect(a.wordCount).toBeGreaterThan(50);
    expect(a.readingMinutes).toBe(1);
    expect(a.summary).toHaveLength(3);
  });

  test('fixes lazy images, keeps figures and captions, makes URLs absolute', () => {
    const a = analyze('classic-theme');
    expect(a.contentHtml).toContain('src="https://example.com/wp-content/uploads/2023/08/tomatoes.jpg"');
    expect(a.contentHtml).not.toContain('data:image/gif');
    expect(a.contentHtml).toContain('<figcaption');
    expect(a.contentHtml).toContain('Tomatoes after three hours in the oven');
  });

  test('keeps code blocks and their language', () => {
    expect(analyze('classic-theme').contentHtml).toContain(
      '<code class="language-bash">oven --temp 120 --time 3h</code>',
    );
  });

  test('sanitises the content', () => {
    const doc = new DOMParser().parseFromString(
      `<html><body><article><p onclick="steal()">${'Long enough text for an article body. '.repeat(12)}</p><p><img src="x.png" onerror="steal()"><a href="javascript:steal()">link</a></p><script>steal()</script></article></body></html>`,
      'text/html',
    );
    const result = analyzePage(doc, URL);
    expect(result.ok && result.value.contentHtml).not.toMatch(/onclick|onerror|<script|javascript:/);
  });

  test('answers too-large past the byte limit', () => {
    expect(analyzePage(loadFixture('plain-news'), URL, { byteLength: 10 * 1024 * 1024 })).toEqual({
      ok: false,
      error: 'too-large',
      message: 'the page is 10.0 MB, over the size limit of 8.0 MB',
    });
  });

  test('answers too-large past the element limit', () => {
    const doc = document.implementation.createHTMLDocument('huge');
    // Built node by node: jsdom's parser takes seconds for such markup.
    for (let i = 0; i <= LIMITS.maxElements; i++) doc.body.appendChild(doc.createElement('span'));
    expect(analyzePage(doc, URL)).toMatchObject({ ok: false, error: 'too-large' });
  });

  test('answers empty for a page without text', () => {
    const doc = new DOMParser().parseFromString('<html><body>  <div></div> </body></html>', 'text/html');
    expect(analyzePage(doc, URL)).toMatchObject({ ok: false, error: 'empty' });
  });

  test('answers not-readerable when there is no article', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><nav><a href="/">Home</a></nav></body></html>',
      'text/html',
    );
    expect(analyzePage(doc, URL)).toMatchObject({ ok: false, error: 'not-readerable' });
  });
});

describe('helpers', () => {
  test('extractComments reads author, date and text of each comment', () => {
    const { count, items } = extractComments(loadFixture('block-theme'));
    expect(count).toBe(3);
    expect(items.map((c) => c.author)).toEqual(['Luca', 'Ann', 'Ben']);
  });

  test('summarize picks n sentences in page order', () => {
    const text =
      'The film is about a bear. The bear is framed for a theft. Prison scenes with the bear are funny. Tea was served. Overall, the bear film is a delight for everyone.';
    const summary = summarize(text, 2);
    expect(summary).toHaveLength(2);
    expect(summary).toContain('Overall, the bear film is a delight for everyone.');
    expect(text.indexOf(summary[0] as string)).toBeLessThan(text.indexOf(summary[1] as string));
  });

  test('toMarkdown writes title, byline and fenced code', () => {
    const md = toMarkdown(analyze('classic-theme'));
    expect(md.startsWith('# Slow-roasted tomatoes\n')).toBe(true);
    expect(md).toContain('```bash\noven --temp 120 --time 3h\n```');
  });
});
