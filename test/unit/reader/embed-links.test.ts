import { describe, expect, it } from 'vitest';
import { replaceEmbedsWithLinks } from '../../../src/core/embed-links';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('embeds become links', () => {
  it('replaces iframes, embeds and objects with a link to their absolute source', () => {
    const d = doc(
      '<p>a</p><iframe title="A talk" src="https://www.youtube.com/embed/x"></iframe><embed src="/media/clip.swf"><object data="https://maps.example/m"></object>',
    );
    expect(replaceEmbedsWithLinks(d, 'https://blog.example/post/')).toBe(3);
    const links = Array.from(d.querySelectorAll('p > a')).map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['https://www.youtube.com/embed/x', 'A talk (embedded content from youtube.com)'],
      ['https://blog.example/media/clip.swf', 'Embedded content from blog.example'],
      ['https://maps.example/m', 'Embedded content from maps.example'],
    ]);
    expect(d.querySelector('iframe, embed, object')).toBeNull();
  });

  it('leaves embeds without an http(s) source alone', () => {
    const d = doc('<iframe src="javascript:void(0)"></iframe><iframe src="about:blank"></iframe>');
    expect(replaceEmbedsWithLinks(d, 'https://blog.example/')).toBe(0);
    expect(d.querySelectorAll('iframe')).toHaveLength(2);
  });
});
