import { describe, expect, test } from 'vitest';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { loadFixture } from './fixtures';

const html = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
const article =
  '<article><div class="entry-content"><p>' +
  'A paragraph of the post that is long enough to count as the main text. '.repeat(4) +
  '</p></div></article>';

describe('findBoilerplate', () => {
  test('returns outermost blocks only', () => {
    const blocks = findBoilerplate(loadFixture('wpcom-review')).map((m) => m.element);
    for (const a of blocks) for (const b of blocks) if (a !== b) expect(a.contains(b)).toBe(false);
  });

  test('returns blocks in document order', () => {
    const kinds = findBoilerplate(loadFixture('wpcom-review')).map((m) => m.kind);
    expect(kinds).toEqual(['share', 'ads', 'comments', 'subscribe']);
  });

  test('labels comment sections with their comment count', () => {
    const labels = findBoilerplate(loadFixture('wpcom-review')).map((m) => m.label);
    expect(labels).toContain('2 comments');
    expect(labels).toContain('Share buttons, likes and related posts'); // #jp-post-flair holds all three
    expect(labels).toContain('Subscribe box');
  });

  test('calls a comment section without comments a comment form', () => {
    const doc = html(
      `${article}<div id="comments" class="comments-area"><div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>`,
    );
    const [match] = findBoilerplate(doc);
    expect(match?.kind).toBe('comment-form');
    expect(match?.label).toBe('Comment form');
  });

  test('finds the Highlander form by its text when the theme moves it', () => {
    const doc = html(`${article}<form><p>Fill in your details below or click an icon to log in:</p></form>`);
    expect(findBoilerplate(doc).map((m) => m.kind)).toEqual(['login']);
  });

  test('never returns a block that holds the main text', () => {
    const doc = html(`<div id="comments">${article}<h3>Leave a Reply</h3></div>`);
    expect(findBoilerplate(doc)).toEqual([]);
  });

  test('ignores comment markup shown in code samples', () => {
    expect(findBoilerplate(loadFixture('code-tutorial'))).toEqual([]);
  });

  test('keeps a forum thread whose comments are the content', () => {
    expect(findBoilerplate(loadFixture('forum-thread'))).toEqual([]);
  });

  // A thread whose opening post is long enough to be an article beside the replies: only the page's own
  // declaration (JSON-LD or microdata) tells that the replies are the content.
  const opening =
    '<article><div class="post-body"><h1>Is consulting worth it?</h1><p>' +
    'The opening post asks a long question about the work and the hours. '.repeat(8) +
    '</p></div></article>';
  const replies = `<div id="comments" class="post-comments comment-wrapper">${'<div class="comment"><p>A reply with its own experience of the job and its hours.</p></div>'.repeat(6)}</div>`;
  test.each([
    [
      'JSON-LD QAPage',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"x"}}</script>',
    ],
    [
      'JSON-LD DiscussionForumPosting in @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"DiscussionForumPosting","headline":"x"}]}</script>',
    ],
    ['microdata DiscussionForumPosting', '<div itemscope itemtype="https://schema.org/DiscussionForumPosting"></div>'],
  ])('never folds the replies of a page declaring itself a thread (%s)', (_, declaration) => {
    expect(findBoilerplate(html(`${declaration}${opening}${replies}`)).map((m) => m.kind)).not.toContain('comments');
  });

  test('folds the same replies on a page that declares no thread', () => {
    expect(findBoilerplate(html(`${opening}${replies}`)).map((m) => m.kind)).toContain('comments');
  });

  test('finds nothing on a plain news page without comments', () => {
    expect(findBoilerplate(loadFixture('plain-news'))).toEqual([]);
  });

  test('finds a "Most read" rail and a labelled list of links inside the article', () => {
    const links = (n: number) =>
      Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}/">Another story number ${i}</a></li>`).join('');
    const doc =
      html(`<article><div class="entry-content"><p>${'A paragraph of the post that is long enough to count as the main text. '.repeat(4)}</p>
      <p><strong>Read also:</strong></p><ul>${links(4)}</ul>
      <div class="rail"><div class="rail__header"><h3>Most read in world news</h3></div><div class="items">${links(5)}</div></div>
      <section><h2>You may also like</h2><div id="widget-124"></div></section>
    </div></article>`);
    const blocks = findBoilerplate(doc);
    expect(blocks.map((m) => m.kind)).toEqual(['related', 'related', 'related', 'related']);
    expect(blocks[0]?.element.textContent).toBe('Read also:');
    expect(blocks[1]?.element.tagName).toBe('UL');
  });

  test('keeps an article section under a related heading that has prose of its own', () => {
    const prose =
      '<p>' + 'Our related work builds on ten years of field notes from the harbour and its boats. '.repeat(4) + '</p>';
    const doc =
      html(`<article><div class="entry-content"><p>${'A paragraph of the post that is long enough to count as the main text. '.repeat(4)}</p>
      <section><h2>Related articles</h2>${prose}<p><a href="/a">one</a> <a href="/b">two</a> <a href="/c">three</a></p></section>
      <p><strong>Related posts</strong></p><ol><li>Step one of the recipe, written out in full.</li><li>Step two.</li></ol>
    </div></article>`);
    expect(findBoilerplate(doc)).toEqual([]);
  });

  test('skips empty placeholders', () => {
    expect(findBoilerplate(html(`${article}<div class="fb-comments"></div><div id="disqus_thread"></div>`))).toEqual(
      [],
    );
  });

  test('looks only inside the given root', () => {
    const doc = loadFixture('wpcom-review');
    const root = doc.querySelector('article') as Element;
    expect(findBoilerplate(doc, { root }).map((m) => m.kind)).toEqual(['share', 'ads']);
  });

  test('maxNodes bounds the text-signature pass', () => {
    const doc = loadFixture('generic-theme');
    expect(findBoilerplate(doc, { maxNodes: 0 }).filter((m) => m.ruleId.startsWith('heading-'))).toEqual([]);
  });

  test('does not change the document', () => {
    const doc = loadFixture('classic-theme');
    const before = doc.documentElement.outerHTML;
    findBoilerplate(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
