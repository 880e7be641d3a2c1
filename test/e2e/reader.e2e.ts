import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { controlPage, pollFrame, readerFrame, toggleViaBackground, waitForReaderClosed, waitForReaderOpen } from './reader-helpers';

describe.each(browsersUnderTest())('reading mode in %s', (name) => {
  const env = useExtension(name);

  it('opens the long article with its full text, images, code and table, and Escape returns to the scrolled page', async () => {
    const ctl = await controlPage(env.driver);
    const page = await env.driver.newPage();
    await page.goto(env.server.url('/fixtures/reader/long-article.html'));
    await page.waitForSelector('html[data-quietread]');
    await page.evaluate(() => window.scrollTo(0, 600));
    const before = await page.evaluate(() => ({ y: window.scrollY, style: document.documentElement.getAttribute('style') }));
    expect((await toggleViaBackground(env.driver, ctl, page)).open).toBe(true);
    await waitForReaderOpen(page);
    const frame = await readerFrame(env.driver, page);
    console.log('STYLE OPEN', await page.evaluate(() => document.documentElement.getAttribute('style')));
    const content = await pollFrame(frame, () => {
      const body = document.querySelector('[data-testid="reader-body"]');
      if (!body) return null;
      return {
        title: document.querySelector('[data-testid="reader-title"]')?.textContent,
        text: body.textContent ?? '',
        pre: Array.from(body.querySelectorAll('pre')).map((p) => p.textContent),
        tables: body.querySelectorAll('table').length,
        figcaption: body.querySelector('figcaption')?.textContent,
        srcset: body.querySelector('img[srcset]')?.getAttribute('srcset'),
        imgs: Array.from(body.querySelectorAll('img')).map((i) => i.getAttribute('src')),
        embedLinks: Array.from(body.querySelectorAll('a')).filter((a) => a.href.includes('youtube.com')).length,
      };
    });
    expect(content.title).toContain('Building a quiet reading queue');
    expect(content.text).toContain('Finally, the reader must be reversible.');
    expect(content.text).toContain('Changelog, part 8');
    expect(content.pre.join('\n')).toContain('        if number <= version:\n            continue');
    expect(content.tables).toBe(1);
    expect(content.figcaption).toContain('The harbour where most of this was written');
    expect(content.srcset).toContain('harbour-2x.png 1280w');
    expect(content.imgs.some((s) => s?.endsWith('/img/shelf.png'))).toBe(true);
    expect(content.imgs.some((s) => s?.endsWith('/img/desk.png'))).toBe(true);
    console.log(JSON.stringify(content.imgs), content.embedLinks);
    // Every image really loads once scrolled into view (lazy ones included).
    for (let i = 0; i < content.imgs.length; i++) {
      const state = await pollFrame(
        frame,
        (n: number) => {
          const img = document.querySelectorAll<HTMLImageElement>('[data-testid="reader-body"] img')[n]!;
          img.scrollIntoView();
          return img.complete && img.naturalWidth > 0 ? `${img.currentSrc} ${img.naturalWidth}` : '';
        },
        i,
      ).catch((err: Error) => err.message);
      expect(state, `image ${i}`).toMatch(/\.png \d+$/);
    }
    await page.keyboard.press('Escape');
    await waitForReaderClosed(page);
    const after = await page.evaluate(() => ({ y: window.scrollY, style: document.documentElement.getAttribute('style') }));
    expect(after).toEqual(before);
  });
});
