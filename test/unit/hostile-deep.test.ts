/**
 * Deep trees: a DOM nested past what any parser builds, and deep JSON-LD. The core answers with a
 * clear message (or an article), never "Maximum call stack size exceeded". jsdom itself recurses when
 * a tree is attached, so these DOMs are 3,000 deep; the e2e suite builds 100,000 in real browsers.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/core/analyze';
import { elementDepth, MAX_DEPTH } from '../../src/core/dom-depth';
import { findBoilerplate } from '../../src/core/find-boilerplate';
import { jsonText, readJsonLd } from '../../src/core/json-ld';

const ARTICLE =
  '<article><h1>A deep page</h1><p>' +
  'The review itself, in plain words, long enough to count as an article. '.repeat(8) +
  '</p></article><div id="comments"><h2>3 Comments</h2><ol class="commentlist"><li class="comment">Nice.</li></ol></div>';

function deepDoc(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('Deep');
  doc.body.innerHTML = ARTICLE;
  // Built bottom-up and attached once: each step attaches a short chain.
  let top = doc.createElement('div');
  top.textContent = 'the bottom';
  for (let i = 1; i < depth; i++) {
    const parent = doc.createElement('div');
    parent.appendChild(top);
    top = parent;
  }
  doc.body.appendChild(top);
  return doc;
}

describe('deep trees', () => {
  it('measures depth without recursion and stops just past the limit', () => {
    const doc = deepDoc(3_000);
    expect(elementDepth(doc.documentElement, 10_000)).toBe(3_002); // html > body > 3,000 divs
    expect(elementDepth(doc.documentElement)).toBe(MAX_DEPTH + 1);
    expect(elementDepth(deepDoc(5).documentElement)).toBeLessThan(10);
  });

  it('gives a clear too-large message for a page nested deeper than the limit', () => {
    const r = analyzePage(deepDoc(3_000), 'https://blog.example/deep/');
    expect(r).toEqual({
      ok: false,
      error: 'too-large',
      message: 'the page nests its elements more than 512 deep, too deep to read safely',
    });
  });

  it('folds nothing on such a page (and does not throw), and still folds a normal one', () => {
    expect(findBoilerplate(deepDoc(3_000))).toEqual([]);
    expect(findBoilerplate(deepDoc(50)).map((b) => b.kind)).toContain('comments');
  });

  it('still reads an article beside a nested (but parseable) block', () => {
    const r = analyzePage(deepDoc(60), 'https://blog.example/deep/');
    expect(r.ok && r.value.textContent).toContain('The review itself');
  });

  it('reads deep JSON-LD without overflowing: nested names end in null, the walker stops', () => {
    let deep: unknown = 'Mara Lind';
    for (let i = 0; i < 100_000; i++) deep = { name: deep };
    expect(jsonText(deep)).toBeNull();
    expect(jsonText({ name: { name: 'Mara Lind' } })).toBe('Mara Lind');
    const doc = document.implementation.createHTMLDocument('x');
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"@type":"Review","author":'.repeat(100_000) + '"x"' + '}'.repeat(100_000);
    doc.head.appendChild(script);
    expect(readJsonLd(doc).length).toBeLessThan(10);
  });
});
