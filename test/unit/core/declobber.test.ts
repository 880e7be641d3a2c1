import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { declobbered } from '../../../src/core/declobber';

const PARA = 'This paragraph is long enough to count as the article text of a review about a film. ';

function page(extra: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Arrival review</title></head><body>${extra}<article><h1>Arrival review</h1><p>${PARA.repeat(4)}</p><p>${PARA.repeat(3)}</p></article></body></html>`,
    'text/html',
  );
}

describe('declobbered', () => {
  it('returns the document itself when no name or id shadows a DOM property', () => {
    const doc = page('<form name="search"><input name="q"></form><img name="logo">');
    expect(declobbered(doc)).toBe(doc);
  });

  it('takes shadowing names off a copy and leaves the page as it was', () => {
    const doc = page(
      '<img name="body"><form name="documentElement"><input name="parentNode"><input id="childNodes"></form>',
    );
    const copy = declobbered(doc);
    expect(copy).not.toBe(doc);
    expect(
      copy.querySelectorAll('[name="body"], [name="documentElement"], [name="parentNode"], #childNodes'),
    ).toHaveLength(0);
    expect(
      doc.querySelectorAll('[name="body"], [name="documentElement"], [name="parentNode"], #childNodes'),
    ).toHaveLength(3 + 1);
  });

  it('lets analyzePage read the article of a clobbered page', () => {
    const doc = page(
      '<img name="body"><img name="title"><form name="documentElement"><input name="parentNode"><input name="childNodes"><input name="tagName"></form>',
    );
    const result = analyzePage(doc, 'https://example.org/arrival-review/');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.textContent).toContain('article text of a review');
  });
});
