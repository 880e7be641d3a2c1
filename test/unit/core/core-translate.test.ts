/**
 * Core words its stub labels, embed links and size errors through the translate function the
 * extension injects (src/i18n.ts hands `browser.i18n` to core on import); without one, English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCoreTranslate } from '../../../src/core/boilerplate-label';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { replaceEmbedsWithLinks } from '../../../src/core/embed-links';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DE: Messages = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../_locales/de/messages.json'), 'utf8'),
);

/** `chrome.i18n.getMessage` over the German catalogue, as the browser runs it. */
function germanGetMessage(key: string, subs: string[] = []): string {
  const e = DE[key];
  if (!e) return '';
  return e.message
    .replace(/\$(\w+)\$/g, (x, n: string) => e.placeholders?.[n.toLowerCase()]?.content ?? x)
    .replace(/\$(\d)/g, (_x, i: string) => subs[Number(i) - 1] ?? '');
}

const PAGE = `<article><h1>Title</h1><p>${'Words of the review. '.repeat(40)}</p></article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">One</li><li class="comment">Two</li></ol></div>`;

afterEach(() => {
  setCoreTranslate(null);
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('core translate', () => {
  it('labels blocks in English when nothing is injected', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    expect(findBoilerplate(doc).map((b) => b.label)).toEqual(['2 comments']);
  });

  it('labels blocks and embed links in German once src/i18n.ts is imported in a German browser', async () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: germanGetMessage, getUILanguage: () => 'de' } });
    vi.resetModules();
    // Fresh copies of the modules, so the injection happens on this import and nowhere else.
    await import('../../../src/i18n');
    const { findBoilerplate: find } = await import('../../../src/core/find-boilerplate');
    const { replaceEmbedsWithLinks: embeds } = await import('../../../src/core/embed-links');
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    expect(find(doc).map((b) => b.label)).toEqual(['2 Kommentare']);
    const page = new DOMParser().parseFromString(
      '<p>x</p><iframe src="https://www.youtube.com/embed/x" width="560" height="315"></iframe>',
      'text/html',
    );
    embeds(page, 'https://blog.example/post');
    expect(page.body.textContent).toContain('Eingebetteter Inhalt von youtube.com');
  });

  it('keeps English embed links without an injected translate', () => {
    const page = new DOMParser().parseFromString(
      '<p>x</p><iframe src="https://www.youtube.com/embed/x" width="560" height="315"></iframe>',
      'text/html',
    );
    replaceEmbedsWithLinks(page, 'https://blog.example/post');
    expect(page.body.textContent).toContain('Embedded content from youtube.com');
  });
});
