import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { FIXTURES, foldView, openFolded, originalOuterHtml, waitForCleanupApplied } from './cleanup-helpers';
import { RESULTS, useExtension } from './env';
import { inStubRoots } from './stub-roots';

// Fixture → folded kinds in page order, and a sentence of the review that must stay visible.
const PAGES: [string, string[], string][] = [
  ['wpcom-highlander.html', ['share', 'comments', 'subscribe'], 'Amy Adams plays Louise Banks'],
  ['classic-theme.html', ['comments'], 'The new lens is sharper wide open'],
  ['block-theme.html', ['share', 'likes', 'comments'], 'The cane banneton gives a lovely spiral pattern'],
  ['jetpack-share.html', ['share', 'subscribe'], 'The appendices, however, are superb'],
  ['disqus.html', ['comments'], 'The gasket mount gives a little'],
];

describe.each(browsersUnderTest())('on-page cleanup in %s', (name) => {
  const env = useExtension(name);

  it.each(PAGES)(
    'folds every block of %s behind a stub and keeps the review visible',
    async (file, kinds, sentence) => {
      const page = await openFolded(env, file);
      const view = await foldView(env.driver, page);
      expect(view.collapsed.map((c) => c.kind)).toEqual(kinds);
      expect(view.collapsed.every((c) => c.stubBefore && c.hidden)).toBe(true);
      expect(view.stubs).toHaveLength(kinds.length);
      expect(view.text).toContain(sentence);
      expect(view.text).not.toMatch(/Leave a Reply|Fill in your details below|Connecting to %s|Share this:|Like this:/);
      expect(view.tokens).toContain('collapsed');
      await page.close();
    },
  );

  it('labels the WordPress.com stubs with what they fold and marks the page as a WordPress review', async () => {
    const page = await openFolded(env, 'wpcom-highlander.html');
    const view = await foldView(env.driver, page);
    expect(view.stubs).toEqual([
      'Share buttons, likes and related posts · Show',
      '3 comments · Show',
      'Subscribe box · Show',
    ]);
    expect(view.tokens).toEqual(expect.arrayContaining(['wordpress', 'review', 'article', 'collapsed']));
    // For a person to look at: the stubs where the blocks were.
    await page.evaluate(() => document.getElementById('jp-post-flair')?.previousElementSibling?.scrollIntoView());
    await page.screenshot({ path: `${RESULTS}/cleanup-stubs-${name}.png` });
    await page.close();
  });

  it('restores the comments byte-for-byte from a click on the stub, and folds them again', async () => {
    const page = await openFolded(env, 'wpcom-highlander.html');
    const original = await originalOuterHtml(page, '#comments');
    expect(original).toContain('Connecting to %s');
    expect(await page.$eval('#comments', (el) => el.hasAttribute('data-quietread-collapsed'))).toBe(true);
    const stub = await page.evaluateHandle(
      () => document.getElementById('comments')?.previousElementSibling as Element,
    );
    await (stub as any).click();
    await page.waitForFunction(() => !document.getElementById('comments')?.hasAttribute('data-quietread-collapsed'));
    expect(await page.$eval('#comments', (el) => el.outerHTML)).toBe(original);
    const view = await foldView(env.driver, page);
    expect(view.text).toContain('Fill in your details below or click an icon to log in');
    await (stub as any).click();
    await page.waitForSelector('#comments[data-quietread-collapsed="comments"]');
    await page.close();
  });

  it('unfolds a block from the keyboard: the stub is a real, focusable button', async () => {
    const page = await openFolded(env, 'classic-theme.html');
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'comments'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const a = document.activeElement;
        // The host is no tab stop of its own: focus on it means focus on a button in its (closed) root.
        return a?.hasAttribute('data-quietread-stub') ? (a.getAttribute('data-quietread-stub') ?? '') : '';
      });
    }
    expect(focused).toBe('comments');
    expect(
      await inStubRoots(env.driver, page, (...roots) => roots.map((r) => r.activeElement?.localName).filter(Boolean)),
    ).toEqual(['button']);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('comments')?.hasAttribute('data-quietread-collapsed'));
    expect((await foldView(env.driver, page)).text).toContain('Did you try the weather-sealing adapter');
    await page.close();
  });

  it('folds comments that arrive a second after load', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${FIXTURES}/late-comments.html`));
    await page.waitForSelector('html[data-comments-arrived]', { timeout: 15_000 });
    await page.waitForSelector('#comments[data-quietread-collapsed="comments"]', { timeout: 15_000 });
    const view = await foldView(env.driver, page);
    expect(view.collapsed.every((c) => c.stubBefore)).toBe(true);
    expect(view.stubs).toEqual(['2 comments · Show']);
    expect(view.text).not.toContain('The arena scene in infrared');
    expect(view.text).toContain('The sandworm ride alone is worth the ticket');
    await page.close();
  });

  it('keeps the comments open when the URL points at them (#comments)', async () => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${FIXTURES}/wpcom-highlander.html#comments`));
    await page.waitForSelector('#comments + [data-quietread-stub], [data-quietread-stub] + #comments', {
      timeout: 15_000,
    });
    await page.waitForSelector('#jp-post-flair[data-quietread-collapsed]');
    const view = await foldView(env.driver, page);
    expect(view.collapsed.map((c) => c.kind)).toEqual(['share', 'subscribe']);
    expect(view.text).toContain('The heptapod writing design');
    await page.close();
  });

  it('opens the folded comments when a #comments link on the page is followed', async () => {
    const page = await openFolded(env, 'wpcom-highlander.html');
    await page.click('.comments-link a');
    await page.waitForFunction(() => !document.getElementById('comments')?.hasAttribute('data-quietread-collapsed'));
    expect((await foldView(env.driver, page)).text).toContain('Saw it twice');
    await page.close();
  });

  it.each(['code-tutorial.html', 'forum-thread.html', 'news.html'])('leaves %s untouched', async (file) => {
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${FIXTURES}/${file}`));
    await page.waitForSelector('html[data-quietread]');
    await waitForCleanupApplied(env, page);
    const view = await foldView(env.driver, page);
    expect(view.collapsed).toEqual([]);
    expect(view.stubs).toEqual([]);
    expect(view.tokens).not.toContain('collapsed');
    await page.close();
  });
});
