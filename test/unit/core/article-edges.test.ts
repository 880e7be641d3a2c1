import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { isDateLine } from '../../../src/core/article-header';
import { isPromo } from '../../../src/core/article-tail';

// The edges of an article: the standfirst beside its title, the header lines repeated above its
// text, house ads after its last paragraph and slideshow controls inside it.

const URL = 'https://news.example.com/2024/01/harbour/';
const BODY =
  '<p>The harbour was quiet when the first boats came back before dawn with their nets full of herring.</p>'.repeat(6);
const DEK = 'Fishermen in the north bring in the largest herring catch in a decade, and prices at the market fall.';

function analyse(head: string, body: string) {
  const doc = new DOMParser().parseFromString(
    `<html><head><title>Herring season | The Coast</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  const result = analyzePage(doc, URL);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function element(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild as Element;
}

describe('standfirst', () => {
  test('puts the description printed under the title first in the article', () => {
    const a = analyse(
      `<meta name="description" content="${DEK}">`,
      `<header><h1>Herring season</h1><h2 class="teaser"><p>${DEK}</p></h2></header>
      <div class="article-body">${BODY}</div>`,
    );
    expect(a.textContent.startsWith(DEK)).toBe(true);
    expect(a.textContent).toContain('nets full of herring');
  });

  test('takes a truncated description ("…") to match the start of the standfirst', () => {
    const a = analyse(
      `<meta property="og:description" content="${DEK.slice(0, 70)}…">`,
      `<div class="hero"><h1>Herring season</h1><p>${DEK}</p></div>
      <article><div class="entry-content">${BODY}</div></article>`,
    );
    expect(a.textContent.startsWith(DEK)).toBe(true);
  });

  test('adds nothing when no element beside the title is the description, or the article has it', () => {
    const other = analyse(
      `<meta name="description" content="${DEK}">`,
      `<h1>Herring season</h1><p>Subscribe to our newsletter for more stories from the coast every week.</p>
      <div class="article-body">${BODY}</div>`,
    );
    expect(other.textContent).not.toContain('Fishermen in the north');
    const inside = analyse(
      `<meta name="description" content="${DEK}">`,
      `<article><h1>Herring season</h1><div class="entry-content"><p>${DEK}</p>${BODY}</div></article>`,
    );
    expect(inside.textContent.split(DEK).length).toBe(2); // once, not twice
  });
});

describe('repeated header lines', () => {
  test('isDateLine: dates and times alone, not sentences with dates', () => {
    for (const line of [
      'November 18, 2019 | 4:10pm',
      'Published 4:00 am CST, Wednesday, November 20, 2019',
      'September 10, 2018 |',
      'Feb. 21, 2019',
      'Aktualisiert am 18.11.2019 um 16:10 Uhr',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
    for (const line of [
      'On November 18, 2019 the harbour froze.',
      'Chapter 4',
      '2019',
      'Image 1 of 9',
      '— Shay Friedman (@ironshay) August 22, 2013',
    ]) {
      expect(isDateLine(line), line).toBe(false);
    }
  });

  test('drops the byline block, the title again and the date line, and keeps the byline as metadata', () => {
    const a = analyse(
      '<meta name="author" content="Ann Lee">',
      `<article><div class="article-body">
      <h1>Herring season</h1>
      <div class="c-byline">By <a href="/authors/ann-lee">Ann Lee</a> <span class="author-flyout"><a href="/authors/ann-lee">View author archive</a></span></div>
      <p><time datetime="2019-11-18">November 18, 2019 | 4:10pm</time></p>
      ${BODY}
      <p>Correspondents said on November 20, 2019 that the boats would go out again.</p>
    </div></article>`,
    );
    expect(a.textContent).not.toContain('View author archive');
    expect(a.textContent).not.toContain('4:10pm');
    expect(a.textContent).not.toMatch(/^Herring season/);
    expect(a.textContent).toContain('Correspondents said on November 20, 2019');
    expect(a.byline).toBe('Ann Lee');
  });
});

describe('house ads at the end of the article', () => {
  test('isPromo: a heading, a pitch and a campaign link, or nothing but bold and links', () => {
    expect(
      isPromo(
        element(
          '<div><h2>Never miss a date again!</h2>Our free calendar keeps every deadline. <a href="https://shop.example.com/cal?utm_source=site&utm_medium=footer"><strong>Get it now</strong></a></div>',
        ),
      ),
    ).toBe(true);
    expect(
      isPromo(
        element(
          '<div><h3>Your job board</h3><p><b>We do what we love every day. So can you: 20,000 jobs wait at <a href="/jobs/">our job board</a>.</b></p></div>',
        ),
      ),
    ).toBe(true);
    // The article's own closing section: a heading and plain prose with a source link.
    expect(
      isPromo(
        element(
          '<div><h3>What comes next</h3><p>The council meets in May; its <a href="/report">report</a> is online.</p></div>',
        ),
      ),
    ).toBe(false);
    expect(isPromo(element('<div><h3>Gallery</h3><p><b>Boats</b></p><img src="/boat.jpg"></div>'))).toBe(false);
  });

  test('drops a promo that ends the article, and the one after its last rule', () => {
    const a = analyse(
      '',
      `<article><div class="entry-content">${BODY}
      <hr><h3>Your job board</h3><p><b>We do what we love every day. So can you: 20,000 jobs wait at <a href="/jobs/">our job board</a>.</b></p>
    </div></article>`,
    );
    expect(a.textContent).toContain('nets full of herring');
    expect(a.textContent).not.toContain('job board');
    const b = analyse(
      '',
      `<article><div class="entry-content">${BODY}
      <div><h2>Never miss a date again!</h2>Our free calendar keeps every deadline. <a href="https://shop.example.com/cal?utm_campaign=calendar"><strong>Get it now</strong></a></div>
    </div></article>`,
    );
    expect(b.textContent).not.toContain('Never miss a date');
  });

  test('keeps a closing section with a heading in the middle of the article', () => {
    const a = analyse(
      '',
      `<article><div class="entry-content">${BODY}<h3>Your job board</h3><p><b>Bold words that matter to the story.</b></p>${BODY}</div></article>`,
    );
    expect(a.textContent).toContain('Bold words that matter');
  });
});

describe('slideshow controls', () => {
  test('drop the counter and the caption toggles of a gallery, keep its captions', () => {
    const a = analyse(
      '',
      `<article><div class="article-body">${BODY}
      <div class="photo-gallery"><img src="/a.jpg"><p class="caption">Boats at dawn in the harbour.</p>
        <div class="slide-count"><span>Image</span> <span>1</span> <span>of</span> <span>9</span></div>
        <div class="captionlink"><p>Caption</p><p>Close</p></div></div>
      ${BODY}</div></article>`,
    );
    expect(a.textContent).toContain('Boats at dawn in the harbour.');
    expect(a.textContent).not.toMatch(/Image\s*1\s*of\s*9/);
    expect(a.textContent).not.toMatch(/\bCaption\b/);
    expect(a.textContent).not.toMatch(/\bClose\b/);
  });
});
