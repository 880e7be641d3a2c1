import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { renderContent } from '../../../src/pages/reader/render-content';

const URL = 'https://slowbytes.example/2024/05/notes/';
const PARAS = [
  'Slow reading has a long history, and most of it was written in the margins of other books.',
  'The habit of noting sources at the foot of the page is older than printing, and it survived every change of medium since.',
  'On the web, a footnote is a small promise: a number that leads somewhere and a way back to where you were.',
  'This essay looks at how blogs keep that promise, and where a reading mode tends to break it without noticing.',
  'A reader that drops the notes drops part of the argument, because the notes are where writers put their doubts.',
];
const NOTE = (n: number) => `Note ${n}: a source for the claim, with a page number and a short quotation.`;

/** A WordPress post whose first three paragraphs carry a reference made by `ref`, and `tail` after them. */
function post(ref: (i: number) => string, tail: string): Document {
  const paras = PARAS.map((p, i) => `<p>${p}${i < 3 ? ref(i) : ''}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Notes – Slow Bytes</title><meta name="generator" content="WordPress 6.5"></head><body>
    <header class="site-header"><a href="/">Slow Bytes</a></header>
    <article class="post type-post"><h1 class="entry-title">Notes</h1><div class="entry-content">${paras}${tail}${PARAS.map((p) => `<p>${p} ${p}</p>`).join('')}</div></article>
    <footer class="site-footer">Proudly powered by WordPress</footer></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The reader's content for a page: the core's analysis, rendered as the reader does. */
function readerContent(doc: Document): HTMLDivElement {
  const result = analyzePage(doc, URL);
  if (!result.ok) throw new Error(result.error);
  const div = document.createElement('div');
  div.appendChild(renderContent(result.value.contentHtml, URL));
  return div;
}

/** Each reference number leads to its note, and the note's back-link leads back to the reference. */
function expectLinkedBothWays(out: HTMLElement): void {
  const target = (a: Element) =>
    Array.from(out.querySelectorAll('[id]')).find(
      (el) => el.id === decodeURIComponent(a.getAttribute('href')!.slice(1)),
    );
  // The references: the in-document links of the text, outside the notes' list.
  const refs = Array.from(out.querySelectorAll('a[href^="#"]')).filter((a) => !a.closest('li'));
  expect(refs).toHaveLength(3);
  refs.forEach((ref, i) => {
    const note = target(ref);
    expect(note?.textContent, `note ${i + 1}`).toContain(NOTE(i + 1));
    const back = Array.from(note!.querySelectorAll('a[href^="#"]')).find(
      (a) => target(a)?.contains(ref) || target(a) === ref,
    );
    expect(back, `back-link of note ${i + 1}`).toBeDefined();
    expect(back!.textContent?.trim()).not.toBe('');
  });
  expect(out.querySelector('[id]:not([id^="user-content-"])'), 'every content id is prefixed').toBeNull();
}

describe('footnotes in the reader', () => {
  it('keeps WordPress core footnotes (wp-block-footnotes) linked both ways', () => {
    const doc = post(
      (i) => `<sup data-fn="f${i}" class="fn"><a href="#f${i}" id="f${i}-link">${i + 1}</a></sup>`,
      `<ol class="wp-block-footnotes">${[0, 1, 2].map((i) => `<li id="f${i}">${NOTE(i + 1)} <a href="#f${i}-link" aria-label="Jump to footnote reference ${i + 1}">↩︎</a></li>`).join('')}</ol>`,
    );
    expectLinkedBothWays(readerContent(doc));
  });

  it('keeps Markdown footnotes (.footnotes, footnote-ref, footnote-backref) linked both ways', () => {
    const doc = post(
      (i) =>
        `<sup id="fnref:${i + 1}"><a href="#fn:${i + 1}" class="footnote-ref" role="doc-noteref">${i + 1}</a></sup>`,
      `<div class="footnotes" role="doc-endnotes"><hr><ol>${[0, 1, 2].map((i) => `<li id="fn:${i + 1}"><p>${NOTE(i + 1)}&nbsp;<a href="#fnref:${i + 1}" class="footnote-backref" role="doc-backlink">↩</a></p></li>`).join('')}</ol></div>`,
    );
    expectLinkedBothWays(readerContent(doc));
  });

  it("moves Easy Footnotes' ids off their empty spans and gives the CSS-only back-link an arrow", () => {
    const doc = post(
      (i) =>
        `<span id="easy-footnote-${i + 1}-7" class="easy-footnote-margin-adjust"></span><span class="easy-footnote"><a href="#easy-footnote-bottom-${i + 1}-7" title="${NOTE(i + 1)}"><sup>${i + 1}</sup></a></span>`,
      `<ol class="easy-footnotes-wrapper">${[0, 1, 2].map((i) => `<li class="easy-footnote-single"><span id="easy-footnote-bottom-${i + 1}-7" class="easy-footnote-margin-adjust"></span>${NOTE(i + 1)}<a class="easy-footnote-to-top" href="#easy-footnote-${i + 1}-7"></a></li>`).join('')}</ol>`,
    );
    expectLinkedBothWays(readerContent(doc));
  });

  it("turns Modern Footnotes' inline notes into a list linked both ways, out of the sentence", () => {
    const doc = post(
      (i) =>
        `<sup class="modern-footnotes-footnote" data-mfn="${i + 1}"><a href="javascript:void(0)" role="button" aria-describedby="mfn-content-7-${i}">${i + 1}</a></sup><span id="mfn-content-7-${i}" role="tooltip" class="modern-footnotes-footnote__note" tabindex="0" data-mfn="${i + 1}">${NOTE(i + 1)}</span>`,
      '',
    );
    const out = readerContent(doc);
    expect(out.querySelector('p')?.textContent, 'the note no longer sits inside the sentence').not.toContain('Note 1:');
    expectLinkedBothWays(out);
  });
});
