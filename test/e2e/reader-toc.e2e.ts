import { afterEach, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { openReaderOn, pollFrame, clickInFrame } from './reader-helpers';

/** Where the element `id` is: its top in the viewport, whether it has focus, and the frame's scroll. */
async function placeOf(frame: Frame, id: string) {
  return frame.evaluate((i: string) => {
    const el = document.getElementById(i)!;
    const r = el.getBoundingClientRect();
    return {
      top: r.top,
      bottom: r.bottom,
      focused: document.activeElement === el,
      scrollY: window.scrollY,
      atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      height: window.innerHeight,
    };
  }, id);
}

/** The toolbar's height: a heading reached from a link sits just under it (scroll-margin-top). */
const toolbarBottom = (frame: Frame) => frame.$eval('.qr-toolbar', (t) => t.getBoundingClientRect().bottom);

describe.each(browsersUnderTest())('table of contents and footnotes in %s', (name) => {
  const env = useExtension(name);
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') return;
    for (const page of env.driver.pages.splice(0)) await page.close().catch(() => {});
  });

  it("lists the long article's headings and jumps to each of them", async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/long-article.html'));
    await clickInFrame(frame, '[data-testid="reader-toc-button"]');
    const entries = await pollFrame(frame, () => {
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid="reader-toc"] a'));
      return links.length ? links.map((a) => ({ text: a.textContent, id: a.getAttribute('href')!.slice(1) })) : null;
    });
    expect(entries.map((e) => e.text)).toEqual([
      'Why a queue at all',
      'Storage',
      'Keeping code intact',
      'Tables',
      'Embeds',
      'Typography',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Changelog, part ${n}`),
    ]);
    const bar = await toolbarBottom(frame);
    for (const [i, entry] of entries.entries()) {
      if (i > 0) await clickInFrame(frame, '[data-testid="reader-toc-button"]');
      await clickInFrame(frame, `[data-testid="reader-toc"] a[href="#${entry.id}"]`);
      const at = await pollFrame(
        frame,
        (id: string) => !document.querySelector('[data-testid="reader-toc"]') && document.activeElement?.id === id,
        entry.id,
      ).then(() => placeOf(frame, entry.id));
      expect(at.focused).toBe(true);
      expect(at.top, entry.text!).toBeGreaterThanOrEqual(bar - 1);
      // Just under the toolbar, unless the page cannot scroll that far (the last headings).
      if (!at.atEnd) expect(at.top, entry.text!).toBeLessThan(bar + 40);
      else expect(at.bottom).toBeLessThan(at.height);
    }
  });

  it('has no table of contents for an article with fewer than three headings', async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/footnotes.html'));
    expect(await frame.$('[data-testid="read-aloud-button"]')).not.toBeNull();
    expect(await frame.$('[data-testid="reader-toc-button"]')).toBeNull();
  });

  it("follows a WordPress footnote link to its note and the note's back-link back to the reference", async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/footnotes.html'));
    const ref = await frame.$$eval('[data-testid="reader-body"] sup a[href^="#"]', (links) =>
      links.map((a) => ({ href: a.getAttribute('href')!, id: a.id })),
    );
    expect(ref).toHaveLength(3);
    const noteId = decodeURIComponent(ref[1]!.href.slice(1));
    expect(noteId).toMatch(/^user-content-/);
    await clickInFrame(frame, `[data-testid="reader-body"] sup a[href="${ref[1]!.href}"]`);
    const note = await pollFrame(frame, (id: string) => (document.activeElement?.id === id ? true : null), noteId).then(
      () => placeOf(frame, noteId),
    );
    expect(note.scrollY).toBeGreaterThan(0);
    expect(note.top).toBeGreaterThanOrEqual((await toolbarBottom(frame)) - 1);
    expect(await frame.$eval(`[id="${noteId}"]`, (li) => li.textContent)).toContain('Note 2: a source for the claim');
    // The note's back-link returns to the reference in the text.
    await clickInFrame(frame, `[id="${noteId}"] a[href^="#"]`);
    const back = await pollFrame(
      frame,
      (id: string) => (document.activeElement?.id === id ? true : null),
      ref[1]!.id,
    ).then(() => placeOf(frame, ref[1]!.id));
    expect(back.scrollY).toBeLessThan(note.scrollY);
    expect(back.top).toBeGreaterThanOrEqual(0);
    expect(back.bottom).toBeLessThan(back.height);
  });
});
