import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../../src/core/block-text';
import { regluedInlines } from '../../../src/core/inline-spacing';

const body = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;

describe('regluedInlines', () => {
  test('takes out the space Defuddle puts between a link and the quote mark the page glues to it', () => {
    const source = body(
      '<p>Die &#8222;<a href="/map">Toilet Map Vienna</a>&#8222;, die erste App basierend auf data.wien.gv.at</p>',
    );
    // Defuddle 0.19's output for that paragraph in Node (linkedom), as the CLI and the eval get it.
    const out = body(
      '<p>Die „ <a href="/map">Toilet Map Vienna</a> „, die erste App basierend auf data.wien.gv.at</p>',
    );
    expect(blockText(out)).toContain('„ Toilet Map Vienna „');
    expect(regluedInlines(out, source)).toBe(2);
    expect(blockText(out)).toBe('Die „Toilet Map Vienna„, die erste App basierend auf data.wien.gv.at');
  });

  test('leaves the spaces the page has, and a link glued in one place but spaced in another', () => {
    const source = body('<p>See <a href="/a">here</a> now and (<a href="/b">here</a>) too, and <b>Q</b>&amp;A.</p>');
    const out = body('<p>See <a href="/a">here</a> now and ( <a href="/b">here</a> ) too, and <b>Q</b> &amp;A.</p>');
    expect(regluedInlines(out, source)).toBe(1);
    expect(blockText(out)).toBe('See here now and ( here ) too, and Q&A.');
  });
});
